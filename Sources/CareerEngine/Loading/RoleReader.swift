/// Reads the `roles:` sections (one entry per role) and the `careers:` sections (facts about careers in
/// general) into the knowledge base.
///
/// The role ids that `leads-to` and `paths` name are collected as links and checked by `checkLinks`
/// once every role is read, so a role may lead to one defined after it.
enum RoleReader {
    static let roleKeys =
        ["id", "name", "plural", "article", "aliases", "leads-to"] + RoleField.allCases.map(\.rawValue)
    static let careersKeys = CareersField.allCases.map(\.rawValue) + ["paths"]

    /// A role as read, with the names it is called by and the role ids its `leads-to` names, each located.
    private typealias ReadRole = (role: Role, names: [(String, SourceLocation)], leadsTo: [(String, SourceLocation)])

    /// Adds the roles of one `roles:` list to `knowledge` and their names (read with `lexicon`) to `roleNames`;
    /// the ids their `leads-to` names go to `links`.
    static func readRoles(
        _ node: YAMLNode, lexicon: Lexicon, into knowledge: inout KnowledgeBase, names roleNames: inout RoleNames,
        links: inout [(String, SourceLocation)], problems: inout [Diagnostic]
    ) {
        for item in FieldReader.items(node, key: "roles", problems: &problems) {
            guard let read = role(item, knowledge: knowledge, problems: &problems) else { continue }
            registerNames(of: read.role, aliases: read.names, lexicon: lexicon, into: &roleNames, problems: &problems)
            links += read.leadsTo
            knowledge.add(read.role)
        }
    }

    /// Reads one role; nil (reported) when it has no id or name, or the id of a role already read.
    private static func role(_ node: YAMLNode, knowledge: KnowledgeBase, problems: inout [Diagnostic]) -> ReadRole? {
        guard let reader = FieldReader(node, what: "a role", allowed: roleKeys, problems: &problems),
            let (id, idLocation) = reader.text("id", problems: &problems),
            let (name, _) = reader.text("name", problems: &problems)
        else { return nil }
        if let first = knowledge.role(id)?.location {
            problems.append(.error(idLocation, "duplicate role id '\(id)' (first defined at \(first.fileAndLine))"))
            return nil
        }
        let facts = Self.facts(of: reader, problems: &problems)
        let plural = reader.optionalText("plural", problems: &problems)?.0 ?? name + "s"
        let article = reader.optionalText("article", problems: &problems)?.0 ?? Self.article(for: name)
        let aliases = reader.texts("aliases", problems: &problems)
        let leadsTo = reader.texts("leads-to", problems: &problems)
        let role = Role(
            id: id, name: name, plural: plural, article: article, aliases: aliases.map(\.0), facts: facts,
            leadsTo: leadsTo.map(\.0), location: idLocation)
        return (role, [(name, idLocation), (plural, idLocation)] + aliases, leadsTo)
    }

    /// The fact groups a role gives, by field.
    private static func facts(of reader: FieldReader, problems: inout [Diagnostic]) -> [RoleField: [Fact]] {
        var facts: [RoleField: [Fact]] = [:]
        for field in RoleField.allCases {
            if let group = reader[field.rawValue] {
                facts[field] = readFacts(group, key: field.rawValue, problems: &problems)
            }
        }
        return facts
    }

    /// "an" before a vowel sound as the name is usually read ("an MLOps engineer", "an AI architect").
    static func article(for name: String) -> String {
        guard let first = name.first else { return "a" }
        let spelledOut = name.prefix(while: { $0.isUppercase }).count >= 2
        let vowelLetters: Set<Character> =
            spelledOut
            ? ["A", "E", "F", "H", "I", "L", "M", "N", "O", "R", "S", "X"]
            : ["a", "e", "i", "o", "u", "A", "E", "I", "O", "U"]
        return vowelLetters.contains(first) ? "an" : "a"
    }

