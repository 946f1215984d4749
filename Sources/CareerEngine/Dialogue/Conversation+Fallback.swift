extension Conversation {
    /// Intents whose suggestions are offered when nothing closer matched, in this order.
    static let defaultSuggestions = ["role.overview", "role.skills", "roles.recommend", "career.growth"]

    /// The intents the conversation names itself, and what for: `check` reports one that is missing.
    static let reliedOn: [(id: String, use: String)] = [
        ("role.overview", "\"and data scientists?\" with nothing asked before answers it"),
        ("roles.recommend", "its answer is not followed by the quiz's reminder"),
    ] + defaultSuggestions.map { ($0, "its question is offered when nothing fitted") }
    static let suggestionCount = 3

    /// Nothing fitted: the fallback rule's honest answer and a few questions that would work.
    mutating func fallback(into turn: inout Turn) {
        guard let rule = assistant.rules.rule("fallback") else { return }
        decline(rule, into: &turn)
    }

    /// A line too long to be one question: say so, with a few short questions to ask instead.
    func refuseTooLong(into turn: inout Turn) {
        let suggestions: [String] = reply(.tooLongSuggestions).blocks.flatMap { block -> [String] in
            guard case .bullets(let items) = block else { return [] }
            return items.map(Answer.text)
        }
        turn.tooLong(reply(.tooLong, values: ["number": "\(Self.maximumInputLength)"]), suggestions: suggestions)
    }

    /// A declining rule (salaries, companies...) or the fallback: its message plus "Did you mean...?".
    mutating func decline(_ rule: Rule, into turn: inout Turn) {
        turn.isFallback = true
        let message = rule.template.map { assistant.writer.render($0, AnswerWriter.Context()).0 } ?? Answer()
        let answer = suggesting(suggestedQuestions(turn.interpretation), after: message, into: &turn)
        turn.add(intent: "fallback", courtesy: false, answer: answer, roles: [])
        if turn.rule == nil, rule.id != "fallback" { turn.rule = rule.location }
        // "how much does a data scientist earn?" declined: "what skills do they need?" is still about data scientists.
        if rule.id != "fallback", let roles = turn.interpretation?.roles, !roles.isEmpty {
            state.focus(on: roles)
            turn.touchedContext = true
        }
    }

    /// `message` followed by "Did you mean:" and the suggested questions, which the turn also reports.
    func suggesting(_ suggestions: [String], after message: Answer, into turn: inout Turn) -> Answer {
        turn.suggestions = suggestions
        var answer = message
        if !suggestions.isEmpty {
            answer = answer + reply(.didYouMean)
            answer.blocks.append(.bullets(suggestions.map { [.text($0)] }))
        }
        return answer
    }

    /// Up to three questions the assistant can answer, close to what was asked: the runner-up intents
    /// first, about the roles the question named (or the conversation's), then general ones.
    func suggestedQuestions(_ interpretation: Interpretation?, roles first: [String]? = nil) -> [String] {
        let rules = assistant.rules
        let roles = (first ?? interpretation?.roles ?? []) + (state.isAlive ? state.focus : []) + assistant.knowledge.roles.map(\.id)
        let known = roles.uniqued().compactMap(assistant.knowledge.role)
        let ids = (interpretation?.runnerUps.map(\.intent) ?? []) + (interpretation?.parts.map { rules.rules[$0.rule].id } ?? [])
        var questions: [String] = []
        for id in (ids + Self.defaultSuggestions).uniqued() {
            guard let rule = rules.rule(id), !rule.declines, !rule.courtesy, let template = rule.suggestion else { continue }
            let question = assistant.writer.render(template, AnswerWriter.Context(roles: known)).0.plainText
            if !question.isEmpty, !questions.contains(question) { questions.append(question) }
            if questions.count == Self.suggestionCount { break }
        }
        return questions
    }

    /// The roles the answer showed, in order, for "the second one": a ranking or list it set, else the
    /// roles it is about, else (a general answer) the roles its text names.
    private mutating func remember(shownIn turn: Turn) {
        let shown = turn.shown ?? (turn.roles.isEmpty ? turn.answer.roleNames.compactMap { assistant.knowledge.roleCalled($0)?.id } : turn.roles)
        guard !shown.isEmpty else { return }
        state.show(shown.uniqued(), ranked: turn.shownRanked)
    }

    /// Ends the turn: ages or renews the context and assembles the reply.
    mutating func finish(_ turn: Turn) -> Reply {
        var turn = turn
        if !turn.touchedContext { state.age() }
        if !turn.isFallback { state.explored += turn.roles.filter { !state.explored.contains($0) } }
        if !turn.isFallback, !turn.pointedByPlace { remember(shownIn: turn) }
        if let reminder = quizReminder(), !turn.intents.contains(where: { Self.quizIntents.contains($0.id) || $0.id == "roles.recommend" }) {
            turn.answer = turn.answer + reminder
        }
        let interpretation = turn.interpretation
        var explanation = turn.explanation
        explanation.runnerUps = interpretation?.runnerUps ?? []
        if turn.isFallback, let guesses = interpretation?.parts {
            // What almost matched, so `:why` shows why it was not enough.
            let guessed = guesses.filter { !assistant.rules.rules[$0.rule].declines }
                .map { (intent: assistant.rules.rules[$0.rule].id, score: $0.coverage) }
            explanation.runnerUps = (guessed + explanation.runnerUps).filter { $0.intent != "fallback" }
        }
        explanation.normalized = interpretation?.tokens.map(\.display).joined(separator: " ") ?? ""
        let best = interpretation?.parts.map(\.coverage).max() ?? 0
        let confidence = turn.isFallback && turn.confidences.isEmpty ? 1 - best : turn.confidences.min() ?? 0
        return Reply(
            input: turn.input, intent: turn.mainIntent, intents: turn.intents.map(\.id).uniqued(),
            confidence: (confidence * 1000).rounded() / 1000, roles: turn.roles, answer: turn.answer,
            suggestions: turn.suggestions, rule: turn.rule, explanation: explanation, context: context)
    }
}
