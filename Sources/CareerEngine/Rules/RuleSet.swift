/// The rules, with the index from words to the patterns that need them.
public struct RuleSet: Sendable {
    public private(set) var rules: [Rule] = []
    var vocabulary = Vocabulary()
    /// Every pattern, numbered in one flat list.
    private var refs: [PatternRef] = []
    /// For each word id, the numbers of the patterns filed under it (see `buildIndex`).
    private var index: [[Int]] = []
    /// Patterns with no required word (only a role slot and optional parts): tried when a role is mentioned.
    private var roleOnly: [Int] = []
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
        ids[rule.id] = rules.count
        if let general = rule.withoutRole, roleVersions[general] == nil { roleVersions[general] = rules.count }
        rules.append(rule)
    }

    /// Files every pattern under its rarest required element: the one whose words the fewest patterns
    /// need. Intents share words ("engineer", "salary", "what"), and a pattern filed under a shared one
    /// would be tried for every question that has it; filed under its rarest, a question reaches few
    /// patterns whatever the size of the rule set. Run once every rule is added.
    mutating func buildIndex() {
        refs = rules.indices.flatMap { rule in rules[rule].patterns.indices.map { PatternRef(rule: rule, pattern: $0) }
        }
        let needing = patternsNeeding()
        (index, roleOnly) = (Array(repeating: [], count: vocabulary.words.count), [])
        for (number, ref) in refs.enumerated() {
            // How many patterns a question with one of these words would reach through them.
            guard let rarest = pattern(ref).requiredIDs.cheapest({ needing[$0] }) else {
                roleOnly.append(number)
                continue
            }
            for id in rarest { index[Int(id)].append(number) }
        }
    }

    /// For each word id, how many patterns need it (a pattern counted once however often it names it).
    private func patternsNeeding() -> [Int] {
        var needing = [Int](repeating: 0, count: vocabulary.words.count)
        var lastCounted = [Int](repeating: -1, count: vocabulary.words.count)
        for (number, ref) in refs.enumerated() {
            for id in pattern(ref).requiredIDs.all where lastCounted[id] != number {
                lastCounted[id] = number
                needing[id] += 1
            }
        }
        return needing
    }

    /// The patterns worth trying for these tokens: those filed under one of their words whose every
    /// required element the question has, plus the role-only ones when a role or reference is there.
    func candidates(for tokens: [Token]) -> [PatternRef] {
        var present = [Bool](repeating: false, count: index.count)
        var words: [Int] = []
        for token in tokens where token.wordID >= 0 && token.wordID < present.count && !present[token.wordID] {
            present[token.wordID] = true
            words.append(token.wordID)
        }
        var found: [Int] = []
        for id in words {
            found += index[id].lazy.filter { number in
                pattern(refs[number]).requiredIDs.areSatisfied(by: present)
            }
        }
        if tokens.contains(where: \.mentionsRole) { found += roleOnly }
        // A pattern filed under two words of one element ("(salary|pay)") is found once.
        return found.sorted().uniquedSorted().map { refs[$0] }
    }
}

extension Array where Element: Equatable {
    /// The elements of a sorted array without their repeats.
    func uniquedSorted() -> [Element] {
        var result: [Element] = []
        for element in self where result.last != element { result.append(element) }
        return result
    }
}

extension Token {
    /// A role or a reference to one: what a role-only pattern needs.
    var mentionsRole: Bool {
        switch kind {
        case .role, .reference: true
        default: false
        }
    }
}
