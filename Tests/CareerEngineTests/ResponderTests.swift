import Testing

@testable import CareerEngine

/// Each responder of the dialogue layer alone: given the assistant and a state, what it writes in the
/// turn (answer, intent, roles) and what it asks to change in the state. On a tiny fixture of its own.
@Suite struct ResponderTests {
    static let fixture: Assistant = {
        let text = """
            language:
              references:
                recent: [they]
                second: [the second]
              fillers: [the, a]
              function-words: [and, of, about, i, what, how, me, like]
              question-words: [what, how]
            roles:
              - id: baker
                name: baker
                summary:
                  added: [Bakers bake bread.]
                skills:
                  added: [Kneading, Timing the oven]
                education:
                  added: [An apprenticeship]
                interests:
                  added: [Bread and early mornings]
              - id: potter
                name: potter
                summary:
                  added: [Potters shape clay.]
                skills:
                  added: [Throwing clay]
                education:
                  added: [An art school]
                interests:
                  added: [Clay and glazes]
            careers:
              summary:
                added: [Crafts are careers too.]
            intents:
              - id: fallback
                answer: Sorry, I don't know that.
              - id: role.overview
                patterns: tell me about {role}
                suggest: Tell me about {role.name}
                answer: About {role.name}.
              - id: role.skills
                patterns: skills * {role}
                suggest: What skills does {role.a-name} need?
                answer: |
                  # Skills of {role.name}
                  {role.skills}
              - id: role.education
                patterns: education * {role}
                answer: "{role.name} study: {role.education}"
                general-answer: Every role has its own path.
              - id: roles.compare
                patterns: compare {role} and {role}
                answer: "{role1.name} against {role2.name}."
              - id: roles.recommend
                patterns: i like {topic}
                answer: |
                  # Roles for you
                  {ranking}
              - id: salary
                patterns: salary * {role}
                fallback: true
                answer: I don't know salaries.
              - id: more
                action: more
                patterns: tell me more
              - id: why
                action: why
                patterns: why
              - id: quiz.start
                action: quiz
                patterns: quiz
              - id: roles.find
                patterns: who {topic}
                answer: "{found}"
                no-match: Nobody does that.
            quiz:
              stop-words: [stop]
              back-words: [back]
              skip-words: [skip]
              ordinals: [first, second, third]
              numbers: [one, two, three]
              last-words: [last]
              ordinal-endings: [nd, rd]
              intro: Two questions.
              questions:
                - ask: Which do you like?
                  options:
                    - answer: Bread
                      weights: {baker: 3}
                    - answer: Clay
                      weights: {potter: 3}
                - ask: When do you work?
                  options:
                    - answer: Early mornings
                      weights: {baker: 1}
                    - answer: Afternoons
                      weights: {potter: 1}
            replies:
              which-role: Which role? {listed}.
              did-you-mean: "Did you mean:"
              nothing-more: That is all about {text}.
              more-heading: "{listed}: {text}"
              more-summary: what they do
              more-skills: skills
              more-education: education
              more-interests: suits
              no-ranking-yet: Nothing ranked yet.
              why-heading: Why
              why-place: "{number}. {listed}, {total} facts:"
              why-place-one: "{number}. {listed}, 1 fact:"
              why-quiz-place: "{number}. {listed} scored {total}:"
              quiz-question: "Q{number}/{total}: {text}"
              quiz-stopped: Quiz stopped.
              quiz-result-heading: Your roles
              summary-empty: Nothing yet.
              summary-heading: Your card
              note-roles-from-context: "the roles of the previous turn: {listed}"
            """
        return try! Assistant(files: [DataFile(path: "Fixture/fixture.yaml", text: text)])
    }()

    static var rules: RuleSet { fixture.rules }
    static func rule(_ id: String) -> Rule { fixture.rules.rule(id)! }
    static func index(_ id: String) -> Int? { fixture.rules.index(of: id) }

    static func state(_ changes: StateChange...) -> DialogueState {
        var state = DialogueState()
        state.apply(changes)
        return state
    }

    /// The answer's text, without the blank lines between its blocks.
    static func text(_ turn: Turn) -> String { turn.answer.plainText.split(separator: "\n").joined(separator: "\n") }

    static func part(_ line: String) -> Interpretation.Part { fixture.matcher.interpret(line).parts[0] }

