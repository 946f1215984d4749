/// One person's conversation with the assistant: answers each line, keeping the context that
/// follow-ups ("what skills do they need?", "and data scientists?", "tell me more") rely on.
///
/// A thin dispatcher: each kind of line goes to one responder (`Answerer`, `Decliner`, `MoreFacts`,
/// `RankingExplainer`, `QuizMode`, `SummaryCard`), which reads the state and writes only the `Turn`;
/// the changes the turn collects are applied to the state after each responder, and `ReplyBuilder`
/// ends the turn.
public struct Conversation: Sendable {
    public let assistant: Assistant
    private(set) var state = DialogueState()

    /// Longer input is not matched: nobody types a question that long, and pasted text is not one.
    public static let maximumInputLength = 1_000

    /// The intents the conversation names itself, and what for: `check` reports one that is missing.
    static let reliedOn: [(id: String, use: String)] =
        [
            ("role.overview", "\"and data scientists?\" with nothing asked before answers it"),
            ("roles.recommend", "its answer is not followed by the quiz's reminder"),
        ] + Decliner.defaultSuggestions.map { ($0, "its question is offered when nothing fitted") }

    public init(_ assistant: Assistant) { self.assistant = assistant }

    /// The context the next turn will see.
    public var context: ContextSnapshot {
        let alive = state.isAlive
        return ContextSnapshot(
            roles: alive ? state.focus : [],
            intent: alive ? state.lastIntent.map { assistant.rules.rules[$0].id } : nil,
            turnsLeft: alive ? state.turnsLeft : 0,
            pending: state.pending.map { assistant.rules.rules[$0].id },
            shown: alive ? state.shown : [])
    }

    /// Starts the "which role fits me?" quiz (`:quiz`): the reply asks its first question.
    public mutating func startQuiz() -> Reply {
        var turn = Turn(input: ":quiz")
        QuizMode(assistant: assistant, state: state).start(intent: "quiz.start", into: &turn)
        turn.touchedContext = true
        return finish(turn)
    }

    /// The card of what this conversation explored (`:summary`).
    public mutating func summary() -> Reply {
        var turn = Turn(input: ":summary")
        SummaryCard(assistant: assistant, state: state).summary(intent: "summary", into: &turn)
        turn.touchedContext = true
        return finish(turn)
    }

    /// Forgets everything said so far.
    public mutating func reset() { state.apply(.reset) }

    /// This conversation carried on with other rules (`:reload`): the context stays, without the roles
    /// and intents the new rules no longer have.
    public func continued(with assistant: Assistant) -> Conversation {
        var next = Conversation(assistant)
        next.state = state
        let newIndex = Dictionary(
            assistant.rules.rules.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let intents = self.assistant.rules.rules.enumerated().compactMap { old in
            newIndex[old.element.id].map { (old.offset, $0) }
        }
        let roles = Set(assistant.knowledge.roles.map(\.id))
        next.state.apply(.reloaded(roles: roles, intents: Dictionary(intents, uniquingKeysWith: { first, _ in first })))
        return next
    }

    /// Answers one line. Never fails: what cannot be answered gets the fallback. Control characters
    /// and escape sequences in the line are dropped first, so the reply never echoes them.
    public mutating func respond(to line: String) -> Reply {
        let input = ControlCharacters.removed(from: line, lineBreaks: .spaced)
        var turn = Turn(input: input)
        if input.unicodeScalars.count > Self.maximumInputLength {
            decliner.refuseTooLong(into: &turn)
        } else {
            respond(input, into: &turn)
        }
        return finish(turn)
    }

    /// The line in order of what it can be: an answer to the quiz, the role "which role?" waits for,
    /// a line that only points at a role shown, a question about a role not covered, or questions.
    private mutating func respond(_ input: String, into turn: inout Turn) {
        let interpretation = assistant.matcher.interpret(input, roleInFocus: !state.liveFocus.isEmpty)
        if state.quiz != nil,
            QuizMode(assistant: assistant, state: state).read(input, interpretation: interpretation, into: &turn)
        {
            return
        }
        turn.interpretation = interpretation
        if let pending = state.pending, answersWhichRole(interpretation) {
            return complete(pending, interpretation, into: &turn)
        }
        turn.change(.pending(nil))
        if let last = state.lastIntent, onlyPoints(interpretation) {
            let roles = references.roles(pointedAt: interpretation.tokens.compactMap(\.reference), into: &turn)
            return answerer.repeatLast(assistant.rules.rules[last], for: roles, into: &turn)
        }
        let uncovered = Decliner.uncoveredSubjects(interpretation)
        if !uncovered.isEmpty, !decliner.answersBeside(interpretation) {
            return decliner.notCovered(uncovered, into: &turn)
        }
        guard assistant.matcher.answers(interpretation) else { return decliner.fallback(into: &turn) }
        for part in parts(of: interpretation) { handle(part, into: &turn) }
        if !uncovered.isEmpty, !turn.isFallback { turn.answer = turn.answer + decliner.notCoveredNote(uncovered) }
    }

    /// "Which role do you mean?" answered: the waiting question, for the roles named or pointed at.
    private func complete(_ pending: Int, _ interpretation: Interpretation, into turn: inout Turn) {
        turn.change(.pending(nil))
        var roles = interpretation.roles
        if roles.isEmpty {
            roles = references.roles(pointedAt: interpretation.tokens.compactMap(\.reference), into: &turn)
        }
        let rule = assistant.rules.rules[pending]
        if !roles.isEmpty {
            turn.note("completed the pending question \(rule.id) with \(roles.joined(separator: ", "))")
        }
        answerer.answer(rule, roles: roles, part: nil, into: &turn)
    }

    private mutating func handle(_ part: Interpretation.Part, into turn: inout Turn) {
        // The pattern is the matched rule's, even when its role version answers.
        let matched = assistant.rules.rules[part.rule]
        let rule = specific(matched, roles: part.roles)
        turn.matched(rule, pattern: matched.patterns[part.pattern], coverage: part.coverage)
        switch rule.action {
        case .answer where rule.declines: decliner.decline(rule, into: &turn)
        case .answer: answerer.answer(rule, part: part, into: &turn)
        case .sameForRole: answerer.repeatLast(part, into: &turn)
        case .more: MoreFacts(assistant: assistant, state: state).more(rule, part, into: &turn)
        case .reset: answerer.restart(rule, into: &turn)
        case .why: RankingExplainer(assistant: assistant, state: state).why(rule, into: &turn)
        case .quiz: QuizMode(assistant: assistant, state: state).start(intent: rule.reportedIntent, into: &turn)
        case .summary: SummaryCard(assistant: assistant, state: state).summary(intent: rule.reportedIntent, into: &turn)
        }
        // The next part sees what this one changed ("what does an AI engineer do and what do they build?").
        state.apply(turn.takeChanges())
    }

    /// Ends the turn: applies its changes, then ages or renews the context and assembles the reply.
    private mutating func finish(_ turn: Turn) -> Reply {
        var turn = turn
        let builder = ReplyBuilder(assistant: assistant)
        state.apply(turn.takeChanges())
        state.apply(builder.closing(turn))
        return builder.reply(to: turn, state: state, context: context)
    }

    private var answerer: Answerer { Answerer(assistant: assistant, state: state) }
    private var decliner: Decliner { Decliner(assistant: assistant, state: state) }
    private var references: ReferenceResolver { ReferenceResolver(state: state, texts: assistant.texts) }
}
