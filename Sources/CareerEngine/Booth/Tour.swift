/// The guided demo: questions typed out one after another, each with the intent (and roles) it must
/// get, so a content edit that changes an answer is caught (`mlcareers demo --check`).
/// Written in the data (`tour:` section), or in a separate file given with `--script`.
public struct Tour: Sendable {
    public struct Step: Sendable {
        /// What the presenter might say first, shown dimmed (optional).
        public let say: String?
        /// The question typed out.
        public let ask: String
        /// The intent the question must get.
        public let expect: String
        /// The roles the answer must be about, in order; nil when not checked.
        public let roles: [String]?
        public let location: SourceLocation
    }

    public let steps: [Step]

    /// A step whose reply did not get what the tour expects.
    public struct Mismatch: Sendable {
        public let step: Int
        public let message: String
        public var diagnostic: Diagnostic { .error(location, message) }
        public let location: SourceLocation
    }

    /// Checks one step's reply; nil when it got the expected intent and roles.
    public func mismatch(at index: Int, reply: Reply) -> Mismatch? {
        let step = steps[index]
        var problems: [String] = []
        if reply.intent != step.expect { problems.append("intent '\(reply.intent)' instead of '\(step.expect)'") }
        if let roles = step.roles, roles != reply.roles {
            let got = reply.roles.isEmpty ? "none" : reply.roles.joined(separator: ", ")
            problems.append("roles \(got) instead of \(roles.isEmpty ? "none" : roles.joined(separator: ", "))")
        }
        guard !problems.isEmpty else { return nil }
        return Mismatch(
            step: index,
            message: "tour step \(index + 1) \"\(step.ask)\" now gets \(problems.joined(separator: " and "))",
            location: step.location)
    }

    /// Plays every step in one conversation, as the demo does: each step's reply and what changed, if anything.
    public func play(with assistant: Assistant) -> [(reply: Reply, mismatch: Mismatch?)] {
        var conversation = Conversation(assistant)
        return steps.indices.map { index in
            let reply = conversation.respond(to: steps[index].ask)
            return (reply, mismatch(at: index, reply: reply))
        }
    }

    /// The steps whose reply changed.
    public func check(with assistant: Assistant) -> [Mismatch] {
        play(with: assistant).compactMap(\.mismatch)
    }
}
