import ArgumentParser
import CareerEngine
import Foundation

/// `mlcareers test [PATH ...]`: plays transcript files through the rules, as `swift test` does.
struct TestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Play conversation transcripts through the rules and report the answers that differ.",
        discussion: """
            A transcript is a plain-text file of questions ('> ...') and what each answer must have \
            (intent:, roles:, says:, not-says:). Files in a folder named 'dialogues' are conversations \
            ('---' starts a new one); in any other file each question is asked alone. With no PATH it \
            plays the transcripts built into the binary. Cases in a file named open-cases.txt are known \
            misses: they are not counted, and those that pass now are listed.

            Each failing turn is printed as FILE:LINE: expected ..., got ..., with the question and the \
            answer; the last line is 'N passed, N failed'.

            Exit status: 0 all passed, 1 some failed, 65 an unreadable or malformed transcript or bad \
            rules, 66 a PATH that does not exist.
            """)

    @Argument(
        help: ArgumentHelp(
            "Transcript files, or folders to search for *.txt files (default: the shipped transcripts).",
            valueName: "path"))
    var paths: [String] = []

    @OptionGroup var data: DataOptions

    func run() throws {
        let files = try TranscriptFiles.read(paths)
        let transcripts = files.compactMap(Self.parse)
        guard transcripts.count == files.count else { throw ExitCode(65) }
        let run = TranscriptRun(transcripts, assistant: try data.loadAssistant())
        StandardOutput.stopQuietlyOnClosedPipe()
        try? StandardOutput.write(Screen.inert(run.rendered) + "\n")
        if run.failed > 0 { throw ExitCode(1) }
    }

    /// The transcript, or nil after printing where it is malformed.
    private static func parse(_ file: DataFile) -> Transcript? {
        do throws(Diagnostic) {
            return try Transcript.parse(file)
        } catch {
            Diagnostics.print([error], files: [file])
            return nil
        }
    }
}