    // MARK: Answerer

    @Test func anAnswerIsGivenForTheRolesAndFocusesOnThem() {
        var turn = Turn(input: "")
        Answerer(assistant: Self.fixture, state: DialogueState()).answer(
            Self.rule("role.skills"), roles: ["baker"], part: nil, into: &turn)
        #expect(turn.answer.plainText.contains("Kneading"))
        #expect(turn.roles == ["baker"])
        var state = DialogueState()
        state.apply(turn.takeChanges())
        #expect(state.focus == ["baker"])
        #expect(state.lastIntent == Self.index("role.skills"))
        #expect(state.given.contains(GivenFact(role: "baker", field: "skills")), "the facts given are remembered once")
    }

    @Test func aMissingRoleIsTakenFromTheFocusWhileItLives() {
        var turn = Turn(input: "")
        let state = Self.state(.focus(["potter"]))
        Answerer(assistant: Self.fixture, state: state).answer(
            Self.rule("role.skills"), part: Self.part("skills of they"), into: &turn)
        #expect(turn.roles == ["potter"])
    }

    @Test func noRoleAnywhereAsksWhichAndWaits() {
        var turn = Turn(input: "")
        Answerer(assistant: Self.fixture, state: DialogueState()).answer(
            Self.rule("role.skills"), roles: [], part: nil, into: &turn)
        #expect(Self.text(turn) == "Which role? baker, potter.")
        var state = DialogueState()
        state.apply(turn.takeChanges())
        #expect(state.pending == Self.index("role.skills"))
    }

    @Test func aGeneralAnswerIsGivenWhenTheIntentHasOne() {
        var turn = Turn(input: "")
        Answerer(assistant: Self.fixture, state: DialogueState()).answer(
            Self.rule("role.education"), roles: [], part: nil, into: &turn)
        #expect(Self.text(turn) == "Every role has its own path.")
        var state = DialogueState()
        state.apply(turn.takeChanges())
        #expect(state.pending == Self.index("role.education"), "\"and the baker?\" next asks it for the baker")
    }

    /// A search that finds a role answers as its intent; one that finds none answers nothing, as `fallback`.
    @Test func aSearchThatFindsNoRoleReportsFallback() {
        var found = Turn(input: "")
        let answerer = Answerer(assistant: Self.fixture, state: DialogueState())
        answerer.answerWithoutRoles(Self.rule("roles.find"), part: Self.part("who throws clay"), into: &found)
        #expect(found.mainIntent == "roles.find" && found.roles == ["potter"])
        var none = Turn(input: "")
        // "glazes" is only among the potter's interests, which a search for who does something skips.
        answerer.answerWithoutRoles(Self.rule("roles.find"), part: Self.part("who glazes"), into: &none)
        #expect(none.mainIntent == "fallback" && Self.text(none) == "Nobody does that.")
    }

    @Test func aComparisonAnswersThePairs() {
        let roles = Self.fixture.knowledge.roles
        #expect(Answerer.comparisons(of: roles).map { $0.map(\.id) } == [["baker", "potter"]])
        var turn = Turn(input: "")
        Answerer(assistant: Self.fixture, state: DialogueState()).answer(
            Self.rule("roles.compare"), roles: ["potter", "baker"], part: nil, into: &turn)
        #expect(Self.text(turn) == "Potter against baker.")
    }

    @Test func startingOverResetsTheState() {
        var turn = Turn(input: "")
        Answerer(assistant: Self.fixture, state: Self.state(.focus(["baker"]))).restart(
            Self.rule("fallback"), into: &turn)
        var state = Self.state(.focus(["baker"]))
        state.apply(turn.takeChanges())
        #expect(state.focus.isEmpty && !state.isAlive)
    }

    // MARK: Decliner

    /// With nothing near what was asked, the fallback offers no questions: unrelated ones are no help.
    @Test func theFallbackOffersNothingWhenNothingIsNear() {
        var turn = Turn(input: "")
        Decliner(assistant: Self.fixture, state: DialogueState()).fallback(into: &turn)
        #expect(turn.isFallback && turn.mainIntent == "fallback")
        #expect(turn.suggestions.isEmpty)
        #expect(turn.answer.plainText == "Sorry, I don't know that.")
    }

