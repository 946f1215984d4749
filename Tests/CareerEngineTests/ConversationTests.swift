import Testing
import TranscriptKit

@testable import CareerEngine

/// Conversation state: what it carries, how it fades, and when it must not be used.
@Suite struct ConversationTests {
    func conversation() -> Conversation { Conversation(Fixtures.shipped) }

    @Test func contextFadesAfterThreeTurnsWithoutReference() {
        var conversation = conversation()
        _ = conversation.respond(to: "what does a data scientist do?")
        #expect(conversation.context.turnsLeft == DialogueState.lifetime)
        _ = conversation.respond(to: "hello")
        _ = conversation.respond(to: "thanks")
        #expect(conversation.context.roles == ["data-scientist"])
        #expect(conversation.context.turnsLeft == 1)
        _ = conversation.respond(to: "what's the weather?")
        #expect(conversation.context.roles == [])
        let reply = conversation.respond(to: "what skills do they need?")
        #expect(reply.roles == [])
        #expect(reply.answer.plainText.contains("Which role do you mean?"))
    }

    @Test func aReferenceRenewsTheContext() {
        var conversation = conversation()
        _ = conversation.respond(to: "what does a data scientist do?")
        _ = conversation.respond(to: "hi")
        _ = conversation.respond(to: "what skills do they need?")
        #expect(conversation.context.turnsLeft == DialogueState.lifetime)
    }

    @Test func aNamedRoleNeverUsesContext() {
        var conversation = conversation()
        _ = conversation.respond(to: "what does an MLOps engineer do?")
        let reply = conversation.respond(to: "what skills does a data scientist need?")
        #expect(reply.roles == ["data-scientist"])
        #expect(reply.explanation.fromContext.isEmpty)
    }

    @Test func ellipsisRepeatsTheLastIntent() {
        var conversation = conversation()
        _ = conversation.respond(to: "where do research scientists work?")
        let reply = conversation.respond(to: "and data scientists?")
        #expect(reply.intent == "role.workplaces")
        #expect(reply.roles == ["data-scientist"])
    }

    @Test func pendingQuestionIsCompletedByARole() {
        var conversation = conversation()
        let ask = conversation.respond(to: "what are the responsibilities?")
        #expect(ask.intent == "role.responsibilities")
        #expect(conversation.context.pending == "role.responsibilities")
        let reply = conversation.respond(to: "ML engineer")
        #expect(reply.intent == "role.responsibilities")
        #expect(reply.roles == ["ml-engineer"])
        #expect(conversation.context.pending == nil)
    }

    @Test func moreGivesNewFactsThenSaysWhenDone() {
        var conversation = conversation()
        let first = conversation.respond(to: "what does a chief AI officer do?")
        var seen = first.answer.plainText
        var last = first
        for _ in 0..<6 {
            last = conversation.respond(to: "tell me more")
            #expect(last.intent == "more")
            #expect(last.roles == ["chief-ai-officer"])
            if last.answer.plainText.hasPrefix("That is everything") { break }
            #expect(!seen.contains(last.answer.plainText))
            seen += last.answer.plainText
        }
        #expect(last.answer.plainText.hasPrefix("That is everything I know about chief AI officers"))
    }

    @Test func compareThemUsesTheLastTwoRoles() {
        var conversation = conversation()
        _ = conversation.respond(to: "what does a data scientist do?")
        _ = conversation.respond(to: "and an ML engineer?")
        let reply = conversation.respond(to: "compare them")
        #expect(reply.intent == "roles.compare")
        #expect(reply.roles == ["data-scientist", "ml-engineer"])
    }

    @Test func whyExplainsTheRecommendationAndItMeansTheTopRole() {
        var conversation = conversation()
        let recommendation = conversation.respond(to: "I love statistics and charts, which role suits me?")
        #expect(recommendation.roles.first == "data-scientist")
        let why = conversation.respond(to: "why?")
        #expect(why.intent == "recommend.why")
        #expect(why.answer.plainText.contains("Statistics and finding patterns in data"))
        let learn = conversation.respond(to: "what should I learn for it?")
        #expect(learn.intent == "role.skills")
        #expect(learn.roles == ["data-scientist"])
    }

    @Test func resetForgetsEverything() {
        var conversation = conversation()
        _ = conversation.respond(to: "what does a data scientist do?")
        let reply = conversation.respond(to: "start over")
        #expect(reply.intent == "reset")
        #expect(conversation.context == ContextSnapshot(roles: [], intent: nil, turnsLeft: 0, pending: nil, shown: []))
    }

    @Test func generalQuestionWithoutContextAnswersInGeneral() {
        var conversation = conversation()
        let reply = conversation.respond(to: "what skills do I need?")
        #expect(reply.intent == "skills.general")
        #expect(reply.answer.plainText.contains("Python programming"))
    }

    @Test func anOutOfScopeTurnKeepsTheContext() {
        var conversation = conversation()
        _ = conversation.respond(to: "what does an AI engineer do?")
        let salary = conversation.respond(to: "how much do they earn?")
        #expect(salary.intent == "fallback")
        let reply = conversation.respond(to: "what do they build?")
        #expect(reply.roles == ["ai-engineer"])
    }

    @Test func veryLongInputIsRefusedPolitely() {
        var conversation = conversation()
        let reply = conversation.respond(to: String(repeating: "data scientist ", count: 1000))
        #expect(reply.intent == "fallback")
        #expect(reply.answer.plainText.contains("too long"))
    }
}
