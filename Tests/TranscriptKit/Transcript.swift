import CareerEngine
import Foundation

/// A conversation test written as plain text (see Tests/Transcripts/README.md):
///
///     > what does an mlops engineer do?
///     intent: role.overview
///     roles: mlops-engineer
///     says: monitoring
///
/// `---` separates dialogues; in `phrasings/` every question is its own dialogue.
public struct Transcript: Sendable {
    public struct Turn: Sendable {
        public var input: String
        public var line: Int
        public var intents: [String] = []
        public var roles: [String]?
        public var says: [String] = []
        public var notSays: [String] = []
        public var seed: String?
    }

    public let file: String
    public let dialogues: [[Turn]]

    public struct FormatError: Error, CustomStringConvertible {
        public let description: String
    }

    public static func load(_ path: String, eachQuestionAlone: Bool) throws -> Transcript {
        let text = try String(contentsOf: Fixtures.url(path), encoding: .utf8)
        var dialogues: [[Turn]] = [[]]
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line == "---" {
                dialogues.append([])
            } else if line.hasPrefix(">") {
                if eachQuestionAlone, !(dialogues.last?.isEmpty ?? true) { dialogues.append([]) }
                dialogues[dialogues.count - 1].append(Turn(input: String(line.dropFirst()).trimmingCharacters(in: .whitespaces), line: index + 1))
            } else {
                guard !(dialogues.last?.isEmpty ?? true) else { throw FormatError(description: "\(path):\(index + 1): expectation before any '>' question") }
                try expect(line, on: &dialogues[dialogues.count - 1][dialogues[dialogues.count - 1].count - 1], at: "\(path):\(index + 1)")
            }
        }
        return Transcript(file: path, dialogues: dialogues.filter { !$0.isEmpty })
    }

    private static func expect(_ line: String, on turn: inout Turn, at location: String) throws {
        guard let colon = line.firstIndex(of: ":") else { throw FormatError(description: "\(location): expected 'key: value'") }
        let key = line[..<colon].trimmingCharacters(in: .whitespaces)
        let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        switch key {
        case "intent": turn.intents = value.split(separator: "+").map { $0.trimmingCharacters(in: .whitespaces) }
        case "roles": turn.roles = value == "none" ? [] : value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        case "says": turn.says.append(value)
        case "not-says": turn.notSays.append(value)
        case "seed": turn.seed = value
        default: throw FormatError(description: "\(location): unknown key '\(key)'")
        }
    }

    /// Plays every dialogue and returns one message per failed expectation.
    public func failures(with assistant: Assistant) -> [String] {
        var failures: [String] = []
        for dialogue in dialogues {
            var conversation = Conversation(assistant)
            for turn in dialogue {
                let reply = conversation.respond(to: turn.input)
                failures += Self.check(turn, reply).map { "\(file):\(turn.line): \(turn.input.debugDescription): \($0)" }
            }
        }
        return failures
    }

    public static func check(_ turn: Turn, _ reply: Reply) -> [String] {
        var problems: [String] = []
        if let main = turn.intents.first, reply.intent != main || !Set(turn.intents).isSubset(of: Set(reply.intents)) {
            problems.append("intent \(reply.intents.joined(separator: " + ")), expected \(turn.intents.joined(separator: " + "))")
        }
        if let roles = turn.roles, reply.roles != roles {
            problems.append("roles [\(reply.roles.joined(separator: ", "))], expected [\(roles.joined(separator: ", "))]")
        }
        let answer = normalized(reply.answer.plainText)
        for phrase in turn.says where !answer.contains(normalized(phrase)) {
            problems.append("answer lacks '\(phrase)': \(reply.answer.plainText.prefix(160).debugDescription)")
        }
        for phrase in turn.notSays where answer.contains(normalized(phrase)) {
            problems.append("answer should not say '\(phrase)'")
        }
        if let seed = turn.seed, !answer.contains(normalized(seed)) {
            problems.append("answer lacks the seed statement '\(seed)'")
        }
        return problems
    }

    /// Lowercase letters and digits, single spaces: so punctuation and line wrapping never matter.
    public static func normalized(_ text: String) -> String {
        let kept = text.lowercased().unicodeScalars.map { CharacterSet.alphanumerics.contains($0) ? Character($0) : " " }
        return String(kept).split(separator: " ").joined(separator: " ")
    }
}
