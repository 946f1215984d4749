import CareerEngine
import Testing
import TranscriptKit

/// What `--record-misses` keeps of a question the assistant did not answer.
@Suite struct MissTests {
    func miss(_ question: String) -> Miss? {
        var conversation = Conversation(Fixtures.shipped)
        return Miss(conversation.respond(to: question), assistant: Fixtures.shipped)
    }

    @Test func anAnsweredQuestionIsNoMiss() {
        #expect(miss("what does a data scientist do?") == nil)
    }

    @Test func aFallbackKeepsTheWordsNoRuleKnows() throws {
        let miss = try #require(self.miss("zorblax quibbles frobnication"))
        #expect(miss.question == "zorblax quibbles frobnication")
        #expect(miss.unknownWords == ["zorblax", "quibbles", "frobnication"])
        #expect(miss.closest == nil, "nothing came close")
    }

    @Test func rolesAndTheRulesWordsAreUnderstood() {
        #expect(Fixtures.shipped.unknownWords(in: "zorblax skills of data scientists") == ["zorblax"])
    }

    @Test func aDeclinedQuestionNamesTheIntentThatDeclinedIt() throws {
        var conversation = Conversation(Fixtures.shipped)
        let reply = conversation.respond(to: "how much does a data scientist earn?")
        let miss = try #require(Miss(reply, assistant: Fixtures.shipped))
        let declining = try #require(reply.explanation.matched.first?.intent)
        #expect(declining != "fallback")
        #expect(miss.closest == declining)
    }
}
