/// What the assistant says when it does not answer: the fallback, a declining rule (salaries,
/// companies...), a line too long to read, each with a few questions it can answer instead.
struct Decliner {
    let assistant: Assistant
    let state: DialogueState

    /// Intents whose suggestions are offered when nothing closer matched, in this order.
    static let defaultSuggestions = ["role.overview", "role.skills", "roles.recommend", "career.growth"]
    static let suggestionCount = 3

    /// Nothing fitted: the fallback rule's honest answer and a few questions that would work.
    func fallback(into turn: inout Turn) {
        guard let rule = assistant.rules.rule("fallback") else { return }
        decline(rule, into: &turn)
    }

    /// A line too long to be one question: say so, with a few short questions to ask instead.
    func refuseTooLong(into turn: inout Turn) {
        let texts = assistant.texts
        let suggestions: [String] = texts.reply(.tooLongSuggestions).blocks.flatMap { block -> [String] in
            guard case .bullets(let items) = block else { return [] }
            return items.map(Answer.text)
        }
        turn.tooLong(
            texts.reply(.tooLong, values: ["number": "\(Conversation.maximumInputLength)"]), suggestions: suggestions)
    }

    /// A declining rule (salaries, companies...) or the fallback: its message plus "Did you mean...?".
    func decline(_ rule: Rule, into turn: inout Turn) {
        let message = rule.template.map { assistant.writer.render($0, AnswerWriter.Context()).0 } ?? Answer()
        turn.addFallback(suggesting(suggestedQuestions(turn.interpretation), after: message, into: &turn))
        if turn.rule == nil, rule.id != "fallback" { turn.rule = rule.location }
        // "how much does a data scientist earn?" declined: "what skills do they need?" is still about data scientists.
        if rule.id != "fallback", let roles = turn.interpretation?.roles, !roles.isEmpty {
            turn.change(.focus(roles))
            turn.touchedContext = true
        }
    }

    /// `message` followed by "Did you mean:" and the suggested questions, which the turn also reports.
    func suggesting(_ suggestions: [String], after message: Answer, into turn: inout Turn) -> Answer {
        turn.suggestions = suggestions
        var answer = message
        if !suggestions.isEmpty {
            answer = answer + assistant.texts.reply(.didYouMean)
            answer.blocks.append(.bullets(suggestions.map { [.text($0)] }))
        }
        return answer
    }

    /// Up to three questions the assistant can answer, close to what was asked: the runner-up intents
    /// first, about the roles the question named (or the conversation's), then general ones about a
    /// role it named. None when nothing was near ("tell me a joke"): unrelated offers are no help.
    func suggestedQuestions(_ interpretation: Interpretation?, roles first: [String]? = nil) -> [String] {
        let rules = assistant.rules
        let roles =
            (first ?? interpretation?.roles ?? []) + state.liveFocus
            + assistant.knowledge.roles.map(\.id)
        let known = roles.uniqued().compactMap(assistant.knowledge.role)
        let ids =
            (interpretation?.runnerUps.map(\.intent) ?? [])
            + (interpretation?.parts.map { rules.rules[$0.rule].id } ?? [])
        var questions: [String] = []
        let named = !(first ?? interpretation?.roles ?? []).isEmpty
        for id in (ids + (named ? Self.defaultSuggestions : [])).uniqued() {
            guard let rule = rules.rule(id), !rule.declines, !rule.courtesy, let template = rule.suggestion else {
                continue
            }
            let question = assistant.writer.render(template, AnswerWriter.Context(roles: known)).0.plainText
            if !question.isEmpty, !questions.contains(question) { questions.append(question) }
            if questions.count == Self.suggestionCount { break }
        }
        return questions
    }
}
