import ArgumentParser
import Foundation

/// `mlcareers --help` (also `-h`, `help`): the top-level help, with the OPTIONS of the default
/// subcommand (the chat) in place of the top level's own, which are only --version and --help.
enum RootHelp {
    /// True when argument parsing stopped to show the top-level help.
    static func isRequested(by error: any Error) -> Bool {
        MLCareers.exitCode(for: error) == .success
            && trimmed(MLCareers.fullMessage(for: error)) == trimmed(MLCareers.helpMessage())
    }

    static func text() -> String {
        let root = MLCareers.helpMessage()
        guard let own = options(in: root), let chat = options(in: MLCareers.helpMessage(for: Chat.self)) else {
            return root
        }
        return root.replacingOccurrences(of: own, with: chat)
    }

    /// The OPTIONS section of a help text, from its title to the blank line after it.
    private static func options(in help: String) -> String? {
        guard let start = help.range(of: "OPTIONS:\n") else { return nil }
        let end = help.range(of: "\n\n", range: start.upperBound..<help.endIndex)?.lowerBound ?? help.endIndex
        return String(help[start.lowerBound..<end]).trimmingCharacters(in: .newlines)
    }

    private static func trimmed(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
