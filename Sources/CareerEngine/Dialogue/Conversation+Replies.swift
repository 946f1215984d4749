extension Conversation {
    /// Field order for "tell me more": what a person usually wants next.
    static let moreOrder: [RoleField] = [.summary, .responsibilities, .skills, .education, .workplaces, .applications, .interests]
    static let moreFieldsPerTurn = 2

    /// "tell me more": the next kinds of facts not yet given about the roles in focus, or about careers.
    mutating func more(into turn: inout Turn) {
        let roles = state.isAlive ? state.focus.compactMap(assistant.knowledge.role) : []
        var answer = Answer()
        for role in roles { answer = answer + moreFacts(about: role) }
        if roles.isEmpty { answer = moreAboutCareers() }
        if answer.isEmpty {
            let subject = roles.isEmpty ? "ML careers in general" : roles.map(\.plural).joined(separator: " and ")
            answer = .paragraph("That is everything I know about \(subject). Ask me about another role, or which role would suit you.")
        }
        if !roles.isEmpty { turn.explanation.fromContext.append("continued with \(roles.map(\.id).joined(separator: ", "))") }
        turn.add(intent: "more", courtesy: false, answer: answer, roles: roles.map(\.id))
        state.focus(on: roles.map(\.id))
        turn.touchedContext = !roles.isEmpty
    }

    private mutating func moreFacts(about role: Role) -> Answer {
        var blocks: [Answer.Block] = []
        let fresh = Self.moreOrder.filter { !state.given.contains(GivenFact(role: role.id, field: $0.rawValue)) && !role.facts($0).isEmpty }
        for field in fresh.prefix(Self.moreFieldsPerTurn) {
            state.given.insert(GivenFact(role: role.id, field: field.rawValue))
            blocks.append(.heading([.role(role.title), .text(": " + field.title.lowercasedFirst)]))
            let items = role.facts(field).map { [Answer.Span.text($0.text)] }
            blocks.append(field == .summary ? .paragraph(AnswerWriter.joined(items, sentences: true)) : .bullets(items))
        }
        let leads = GivenFact(role: role.id, field: "leads-to")
        if fresh.count < Self.moreFieldsPerTurn, !role.leadsTo.isEmpty, !state.given.contains(leads) {
            state.given.insert(leads)
            blocks.append(.heading([.role(role.title), .text(": where it leads")]))
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
            blocks.append(.heading([.text(field.title)]))
            let items = knowledge.careers(field).map { [Answer.Span.text($0.text)] }
            blocks.append(field == .skills ? .bullets(items) : .paragraph(AnswerWriter.joined(items, sentences: true)))
        }
        return Answer(blocks)
    }

    /// "why?" after a recommendation: the facts behind each place of the ranking.
    mutating func why(_ rule: Rule, into turn: inout Turn) {
        guard !state.lastRanking.isEmpty else {
            let answer = Answer.paragraph("I have not recommended a role yet. Tell me what you enjoy, for example: I like statistics and finding patterns in data, which role fits me?")
            return turn.add(intent: rule.reportedIntent, courtesy: false, answer: answer, roles: [])
        }
        var blocks: [Answer.Block] = [.heading([.text("Why this ranking")])]
        for (rank, result) in state.lastRanking.enumerated() {
            let count = result.reasons.count == 1 ? "1 of its facts" : "\(result.reasons.count) of its facts"
            blocks.append(.paragraph([.text("\(rank + 1). "), .role(result.role.title), .text(" matched what you said in \(count):")]))
            blocks.append(.bullets(result.reasons.prefix(4).map { [.text($0.text)] }))
        }
        blocks.append(.paragraph([.text("The more of a role's facts share words with what you enjoy, the higher it ranks; rarer words count more.")]))
        let roles = state.lastRanking.map(\.role.id)
        turn.add(intent: rule.reportedIntent, courtesy: false, answer: Answer(blocks), roles: roles)
        state.focus(on: [roles[0]])
        turn.touchedContext = true
    }
}

extension String {
    var lowercasedFirst: String {
        guard let first else { return self }
        return first.lowercased() + dropFirst()
    }
}
