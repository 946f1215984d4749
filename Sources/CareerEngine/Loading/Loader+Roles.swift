extension Loader {
    static let roleKeys = ["id", "name", "plural", "article", "aliases", "leads-to"] + RoleField.allCases.map(\.rawValue)
    static let careersKeys = CareersField.allCases.map(\.rawValue) + ["paths"]

    mutating func readRoles(_ node: YAMLNode) {
        forEachItem(of: node, section: "roles") { loader, item in loader.readRole(item) }
    }

    private mutating func readRole(_ node: YAMLNode) {
        guard let reader = FieldReader(node, what: "a role", allowed: Self.roleKeys, problems: &problems),
              let (id, idLocation) = reader.text("id", problems: &problems),
              let (name, _) = reader.text("name", problems: &problems) else { return }
        guard knowledge.role(id) == nil else {
            let first = knowledge.role(id)!.location
            problems.append(.error(idLocation, "duplicate role id '\(id)' (first defined at \(first.fileAndLine))"))
            return
        }
        var facts: [RoleField: [Fact]] = [:]
        for field in RoleField.allCases {
            if let group = reader[field.rawValue] { facts[field] = readFacts(group, key: field.rawValue) }
        }
        let plural = reader.optionalText("plural", problems: &problems)?.0 ?? name + "s"
        let article = reader.optionalText("article", problems: &problems)?.0 ?? Self.article(for: name)
        let aliases = reader.texts("aliases", problems: &problems)
        let leadsTo = reader.texts("leads-to", problems: &problems)
        let role = Role(
            id: id, name: name, plural: plural, article: article, aliases: aliases.map(\.0), facts: facts,
            leadsTo: leadsTo.map(\.0), location: idLocation)
        registerNames(of: role, aliases: [(name, idLocation), (plural, idLocation)] + aliases)
        pendingLinks += leadsTo
        knowledge.add(role)
    }

    /// "an" before a vowel sound as the name is usually read ("an MLOps engineer", "an AI architect").
    static func article(for name: String) -> String {
        guard let first = name.first else { return "a" }
        let spelledOut = name.prefix(while: { $0.isUppercase }).count >= 2
        let vowelLetters: Set<Character> = spelledOut ? ["A", "E", "F", "H", "I", "L", "M", "N", "O", "R", "S", "X"] : ["a", "e", "i", "o", "u", "A", "E", "I", "O", "U"]
        return vowelLetters.contains(first) ? "an" : "a"
    }

    private mutating func registerNames(of role: Role, aliases: [(String, SourceLocation)]) {
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
    mutating func readFacts(_ node: YAMLNode, key: String) -> [Fact] {
        guard let reader = FieldReader(node, what: "'\(key)'", allowed: ["seed", "added"], problems: &problems) else { return [] }
        let seed = reader.texts("seed", problems: &problems).map { Fact(text: $0.0, fromSeed: true, location: $0.1) }
        let added = reader.texts("added", problems: &problems).map { Fact(text: $0.0, fromSeed: false, location: $0.1) }
        for fact in seed + added where fact.text.trimmingTrailingSpaces.isEmpty {
            problems.append(.error(fact.location, "an empty fact in '\(key)'"))
        }
        return seed + added
    }

    mutating func readCareers(_ node: YAMLNode) {
        guard let reader = FieldReader(node, what: "'careers'", allowed: Self.careersKeys, problems: &problems) else { return }
        for field in CareersField.allCases {
            if let group = reader[field.rawValue] { knowledge.setCareers(field, readFacts(group, key: field.rawValue)) }
        }
        let paths = reader.texts("paths", problems: &problems)
        pendingLinks += paths
        knowledge.setGrowthPaths(paths.map(\.0))
    }

    /// Checks that every `leads-to` and `paths` id names a role, once all roles are read.
    mutating func resolveRoleLinks() {
        let ids = knowledge.roles.map(\.id)
        for (id, location) in pendingLinks where knowledge.role(id) == nil {
            problems.append(.error(location, "unknown role '\(id)'\(Suggestion.hint(for: id, in: ids))"))
        }
    }
}
