import CareerEngine
import Foundation

/// What `:why` prints about a reply.
enum Explain {
    static func text(_ reply: Reply) -> String {
        Screen.inert(lines(reply).joined(separator: "\n"))
    }

    /// One line per fact, "Label: value"; long ones are wrapped by the printer.
    static func lines(_ reply: Reply) -> [String] {
        var lines = [
            "Intent: \(reply.intent)"
                + (reply.intents.count > 1 ? " (parts: \(reply.intents.joined(separator: ", ")))" : "")
        ]
        lines += reply.input.hasPrefix(":") || unmatched(reply) ? how(reply) : matching(reply)
        if !reply.roles.isEmpty { lines.append("Roles: \(reply.roles.joined(separator: ", "))") }
        let context = reply.context
        lines.append(
            "Context now: "
                + (context.roles.isEmpty
                    ? "no roles" : "\(context.roles.joined(separator: ", ")), \(context.turnsLeft) turns left"))
        return lines
    }

    /// An answer no pattern gave (a completed "which role?", a quiz answer): there is no confidence
    /// or rule to show, only what the conversation did.
    private static func unmatched(_ reply: Reply) -> Bool {
        reply.explanation.matched.isEmpty && reply.intent != "fallback"
    }

    private static func how(_ reply: Reply) -> [String] {
        if reply.input.hasPrefix(":") {
            return ["How: the command \(reply.input) answers from the conversation; no question was matched"]
        }
        let steps = reply.explanation.fromContext
        return [
            "How: "
                + (steps.isEmpty
                    ? "answered from the conversation's state, not by a pattern" : steps.joined(separator: "; ")),
            "Read as: \(reply.explanation.normalized)",
        ]
    }

    private static func matching(_ reply: Reply) -> [String] {
        var lines = ["Confidence: \(reply.confidence)"]
        lines.append("Rule: " + (reply.rule.map(\.fileAndLine) ?? "none (nothing matched well enough)"))
        for (intent, pattern) in reply.explanation.matched { lines.append("Pattern: \(pattern)  [\(intent)]") }
        lines.append("Read as: \(reply.explanation.normalized)")
        let runners = reply.explanation.runnerUps.map { "\($0.intent) \(String(format: "%.2f", $0.score))" }
        lines.append("Runners-up: " + (runners.isEmpty ? "none" : runners.joined(separator: ", ")))
        lines.append(
            "From context: "
                + (reply.explanation.fromContext.isEmpty
                    ? "nothing" : reply.explanation.fromContext.joined(separator: "; ")))
        return lines
    }
}
