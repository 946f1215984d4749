extension Conversation {
    /// The roles a part is about: the ones it names; else the ones its references point to;
    /// else, while the context is alive, the roles in focus. Roles named in the question always win.
    func resolveRoles(for part: Interpretation.Part, needed: Int, turn: inout Turn) -> [String] {
        var roles = part.roles
        if roles.isEmpty, !part.references.isEmpty {
            roles = part.references.flatMap(resolve).uniqued()
            if !roles.isEmpty { note("'\(part.references.map(\.rawValue).joined(separator: ", "))' read as \(roles.joined(separator: ", "))", &turn) }
            if roles.isEmpty, part.references.contains(where: { $0 != .weak }) { turn.unresolvedReference = true }
        } else if roles.isEmpty, state.isAlive, part.missingRole || needed > 0, !part.namesField {
            roles = state.focus
            if !roles.isEmpty { note("roles from the previous turn: \(roles.joined(separator: ", "))", &turn) }
        }
        if needed >= 2, roles.count < 2, state.isAlive {
            if roles.isEmpty {
                roles = state.focus.count >= 2 ? state.focus : Array(state.recent.suffix(2))
                note("compared the roles of the recent turns: \(roles.joined(separator: ", "))", &turn)
            } else if let other = (state.focus + state.recent.reversed()).first(where: { !roles.contains($0) }) {
                roles.insert(other, at: 0)
                note("compared with \(other) from an earlier turn", &turn)
            }
        }
        return roles
    }

    private func note(_ text: String, _ turn: inout Turn) {
        turn.explanation.fromContext.append(text)
        turn.touchedContext = true
    }

    /// The roles a reference points to, if the context is still alive.
    func resolve(_ reference: Reference) -> [String] {
        guard state.isAlive else { return [] }
        let group = state.focus.count >= 2 ? state.focus : Array(state.recent.suffix(2))
        switch reference {
        case .recent, .weak: return state.focus
        case .both: return group
        case .first: return Array(group.prefix(1))
        case .last: return Array(group.suffix(1))
        }
    }
}
