/// "tell me more": the next kinds of facts not yet given about the roles named, pointed at ("tell me
/// more about the second one") or in focus; with no role, more about careers in general.
struct MoreFacts {
    let assistant: Assistant
    let state: DialogueState

    /// Field order for "tell me more": what a person usually wants next.
    static let order: [RoleField] = [
        .summary, .responsibilities, .skills, .education, .workplaces, .applications, .interests,
    ]
    static let fieldsPerTurn = 2

    private var texts: ReplyTexts { assistant.texts }

    func more(_ rule: Rule, _ part: Interpretation.Part, into turn: inout Turn) {
        let references = ReferenceResolver(state: state, texts: texts)
        let pointed =
            part.roles.isEmpty && !part.references.isEmpty
            ? references.roles(for: part, needed: 0, turn: &turn) : part.roles
        more(rule, roles: pointed.isEmpty ? state.liveFocus : pointed, into: &turn)
    }

    /// "tell me more" about `ids` (about careers when empty); "and the first one?" next asks it again.
    func more(_ rule: Rule, roles ids: [String], into turn: inout Turn) {
        let roles = ids.compactMap(assistant.knowledge.role)
        var given = state.given
        var answer = Answer()
        for role in roles { answer = answer + facts(about: role, given: &given) }
        if roles.isEmpty { answer = aboutCareers(given: &given) }
        if answer.isEmpty {
            answer =
                roles.isEmpty
                ? texts.reply(.nothingMoreAboutCareers)
                : texts.reply(.nothingMore, values: ["text": roles.map(\.plural).joined(separator: " and ")])
        }
        if !roles.isEmpty { turn.note(texts.note(.noteContinued, roles: roles.map(\.id))) }
        turn.add(intent: rule.reportedIntent, courtesy: false, answer: answer, roles: roles.map(\.id))
        turn.change(.given(given.subtracting(state.given)))
        turn.change(.focus(roles.map(\.id)))
        if !roles.isEmpty { turn.change(.lastIntent(assistant.rules.index(of: rule.id))) }
        turn.touchedContext = !roles.isEmpty
    }

    private func facts(about role: Role, given: inout Set<GivenFact>) -> Answer {
        var blocks: [Answer.Block] = []
        let fresh = Self.order.filter {
            !given.contains(GivenFact(role: role.id, field: $0.rawValue)) && !role.facts($0).isEmpty
        }
        for field in fresh.prefix(Self.fieldsPerTurn) {
            given.insert(GivenFact(role: role.id, field: field.rawValue))
            let name = Answer.text(texts.spans(Replies.more(field))).lowercasedFirst
            blocks += texts.reply(.moreHeading, as: .heading, listed: [role], values: ["text": name]).blocks
            let items = role.facts(field).map { [Answer.Span.text($0.text)] }
            blocks.append(field == .summary ? .paragraph(AnswerWriter.joined(items, sentences: true)) : .bullets(items))
        }
        let leads = GivenFact(role: role.id, field: "leads-to")
        if fresh.count < Self.fieldsPerTurn, !role.leadsTo.isEmpty, !given.contains(leads) {
            given.insert(leads)
            blocks += texts.reply(.moreLeadsTo, as: .heading, listed: [role]).blocks
            blocks.append(.bullets(role.leadsTo.compactMap(assistant.knowledge.role).map { [.role($0.title)] }))
        }
        return Answer(blocks)
    }

    private func aboutCareers(given: inout Set<GivenFact>) -> Answer {
        let knowledge = assistant.knowledge
        let fresh = CareersField.allCases.filter {
            !given.contains(GivenFact(role: nil, field: $0.rawValue)) && !knowledge.careers($0).isEmpty
        }
        var blocks: [Answer.Block] = []
        for field in fresh.prefix(Self.fieldsPerTurn) {
            given.insert(GivenFact(role: nil, field: field.rawValue))
            blocks += texts.reply(Replies.more(field), as: .heading).blocks
            let items = knowledge.careers(field).map { [Answer.Span.text($0.text)] }
            blocks.append(field == .skills ? .bullets(items) : .paragraph(AnswerWriter.joined(items, sentences: true)))
        }
        return Answer(blocks)
    }
}

extension String {
    /// "What they do" -> "what they do" inside a heading; "ML skills" stays as it is.
    var lowercasedFirst: String {
        guard let first, dropFirst().first?.isUppercase != true else { return self }
        return first.lowercased() + dropFirst()
    }
}
