extension Conversation {
    /// Answers `rule` for the part's roles, resolving missing roles from the conversation.
    mutating func answer(_ rule: Rule, part: Interpretation.Part, into turn: inout Turn) {
        let needed = rule.rolesNeeded
        guard needed > 0 else { return answerWithoutRoles(rule, part: part, into: &turn) }
        let roles = resolveRoles(for: part, needed: needed, turn: &turn)
        answer(rule, roles: roles, part: part, into: &turn)
    }

    /// Answers `rule` for `roles`: once per role, or for the first two when it compares.
    mutating func answer(_ rule: Rule, roles: [String], part: Interpretation.Part?, into turn: inout Turn) {
        let needed = rule.rolesNeeded
        let known = roles.compactMap(assistant.knowledge.role)
        if known.count < needed {
            if let shown = turn.placeNotShown { return sayNotShown(shown, for: rule, into: &turn) }
            if turn.unresolvedReference { return askWhichRole(for: rule, needed: needed, into: &turn) }
            if let general = rule.generalTemplate {
                let (answer, given) = assistant.writer.render(general, AnswerWriter.Context())
                state.given.formUnion(given)
                rememberGeneral(rule, into: &turn)
                return turn.add(intent: rule.reportedIntent, courtesy: rule.courtesy, answer: answer, roles: [])
            }
            if let alternative = rule.withoutRole.flatMap(assistant.rules.rule), alternative.rolesNeeded == 0 {
                turn.explanation.fromContext.append("no role given or in context: answered '\(alternative.id)' instead")
                return answerWithoutRoles(alternative, part: part, into: &turn)
            }
            return askWhichRole(for: rule, needed: needed, into: &turn)
        }
        let groups = needed >= 2 ? Self.comparisons(of: known) : known.map { [$0] }
        var answer = Answer()
        for group in groups {
            let (rendered, given) = assistant.writer.render(rule.template!, AnswerWriter.Context(roles: group))
            answer = answer + rendered
            state.given.formUnion(given)
        }
        let used = groups.flatMap { $0.map(\.id) }.uniqued()
        turn.add(intent: rule.reportedIntent, courtesy: rule.courtesy, answer: answer, roles: used)
        state.focus(on: used)
        state.lastIntent = assistant.rules.index(of: rule.id)
        turn.touchedContext = true
    }

    /// After a general answer ("what skills do I need?"), a line naming only a role ("research
    /// scientist") or a follow-up ("what about data scientists?") asks the same for that role.
    private mutating func rememberGeneral(_ rule: Rule, into turn: inout Turn) {
        guard let index = assistant.rules.index(of: rule.id) else { return }
        state.lastIntent = index
        state.pending = index
        state.turnsLeft = DialogueState.lifetime
        turn.touchedContext = true
    }

    /// The pairs a comparison answers: the first two roles, and with a third ("Is an AI engineer the
    /// same as a data scientist? An ML engineer?") the first one against it too.
    static func comparisons(of roles: [Role]) -> [[Role]] {
        let named = Array(roles.prefix(3))
        return named.dropFirst().map { [named[0], $0] }
    }

    private mutating func answerWithoutRoles(_ rule: Rule, part: Interpretation.Part?, into turn: inout Turn) {
        var context = AnswerWriter.Context()
        var focus: [String] = []
        let placeholders = rule.template?.placeholders ?? []
        if placeholders.contains(.found) {
            let results = assistant.finder.rank(topic: part?.topic ?? [], fields: [.summary, .responsibilities, .applications, .skills])
            context.found = results.prefix(3).map(Self.findLine)
            focus = results.prefix(3).map(\.role.id)
            (turn.shown, turn.shownRanked) = (focus, true)
        }
        if placeholders.contains(.ranking) {
            let topic = part?.topic ?? []
            let results = leadersLast(assistant.finder.rank(topic: topic, fields: Set(RoleField.allCases), boost: [.interests: 2, .education: 0.5, .workplaces: 0.5]), topic: topic)
            context.ranking = results.prefix(3).map(Self.findLine)
            state.lastRanking = Array(results.prefix(3))
            state.rankedByQuiz = false
            focus = results.first.map { [$0.role.id] } ?? []
            (turn.shown, turn.shownRanked) = (results.prefix(3).map(\.role.id), true)
        }
        let searched = placeholders.contains(.found) || placeholders.contains(.ranking)
        let nothingFound = searched && context.found.isEmpty && context.ranking.isEmpty
        if nothingFound, rule.noMatchAction == .quiz { return startQuiz(intent: rule.reportedIntent, into: &turn) }
        guard let template = nothingFound ? rule.noMatchTemplate ?? rule.template : rule.template else { return }
        let (answer, given) = assistant.writer.render(template, context)
        state.given.formUnion(given)
        if focus.isEmpty, let specific = assistant.rules.roleVersion(of: rule.id) { rememberGeneral(specific, into: &turn) }
        turn.add(intent: rule.reportedIntent, courtesy: rule.courtesy, answer: answer, roles: focus)
        if !focus.isEmpty {
            state.focus(on: focus)
            turn.touchedContext = true
        }
    }

