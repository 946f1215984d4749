/// The rules, with the index from words to the patterns that need them.
public struct RuleSet: Sendable {
    public private(set) var rules: [Rule] = []
    var vocabulary = Vocabulary()
    /// Every pattern, numbered in one flat list.
    private var refs: [PatternRef] = []
    /// The patterns a question could match, by number (see `PatternIndex`).
    private var index = PatternIndex(required: [], wordCount: 0)
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

    /// Makes room for `count` rules in all, so that adding them does not grow the list in steps.
    mutating func reserveCapacity(_ count: Int) { rules.reserveCapacity(count) }

    mutating func add(_ rule: Rule) {
        ids[rule.id] = rules.count
        if let general = rule.withoutRole, roleVersions[general] == nil { roleVersions[general] = rules.count }
        rules.append(rule)
    }

    /// Files every pattern under pairs of its rarest required words (`PatternIndex`). Run once every
    /// rule is added.
    mutating func buildIndex() {
        refs = rules.indices.flatMap { rule in rules[rule].patterns.indices.map { PatternRef(rule: rule, pattern: $0) }
        }
        index = PatternIndex(required: refs.map { pattern($0).requiredIDs }, wordCount: vocabulary.words.count)
    }

    /// The patterns worth trying for these tokens: those whose every required element the question
    /// has, plus the role-only ones when a role or reference is there; in the order they were written.
    func candidates(for tokens: [Token]) -> [PatternRef] {
        let count = index.wordCount
        var present = [Bool](repeating: false, count: count)
        var words: [Int] = []
        for token in tokens where token.wordID >= 0 && token.wordID < count && !present[token.wordID] {
            present[token.wordID] = true
            words.append(token.wordID)
        }
        let mentionsRole = tokens.contains(where: \.mentionsRole)
        return index.candidates(present: present, words: words, mentionsRole: mentionsRole).map { refs[$0] }
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
