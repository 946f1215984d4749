@testable import CareerEngine
import SyntheticRules
import Testing
import TranscriptKit

/// Large generated rule sets load, answer correctly, and try only a few patterns per question.
/// (Speed is measured in Benchmarks/, never asserted here.)
@Suite struct ScaleTests {
    static let count = 10_000
    static let assistant = try! Assistant(files: Fixtures.dataFiles(in: "Intents") + [SyntheticRules.intentsFile(count: count)])

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
}
