/// Ends a turn: what the turn's end changes in the state (the context ages or lives on, the roles shown
/// and explored), and the one place a `Reply` is assembled.
struct ReplyBuilder {
    let assistant: Assistant

    /// The changes at the end of a turn, after those of its parts.
    func closing(_ turn: Turn) -> [StateChange] {
        var changes: [StateChange] = []
        if !turn.touchedContext { changes.append(.age) }
        guard !turn.isFallback else { return changes }
        changes.append(.explored(turn.roles))
        if !turn.pointedByPlace, let shown = shown(in: turn) { changes.append(.show(shown, ranked: turn.shownRanked)) }
        return changes
    }

    /// The roles the answer showed, in order, for "the second one": a ranking or list it set, else the
    /// roles it is about, else (a general answer) the roles its text names.
    private func shown(in turn: Turn) -> [String]? {
        let shown =
            turn.shown
            ?? (turn.roles.isEmpty
                ? turn.answer.roleNames.compactMap { assistant.knowledge.roleCalled($0)?.id } : turn.roles)
        return shown.isEmpty ? nil : shown.uniqued()
    }

    /// The reply to the turn; `state` is the conversation's after the turn, `context` what it shows.
    func reply(to turn: Turn, state: DialogueState, context: ContextSnapshot) -> Reply {
        var answer = turn.answer
        if let reminder = QuizMode.reminder(state, assistant),
            !turn.intents.contains(where: { QuizMode.intents.contains($0.id) || $0.id == "roles.recommend" })
        {
            answer = answer + reminder
        }
        let best = turn.interpretation?.parts.map(\.coverage).max() ?? 0
        let confidence = turn.isFallback && turn.confidences.isEmpty ? 1 - best : turn.confidences.min() ?? 0
        return Reply(
            input: turn.input, intent: turn.mainIntent, intents: turn.intents.map(\.id).uniqued(),
            confidence: (confidence * 1000).rounded() / 1000, roles: turn.roles, answer: answer,
            suggestions: turn.suggestions, rule: turn.rule, explanation: explanation(of: turn), context: context)
    }

    /// What `:why` shows: the rules that fired, what almost matched, what came from the conversation.
    private func explanation(of turn: Turn) -> Explanation {
        let interpretation = turn.interpretation
        var explanation = turn.explanation
        explanation.runnerUps = interpretation?.runnerUps ?? []
        if turn.isFallback, let guesses = interpretation?.parts {
            // What almost matched, so `:why` shows why it was not enough.
            let rules = assistant.rules.rules
            let guessed = guesses.filter { !rules[$0.rule].declines }.map {
                (intent: rules[$0.rule].id, score: $0.coverage)
            }
            explanation.runnerUps = (guessed + explanation.runnerUps).filter { $0.intent != "fallback" }
        }
        explanation.normalized = interpretation?.tokens.map(\.display).joined(separator: " ") ?? ""
        return explanation
    }
}