    /// The leadership roles after the others, unless the person said something about leading
    /// ("I like SQL and pipelines" does not make anyone an AI architect first).
    func leadersLast(_ results: [RoleFinder.Result], topic: [String]) -> [RoleFinder.Result] {
        let lexicon = assistant.matcher.tokenizer.lexicon
        guard !topic.contains(where: lexicon.leadershipWords.contains) else { return results }
        let paths = Set(assistant.knowledge.growthPaths)
        return results.filter { !paths.contains($0.role.id) } + results.filter { paths.contains($0.role.id) }
    }

    /// "Role: first reason; second reason": the matching facts, without their full stops.
    static func findLine(_ result: RoleFinder.Result) -> [Answer.Span] {
        let reasons = result.reasons.prefix(2).map { $0.text.hasSuffix(".") ? String($0.text.dropLast()) : $0.text }
        return [.role(result.role.title), .text(": " + reasons.joined(separator: "; "))]
    }

    /// "Which role do you mean?": the intent waits for a role, and "what about data scientists?" completes it too.
    private mutating func askWhichRole(for rule: Rule, needed: Int, into turn: inout Turn) {
        let roles = assistant.knowledge.roles
        let answer = reply(needed >= 2 ? .whichTwoRoles : .whichRole, listed: roles, roles: Array(roles.prefix(1)))
        turn.add(intent: rule.reportedIntent, courtesy: rule.courtesy, answer: answer, roles: [])
        state.pending = assistant.rules.index(of: rule.id)
        state.lastIntent = state.pending
    }

    /// "the fifth one" after an answer that showed three roles: say which it showed instead of guessing.
    private mutating func sayNotShown(_ shown: [String], for rule: Rule, into turn: inout Turn) {
        let answer = reply(.notShown, listed: shown.compactMap(assistant.knowledge.role))
        turn.add(intent: "fallback", courtesy: false, answer: answer, roles: [])
        turn.isFallback = true
        turn.touchedContext = true
        state.lastIntent = assistant.rules.index(of: rule.id)
    }

    /// "and data scientists?": the last intent again, for the roles named now.
    mutating func repeatLast(_ part: Interpretation.Part, into turn: inout Turn) {
        guard let rule = state.lastIntent.map({ assistant.rules.rules[$0] }) ?? assistant.rules.rule("role.overview"), !part.roles.isEmpty else {
            return fallback(into: &turn)
        }
        repeatLast(rule, for: part.roles, into: &turn)
    }

    /// `rule` again for `roles`; a comparison takes the other role in focus as its second.
    mutating func repeatLast(_ rule: Rule, for roles: [String], into turn: inout Turn) {
        guard !roles.isEmpty || turn.placeNotShown != nil else { return fallback(into: &turn) }
        turn.explanation.fromContext.append("repeated the last question ('\(rule.id)') for \(roles.joined(separator: ", "))")
        if rule.action == .more { return more(rule, roles: roles, into: &turn) }
        var roles = roles
        if rule.rolesNeeded >= 2, roles.count < 2, let other = state.focus.first(where: { !roles.contains($0) }) {
            roles.insert(other, at: 0)
        }
        answer(rule, roles: roles, part: nil, into: &turn)
    }

    mutating func restart(_ rule: Rule, into turn: inout Turn) {
        reset()
        let answer = rule.template.map { assistant.writer.render($0, AnswerWriter.Context()).0 } ?? reply(.startingOver)
        turn.add(intent: rule.reportedIntent, courtesy: false, answer: answer, roles: [])
    }
}
