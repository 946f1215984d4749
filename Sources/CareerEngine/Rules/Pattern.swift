/// A compiled pattern: the question shapes one rule line accepts.
///
/// Syntax (documented for content editors in the README):
/// - `word` a word; matched after normalization, so "skills", "Skill" and "skils" all match `skill`
/// - `(a|b c|d)` one of several words or phrases
/// - `[a|b]` optional: one of them, or nothing
/// - `*` any number of words (also none)
/// - `~name` any phrase of the synonym list `name`
/// - `{role}` a role mention ("data scientists", "MLE"), or a reference to one ("they"), or, when the
///   question names none, the role from the conversation
/// - `{role!}` a role the question itself names: never a reference, never the conversation's role
/// - `{roles}` two or more roles named together ("ML engineer or data scientist?"), or "both"
/// - `{topic}` one or more words that occur in the knowledge base's facts ("deploy models", "statistics"):
///   what "who deploys models?" and "I like statistics" are about
///
/// Small grammar words and fillers may appear between elements without a `*`; other words may not.
public struct Pattern: Sendable {
    public let source: String
    public let location: SourceLocation
    /// The elements as written, or nothing for a pattern of plain words: its words are its automaton's
    /// (an array of elements less for each of thousands of generated patterns).
    private let body: Body
    let automaton: PatternAutomaton
    /// For every required element, the word ids (sorted, each once) one of which a question must
    /// contain: a cheap test that rules a pattern out before its automaton runs, and what the index
    /// files it under.
    let requiredIDs: RequiredWords
    let roleSlots: Int
    /// How many required words and slots the pattern has; ranks patterns that cover a question equally.
    let specificity: Int

    private enum Body: Sendable {
        case elements([PatternElement])
        case plainWords
    }

    init(
        source: String, location: SourceLocation, elements: [PatternElement], automaton: PatternAutomaton,
        requiredIDs: RequiredWords, roleSlots: Int, specificity: Int
    ) {
        self.source = source
        self.location = location
        body = .elements(elements)
        self.automaton = automaton
        self.requiredIDs = requiredIDs
        self.roleSlots = roleSlots
        self.specificity = specificity
    }

    /// A pattern of plain words, with their automaton (`PatternAutomaton(words:shape:)`) and required words.
    init(source: String, location: SourceLocation, automaton: PatternAutomaton, requiredIDs: RequiredWords) {
        self.source = source
        self.location = location
        body = .plainWords
        self.automaton = automaton
        self.requiredIDs = requiredIDs
        roleSlots = 0
        specificity = automaton.finalState  // one state after each word
    }

    /// The pattern's elements, the words of `vocabulary` (the rules' own) by id: spelled out again
    /// for a pattern of plain words, which only `check` and explanations ask for.
    func elements(in vocabulary: Vocabulary) -> [PatternElement] {
        switch body {
        case .elements(let elements): elements
        case .plainWords: automaton.plainWordIDs.map { .word(vocabulary.words[$0]) }
        }
    }

    /// True for `{role}` alone: a line that only names roles.
    var namesOnlyRoles: Bool {
        guard case .elements(let elements) = body else { return false }
        return elements.count == 1 && elements[0].isRoleSlot
    }

    /// Every word stem the pattern can match literally, worked out when asked (matching asks the
    /// automaton instead, by word id: `PatternAutomaton.consumesWord`).
    func literals(in vocabulary: Vocabulary) -> Set<String> {
        elements(in: vocabulary).reduce(into: Set<String>()) { $0.formUnion($1.literals) }
    }
}

/// For every required element of a pattern, the word ids one of which a question must contain
/// (sorted, each once): all in one array, each element's ids followed by -1, instead of an array each.
struct RequiredWords: Sendable, Equatable {
    private let ids: [Int32]

    init(_ groups: [[Int]]) {
        var ids: [Int32] = []
        ids.reserveCapacity(groups.reduce(0) { $0 + $1.count + 1 })
        for group in groups {
            for id in group { ids.append(Int32(id)) }
            ids.append(-1)
        }
        self.ids = ids
    }

    /// The required words of a pattern of plain words, as ids: each word is an element of its own.
    init(words: [Int]) {
        var ids: [Int32] = []
        ids.reserveCapacity(words.count * 2)
        for id in words {
            ids.append(Int32(id))
            ids.append(-1)
        }
        self.ids = ids
    }

    /// The required words of `elements`, interned; a plain word makes no list of its own.
    init(_ elements: [PatternElement], vocabulary: inout Vocabulary) {
        var ids: [Int32] = []
        ids.reserveCapacity(elements.count * 2)
        for element in elements {
            if case .word(let word) = element {
                ids.append(Int32(vocabulary.intern(word)))
            } else if let group = element.requiredIDs(&vocabulary) {
                for id in group.sorted().uniquedSorted() { ids.append(Int32(id)) }
            } else {
                continue
            }
            ids.append(-1)
        }
        self.ids = ids
    }

    /// Every id of every element (an id in two elements comes twice).
    var all: some Sequence<Int> { ids.lazy.filter { $0 >= 0 }.map { Int($0) } }

    /// The element whose ids cost least (`cost` summed over them; the first of equals), or nil when
    /// none is required.
    func cheapest(_ cost: (Int) -> Int) -> ArraySlice<Int32>? { twoCheapest(cost).map { ids[$0.0] } }

    /// The ids of `range`, a range `twoCheapest` gave.
    subscript(range: Range<Int>) -> ArraySlice<Int32> { ids[range] }