    private static func registerNames(
        of role: Role, aliases: [(String, SourceLocation)], lexicon: Lexicon, into roleNames: inout RoleNames,
        problems: inout [Diagnostic]
    ) {
        let normalizer = Normalizer(lexicon: lexicon)
        for (alias, location) in aliases {
            let stems = normalizer.words(alias).map(\.stem).filter { !$0.isEmpty }
            guard !stems.isEmpty else {
                problems.append(.error(location, "an empty alias"))
                continue
            }
            if let owner = roleNames.add(stems, for: role.id) {
                problems.append(.error(location, "the alias '\(alias)' already names the role '\(owner)'"))
            }
        }
    }

    /// A fact group: `seed:` statements from the source text and `added:` general knowledge.
    static func readFacts(_ node: YAMLNode, key: String, problems: inout [Diagnostic]) -> [Fact] {
        if let problem = factsNotGrouped(node, key: key) {
            problems.append(problem)
            return []
        }
        guard let reader = FieldReader(node, what: "'\(key)'", allowed: ["seed", "added"], problems: &problems) else {
            return []
        }
        let seed = reader.texts("seed", problems: &problems).map { Fact(text: $0.0, fromSeed: true, location: $0.1) }
        let added = reader.texts("added", problems: &problems).map { Fact(text: $0.0, fromSeed: false, location: $0.1) }
        for fact in seed + added where fact.text.trimmingTrailingSpaces.isEmpty {
            problems.append(.error(fact.location, "an empty fact in '\(key)'"))
        }
        for fact in seed + added {
            if let warning = mergedListItem(fact, key: key) { problems.append(warning) }
        }
        return seed + added
    }

    /// Facts written straight under their kind (`summary: Data engineers build pipelines.`): the
    /// error says what to write instead, with the editor's own first fact as the example.
    static func factsNotGrouped(_ node: YAMLNode, key: String) -> Diagnostic? {
        let first: String
        switch node.value {
        case .mapping: return nil
        case .scalar(let text): first = text
        case .sequence(let items):
            first = items.first.flatMap { if case .scalar(let text) = $0.value { text } else { nil } } ?? "..."
        }
        let example = "\n        \(key):\n          added:\n            - \(first.prefix(60))"
        return .error(
            node.location,
            "'\(key)' must list its facts under 'seed:' (statements of the source text) or 'added:' (your own), not be \(node.kindName); write:"
                + example)
    }

    /// A fact holding " - " after a sentence or before a capital ("...insights. - Data scientists often..."):
    /// probably a list item indented too far, which YAML reads as the end of the item above.
    static func mergedListItem(_ fact: Fact, key: String) -> Diagnostic? {
        let text = fact.text
        guard let start = text.indices.first(where: { text[$0...].hasPrefix(" - ") }) else { return nil }
        let dash = start..<text.index(start, offsetBy: 3)
        let before = text[..<dash.lowerBound].last
        let after = text[dash.upperBound...].first
        guard before == "." || (after?.isUppercase ?? false) else { return nil }
        let rest = text[dash.upperBound...].prefix(30)
        return .warning(
            fact.location,
            "this fact in '\(key)' runs on into '- \(rest)...': a '- ' indented further than the one above is read as part of the item above; start it in the same column as the '- ' above"
        )
    }

    /// Reads one `careers:` section into `knowledge`; the role ids its `paths` name go to `links`.
    static func readCareers(
        _ node: YAMLNode, into knowledge: inout KnowledgeBase, links: inout [(String, SourceLocation)],
        problems: inout [Diagnostic]
    ) {
        guard let reader = FieldReader(node, what: "'careers'", allowed: careersKeys, problems: &problems) else {
            return
        }
        for field in CareersField.allCases {
            if let group = reader[field.rawValue] {
                knowledge.setCareers(field, readFacts(group, key: field.rawValue, problems: &problems))
            }
        }
        let paths = reader.texts("paths", problems: &problems)
        links += paths
        knowledge.setGrowthPaths(paths.map(\.0))
    }

    /// Checks that every `leads-to` and `paths` id names a role, once all roles are read.
    static func checkLinks(_ links: [(String, SourceLocation)], knowledge: KnowledgeBase, problems: inout [Diagnostic])
    {
        let ids = knowledge.roles.map(\.id)
        for (id, location) in links where knowledge.role(id) == nil {
            problems.append(.error(location, "unknown role '\(id)'\(Suggestion.hint(for: id, in: ids))"))
        }
    }
}
