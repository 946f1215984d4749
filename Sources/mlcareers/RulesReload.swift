import CareerEngine

/// `:reload` at the prompt: reads the rules folder the session started with (`--intents DIR`) again.
/// New rules carry the conversation on; rules with errors are refused, located, and the old ones stay.
enum RulesReload {
    enum Outcome {
        case reloaded(Conversation, message: String)
        case refused(message: String)
    }

    static func reload(_ folder: String?, continuing conversation: Conversation) -> Outcome {
        guard let folder else {
            return .refused(
                message:
                    "I am using the built-in rules, which do not change while I run. To try edited rules, start me with --intents DIR: then :reload reads DIR again."
            )
        }
        let files: [DataFile]
        do throws(DataDirectory.Failure) {
            files = try DataDirectory.files(in: folder)
        } catch {
            return .refused(message: Screen.inert(error.message) + "\n" + kept)
        }
        do throws(DataProblems) {
            return reloaded(try Assistant(files: files), files: files.count, folder: folder, conversation)
        } catch {
            return .refused(message: rendered(error.errors, files: files) + "\n" + kept)
        }
    }

    static let kept = "The rules were not reloaded: I keep answering with the rules I had."

    private static func reloaded(_ assistant: Assistant, files: Int, folder: String, _ conversation: Conversation)
        -> Outcome
    {
        let old = conversation.assistant
        let next = conversation.continued(with: assistant)
        let intents = counted(assistant.rules.rules.count, was: old.rules.rules.count, "intent")
        let roles = counted(assistant.knowledge.roles.count, was: old.knowledge.roles.count, "role")
        var message =
            "Reloaded \(Screen.inert(folder)): \(files) files, \(intents), \(roles). The conversation goes on."
        let dropped = conversation.context.roles.filter { !next.context.roles.contains($0) }
        if !dropped.isEmpty {
            message += "\nNo longer in the rules, so dropped from the conversation: \(dropped.joined(separator: ", "))."
        }
        return .reloaded(next, message: message)
    }

    /// `39 intents (1 more)`, `9 roles (as before)`.
    static func counted(_ number: Int, was old: Int, _ noun: String) -> String {
        let change = number == old ? "as before" : number > old ? "\(number - old) more" : "\(old - number) fewer"
        return "\(number) \(noun)\(number == 1 ? "" : "s") (\(change))"
    }

    private static func rendered(_ errors: [Diagnostic], files: [DataFile]) -> String {
        let sources = Dictionary(files.map { ($0.path, $0.text) }, uniquingKeysWith: { first, _ in first })
        return errors.map { Screen.inert($0.rendered(source: sources[$0.location.file])) }.joined(separator: "\n")
    }
}