    /// The two elements whose ids cost least (`cost` summed over them; the first of equals), cheapest
    /// first, as ranges of positions (`self[range]` gives the ids; ranges take less room than slices
    /// when kept for thousands of patterns, in `PatternIndex`); nil for those that are not there.
    /// Works through the flat array without building any.
    func twoCheapest(_ cost: (Int) -> Int) -> (Range<Int>, Range<Int>?)? {
        var best: (range: Range<Int>, cost: Int)?
        var second: (range: Range<Int>, cost: Int)?
        var start = 0
        var total = 0
        for (index, id) in ids.enumerated() {
            guard id < 0 else {
                total += cost(Int(id))
                continue
            }
            let element = (range: start..<index, cost: total)
            if best == nil || total < best!.cost {
                (second, best) = (best, element)
            } else if second == nil || total < second!.cost {
                second = element
            }
            (start, total) = (index + 1, 0)
        }
        return best.map { ($0.range, second?.range) }
    }

    /// How many elements are required.
    var count: Int { ids.filter { $0 < 0 }.count }

    /// True when, for every required element, `present` holds one of its words.
    func areSatisfied(by present: [Bool]) -> Bool {
        ids.withUnsafeBufferPointer { ids in
            var index = 0
            while index < ids.count {
                var found = false
                while ids[index] >= 0 {
                    found = found || present[Int(ids[index])]
                    index += 1
                }
                guard found else { return false }
                index += 1
            }
            return true
        }
    }
}

/// Not `indirect`: the nested elements are in arrays already, so a word is stored in its list, not boxed on its own.
enum PatternElement: Hashable, Sendable {
    case word(String)
    case choice([[PatternElement]], optional: Bool)
    /// A synonym list: one of its phrases, then any more of its one-word phrases ("masters or PhD").
    case synonym([[PatternElement]])
    case wildcard
    /// `{role}`, or with `named` `{role!}`: a role the question itself names (not "they", not one from
    /// the conversation): "should {role!} {topic}" is about the named role's work, and "should I stay
    /// technical" is not.
    case roleSlot(named: Bool)
    /// Two or more roles in one list, or "both".
    case rolesSlot
    case topicSlot
}

extension PatternElement {
    var isRoleSlot: Bool {
        if case .roleSlot = self { return true }
        return false
    }

    /// The word stems this element may match.
    var literals: Set<String> {
        switch self {
        case .word(let word): [word]
        case .choice(let options, _), .synonym(let options): Set(options.flatMap { $0.flatMap(\.literals) })
        case .wildcard, .roleSlot, .rolesSlot, .topicSlot: []
        }
    }

    /// Stems of which at least one must be present for this element to match, or nil if it may match without a word.
    var requiredWords: Set<String>? {
        switch self {
        case .word(let word): return [word]
        case .choice(let options, let optional): return optional ? nil : Self.firstWords(of: options)
        case .synonym(let options): return Self.firstWords(of: options)
        case .wildcard, .roleSlot, .rolesSlot, .topicSlot: return nil
        }
    }

    /// The words one of which every option needs, or nil if some option needs none.
    private static func firstWords(of options: [[PatternElement]]) -> Set<String>? {
        var union: Set<String> = []
        // A plain loop: `lazy.compactMap(...).first` computes the first element twice, which doubles
        // the work at every level of nested brackets.
        for option in options {
            guard let words = option.firstRequiredWords else { return nil }
            union.formUnion(words)
        }
        return union
    }

    /// `requiredWords` as word ids, interned, in no particular order and perhaps repeated: sets of
    /// strings cost far more than the few ids a pattern has.
    func requiredIDs(_ vocabulary: inout Vocabulary) -> [Int]? {
        switch self {
        case .word(let word): return [vocabulary.intern(word)]
        case .choice(let options, let optional): return optional ? nil : Self.firstIDs(of: options, &vocabulary)
        case .synonym(let options): return Self.firstIDs(of: options, &vocabulary)
        case .wildcard, .roleSlot, .rolesSlot, .topicSlot: return nil
        }
    }

    private static func firstIDs(of options: [[PatternElement]], _ vocabulary: inout Vocabulary) -> [Int]? {
        var union: [Int] = []
        for option in options {
            guard let ids = option.firstRequiredIDs(&vocabulary) else { return nil }
            union += ids
        }
        return union
    }

    var requiredCount: Int {
        switch self {
        case .word: 1
        case .roleSlot, .topicSlot: 1
        case .rolesSlot: 2
        case .choice(let options, let optional):
            optional ? 0 : options.map { $0.reduce(0) { $0 + $1.requiredCount } }.min() ?? 0
        case .synonym: 1
        case .wildcard: 0
        }
    }

    /// How many automaton states this element compiles to (see `PatternAutomaton`).
    var stateCount: Int {
        switch self {
        case .word, .roleSlot, .rolesSlot, .topicSlot, .wildcard: 1
        case .choice(let options, _), .synonym(let options):
            options.reduce(1) { total, option in total + option.reduce(0) { $0 + $1.stateCount } }
        }
    }
}

extension [PatternElement] {
    /// The required words of the first element that has any.
    var firstRequiredWords: Set<String>? {
        for element in self {
            if let words = element.requiredWords { return words }
        }
        return nil
    }

    /// `firstRequiredWords` as word ids.
    func firstRequiredIDs(_ vocabulary: inout Vocabulary) -> [Int]? {
        for element in self {
            if let ids = element.requiredIDs(&vocabulary) { return ids }
        }
        return nil
    }
}
