import Foundation
import Testing
import TranscriptKit

@testable import CareerEngine

/// The booth data: the quiz and the tour are checked like the rules, with located errors, and the tour
/// catches a content edit that changes what one of its questions gets.
@Suite struct BoothTests {
    static func check(_ name: String, _ text: String) -> [String] {
        CheckTests.check(name, text)
    }

    static let option = "        - answer: Data\n          weights: {data-scientist: 2}\n"

    @Test func shippedQuizAndTourLoad() throws {
        let quiz = try #require(Fixtures.shipped.quiz)
        #expect((4...6).contains(quiz.questions.count), "the issue asks for 4 to 6 questions")
        let tour = try #require(Fixtures.shipped.tour)
        #expect(tour.check(with: Fixtures.shipped).isEmpty)
        let covered = Set(quiz.questions.flatMap { $0.options.flatMap(\.weights.keys) })
        #expect(covered == Set(Fixtures.shipped.knowledge.roles.map(\.id)), "every role can come out of the quiz")
    }

    @Test func quizWeightNamingAnUnknownRole() {
        let quiz =
            "quiz:\n  intro: Hi\n  questions:\n"
            + String(repeating: "    - ask: Q?\n      options:\n" + Self.option + Self.option, count: 3)
            .replacingOccurrences(of: "{data-scientist: 2}", with: "{data-scientst: 2}")
        let lines = Self.check("quiz.yaml", quiz)
        #expect(
            lines.contains {
                $0.hasPrefix(
                    "Intents/quiz.yaml:7:21: error: unknown key 'data-scientst' in the weights of a quiz option (did you mean 'data-scientist'?)"
                )
            }, "\(lines)")
    }

    @Test func quizWeightThatIsNotANumber() {
        let quiz =
            "quiz:\n  intro: Hi\n  questions:\n"
            + String(repeating: "    - ask: Q?\n      options:\n" + Self.option + Self.option, count: 2)
            .replacingOccurrences(of: "{data-scientist: 2}", with: "{data-scientist: lots}")
        let lines = Self.check("quiz.yaml", quiz)
        #expect(
            lines.contains("Intents/quiz.yaml:7:37: error: a weight must be a number from -10 to 10, not 'lots'"),
            "\(lines)")
    }

    @Test func quizWithTooFewOptionsOrQuestions() {
        let quiz = "quiz:\n  intro: Hi\n  questions:\n    - ask: Only one?\n      options:\n" + Self.option
        let lines = Self.check("quiz.yaml", quiz)
        #expect(lines.contains("Intents/quiz.yaml:6:9: error: this question has 1 options; give 2 to 6"), "\(lines)")
        #expect(lines.contains("Intents/quiz.yaml:4:5: error: the quiz has 1 questions; give 2 to 8"), "\(lines)")
    }

    @Test func tourStepNamingAnUnknownIntentOrRole() {
        let tour =
            "tour:\n  steps:\n    - ask: hello\n      expect: greting\n    - ask: what does a DS do?\n      expect: role.overview\n      roles: [data-scientst]\n"
        let lines = Self.check("tour.yaml", tour)
        #expect(
            lines.contains("Intents/tour.yaml:4:15: error: unknown intent 'greting' (did you mean 'greeting'?)"),
            "\(lines)")
        #expect(
            lines.contains {
                $0.hasPrefix(
                    "Intents/tour.yaml:7:15: error: unknown role id 'data-scientst' (did you mean 'data-scientist'?)")
            }, "\(lines)")
    }

    /// A content edit that changes a tour question's intent fails `check` (and `demo --check`) at the step.
    @Test func tourStepWhoseIntentChangedIsAnError() {
        let tour =
            "tour:\n  steps:\n    - ask: what does an MLOps engineer do?\n      expect: role.overview\n      roles: [mlops-engineer]\n    - ask: what skills do they need?\n      expect: role.education\n"
        let lines = Self.check("tour.yaml", tour)
        #expect(
            lines.contains(
                "Intents/tour.yaml:6:12: error: tour step 2 \"what skills do they need?\" now gets intent 'role.skills' instead of 'role.education'"
            ), "\(lines)")
        #expect(lines.filter { $0.contains("error:") }.count == 1, "step 1 is as expected: \(lines)")
    }

    @Test func tourFileForTheDemoIsCheckedAgainstTheRules() throws {
        let assistant = Fixtures.shipped
        let good = try assistant.tour(
            from: DataFile(path: "my-tour.yaml", text: "tour:\n  steps:\n    - ask: hi\n      expect: greeting\n"))
        #expect(good.steps.map(\.expect) == ["greeting"])
        #expect(throws: DataProblems.self) {
            try assistant.tour(
                from: DataFile(path: "my-tour.yaml", text: "tour:\n  steps:\n    - ask: hi\n      expct: greeting\n"))
        }
        do {
            _ = try assistant.tour(from: DataFile(path: "my-tour.yaml", text: "steps: []\n"))
            Issue.record("a file without a tour section was accepted")
        } catch {
            #expect(
                error.diagnostics.map { $0.rendered() }.contains {
                    $0.hasPrefix("my-tour.yaml:1:1: error: unknown key 'steps' in a tour file")
                })
        }
    }

    @Test func quizAnswersByNumberWordsAndOrdinals() throws {
        var conversation = Conversation(Fixtures.shipped)
        #expect(conversation.startQuiz().intent == "quiz.start")
        #expect(conversation.respond(to: "2.").intent == "quiz.answer")
        #expect(conversation.respond(to: "the second one").intent == "quiz.answer")
        #expect(conversation.respond(to: "I guess the first").intent == "quiz.answer")
        #expect(conversation.respond(to: "PhD").intent == "quiz.answer")
        let result = conversation.respond(to: "designing the big picture")
        #expect(result.intent == "quiz.result")
        // ML engineer and AI engineer both total 8: the tie keeps the order of roles.yaml.
        #expect(Array(result.roles.prefix(2)) == ["ml-engineer", "ai-engineer"])
        #expect(result.answer.plainText.contains("Next steps to become a machine learning engineer"))
        #expect(conversation.context.roles == ["ml-engineer"], "the best fit is in focus for follow-ups")
    }

    @Test func summaryWithoutAQuizListsTheRolesExplored() {
        var conversation = Conversation(Fixtures.shipped)
        _ = conversation.respond(to: "what does a CAIO do?")
        let card = conversation.summary()
        #expect(card.intent == "summary")
        #expect(card.roles == ["chief-ai-officer"])
        #expect(
            card.answer.plainText.contains("Reached from:"), "a role that leads nowhere says where it is reached from")
    }
}
