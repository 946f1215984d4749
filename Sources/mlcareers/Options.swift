import ArgumentParser
import CareerEngine

/// Where the rules come from.
struct DataOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Load rules and knowledge from this directory instead of the shipped ones.", valueName: "dir"))
    var intents: String?

    /// Loads the assistant, or prints every data error and exits 65.
    func loadAssistant() throws -> Assistant {
        let files = try DataDirectory.files(at: intents)
        do {
            let assistant = try Assistant(files: files)
            Diagnostics.print(assistant.warnings, files: files)
            return assistant
        } catch {
            Diagnostics.print(error.diagnostics, files: files)
            throw ExitCode(65)
        }
    }
}

/// How answers are printed.
struct OutputOptions: ParsableArguments {
    @Flag(name: .long, help: "Print one JSON object per answer (JSON Lines).")
    var json = false

    @Option(name: .long, help: ArgumentHelp("Use color: auto, always or never.", valueName: "when"))
    var color: ColorChoice = .auto

    @Option(name: .long, help: ArgumentHelp("Wrap answers at this many columns instead of the terminal width.", valueName: "columns"))
    var width: Int?

    func validate() throws {
        if let width, !(20...1000).contains(width) {
            throw ValidationError("--width must be between 20 and 1000 columns, not \(width).")
        }
    }
}

enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never
}
