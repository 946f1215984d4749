import SyntheticRules
import Testing
import TranscriptKit

@testable import CareerEngine

/// Large generated rule sets load, answer correctly, and try only a few patterns per question.
/// (Speed is measured in Benchmarks/, never asserted here.)
@Suite struct ScaleTests {
    static let count = 10_000
    static let assistant = try! Assistant(
        files: Fixtures.dataFiles(in: "Intents") + [SyntheticRules.intentsFile(count: count)])

    @Test func generationIsDeterministic() {
        #expect(SyntheticRules.intentsFile(count: 50).text == SyntheticRules.intentsFile(count: 50).text)
        #expect(SyntheticRules.intentsFile(count: 50, seed: 7).text != SyntheticRules.intentsFile(count: 50).text)
    }

    @Test func generatedQuestionsReachTheirIntent() {
        for question in SyntheticRules.questions(count: 200, intents: Self.count) {
            var conversation = Conversation(Self.assistant)
            let reply = conversation.respond(to: question)
            #expect(reply.intent.hasPrefix("synthetic."), "\(question) -> \(reply.intent)")
        }
    }

    @Test func shippedQuestionsStillWorkAmongTenThousandIntents() {
        var conversation = Conversation(Self.assistant)
        #expect(conversation.respond(to: "what does an MLOps engineer do?").intent == "role.overview")
        #expect(conversation.respond(to: "what skills do they need?").roles == ["mlops-engineer"])
    }

    @Test func candidatesStayFewAsRulesGrow() {
        let all = Self.assistant.rules.rules.reduce(0) { $0 + $1.patterns.count }
        for question in SyntheticRules.questions(count: 50, intents: Self.count) {
            let tokens = Self.assistant.matcher.tokenizer.tokens(question)
            #expect(Self.assistant.rules.candidates(for: tokens).count < all / 100, "\(question)")
        }
    }

    /// Intents that share their words ("what does a X engineer do", "X engineer salary", for thousands
    /// of subjects): each question still reaches its own intent and only a few patterns, since each
    /// pattern is filed under its rarest word, not one that thousands of patterns share.
    static let shared = try! Assistant(
        files: SyntheticRules.sharedWordsFiles(
            count: count,
            language: Fixtures.dataFiles(in: "Intents").first { $0.path.hasSuffix("language.yaml") }!))

    @Test func intentsThatShareWordsReachTheirOwnIntent() {
        for (question, intent) in SyntheticRules.sharedWordsQuestions(count: 200, intents: Self.count) {
            var conversation = Conversation(Self.shared)
            #expect(conversation.respond(to: question).intent == intent, "\(question)")
        }
    }

    @Test func candidatesStayFewWhenIntentsShareWords() {
        let all = Self.shared.rules.rules.reduce(0) { $0 + $1.patterns.count }
        for (question, _) in SyntheticRules.sharedWordsQuestions(count: 50, intents: Self.count) {
            let tokens = Self.shared.matcher.tokenizer.tokens(question)
            #expect(Self.shared.rules.candidates(for: tokens).count < all / 1_000, "\(question)")
        }
    }
}
