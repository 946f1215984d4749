import ArgumentParser
import Foundation

/// `mlcareers`: a chat assistant for machine-learning careers.
@main
struct MLCareers: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mlcareers",
        abstract: "A chat assistant that answers questions about careers in machine learning.",
        usage: """
            mlcareers [<options>] [< questions.txt]
            mlcareers <subcommand> [<options>]
            """,
        discussion: """
            With no subcommand it chats: at a terminal it opens an interactive prompt with line editing and \
            history; with questions piped in it answers each line (blank lines and lines starting with # are skipped).

            Examples:
              mlcareers                           chat at the prompt
              mlcareers ask "what is a CAIO?"     answer one question
              mlcareers --json < questions.txt    one JSON object per answered line
              mlcareers check                     validate the shipped rules and knowledge
              mlcareers check ./MyIntents         validate edited copies
              mlcareers test --intents ./MyIntents  play the shipped transcripts with edited rules
              mlcareers demo                      the guided tour, then the chat
              mlcareers --kiosk                   a booth laptop: visitor after visitor

            Exit status: 0 ok, 1 transcripts failed (test), 64 bad usage, 65 bad data files, 66 missing input, 130 interrupted.

            The options below are the chat's (the default subcommand's); each subcommand lists its own \
            with `mlcareers help <subcommand>`.
            """,
        version: Version.current,
        subcommands: [Chat.self, Ask.self, Check.self, TestCommand.self, Demo.self, MissesCommand.self],
        defaultSubcommand: Chat.self
    )

    /// Parses and runs as `ParsableCommand.main` does, except that a first word that is no subcommand
    /// gets a one-line hint (exit 64), and the top-level help also lists the chat's options: they are
    /// the default subcommand's, so `mlcareers --json` is what people type.
    static func main() {
        let arguments = StrayWords.negativeValuesJoined(
            StrayWords.subcommandFirst(Array(CommandLine.arguments.dropFirst())))
        if let message = StrayWords.message(for: arguments) {
            Diagnostics.error(message)
            Foundation.exit(64)
        }
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch {
            if RootHelp.isRequested(by: error) {
                print(RootHelp.text())
                Foundation.exit(0)
            }
            exit(withError: error)
        }
    }
}

enum Version {
    static let current = "1.0.0"
}
