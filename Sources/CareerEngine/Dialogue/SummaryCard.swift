/// `:summary`: a short card of what this person explored, to take away from the booth.
struct SummaryCard {
    let assistant: Assistant
    let state: DialogueState

    /// How many roles, and skills per role, the card lists.
    static let roles = 5
    static let skills = 3

    private var texts: ReplyTexts { assistant.texts }

    func summary(intent: String, into turn: inout Turn) {
        let roles = state.explored.compactMap(assistant.knowledge.role)
        guard !roles.isEmpty || !state.quizResult.isEmpty else {
            return turn.add(intent: intent, courtesy: false, answer: texts.reply(.summaryEmpty), roles: [])
        }
        var answer = texts.reply(.summaryHeading, as: .heading)
        answer = answer + texts.reply(.summaryQuiz, listed: state.quizResult.compactMap(assistant.knowledge.role))
        for role in roles.prefix(Self.roles) { answer = answer + card(of: role) }
        answer = answer + texts.reply(.summaryOthers, listed: Array(roles.dropFirst(Self.roles)))
        turn.add(intent: intent, courtesy: false, answer: answer, roles: roles.map(\.id))
    }

    /// A role's lines on the card: its first skills, and where it leads (or, for a leadership role, where it is reached from).
    private func card(of role: Role) -> Answer {
        let skills = role.facts(.skills).prefix(Self.skills).map(\.text)
        let leads = role.leadsTo.compactMap(assistant.knowledge.role)
        let items = [
            skills.isEmpty ? [] : texts.spans(.summarySkills, values: ["text": skills.joined(separator: "; ")]),
            texts.spans(.summaryLeadsTo, listed: leads),
            leads.isEmpty ? texts.spans(.summaryFrom, listed: assistant.knowledge.roles(leadingTo: role.id)) : [],
        ].filter { !$0.isEmpty }
        return Answer([.paragraph([.role(role.title)]), .bullets(items)])
    }
}
