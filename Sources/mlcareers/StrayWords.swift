import ArgumentParser
import CareerEngine
import Foundation

/// A first word that is not a subcommand: a typo of one (`mlcareers demmo`) or a question typed
/// without `ask` (`mlcareers "what does a data scientist do"`). Said in one line, instead of
/// "Unexpected argument" and the whole usage.
enum StrayWords {
    /// Worked out once: the names come from each command type by reflection.
    static let subcommands = MLCareers.configuration.subcommands.map { $0._commandName } + ["help"]

    /// `mlcareers --intents DIR ask "..."`: `--intents` names the rules for every command, so it may
    /// come before the subcommand; it is moved after it, where the subcommand reads it.
    static func subcommandFirst(_ arguments: [String]) -> [String] {
        let valueTaken = arguments.first == "--intents" ? 2 : arguments.first?.hasPrefix("--intents=") == true ? 1 : 0
        guard valueTaken > 0, arguments.count > valueTaken, subcommands.contains(arguments[valueTaken]),
            arguments[valueTaken] != "help"
        else { return arguments }
        return [arguments[valueTaken]] + arguments[..<valueTaken] + arguments[(valueTaken + 1)...]
    }

    /// `--speed -5`: a negative number after an option is its value (out of range, which the option
    /// then says), not an option of its own, which would give "Missing value for '--speed'".
    static func negativeValuesJoined(_ arguments: [String]) -> [String] {
        var joined: [String] = []
        for argument in arguments {
            if let last = joined.last, last.hasPrefix("--"), !last.contains("="), isNegativeNumber(argument) {
                joined[joined.count - 1] = last + "=" + argument
            } else {
                joined.append(argument)
            }
        }
        return joined
    }

    private static func isNegativeNumber(_ text: String) -> Bool {
        text.count > 1 && text.hasPrefix("-") && Double(text) != nil
    }

    /// The message for `arguments` (without the program name), or nil when they start as they should.
    static func message(for arguments: [String]) -> String? {
        guard let first = arguments.first, !first.hasPrefix("-"), !subcommands.contains(first) else { return nil }
        if arguments.count == 1, !first.contains(" "), let near = Suggestion.nearest(to: first, in: subcommands) {
            return
                "Error: unknown subcommand '\(Screen.inert(first))'; did you mean '\(near)'?\nSee 'mlcareers --help'."
        }
        let question = Screen.inert(arguments.joined(separator: " "))
        return
            "Error: '\(question)' is not a subcommand. To ask it: mlcareers ask \(quoted(question))\nSee 'mlcareers --help'."
    }

    /// The text quoted for a shell: in double quotes unless it holds characters they would expand.
    static func quoted(_ text: String) -> String {
        guard text.contains(where: { "\"$`\\!".contains($0) }) else { return "\"\(text)\"" }
        return "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
