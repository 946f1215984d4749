/// Compares one answer with what its turn expects.
public enum TurnCheck {
    /// One expectation the answer did not meet, as `expected ..., got ...`.
    public struct Mismatch: Sendable, Equatable, CustomStringConvertible {
        public let expected: String
        public let got: String

        public var description: String { "expected \(expected), got \(got)" }
    }

    /// Every expectation of `turn` that `reply` misses, in the order they are written.
    public static func mismatches(_ turn: Transcript.Turn, _ reply: Reply) -> [Mismatch] {
        let answer = Transcript.normalized(reply.answer.plainText)
        let absent = "an answer without it"
        var found: [Mismatch] = []
        if let intent = intentMismatch(turn, reply) { found.append(intent) }
        if let roles = turn.roles, reply.roles != roles {
            found.append(
                Mismatch(
                    expected: "roles [\(roles.joined(separator: ", "))]",
                    got: "[\(reply.roles.joined(separator: ", "))]"))
        }
        for phrase in turn.says where !answer.contains(Transcript.normalized(phrase)) {
            found.append(Mismatch(expected: "the answer to say '\(phrase)'", got: absent))
        }
        for phrase in turn.notSays where answer.contains(Transcript.normalized(phrase)) {
            found.append(Mismatch(expected: "the answer not to say '\(phrase)'", got: "an answer that says it"))
        }
        if let seed = turn.seed, !answer.contains(Transcript.normalized(seed)) {
            found.append(Mismatch(expected: "the seed statement '\(seed)'", got: absent))
        }
        return found
    }

    /// The main intent must come first; the others must be among the answer's parts.
    private static func intentMismatch(_ turn: Transcript.Turn, _ reply: Reply) -> Mismatch? {
        guard let main = turn.intents.first else { return nil }
        guard reply.intent != main || !Set(turn.intents).isSubset(of: Set(reply.intents)) else { return nil }
        return Mismatch(
            expected: "intent \(turn.intents.joined(separator: " + "))", got: reply.intents.joined(separator: " + "))
    }
}
