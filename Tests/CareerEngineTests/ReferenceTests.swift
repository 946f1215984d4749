import Testing
import TranscriptKit

@testable import CareerEngine

/// How follow-ups point at roles: by place in the order the last answer showed them, by a line that
/// only points, by a correction, by "she"; and how "which role?" waits. On a small fixture of its own.
@Suite struct ReferenceTests {
    /// Three roles, a list of them, one question per role, a comparison and "and X?"; the language and
    /// replies these mechanisms read. Independent of the shipped Intents/.
    static let fixture: Assistant = {
        let text = """
            language:
              references:
                recent: [they, them]
                both: [both]
                first: [the first, the former]
                second: [the second]
                third: [the third]
                last: [the latter]
                person: [she]
              fillers: [the, a]
              function-words: [and, of, about, no, i, not, what, how]
              question-words: [what, how]
              negations: [not]
            roles:
              - id: baker
                name: baker
                skills:
                  added: [Kneading]
              - id: potter
                name: potter
                skills:
                  added: [Throwing clay]
              - id: weaver
                name: weaver
                skills:
                  added: [Using a loom]
            intents:
              - id: fallback
                answer: Sorry.
              - id: role.overview
                patterns: |
                  {role}
                  tell me about {role}
                answer: About {role.name}.
              - id: role.skills
                patterns: |
                  skills * {role}
                  {role} * skills
                answer: |
                  # Skills of {role.name}
                  {role.skills}
              - id: roles.compare
                patterns: |
                  compare {role} and {role}
                answer: "{role1.name} against {role2.name}."
              - id: roles.list
                patterns: list the jobs
                answer: |
                  # Jobs
                  {roles.names}
              - id: followup.same
                action: same-for-role
                patterns: |
                  and {role}
                  no * mean * {role}
                  no {role}
            replies:
              which-role: Which role? {listed}.
              not-shown: "I only showed: {listed}."
            """
        return try! Assistant(files: [DataFile(path: "Fixture/fixture.yaml", text: text)])
    }()

    func replies(_ lines: [String]) -> [Reply] {
        var conversation = Conversation(Self.fixture)
        return lines.map { conversation.respond(to: $0) }
    }

    @Test func aPlaceCountsInTheOrderTheLastAnswerShowed() {
        let turns = replies(["list the jobs", "skills of the third", "and the first?"])
        #expect(turns[1].roles == ["weaver"])
        #expect(turns[2].intent == "role.skills")
        #expect(turns[2].roles == ["baker"], "walking through the list by place keeps its order")
    }

    @Test func aPlaceThatWasNotShownIsSaidNotGuessed() {
        let turns = replies(["compare potter and weaver", "skills of the third"])
        #expect(turns[1].intent == "fallback")
        #expect(turns[1].answer.plainText == "I only showed: potter, weaver.")
        #expect(turns[1].context.roles == ["potter", "weaver"], "the roles stay in focus")
    }

    @Test func aLineThatOnlyPointsRepeatsTheLastQuestion() {
        let turns = replies(["compare potter and weaver", "skills of the latter", "and the former?"])
        #expect(turns[1].roles == ["weaver"])
        #expect(turns[2].intent == "role.skills")
        #expect(turns[2].roles == ["potter"])
    }

    @Test func bothMeansEveryRoleShown() {
        let turns = replies(["compare potter and weaver", "both skills"])
        #expect(turns[1].roles == ["potter", "weaver"])
    }

    @Test func aCorrectionDropsTheRoleAfterANegation() {
        let turns = replies(["baker skills", "no I mean potter not baker"])
        #expect(turns[1].intent == "role.skills")
        #expect(turns[1].roles == ["potter"])
    }

    @Test func sheMeansTheRoleInFocus() {
        let turns = replies(["tell me about weaver", "skills she"])
        #expect(turns[1].roles == ["weaver"])
    }

    @Test func aQuestionOfItsOwnIsNotTheAnswerToWhichRole() {
        let asked = replies(["skills"])
        #expect(asked[0].answer.plainText.hasPrefix("Which role?"))
        let named = replies(["skills", "the potter"])
        #expect(named[1].intent == "role.skills")
        #expect(named[1].roles == ["potter"])
        let question = replies(["skills", "what about tell me about weaver"])
        #expect(question[1].intent == "role.overview", "a line with a question word is its own question")
    }

    @Test func theQuizRanksByTheWeightsOfTheAnswersChosen() {
        let roles = Self.fixture.knowledge.roles
        let location = SourceLocation(file: "f", line: 1, column: 1)
        let options = [
            Quiz.Option(text: "Bread", stems: [], weights: ["baker": 3, "potter": 1], location: location),
            Quiz.Option(text: "Clay", stems: [], weights: ["potter": 3], location: location),
        ]
        let ranking = QuizMode.ranking(of: options, among: roles)
        #expect(ranking.map(\.role.id) == ["potter", "baker"])
        #expect(ranking[0].score == 4)
        #expect(ranking[0].reasons.map(\.text) == ["Clay", "Bread"], "the answers that counted, most first")
    }
}
