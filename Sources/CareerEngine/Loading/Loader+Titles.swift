extension Loader {
    static let titleKeys = ["seniority", "heads", "field-forms", "domains", "not-covered", "background", "target", "answer", "note"]

    /// Reads the `titles:` section: how job titles are built and the roles not covered. Needs the roles.
    mutating func readTitles(_ node: YAMLNode) {
        guard let reader = FieldReader(node, what: "'titles'", allowed: Self.titleKeys, problems: &problems) else { return }
        let normalizer = Normalizer(lexicon: lexicon)
        func stems(_ key: String) -> [[String]] {
            reader.texts(key, problems: &problems).map { normalizer.words($0.0).map(\.stem).filter { !$0.isEmpty } }.filter { !$0.isEmpty }
        }
        titles.seniority.formUnion(stems("seniority").joined())
        titles.heads.formUnion(stems("heads").joined())
        titles.domains.formUnion(stems("domains").joined())
        stems("background").forEach { titles.addBackground($0) }
        stems("target").forEach { titles.addTarget($0) }
        for (field, head, _) in pairs(reader["field-forms"], key: "field-forms") {
            guard let field = normalizer.words(field).last?.stem, let head = normalizer.words(head).last?.stem else { continue }
            titles.fieldForms[field] = head
        }
        for (title, closest, location) in pairs(reader["not-covered"], key: "not-covered") {
            addUncovered(title, closest: closest, at: location, normalizer: normalizer)
        }
        uncoveredTemplate = readTemplate(reader, key: "answer", required: false, intent: "titles")
        uncoveredNote = readTemplate(reader, key: "note", required: false, intent: "titles")
    }

    /// `key: value` lines of a mapping, with the location of each key.
    private mutating func pairs(_ node: YAMLNode?, key: String) -> [(String, String, SourceLocation)] {
        guard let node else { return [] }
        guard case .mapping(let entries) = node.value else {
            problems.append(.error(node.location, "'\(key)' must be 'title: closest role' lines, not \(node.kindName)"))
            return []
        }
        return entries.compactMap { entry in
            FieldReader.text(entry.value, key: entry.key, problems: &problems).map { (entry.key, $0.0, entry.keyLocation) }
        }
    }

    private mutating func addUncovered(_ title: String, closest: String, at location: SourceLocation, normalizer: Normalizer) {
        let stems = normalizer.words(title).map(\.stem).filter { !$0.isEmpty }
        guard !stems.isEmpty else { return problems.append(.error(location, "an empty title in 'not-covered'")) }
        if let owner = roleNames.phrases[stems] {
            return problems.append(.error(location, "'\(title)' is in 'not-covered' but also names the role '\(owner)' in roles.yaml: keep it in one place"))
        }
        let id = closest.trimmingTrailingSpaces.isEmpty ? nil : closest
        if let id, knowledge.role(id) == nil {
            let hint = Suggestion.hint(for: id, in: knowledge.roles.map(\.id))
            return problems.append(.error(location, "unknown role '\(id)' as the closest role to '\(title)'\(hint)"))
        }
        titles.addUncovered(stems, UncoveredRole(title: title, closest: id))
    }
}
