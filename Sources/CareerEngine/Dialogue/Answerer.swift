/// Answers an intent for roles: the ones a part names or points at, or those in focus; asks which
/// role when none is there; repeats the last question for other roles ("and data scientists?").
struct Answerer {
    let assistant: Assistant
    let state: DialogueState

    private var references: ReferenceResolver { ReferenceResolver(state: state, texts: assistant.texts) }
    private var decliner: Decliner { Decliner(assistant: assistant, state: state) }

    /// Answers `rule` for the part's roles, resolving missing roles from the conversation.
    func answer(_ rule: Rule, part: Interpretation.Part, into turn: inout Turn) {
        let needed = rule.rolesNeeded
        guard needed > 0 else { return answerWithoutRoles(rule, part: part, into: &turn) }
        let roles = references.roles(for: part, needed: needed, turn: &turn)
        answer(rule, roles: roles, part: part, into: &turn)
    }

    /// Answers `rule` for `roles`: once per role, or for the pairs of a comparison.
    func answer(_ asked: Rule, roles: [String], part: Interpretation.Part?, into turn: inout Turn) {
        let known = roles.compactMap(assistant.knowledge.role)
        let rule = leadershipVersion(of: asked, for: known, into: &turn) ?? asked
        guard known.count >= rule.rolesNeeded else { return answerMissingRoles(rule, part: part, into: &turn) }
        let groups = rule.rolesNeeded >= 2 ? Self.comparisons(of: known) : known.map { [$0] }
        var answer = Answer()
        for group in groups {
            answer = answer + turn.render(rule.template!, AnswerWriter.Context(roles: group), by: assistant.writer)
        }
        let used = groups.flatMap { $0.map(\.id) }.uniqued()
        turn.add(intent: rule.reportedIntent, courtesy: rule.courtesy, answer: answer, roles: used)
        turn.change(.focus(used))
        // "and data scientists?" next asks what was asked, not the leadership version of it.
        turn.change(.lastIntent(assistant.rules.index(of: asked.id)))
        turn.touchedContext = true
    }

    /// The intent a rule names as `for-leadership`, when every role is a leadership one: becoming a
    /// chief AI officer is a step up from other roles, not a first job to train for. (Loading makes
    /// sure both intents answer about one role: `Loader.leadershipProblem`.)
    private func leadershipVersion(of rule: Rule, for roles: [Role], into turn: inout Turn) -> Rule? {
        let leadership = assistant.knowledge.growthPaths
        guard !roles.isEmpty, roles.allSatisfy({ leadership.contains($0.id) }),
            let other = rule.forLeadership.flatMap(assistant.rules.rule)
        else { return nil }
        turn.note(assistant.texts.note(.noteSteppedUp, roles: roles.map(\.id), text: other.id))
        return other
    }

    /// Too few roles: the place pointed at was not shown, "they" points nowhere, or the question has a
    /// general answer (or a general intent) to give instead; otherwise "which role do you mean?".
    private func answerMissingRoles(_ rule: Rule, part: Interpretation.Part?, into turn: inout Turn) {
        if let shown = turn.placeNotShown { return sayNotShown(shown, for: rule, into: &turn) }
        // "what jobs are there?" - "what skills do I need for them?": after a general list of roles,
        // with none in focus, "them" is the field's roles, and the general answer fits; in a new
        // conversation it points nowhere, so the person is asked.
        if turn.unresolvedReference, !afterGeneralList {
            // "How do AI chatbots work and what makes them useful?": "them" is the chatbots, not a role.
            if part?.pointsIntoText == true { return decliner.fallback(into: &turn) }
            return askWhichRole(for: rule, into: &turn)
        }
        if let general = rule.generalTemplate {
            let answer = turn.render(general, AnswerWriter.Context(), by: assistant.writer)
            rememberGeneral(rule, into: &turn)
            return turn.add(intent: rule.reportedIntent, courtesy: rule.courtesy, answer: answer, roles: [])
        }
        if let alternative = rule.withoutRole.flatMap(assistant.rules.rule), alternative.rolesNeeded == 0 {
            turn.note(assistant.texts.note(.noteAnsweredInstead, text: alternative.id))
            return answerWithoutRoles(alternative, part: part, into: &turn)
        }
        askWhichRole(for: rule, into: &turn)
    }

