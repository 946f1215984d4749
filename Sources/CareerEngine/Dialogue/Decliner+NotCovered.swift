/// Questions about a role the knowledge base does not cover ("data analyst", "CTO").
extension Decliner {
    /// The titles a question asks about that no role covers ("data analyst"), not those it names as
    /// the person's background ("I'm a software engineer, ...").
    static func uncoveredSubjects(_ interpretation: Interpretation) -> [UncoveredRole] {
        interpretation.tokens.compactMap(\.uncovered).uniqued()
    }

    /// True when the question can still be answered for the covered roles it names beside an uncovered
    /// one: a comparison of two of them, or a question about one role that names it. A question with
    /// no covered role, one comparing a covered role with an uncovered one, or one about becoming an
    /// uncovered role ("can a data scientist become a CEO?") is not answered.
    func answersBeside(_ interpretation: Interpretation) -> Bool {
        guard let first = interpretation.parts.first,
            !interpretation.tokens.contains(where: { if case .uncovered(_, .target) = $0.kind { true } else { false } })
        else { return false }
        let rules = assistant.rules.rules
        if interpretation.parts.contains(where: { rules[$0.rule].declines }) { return true }
        // "I do backend and devops stuff, which role fits me?": a question about the person, whose
        // past and interests may name any title.
        if rules[first.rule].template?.placeholders.contains(.ranking) == true { return true }
        let known = interpretation.roles.filter { assistant.knowledge.role($0) != nil }
        let needed = max(1, rules[first.rule].rolesNeeded)
        return known.count >= needed
    }

    /// The honest answer about a role not covered: says so, names the closest covered role (whose
    /// facts follow, clearly about that role) and suggests questions about it. The conversation forgets
    /// its roles, so "what skills do they need?" next does not answer for a role nobody asked about.
    func notCovered(_ uncovered: [UncoveredRole], into turn: inout Turn) {
        let closest = uncovered.compactMap(\.closest).uniqued().compactMap(assistant.knowledge.role)
        let titles = Self.listed(uncovered.map(\.title))
        var context = AnswerWriter.Context(roles: Array(closest.prefix(1)))
        context.uncovered = [titles]
        let message = assistant.uncoveredTemplate.map { assistant.writer.render($0, context).0 } ?? Answer()
        turn.addFallback(suggesting(suggestedQuestions(nil, roles: closest.map(\.id)), after: message, into: &turn))
        turn.note(assistant.texts.note(.noteNotCovered, text: titles))
        turn.change(.forget)
    }

    /// "data analyst", "data analyst, data engineer": listed as answers list role names.
    static func listed(_ titles: [String]) -> String {
        titles.joined(separator: ", ")
    }

    /// The short note added when the covered roles of a question are answered beside an uncovered one.
    func notCoveredNote(_ uncovered: [UncoveredRole]) -> Answer {
        var context = AnswerWriter.Context()
        context.uncovered = [Self.listed(uncovered.map(\.title))]
        guard let template = assistant.uncoveredNote else { return Answer() }
        return assistant.writer.render(template, context).0
    }
}
