import ArgumentParser
import CareerEngine
import Foundation

/// Where the rules come from.
struct DataOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Load rules and knowledge from this directory instead of the shipped ones.", valueName: "dir"))
    var intents: String?

    /// Loads the assistant, or prints every data error and exits 65. Warnings are left to `check`:
    /// said at every start, they would only be noise between a booth's visitors.
    func loadAssistant() throws -> Assistant {
        let files = try DataDirectory.files(at: intents)
        do {
            // Handed over, not kept: the loader frees each text once it is read. An error reads them again.
            return KeptUntilExit.keep(try Assistant(files: consume files))
        } catch {
            Diagnostics.print(error.diagnostics, files: (try? DataDirectory.files(at: intents)) ?? [])
            throw ExitCode(65)
        }
    }
}

/// How answers are printed: JSON, or text for people.
struct OutputOptions: ParsableArguments {
    @Flag(name: .long, help: "Print one JSON object per answer (JSON Lines).")
    var json = false

    @OptionGroup var display: DisplayOptions
}

/// How text for people is drawn (the demo has these, and no JSON).
struct DisplayOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Use color: auto, always or never.", valueName: "when"))
    var color: ColorChoice = .auto

    @Option(
        name: .long,
        help: ArgumentHelp("Wrap answers at this many columns instead of the terminal width.", valueName: "columns"))
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

/// `--kiosk`: a booth laptop that serves visitor after visitor.
struct KioskOptions: ParsableArguments {
    @Flag(
        name: .long,
        help: ArgumentHelp(
            "Serve visitor after visitor: history in memory only; :next, Ctrl-D or the idle timeout start over (Ctrl-C clears the line); only SIGTERM or ':exit PASSPHRASE' leave."
        ))
    var kiosk = false

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Kiosk: start over after this many seconds without a key (with a warning 10 s before, or half way under 20 s).",
            valueName: "seconds"))
    var idleTimeout: Double = 120

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Kiosk: ':exit PASSPHRASE' leaves (default: $MLCAREERS_KIOSK_PASSPHRASE; without one, only SIGTERM leaves).",
            valueName: "word"))
    var kioskPassphrase: String?

    func validate() throws {
        guard idleTimeout >= 1, idleTimeout <= 86_400 else {
            throw ValidationError("--idle-timeout must be from 1 to 86400 seconds.")
        }
        if let kioskPassphrase, kioskPassphrase.isEmpty || kioskPassphrase.contains(" ") {
            throw ValidationError("--kiosk-passphrase must be one word.")
        }
    }

    /// A kiosk keeps no history file: checked by each command that offers both option groups.
    func validate(with history: HistoryOptions) throws {
        if kiosk, history.historyFile != nil {
            throw ValidationError("--kiosk keeps history in memory only: drop --history-file.")
        }
    }

    struct Settings {
        let idleTimeout: Double
        let passphrase: String?

        /// When a visitor who left is warned, and how long the warning gives them: the last 10 s,
        /// or the second half of a timeout under 20 s. Together they make the whole timeout.
        var idleWarning: (warning: Double, end: Double) {
            idleTimeout >= 20 ? (idleTimeout - 10, 10) : (idleTimeout / 2, idleTimeout / 2)
        }

        /// "Still there? Starting over in 10 s, press any key."
        var idleWarningText: String {
            let left = idleWarning.end
            let seconds = left == left.rounded() ? String(Int(left)) : String(format: "%.1f", left)
            return "Still there? Starting over in \(seconds) s, press any key."
        }
    }

    func settings(environment: [String: String] = ProcessInfo.processInfo.environment) -> Settings? {
        guard kiosk else { return nil }
        let fromEnvironment = environment["MLCAREERS_KIOSK_PASSPHRASE"].flatMap {
            $0.isEmpty || $0.contains(" ") ? nil : $0
        }
        return Settings(idleTimeout: idleTimeout, passphrase: kioskPassphrase ?? fromEnvironment)
    }
}

/// The rules a command loads stay until the process ends: freeing tens of thousands of patterns one
/// by one at exit takes a good part of what loading them did, and the system frees them all at once.
enum KeptUntilExit {
    private final class Holder<Value> {
        let value: Value
        init(_ value: Value) { self.value = value }
    }

    /// `value`, with one reference to it that is never given up.
    static func keep<Value>(_ value: Value) -> Value {
        _ = Unmanaged.passRetained(Holder(value))
        return value
    }
}
