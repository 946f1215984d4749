import ArgumentParser

/// `mlcareers`: a chat assistant for machine-learning careers.
@main
struct MLCareers: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mlcareers",
        abstract: "A chat assistant that answers questions about careers in machine learning.",
        discussion: """
            With no subcommand it chats: at a terminal it opens an interactive prompt with line editing and \
            history; with questions piped in it answers each line (blank lines and lines starting with # are skipped).

            Examples:
              mlcareers                           chat at the prompt
              mlcareers ask "what is a CAIO?"     answer one question
              mlcareers --json < questions.txt    one JSON object per answered line
              mlcareers check                     validate the shipped rules and knowledge
              mlcareers check ./MyIntents         validate edited copies
              mlcareers demo                      the guided tour, then the chat
              mlcareers --kiosk                   a booth laptop: visitor after visitor

            Exit status: 0 ok, 64 bad usage, 65 bad data files, 130 interrupted.
            """,
        version: Version.current,
        subcommands: [Chat.self, Ask.self, Check.self, Demo.self],
        defaultSubcommand: Chat.self
    )
}

enum Version {
    static let current = "1.0.0"
}
