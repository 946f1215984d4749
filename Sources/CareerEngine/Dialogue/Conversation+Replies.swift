extension Conversation {
    /// Field order for "tell me more": what a person usually wants next.
    static let moreOrder: [RoleField] = [.summary, .responsibilities, .skills, .education, .workplaces, .applications, .interests]
    static let moreFieldsPerTurn = 2

    /// "tell me more": the next kinds of facts not yet given about the roles named or pointed at
    /// ("tell me more about the second one"), else the roles in focus, else about careers.
    mutating func more(_ rule: Rule, _ part: Interpretation.Part, into turn: inout Turn) {
        let pointed = part.roles.isEmpty && !part.references.isEmpty ? resolveRoles(for: part, needed: 0, turn: &turn) : part.roles
        more(rule, roles: pointed.isEmpty && state.isAlive ? state.focus : pointed, into: &turn)
    }

    /// "tell me more" about `ids` (about careers when empty); "and the first one?" next asks it again.
    mutating func more(_ rule: Rule, roles ids: [String], into turn: inout Turn) {
        let roles = ids.compactMap(assistant.knowledge.role)
        var answer = Answer()
        for role in roles { answer = answer + moreFacts(about: role) }
        if roles.isEmpty { answer = moreAboutCareers() }
        if answer.isEmpty { answer = roles.isEmpty ? reply(.nothingMoreAboutCareers) : reply(.nothingMore, values: ["text": roles.map(\.plural).joined(separator: " and ")]) }
        if !roles.isEmpty { turn.explanation.fromContext.append("continued with \(roles.map(\.id).joined(separator: ", "))") }
        turn.add(intent: rule.reportedIntent, courtesy: false, answer: answer, roles: roles.map(\.id))
        state.focus(on: roles.map(\.id))
        if !roles.isEmpty { state.lastIntent = assistant.rules.index(of: rule.id) }
        turn.touchedContext = !roles.isEmpty
    }

    private mutating func moreFacts(about role: Role) -> Answer {
        var blocks: [Answer.Block] = []
        let fresh = Self.moreOrder.filter { !state.given.contains(GivenFact(role: role.id, field: $0.rawValue)) && !role.facts($0).isEmpty }
        for field in fresh.prefix(Self.moreFieldsPerTurn) {
            state.given.insert(GivenFact(role: role.id, field: field.rawValue))
            blocks += reply(.moreHeading, as: .heading, listed: [role], values: ["text": Answer.text(spans(Replies.more(field))).lowercasedFirst]).blocks
            let items = role.facts(field).map { [Answer.Span.text($0.text)] }
            blocks.append(field == .summary ? .paragraph(AnswerWriter.joined(items, sentences: true)) : .bullets(items))
        }
        let leads = GivenFact(role: role.id, field: "leads-to")
        if fresh.count < Self.moreFieldsPerTurn, !role.leadsTo.isEmpty, !state.given.contains(leads) {
            state.given.insert(leads)
            blocks += reply(.moreLeadsTo, as: .heading, listed: [role]).blocks
            blocks.append(.bullets(role.leadsTo.compactMap(assistant.knowledge.role).map { [.role($0.title)] }))
        }
        return Answer(blocks)
    }

    private mutating func moreAboutCareers() -> Answer {
        let knowledge = assistant.knowledge
        let fresh = CareersField.allCases.filter { !state.given.contains(GivenFact(role: nil, field: $0.rawValue)) && !knowledge.careers($0).isEmpty }
        var blocks: [Answer.Block] = []
        for field in fresh.prefix(Self.moreFieldsPerTurn) {
            state.given.insert(GivenFact(role: nil, field: field.rawValue))
            blocks += reply(Replies.more(field), as: .heading).blocks
            let items = knowledge.careers(field).map { [Answer.Span.text($0.text)] }
            blocks.append(field == .skills ? .bullets(items) : .paragraph(AnswerWriter.joined(items, sentences: true)))
        }
        return Answer(blocks)
    }

    /// "why?" after a recommendation: the facts behind each place of the ranking.
    mutating func why(_ rule: Rule, into turn: inout Turn) {
        guard !state.lastRanking.isEmpty else {
            return turn.add(intent: rule.reportedIntent, courtesy: false, answer: reply(.noRankingYet), roles: [])
        }
        var answer = reply(.whyHeading, as: .heading)
        for (rank, result) in state.lastRanking.enumerated() {
            answer = answer + whyPlace(rank, result)
            answer.blocks.append(.bullets(result.reasons.prefix(4).map { [.text($0.text)] }))
        }
        answer = answer + reply(state.rankedByQuiz ? .whyQuizFooter : .whyFooter)
        let roles = state.lastRanking.map(\.role.id)
        turn.add(intent: rule.reportedIntent, courtesy: false, answer: answer, roles: roles)
        state.focus(on: [roles[0]])
        turn.touchedContext = true
    }
}

extension String {
    /// "What they do" -> "what they do" inside a heading; "ML skills" stays as it is.
    var lowercasedFirst: String {
        guard let first, dropFirst().first?.isUppercase != true else { return self }
        return first.lowercased() + dropFirst()
    }
}

extension Conversation {
    /// The line of one place in "why?": the facts a recommendation matched, or the quiz's points.
    private func whyPlace(_ rank: Int, _ result: RoleFinder.Result) -> Answer {
        let key: Replies.Key = state.rankedByQuiz ? .whyQuizPlace : result.reasons.count == 1 ? .whyPlaceOne : .whyPlace
        let total = state.rankedByQuiz ? (result.score.rounded() == result.score ? "\(Int(result.score))" : "\(result.score)") : "\(result.reasons.count)"
        return reply(key, as: .paragraph, listed: [result.role], values: ["number": "\(rank + 1)", "total": total])
    }

    /// A reply of `replies.yaml`, filled with the roles and values of this turn.
    func reply(_ key: Replies.Key, listed: [Role] = [], values: [String: String] = [:], roles: [Role] = []) -> Answer {
        let context = AnswerWriter.Context(roles: roles, listed: listed, values: values)
        return assistant.replies.render(key, assistant.writer, context)
    }

    /// A reply as one block of the given kind (a heading the conversation builds around).
    func reply(_ key: Replies.Key, as kind: Template.Line.Kind, listed: [Role] = [], values: [String: String] = [:], roles: [Role] = []) -> Answer {
        let spans = spans(key, listed: listed, values: values, roles: roles)
        guard !spans.isEmpty else { return Answer() }
        switch kind {
        case .heading: return Answer([.heading(spans)])
        case .bullet: return Answer([.bullets([spans])])
        case .paragraph: return Answer([.paragraph(spans)])
        }
    }

    /// A reply's text as spans, for one line the conversation builds.
    func spans(_ key: Replies.Key, listed: [Role] = [], values: [String: String] = [:], roles: [Role] = []) -> [Answer.Span] {
        reply(key, listed: listed, values: values, roles: roles).blocks.flatMap(\.spans)
    }
}