    private var afterGeneralList: Bool { state.isAlive && state.focus.isEmpty && !state.shown.isEmpty }

    /// After a general answer ("what skills do I need?"), a line naming only a role ("research
    /// scientist") or a follow-up ("what about data scientists?") asks the same for that role.
    func rememberGeneral(_ rule: Rule, into turn: inout Turn) {
        guard let index = assistant.rules.index(of: rule.id) else { return }
        turn.change(.lastIntent(index))
        turn.change(.pending(index))
        turn.change(.keepAlive)
        turn.touchedContext = true
    }

    /// The pairs a comparison answers: the first two roles, and with a third ("Is an AI engineer the
    /// same as a data scientist? An ML engineer?") the first one against it too.
    static func comparisons(of roles: [Role]) -> [[Role]] {
        let named = Array(roles.prefix(3))
        return named.dropFirst().map { [named[0], $0] }
    }

    /// "Which role do you mean?": the intent waits for a role, and "what about data scientists?" completes it too.
    private func askWhichRole(for rule: Rule, into turn: inout Turn) {
        let roles = assistant.knowledge.roles
        let key: Replies.Key = rule.rolesNeeded >= 2 ? .whichTwoRoles : .whichRole
        let answer = assistant.texts.reply(key, listed: roles, roles: Array(roles.prefix(1)))
        turn.add(intent: rule.reportedIntent, courtesy: rule.courtesy, answer: answer, roles: [])
        let index = assistant.rules.index(of: rule.id)
        turn.change(.pending(index))
        turn.change(.lastIntent(index))
    }

    /// "the fifth one" after an answer that showed three roles: say which it showed instead of guessing.
    private func sayNotShown(_ shown: [String], for rule: Rule, into turn: inout Turn) {
        turn.addFallback(assistant.texts.reply(.notShown, listed: shown.compactMap(assistant.knowledge.role)))
        turn.touchedContext = true
        turn.change(.lastIntent(assistant.rules.index(of: rule.id)))
    }

    /// "and data scientists?": the last intent again, for the roles named now.
    func repeatLast(_ part: Interpretation.Part, into turn: inout Turn) {
        guard let rule = state.lastIntent.map({ assistant.rules.rules[$0] }) ?? assistant.rules.rule("role.overview"),
            !part.roles.isEmpty
        else {
            return decliner.fallback(into: &turn)
        }
        repeatLast(rule, for: part.roles, into: &turn)
    }

    /// `rule` again for `roles`; a comparison takes the other role in focus as its second.
    func repeatLast(_ rule: Rule, for roles: [String], into turn: inout Turn) {
        guard !roles.isEmpty || turn.placeNotShown != nil else { return decliner.fallback(into: &turn) }
        turn.note(assistant.texts.note(.noteRepeated, roles: roles, text: rule.id))
        if rule.action == .more {
            return MoreFacts(assistant: assistant, state: state).more(rule, roles: roles, into: &turn)
        }
        var roles = roles
        if rule.rolesNeeded >= 2, roles.count < 2, let other = state.focus.first(where: { !roles.contains($0) }) {
            roles.insert(other, at: 0)
        }
        answer(rule, roles: roles, part: nil, into: &turn)
    }

    /// "start over": the conversation forgets everything, and says so.
    func restart(_ rule: Rule, into turn: inout Turn) {
        turn.change(.reset)
        let answer =
            rule.template.map { assistant.writer.render($0, AnswerWriter.Context()).0 }
            ?? assistant.texts.reply(.startingOver)
        turn.add(intent: rule.reportedIntent, courtesy: false, answer: answer, roles: [])
    }
}
