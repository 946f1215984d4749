import Foundation
import Testing

@testable import CareerEngine

/// `for-leadership`: a rule answers with another intent when every role it is asked for is a
/// leadership role (one of the careers' `paths`), reached by stepping up from the roles that lead to it.
@Suite struct LeadershipTests {
    static let text = """
        language:
          fillers: [a, an, the]
          function-words: [how, do, i, to]
          question-words: [how]
        roles:
          - id: gardener
            name: gardener
            summary:
              added: [Gardeners grow plants.]
            skills:
              added: [Pruning]
            leads-to: [head-gardener]
          - id: head-gardener
            name: head gardener
            summary:
              added: [Head gardeners run the garden.]
            skills:
              added: [Running a team]
        careers:
          summary:
            added: [Crafts are careers too.]
          paths: [head-gardener]
        intents:
          - id: fallback
            answer: Sorry.
          - id: role.become
            for-leadership: role.step-up
            patterns: become {role}
            answer: "To become {role.a-name}, learn: {role.skills}."
          - id: career.growth
            patterns: where * {role} go
            answer: "{role.plural} go on to: {role.leads-to}."
          - id: role.step-up
            reported-as: career.growth
            answer: "{role.plural} step up from: {role.comes-from}. They need: {role.skills}."
          - id: followup.same
            action: same-for-role
            patterns: and {role}
          - id: more
            action: more
            patterns: tell me more
        """

    static func reply(_ line: String) throws -> Reply { try replies([line])[0] }

    static func replies(_ lines: [String]) throws -> [Reply] {
        var conversation = Conversation(try Assistant(files: [DataFile(path: "Fixture/f.yaml", text: text)]))
        return lines.map { conversation.respond(to: $0) }
    }

    static func errors(_ text: String) -> [String] {
        DataCheck.run([DataFile(path: "Fixture/f.yaml", text: text)]).diagnostics.filter { $0.severity == .error }
            .map { $0.rendered() }
    }

    @Test func aStartingRoleKeepsItsOwnAnswer() throws {
        let reply = try Self.reply("become a gardener")
        #expect(reply.intent == "role.become")
        #expect(reply.answer.plainText.contains("To become a gardener, learn: Pruning."))
    }

    @Test func aLeadershipRoleIsAnsweredByTheIntentItNames() throws {
        let reply = try Self.reply("become a head gardener")
        #expect(reply.intent == "career.growth")
        #expect(reply.roles == ["head-gardener"])
        #expect(reply.answer.plainText.contains("Head gardeners step up from: gardener. They need: Running a team."))
    }

    /// "and gardeners?" after a step-up answer asks what was asked (becoming), for the gardener.
    @Test func aFollowUpAsksTheOriginalIntentAgain() throws {
        let replies = try Self.replies(["become a head gardener", "and gardeners"])
        #expect(replies[1].intent == "role.become")
        #expect(replies[1].answer.plainText.contains("To become a gardener, learn: Pruning."))
    }

    /// `for-leadership` must name another intent that answers about one role.
    @Test(arguments: [
        (
            "for-leadership: more",
            "'for-leadership' must name an intent that answers about one role, and 'more' does not"
        ),
        ("for-leadership: role.become", "'for-leadership' names the intent itself"),
    ])
    func aForLeadershipThatCannotAnswerIsAnError(_ line: String, _ message: String) {
        let errors = Self.errors(Self.text.replacingOccurrences(of: "for-leadership: role.step-up", with: line))
        #expect(errors.contains("Fixture/f.yaml:27:21: error: \(message)"), "\(errors)")
    }

    @Test func anIntentReachedOnlyThroughForLeadershipNeedsNoPatterns() {
        let errors = Self.errors(Self.text)
        #expect(!errors.contains { $0.contains("has no patterns") || $0.contains("unknown intent") }, "\(errors)")
    }

    @Test func anIntentWithoutPatternsThatNothingReachesIsAnError() {
        let text = Self.text.replacingOccurrences(of: "    for-leadership: role.step-up\n", with: "")
        let errors = Self.errors(text)
        #expect(
            errors.filter { $0.contains("patterns") } == [
                "Fixture/f.yaml:32:5: error: the intent 'role.step-up' has no patterns"
            ], "\(errors)")
    }

    @Test func anUnknownForLeadershipIntentIsNamedWhereItIsWritten() {
        let text = Self.text.replacingOccurrences(
            of: "for-leadership: role.step-up", with: "for-leadership: role.stepup")
        let errors = Self.errors(text)
        #expect(
            errors.contains("Fixture/f.yaml:27:21: error: unknown intent 'role.stepup' (did you mean 'role.step-up'?)"),
            "\(errors)")
        #expect(!errors.contains { $0.contains("has no patterns") }, "one root cause, said once")
    }
}
