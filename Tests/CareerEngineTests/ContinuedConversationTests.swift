import CareerEngine
import Testing
import TranscriptKit

/// `Conversation.continued(with:)`, which `:reload` uses: the context survives new rules, without the
/// roles those rules no longer have.
@Suite struct ContinuedConversationTests {
    @Test func theContextCarriesOverToNewRules() {
        var conversation = Conversation(Fixtures.shipped)
        _ = conversation.respond(to: "what does a data scientist do?")
        var continued = conversation.continued(with: NewRoleTests.assistant)
        #expect(continued.assistant.knowledge.roles.count == Fixtures.shipped.knowledge.roles.count + 1)
        #expect(continued.context.roles == ["data-scientist"])
        let reply = continued.respond(to: "what skills do they need?")
        #expect(reply.intent == "role.skills" && reply.roles == ["data-scientist"])
    }

    @Test func aRoleTheNewRulesLackIsDropped() {
        var conversation = Conversation(NewRoleTests.assistant)
        _ = conversation.respond(to: "what does a data engineer do?")
        #expect(conversation.context.roles == ["data-engineer"])
        var continued = conversation.continued(with: Fixtures.shipped)
        #expect(continued.context.roles.isEmpty)
        #expect(continued.respond(to: "what skills do they need?").roles.isEmpty, "no role left to refer to")
        #expect(
            continued.respond(to: "and data scientists?").intent == "role.skills", "the question waiting for a role")
    }

    /// New rules number their intents differently: "and ML engineers?" repeats the same intent, by id.
    @Test func theLastIntentIsFoundAgainById() throws {
        let extra = DataFile(
            path: "Intents/aa-extra.yaml",
            text: "intents:\n  - id: zebra\n    patterns: zebra stripes\n    answer: Stripes.\n")
        let shifted = try Assistant(files: [extra] + Fixtures.shippedFiles())
        #expect(
            shifted.rules.rules.firstIndex { $0.id == "role.overview" }
                != Fixtures.shipped.rules.rules.firstIndex { $0.id == "role.overview" })
        var conversation = Conversation(Fixtures.shipped)
        _ = conversation.respond(to: "what does a data scientist do?")
        var continued = conversation.continued(with: shifted)
        #expect(continued.context.intent == "role.overview")
        let reply = continued.respond(to: "and ML engineers?")
        #expect(reply.intent == "role.overview" && reply.roles == ["ml-engineer"])
    }
}
