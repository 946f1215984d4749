/// The roles a question is about when it does not name them: the roles its references point to ("the
/// second one", "they", "both"), or the roles in focus. Reads the state; notes in the turn how it read them.
struct ReferenceResolver {
    let state: DialogueState
    let texts: ReplyTexts

    /// The roles a part is about: the ones it names; else the ones its references point to;
    /// else, while the context is alive, the roles in focus. Roles named in the question always win.
    func roles(for part: Interpretation.Part, needed: Int, turn: inout Turn) -> [String] {
        var roles = part.roles
        if roles.isEmpty, !part.references.isEmpty {
            roles = self.roles(pointedAt: part.references, into: &turn)
            if roles.isEmpty, part.references.contains(where: { $0 != .weak }) { turn.unresolvedReference = true }
        } else if roles.isEmpty, state.isAlive, part.missingRole || needed > 0, !part.namesField {
            roles = state.focus
            if !roles.isEmpty { note(.noteRolesFromContext, roles, &turn) }
        }
        if needed >= 2, roles.count < 2, state.isAlive { roles = completed(roles, into: &turn) }
        return roles
    }

    /// A comparison that names fewer than two roles takes the others from the recent turns.
    private func completed(_ roles: [String], into turn: inout Turn) -> [String] {
        guard !roles.isEmpty else {
            let recent = state.focus.count >= 2 ? state.focus : Array(state.recent.suffix(2))
            note(.noteComparedRecent, recent, &turn)
            return recent
        }
        guard let other = (state.focus + state.recent.reversed()).first(where: { !roles.contains($0) }) else {
            return roles
        }
        note(.noteComparedWith, [other], &turn)
        return [other] + roles
    }

    /// The roles `references` point to (the most specific of them: "the second one" over "it"),
    /// noting in the turn how they were read, or which roles were shown when a place is not there.
    func roles(pointedAt references: [Reference], into turn: inout Turn) -> [String] {
        let references = Reference.mostSpecific(references)
        let roles = references.flatMap(resolve).uniqued()
        turn.pointedByPlace = turn.pointedByPlace || references.contains { $0.position != nil }
        if roles.isEmpty { turn.placeNotShown = placeNotShown(references) }
        if !roles.isEmpty { note(.noteReadAs, roles, text: references.map(\.rawValue).joined(separator: ", "), &turn) }
        return roles
    }

    private func note(_ key: Replies.Key, _ roles: [String], text: String = "", _ turn: inout Turn) {
        turn.note(texts.note(key, roles: roles, text: text))
        turn.touchedContext = true
    }

    /// The roles a reference points to, if the context is still alive.
    func resolve(_ reference: Reference) -> [String] {
        guard state.isAlive else { return [] }
        let group = placeGroup
        if let position = reference.position {
            let index = position < 0 ? group.count - 1 : position
            return group.indices.contains(index) ? [group[index]] : []
        }
        switch reference {
        case .both: return group
        case .person: return state.shownRanked ? Array(state.shown.prefix(1)) : state.focus
        default: return state.focus
        }
    }

    /// The roles a reference by place counts in, when it points past their end ("the fifth" of three).
    func placeNotShown(_ references: [Reference]) -> [String]? {
        guard state.isAlive, references.contains(where: { $0.position != nil }) else { return nil }
        return placeGroup.isEmpty ? nil : placeGroup
    }

    /// What places and "both" count in: the roles the last answer showed, else the last two discussed.
    private var placeGroup: [String] { state.shown.count >= 2 ? state.shown : Array(state.recent.suffix(2)) }
}
