import CareerEngine
import Foundation

/// What `:why` prints about a reply.
enum Explain {
    static func text(_ reply: Reply) -> String {
        var lines = ["Intent: \(reply.intent)" + (reply.intents.count > 1 ? " (parts: \(reply.intents.joined(separator: ", ")))" : ""),
                     "Confidence: \(reply.confidence)"]
        lines.append("Rule: " + (reply.rule.map(\.fileAndLine) ?? "none (nothing matched well enough)"))
        for (intent, pattern) in reply.explanation.matched { lines.append("Pattern: \(pattern)  [\(intent)]") }
        lines.append("Read as: \(reply.explanation.normalized)")
        if !reply.roles.isEmpty { lines.append("Roles: \(reply.roles.joined(separator: ", "))") }
        let runners = reply.explanation.runnerUps.map { "\($0.intent) \(String(format: "%.2f", $0.score))" }
        lines.append("Runners-up: " + (runners.isEmpty ? "none" : runners.joined(separator: ", ")))
        lines.append("From context: " + (reply.explanation.fromContext.isEmpty ? "nothing" : reply.explanation.fromContext.joined(separator: "; ")))
        let context = reply.context
        lines.append("Context now: " + (context.roles.isEmpty ? "no roles" : "\(context.roles.joined(separator: ", ")), \(context.turnsLeft) turns left"))
        return Screen.inert(lines.joined(separator: "\n"))
    }
}
