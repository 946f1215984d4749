/// One person's conversation with the assistant: answers each line, keeping the context that
/// follow-ups ("what skills do they need?", "and data scientists?", "tell me more") rely on.
public struct Conversation: Sendable {
    public let assistant: Assistant
    var state = DialogueState()

    /// Longer input is not matched: nobody types a question that long, and pasted text is not one.
    public static let maximumInputLength = 1_000

    public init(_ assistant: Assistant) { self.assistant = assistant }

    /// The context the next turn will see.
    public var context: ContextSnapshot {
        ContextSnapshot(
            roles: state.isAlive ? state.focus : [],
            intent: state.isAlive ? state.lastIntent.map { assistant.rules.rules[$0].id } : nil,
            turnsLeft: state.isAlive ? state.turnsLeft : 0,
            pending: state.pending.map { assistant.rules.rules[$0].id })
    }

    /// Starts the "which role fits me?" quiz (`:quiz`): the reply asks its first question.
    public mutating func startQuiz() -> Reply {
        var turn = Turn(input: ":quiz")
        startQuiz(intent: "quiz.start", into: &turn)
        turn.touchedContext = true
        return finish(turn)
    }

    /// The card of what this conversation explored (`:summary`).
    public mutating func summary() -> Reply {
        var turn = Turn(input: ":summary")
        summary(intent: "summary", into: &turn)
        turn.touchedContext = true
        return finish(turn)
    }

    /// Forgets everything said so far.
    public mutating func reset() { state = DialogueState() }

    /// Answers one line. Never fails: what cannot be answered gets the fallback. Control characters
    /// and escape sequences in the line are dropped first, so the reply never echoes them.
    public mutating func respond(to line: String) -> Reply {
        let input = ControlCharacters.removed(from: line, lineBreaks: .spaced)
        var turn = Turn(input: input)
        if input.unicodeScalars.count > Self.maximumInputLength {
            refuseTooLong(into: &turn)
            return finish(turn)
        }
        let interpretation = assistant.matcher.interpret(input)
        if state.quiz != nil, continueQuiz(input, interpretation: interpretation, into: &turn) { return finish(turn) }
        turn.interpretation = interpretation
        if let pending = state.pending, answersWhichRole(interpretation) {
            state.pending = nil
            let roles = interpretation.roles.isEmpty ? roles(pointedAt: interpretation.tokens.compactMap(\.reference), into: &turn) : interpretation.roles
            answer(assistant.rules.rules[pending], roles: roles, part: nil, into: &turn)
            return finish(turn)
        }
        state.pending = nil
        if let last = state.lastIntent, onlyPoints(interpretation) {
            repeatLast(assistant.rules.rules[last], for: roles(pointedAt: interpretation.tokens.compactMap(\.reference), into: &turn), into: &turn)
            return finish(turn)
        }
        let uncovered = Self.uncoveredSubjects(interpretation)
        if !uncovered.isEmpty, !answersBeside(interpretation) {
            notCovered(uncovered, into: &turn)
            return finish(turn)
        }
        guard let first = interpretation.parts.first,
              interpretation.confidence >= Matcher.threshold || declines(first) else {
            fallback(into: &turn)
            return finish(turn)
        }
        for part in parts(of: interpretation) { handle(part, into: &turn) }
        if !uncovered.isEmpty, !turn.isFallback { turn.answer = turn.answer + notCoveredNote(uncovered) }
        return finish(turn)
    }

    /// The parts to answer: an ellipsis part ("what about MLOps, what are their duties?") only brings
    /// its roles when another part asks the actual question (its references already went to that part,
    /// see `Interpretation.Part.pointing`), and a general part ("what should I practice?") is already
    /// answered by its role version in the same question.
    private func parts(of interpretation: Interpretation) -> [Interpretation.Part] {
        let rules = assistant.rules.rules
        let asking = interpretation.parts.filter { rules[$0.rule].action != .sameForRole }
        let parts = asking.isEmpty ? interpretation.parts : asking
        let generalised = Set(parts.compactMap { rules[$0.rule].withoutRole })
        let kept = parts.filter { !generalised.contains(rules[$0.rule].id) }
        return kept.isEmpty ? parts : kept
    }

    /// The role version of a general intent when the question names a role
    /// ("I want to be an AI engineer, what should I practice?" asks for the AI engineer's skills).
    private func specific(_ rule: Rule, roles: [String]) -> Rule {
        guard !roles.isEmpty, rule.rolesNeeded == 0 else { return rule }
        return assistant.rules.roleVersion(of: rule.id) ?? rule
    }

    /// A declining rule (salaries...) answers even when it covers less of the question than others need.
    private func declines(_ part: Interpretation.Part) -> Bool {
        assistant.rules.rules[part.rule].declines && part.coverage >= Matcher.priorityFloor
    }

    /// True when the line answers "which role do you mean?": it names roles or points at them
    /// ("ML engineer", "the data scientist one", "the second"), and asks nothing of its own.
    private func answersWhichRole(_ interpretation: Interpretation) -> Bool {
        let lexicon = assistant.matcher.tokenizer.lexicon
        var mentions = false
        for token in interpretation.tokens {
            let reference = token.reference
            if !token.roles.isEmpty || (reference != nil && reference != .weak) { mentions = true }
            let pointing = !token.roles.isEmpty || reference != nil
            if !pointing, !token.skippable || token.isQuestionWord(in: lexicon) { return false }
        }
        return mentions
    }

    /// True when the line only points at roles shown before ("and the former?", "how about the
    /// second one then"), with no intent of its own: it asks the last question again for them.
    private func onlyPoints(_ interpretation: Interpretation) -> Bool {
        guard interpretation.roles.isEmpty else { return false }
        var points = false
        for token in interpretation.tokens {
            switch token.kind {
            case .reference(let reference): points = points || reference != .weak
            default: if !token.skippable { return false }
            }
        }
        let asks = interpretation.parts.contains { interpretation.confidence >= Matcher.threshold && assistant.rules.rules[$0.rule].action != .sameForRole }
        return points && !asks
    }

    private mutating func handle(_ part: Interpretation.Part, into turn: inout Turn) {
        // The pattern is the matched rule's, even when its role version answers.
        let matched = assistant.rules.rules[part.rule]
        let rule = specific(matched, roles: part.roles)
        turn.matched(rule, pattern: matched.patterns[part.pattern], coverage: part.coverage)
        switch rule.action {
        case .answer where rule.declines: decline(rule, into: &turn)
        case .answer: answer(rule, part: part, into: &turn)
        case .sameForRole: repeatLast(part, into: &turn)
        case .more: more(rule, part, into: &turn)
        case .reset: restart(rule, into: &turn)
        case .why: why(rule, into: &turn)
        case .quiz: startQuiz(intent: rule.reportedIntent, into: &turn)
        case .summary: summary(intent: rule.reportedIntent, into: &turn)
        }
    }
}
