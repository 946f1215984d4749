/// `:summary`: a short card of what this person explored, to take away from the booth.
extension Conversation {
    /// How many roles, and skills per role, the card lists.
    static let summaryRoles = 5
    static let summarySkills = 3

    mutating func summary(intent: String, into turn: inout Turn) {
        let roles = state.explored.compactMap(assistant.knowledge.role)
        guard !roles.isEmpty || !state.quizResult.isEmpty else {
            let answer = Answer.paragraph("Nothing to sum up yet. Ask me about a role (\"what does a data scientist do?\") or take the quiz (say \"quiz\"), then ask for the summary again.")
            return turn.add(intent: intent, courtesy: false, answer: answer, roles: [])
        }
        var blocks: [Answer.Block] = [.heading([.text("Your ML careers card")])]
        let quizRoles = state.quizResult.compactMap(assistant.knowledge.role)
        if !quizRoles.isEmpty {
            blocks.append(.paragraph([.text("Quiz result: ")] + Self.list(quizRoles.map(\.name)) + [.text(", best fit first.")]))
        }
        for role in roles.prefix(Self.summaryRoles) {
            var items: [[Answer.Span]] = []
            let skills = role.facts(.skills).prefix(Self.summarySkills).map(\.text)
            if !skills.isEmpty { items.append([.text("Skills: " + skills.joined(separator: "; "))]) }
            let leads = role.leadsTo.compactMap(assistant.knowledge.role).map(\.name)
            if !leads.isEmpty { items.append([.text("Leads to: ")] + Self.list(leads)) }
            let from = assistant.knowledge.roles(leadingTo: role.id).map(\.name)
            if leads.isEmpty, !from.isEmpty { items.append([.text("Reached from: ")] + Self.list(from)) }
            blocks.append(.paragraph([.role(role.title)]))
            blocks.append(.bullets(items))
        }
        if roles.count > Self.summaryRoles {
            let others = roles.dropFirst(Self.summaryRoles).map(\.name)
            blocks.append(.paragraph([.text("Also discussed: ")] + Self.list(others) + [.text(".")]))
        }
        turn.add(intent: intent, courtesy: false, answer: Answer(blocks), roles: roles.map(\.id))
    }
}
