/// A question the assistant declined or could not answer, as `--record-misses` keeps it for content
/// editors: the question, the intent it came closest to, and the words no rule knows. Nothing else
/// about the visitor.
public struct Miss: Sendable, Equatable {
    public let question: String
    /// The intent that declined it ("how much do they earn?"), or the nearest one that did not match.
    public let closest: String?
    /// Words of the question that no pattern uses and that name no role, as typed (lowercased).
    public let unknownWords: [String]

    public init(question: String, closest: String?, unknownWords: [String]) {
        self.question = question
        self.closest = closest
        self.unknownWords = unknownWords
    }

    /// The miss of `reply`, or nil when it was answered.
    public init?(_ reply: Reply, assistant: Assistant) {
        guard reply.intents.contains("fallback") else { return nil }
        let declinedBy = reply.explanation.matched.first { $0.intent != "fallback" }?.intent
        self.init(
            question: reply.input, closest: declinedBy ?? reply.explanation.runnerUps.first?.intent,
            unknownWords: assistant.unknownWords(in: reply.input))
    }
}

extension Assistant {
    /// The words of `text` the rules do not know: no pattern uses them and they name no role.
    public func unknownWords(in text: String) -> [String] {
        matcher.tokenizer.tokens(text).compactMap { token -> String? in
            guard case .word(let stem) = token.kind, !rules.vocabulary.contains(stem) else { return nil }
            return token.original.lowercased()
        }.uniqued()
    }
}
