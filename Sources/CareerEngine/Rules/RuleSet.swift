/// The rules, with the index from words to the patterns that need them.
public struct RuleSet: Sendable {
    public private(set) var rules: [Rule] = []
    var vocabulary = Vocabulary()
    /// For each word id, the patterns that need it: (rule index, pattern index).
    private(set) var index: [Int: [PatternRef]] = [:]
    /// Patterns with no required word (only a role slot and optional parts): tried when a role is mentioned.
    private(set) var roleOnly: [PatternRef] = []
    private var ids: [String: Int] = [:]
    /// For a general intent, the intent that names it as `without-role` (skills.general -> role.skills).
    private var roleVersions: [String: Int] = [:]

    struct PatternRef: Hashable, Sendable {
        let rule: Int
        let pattern: Int
    }

    public func rule(_ id: String) -> Rule? { ids[id].map { rules[$0] } }

    func index(of id: String) -> Int? { ids[id] }

    /// The intent that answers `id` for a particular role, if one names it as its `without-role`.
    func roleVersion(of id: String) -> Rule? { roleVersions[id].map { rules[$0] } }

    func pattern(_ ref: PatternRef) -> Pattern { rules[ref.rule].patterns[ref.pattern] }

    mutating func add(_ rule: Rule) {
        let ruleIndex = rules.count
        ids[rule.id] = ruleIndex
        rules.append(rule)
        if let general = rule.withoutRole, roleVersions[general] == nil { roleVersions[general] = ruleIndex }
        for (patternIndex, pattern) in rule.patterns.enumerated() {
            let ref = PatternRef(rule: ruleIndex, pattern: patternIndex)
            if pattern.anchors.isEmpty {
                roleOnly.append(ref)
            } else {
                for word in pattern.anchors { index[vocabulary.intern(word), default: []].append(ref) }
            }
        }
    }

    /// The patterns worth trying for these tokens: those whose anchor words occur, plus role-only ones.
    func candidates(for tokens: [Token]) -> [PatternRef] {
        var seen = Set<PatternRef>()
        var result: [PatternRef] = []
        for token in tokens where token.wordID >= 0 {
            for ref in index[token.wordID] ?? [] where seen.insert(ref).inserted { result.append(ref) }
        }
        if tokens.contains(where: { if case .role = $0.kind { true } else if case .reference = $0.kind { true } else { false } }) {
            result += roleOnly.filter { seen.insert($0).inserted }
        }
        return result
    }
}
