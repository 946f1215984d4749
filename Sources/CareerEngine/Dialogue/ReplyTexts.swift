/// The conversation's own texts (the `replies:` section), filled with the roles and values of a turn.
struct ReplyTexts: Sendable {
    let replies: Replies
    let writer: AnswerWriter
    let knowledge: KnowledgeBase

    /// A reply of `replies.yaml`, filled with the roles and values of this turn.
    func reply(_ key: Replies.Key, listed: [Role] = [], values: [String: String] = [:], roles: [Role] = []) -> Answer {
        let context = AnswerWriter.Context(roles: roles, listed: listed, values: values)
        return replies.render(key, writer, context)
    }

    /// A reply as one block of the given kind (a heading the conversation builds around).
    func reply(
        _ key: Replies.Key, as kind: Template.Line.Kind, listed: [Role] = [], values: [String: String] = [:],
        roles: [Role] = []
    ) -> Answer {
        let spans = spans(key, listed: listed, values: values, roles: roles)
        guard !spans.isEmpty else { return Answer() }
        switch kind {
        case .heading: return Answer([.heading(spans)])
        case .bullet: return Answer([.bullets([spans])])
        case .paragraph: return Answer([.paragraph(spans)])
        }
    }

    /// A reply's text as spans, for one line the conversation builds.
    func spans(_ key: Replies.Key, listed: [Role] = [], values: [String: String] = [:], roles: [Role] = []) -> [Answer
        .Span]
    {
        reply(key, listed: listed, values: values, roles: roles).blocks.flatMap(\.spans)
    }

    /// A phrase for `:why` on what came from the conversation, naming the roles of `ids`; `:why`
    /// joins them after "From context:", so they start in lower case.
    func note(_ key: Replies.Key, roles ids: [String] = [], text: String = "") -> String {
        reply(key, listed: ids.compactMap(knowledge.role), values: ["text": text]).plainText.lowercasedFirst
    }
}