    /// About a role the question named, the general questions are offered for that role.
    @Test func suggestionsForANamedRoleAreAboutIt() {
        let decliner = Decliner(assistant: Self.fixture, state: DialogueState())
        #expect(
            decliner.suggestedQuestions(nil, roles: ["baker"]) == [
                "Tell me about baker", "What skills does a baker need?",
            ])
    }

    @Test func aDeclinedQuestionKeepsItsRoleInFocus() {
        var turn = Turn(input: "")
        turn.interpretation = Self.fixture.matcher.interpret("salary of a potter")
        Decliner(assistant: Self.fixture, state: DialogueState()).decline(Self.rule("salary"), into: &turn)
        #expect(turn.answer.plainText.hasPrefix("I don't know salaries."))
        #expect(turn.suggestions.first == "Tell me about potter", "suggestions are about the role asked")
        var state = DialogueState()
        state.apply(turn.takeChanges())
        #expect(state.focus == ["potter"])
    }

    @Test func aRoleNotCoveredForgetsTheContext() {
        var turn = Turn(input: "")
        let uncovered = UncoveredRole(title: "glassblower", closest: nil)
        Decliner(assistant: Self.fixture, state: Self.state(.focus(["baker"]))).notCovered([uncovered], into: &turn)
        #expect(turn.isFallback)
        var state = Self.state(.focus(["baker"]))
        state.apply(turn.takeChanges())
        #expect(state.focus.isEmpty)
        #expect(Decliner.listed(["a", "b", "c"]) == "a, b, c")
    }

    // MARK: MoreFacts

    @Test func moreGivesTheNextFactsNotGivenThenSaysWhenDone() {
        var state = DialogueState()
        var texts: [String] = []
        for _ in 0..<3 {
            var turn = Turn(input: "")
            MoreFacts(assistant: Self.fixture, state: state).more(Self.rule("more"), roles: ["potter"], into: &turn)
            texts.append(Self.text(turn))
            state.apply(turn.takeChanges())
        }
        #expect(texts[0] == "Potter: what they do\nPotters shape clay.\nPotter: skills\n- Throwing clay")
        #expect(texts[1] == "Potter: education\n- An art school\nPotter: suits\n- Clay and glazes")
        #expect(texts[2] == "That is all about potters.")
    }

    // MARK: RankingExplainer

    @Test func whyWithoutARankingSaysSo() {
        var turn = Turn(input: "")
        RankingExplainer(assistant: Self.fixture, state: DialogueState()).why(Self.rule("why"), into: &turn)
        #expect(Self.text(turn) == "Nothing ranked yet.")
    }

    @Test func whyGivesThePlacesOfTheLastRanking() {
        let baker = Self.fixture.knowledge.role("baker")!
        let fact = baker.facts(.interests)[0]
        let state = Self.state(.ranking([RoleFinder.Result(role: baker, score: 1, reasons: [fact])], byQuiz: false))
        var turn = Turn(input: "")
        RankingExplainer(assistant: Self.fixture, state: state).why(Self.rule("why"), into: &turn)
        #expect(Self.text(turn) == "Why\n1. baker, 1 fact:\n- Bread and early mornings")
        #expect(turn.roles == ["baker"])
    }

    // MARK: QuizMode

    @Test func theQuizAsksAnswersAndRanks() {
        var state = DialogueState()
        var turn = Turn(input: "")
        QuizMode(assistant: Self.fixture, state: state).start(intent: "quiz.start", into: &turn)
        #expect(Self.text(turn) == "Two questions.\nQ1/2: Which do you like?\n1. Bread\n2. Clay")
        state.apply(turn.takeChanges())
        for line in ["2", "afternoons"] {
            turn = Turn(input: line)
            let read = QuizMode(assistant: Self.fixture, state: state).read(
                line, interpretation: Self.fixture.matcher.interpret(line), into: &turn)
            #expect(read)
            state.apply(turn.takeChanges())
        }
        #expect(turn.mainIntent == "quiz.result")
        #expect(state.quiz == nil && state.quizResult == ["potter"] && state.rankedByQuiz)
    }

    @Test func stopEndsTheQuizAndAQuestionIsLeftToTheConversation() {
        let state = Self.state(.quiz(QuizProgress()))
        let quiz = QuizMode(assistant: Self.fixture, state: state)
        var turn = Turn(input: "")
        let question = "tell me about potter"
        #expect(!quiz.read(question, interpretation: Self.fixture.matcher.interpret(question), into: &turn))
        turn = Turn(input: "")
        #expect(quiz.read("stop", interpretation: Self.fixture.matcher.interpret("stop"), into: &turn))
        #expect(Self.text(turn) == "Quiz stopped." && turn.mainIntent == "quiz.stop")
    }

    @Test func aPositionIsReadFromNumbersAndOrdinals() {
        let quiz = Self.fixture.quiz!
        #expect(QuizMode.position(of: "2nd", in: quiz, count: 4, alone: false) == 2)
        #expect(QuizMode.position(of: "third", in: quiz, count: 4, alone: false) == 3)
        #expect(QuizMode.position(of: "two", in: quiz, count: 4, alone: false) == 2)
        #expect(QuizMode.position(of: "last", in: quiz, count: 4, alone: false) == 4)
        #expect(QuizMode.position(of: "one", in: quiz, count: 4, alone: false) == nil, "\"the first one\" is the first")
        #expect(QuizMode.position(of: "one", in: quiz, count: 4, alone: true) == 1)
        #expect(
            QuizMode.position(of: "fourth", in: quiz, count: 4, alone: false) == nil,
            "only the quiz's words name places")
    }

    // MARK: SummaryCard

    @Test func theSummaryListsTheRolesExplored() {
        var turn = Turn(input: "")
        SummaryCard(assistant: Self.fixture, state: DialogueState()).summary(intent: "summary", into: &turn)
        #expect(Self.text(turn) == "Nothing yet.")
        turn = Turn(input: "")
        SummaryCard(assistant: Self.fixture, state: Self.state(.explored(["baker"]))).summary(
            intent: "summary", into: &turn)
        #expect(turn.answer.plainText.hasPrefix("Your card\nBaker"))
        #expect(turn.roles == ["baker"])
    }

    // MARK: ReferenceResolver

    @Test func referencesResolveInTheStateTheyAreGiven() {
        let state = Self.state(.focus(["baker"]), .show(["potter", "baker"], ranked: false))
        let resolver = ReferenceResolver(state: state, texts: Self.fixture.texts)
        #expect(resolver.resolve(.recent) == ["baker"])
        #expect(resolver.resolve(.second) == ["baker"])
        #expect(
            ReferenceResolver(state: DialogueState(), texts: Self.fixture.texts).resolve(.recent).isEmpty,
            "a dead context points nowhere")
    }

    @Test func aRoleFromContextIsNotedForWhy() {
        var turn = Turn(input: "")
        let resolver = ReferenceResolver(state: Self.state(.focus(["potter"])), texts: Self.fixture.texts)
        let part = Self.fixture.matcher.interpret("skills").parts.first ?? Self.part("skills of they")
        _ = resolver.roles(for: part, needed: 1, turn: &turn)
        #expect(turn.explanation.fromContext == ["the roles of the previous turn: potter"])
    }

    // MARK: ReplyBuilder and the state

    @Test func aTurnThatDoesNotTouchTheContextAgesIt() {
        let builder = ReplyBuilder(assistant: Self.fixture)
        var state = Self.state(.focus(["baker"]))
        for _ in 0..<DialogueState.lifetime { state.apply(builder.closing(Turn(input: ""))) }
        #expect(!state.isAlive && state.focus.isEmpty)
    }

    @Test func theReplyReportsTheTurn() {
        var turn = Turn(input: "hi")
        turn.add(intent: "role.overview", courtesy: false, answer: Answer.paragraph("About baker."), roles: ["baker"])
        turn.confidences = [0.8]
        var state = DialogueState()
        state.apply(ReplyBuilder(assistant: Self.fixture).closing(turn))
        let context = ContextSnapshot(roles: [], intent: nil, turnsLeft: 0, pending: nil, shown: [])
        let reply = ReplyBuilder(assistant: Self.fixture).reply(to: turn, state: state, context: context)
        #expect(reply.intent == "role.overview" && reply.roles == ["baker"] && reply.confidence == 0.8)
        #expect(state.explored == ["baker"] && state.shown == ["baker"])
    }
}
