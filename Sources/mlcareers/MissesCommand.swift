import ArgumentParser
import CareerEngine
import Foundation

/// `mlcareers misses FILE`: what visitors asked that the assistant did not answer (`--record-misses`).
struct MissesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "misses",
        abstract: "Summarize the questions recorded with --record-misses, for the people who edit the content.",
        discussion: """
            Groups the questions by the intent they came closest to, and lists the words I did not \
            understand, most frequent first: what to add to the rules after an event. A line that is \
            not a record is skipped with a warning. Exit status: 0, 65 an unreadable file, 66 no such file.
            """)

    @Argument(help: ArgumentHelp("The file written by --record-misses.", valueName: "file"))
    var file: String

    func run() throws {
        guard FileManager.default.fileExists(atPath: file) else {
            Diagnostics.error("\(file): error: no such file")
            throw ExitCode(66)
        }
        let text = try DataDirectory.read(file).text
        let misses = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap {
            index, line in
            line.isEmpty ? nil : Self.miss(line, at: index + 1, of: file)
        }
        StandardOutput.stopQuietlyOnClosedPipe()
        try? StandardOutput.write(Screen.inert(MissSummary(misses).rendered()) + "\n")
    }

    /// One record, or nil after a warning at its line.
    static func miss(_ line: Substring, at number: Int, of file: String) -> Miss? {
        let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
        guard let object, let question = object["question"] as? String else {
            Diagnostics.error("\(file):\(number): warning: not a record of --record-misses; skipped")
            return nil
        }
        return Miss(
            question: question, closest: object["closest"] as? String,
            unknownWords: object["unknown"] as? [String] ?? [])
    }
}
