/// Reads the `titles:` sections: how job titles are built and the roles not covered. Needs the roles,
/// since a title not covered must not name a role, and its closest role must be one.
struct TitleReader {
    static let titleKeys = [
        "seniority", "heads", "not-in-titles", "field-forms", "compared-fields", "domains", "field-links", "tails",
        "not-covered",
        "background", "target",
        "answer", "note",
    ]

    /// Reads the words of titles the way questions are read.
    let normalizer: Normalizer
    let roleNames: RoleNames
    let knowledge: KnowledgeBase

    /// Adds one `titles:` section to `titles`. Returns the answer about a role not covered (`answer:`) and
    /// the note when covered roles are answered beside one (`note:`), or nil when the section cannot be read.
    func readTitles(_ node: YAMLNode, into titles: inout Titles, problems: inout [Diagnostic]) -> (
        answer: Template?, note: Template?
    )? {
        guard let reader = FieldReader(node, what: "'titles'", allowed: Self.titleKeys, problems: &problems) else {
            return nil
        }
        func stems(_ key: String) -> [[String]] {
            reader.texts(key, problems: &problems).map { normalizer.words($0.0).map(\.stem).filter { !$0.isEmpty } }
                .filter { !$0.isEmpty }
        }
        titles.seniority.formUnion(stems("seniority").joined())
        titles.heads.formUnion(stems("heads").joined())
        titles.notInTitles.formUnion(stems("not-in-titles").joined())
        titles.domains.formUnion(stems("domains").joined())
        titles.fieldLinks.formUnion(stems("field-links").joined())
        titles.tails.formUnion(stems("tails").joined())
        stems("background").forEach { titles.addBackground($0) }
        stems("target").forEach { titles.addTarget($0) }
        for (field, head, _) in Self.pairs(reader["field-forms"], key: "field-forms", problems: &problems) {
            guard let field = normalizer.words(field).last?.stem, let head = normalizer.words(head).last?.stem else {
                continue
            }
            titles.fieldForms[field] = head
        }
        for (field, role, location) in Self.pairs(
            reader["compared-fields"], key: "compared-fields", problems: &problems)
        {
            addComparedField(field, role: role, at: location, to: &titles, problems: &problems)
        }
        for (title, closest, location) in Self.pairs(reader["not-covered"], key: "not-covered", problems: &problems) {
            addUncovered(title, closest: closest, at: location, to: &titles, problems: &problems)
        }
        let answer = reader.template("answer", required: false, intent: "titles", problems: &problems)
        return (answer, reader.template("note", required: false, intent: "titles", problems: &problems))
    }

    /// `key: value` lines of a mapping, with the location of each key.
    private static func pairs(_ node: YAMLNode?, key: String, problems: inout [Diagnostic]) -> [(
        String, String, SourceLocation
    )] {
        guard let node else { return [] }
        guard case .mapping(let entries) = node.value else {
            problems.append(.error(node.location, "'\(key)' must be 'title: closest role' lines, not \(node.kindName)"))
            return []
        }
        return entries.compactMap { entry in
            FieldReader.text(entry.value, key: entry.key, problems: &problems).map {
                (entry.key, $0.0, entry.keyLocation)
            }
        }
    }

    /// "machine learning: ml-engineer": the field, compared with a role or another field, stands for that role.
    private func addComparedField(
        _ field: String, role id: String, at location: SourceLocation, to titles: inout Titles,
        problems: inout [Diagnostic]
    ) {
        let stems = normalizer.words(field).map(\.stem).filter { !$0.isEmpty }
        guard !stems.isEmpty else { return problems.append(.error(location, "an empty field in 'compared-fields'")) }
        guard knowledge.role(id) != nil else {
            let hint = Suggestion.hint(for: id, in: knowledge.roles.map(\.id))
            return problems.append(.error(location, "unknown role '\(id)' for the field '\(field)'\(hint)"))
        }
        titles.comparedFields[stems] = id
    }

    private func addUncovered(
        _ title: String, closest: String, at location: SourceLocation, to titles: inout Titles,
        problems: inout [Diagnostic]
    ) {
        let stems = normalizer.words(title).map(\.stem).filter { !$0.isEmpty }
        guard !stems.isEmpty else { return problems.append(.error(location, "an empty title in 'not-covered'")) }
        if let owner = roleNames.phrases[stems] {
            return problems.append(
                .error(
                    location,
                    "'\(title)' is in 'not-covered' but also names the role '\(owner)' in roles.yaml: keep it in one place"
                ))
        }
        let id = closest.trimmingTrailingSpaces.isEmpty ? nil : closest
        if let id, knowledge.role(id) == nil {
            let hint = Suggestion.hint(for: id, in: knowledge.roles.map(\.id))
            return problems.append(.error(location, "unknown role '\(id)' as the closest role to '\(title)'\(hint)"))
        }
        titles.addUncovered(stems, UncoveredRole(title: title, closest: id))
    }
}
