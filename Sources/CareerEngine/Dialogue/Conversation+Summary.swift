/// `:summary`: a short card of what this person explored, to take away from the booth.
extension Conversation {
    /// How many roles, and skills per role, the card lists.
    static let summaryRoles = 5
    static let summarySkills = 3

    mutating func summary(intent: String, into turn: inout Turn) {
        let roles = state.explored.compactMap(assistant.knowledge.role)
        guard !roles.isEmpty || !state.quizResult.isEmpty else {
            return turn.add(intent: intent, courtesy: false, answer: reply(.summaryEmpty), roles: [])
        }
        var answer = reply(.summaryHeading, as: .heading)
        answer = answer + reply(.summaryQuiz, listed: state.quizResult.compactMap(assistant.knowledge.role))
        for role in roles.prefix(Self.summaryRoles) { answer = answer + card(of: role) }
        answer = answer + reply(.summaryOthers, listed: Array(roles.dropFirst(Self.summaryRoles)))
        turn.add(intent: intent, courtesy: false, answer: answer, roles: roles.map(\.id))
    }

    /// A role's lines on the card: its first skills, and where it leads (or, for a leadership role, where it is reached from).
    private func card(of role: Role) -> Answer {
        let skills = role.facts(.skills).prefix(Self.summarySkills).map(\.text)
        let leads = role.leadsTo.compactMap(assistant.knowledge.role)
        let items = [
            skills.isEmpty ? [] : spans(.summarySkills, values: ["text": skills.joined(separator: "; ")]),
            spans(.summaryLeadsTo, listed: leads),
            leads.isEmpty ? spans(.summaryFrom, listed: assistant.knowledge.roles(leadingTo: role.id)) : [],
        ].filter { !$0.isEmpty }
        return Answer([.paragraph([.role(role.title)]), .bullets(items)])
    }
}
