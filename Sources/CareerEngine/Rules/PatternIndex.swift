/// Finds the patterns a question could match: those whose every required element has a word in it.
///
/// A pattern with two or more required elements is filed under pairs of words, one from each of its
/// two rarest elements ("data" and "engineer" of "what does a data engineer do"); a question looks up
/// only the pairs of words it has. Intents share their words: thousands of patterns need "data", or
/// "engineer", or "salary", but few need two of them, so a question reaches few patterns whatever the
/// size of the rule set. A pattern with one required element is filed under its words, one with none
/// is tried whenever a role is mentioned. Built in two passes over the patterns, one counting and one
/// filling flat arrays, so loading a large rule set stays cheap.
struct PatternIndex: Sendable {
    /// For each word id, where its single-element patterns start in `singles` (one more than the words).
    private var singleStarts: [Int32]
    private var singles: [Int32] = []
    private var pairs: PairTable
    private var paired: [Int32] = []
    /// True for a word that is one of a pair: only these are combined into pairs for a question.
    private var inPair: [Bool]
    /// Patterns with no required word: tried when a role is mentioned.
    private(set) var roleOnly: [Int32] = []
    /// The patterns' required words, by pattern number.
    private let required: [RequiredWords]
    /// How many word ids there were when the index was built; higher ids are words no pattern needs.
    var wordCount: Int { inPair.count }

    /// A pattern whose two elements would make more pairs than this is filed under its rarest element alone.
    static let maximumPairs = 64

    /// `wordCount`: how many word ids there are; higher ids in a question are words no pattern needs.
    init(required: [RequiredWords], wordCount: Int) {
        self.required = required
        singleStarts = [Int32](repeating: 0, count: wordCount + 1)
        inPair = [Bool](repeating: false, count: wordCount)
        let needing = Self.patternsNeeding(required, wordCount: wordCount)
        let filing = required.map { Filing($0, needing: needing) }
        pairs = PairTable(capacity: filing.reduce(0) { $0 + $1.pairCount })
        count(filing)
        fill(filing)
    }

    /// For each word id, how many patterns need it (a pattern counted once however often it names it).
    private static func patternsNeeding(_ required: [RequiredWords], wordCount: Int) -> [Int] {
        var needing = [Int](repeating: 0, count: wordCount)
        var lastCounted = [Int](repeating: -1, count: wordCount)
        for (number, words) in required.enumerated() {
            for id in words.all where lastCounted[id] != number {
                lastCounted[id] = number
                needing[id] += 1
            }
        }
        return needing
    }

    /// First pass: how many patterns go under each word and each pair, turned into start offsets.
    private mutating func count(_ filing: [Filing]) {
        for (number, file) in filing.enumerated() {
            switch file {
            case .roleOnly: roleOnly.append(Int32(number))
            case .single(let range): for id in ids(range, of: number) { singleStarts[Int(id) + 1] += 1 }
            case .pair(let first, let second):
                Self.forEachPair(ids(first, of: number), ids(second, of: number)) { pairs.count($0, $1) }
            }
        }
        for id in singleStarts.indices.dropFirst() { singleStarts[id] += singleStarts[id - 1] }
        singles = [Int32](repeating: 0, count: Int(singleStarts.last ?? 0))
        paired = [Int32](repeating: 0, count: pairs.assignStarts())
    }

    /// Second pass: every pattern's number written in its places.
    private mutating func fill(_ filing: [Filing]) {
        var nextSingle = singleStarts
        for (number, file) in filing.enumerated() {
            switch file {
            case .roleOnly: continue
            case .single(let range):
                for id in ids(range, of: number) {
                    singles[Int(nextSingle[Int(id)])] = Int32(number)
                    nextSingle[Int(id)] += 1
                }
            case .pair(let first, let second):
                Self.forEachPair(ids(first, of: number), ids(second, of: number)) { a, b in
                    (inPair[Int(a)], inPair[Int(b)]) = (true, true)
                    paired[pairs.claim(a, b)] = Int32(number)
                }
            }
        }
    }

    /// The word ids at `range` of pattern `number`'s required words.
    private func ids(_ range: Range<Int32>, of number: Int) -> ArraySlice<Int32> {
        required[number][Int(range.lowerBound)..<Int(range.upperBound)]
    }

    /// Every pair of different words, one from each element (a word in both makes no pair: `Filing`
    /// files such a pattern under single words).
    private static func forEachPair(
        _ first: ArraySlice<Int32>, _ second: ArraySlice<Int32>, _ body: (Int32, Int32) -> Void
    ) {
        for a in first {
            for b in second where a != b { body(min(a, b), max(a, b)) }
        }
    }

    /// The numbers of the patterns whose every required element `present` has a word of, sorted, each
    /// once, plus the role-only ones when `mentionsRole`. `words`: the ids present, each once.
    func candidates(present: [Bool], words: [Int], mentionsRole: Bool) -> [Int] {
        var found: [Int] = []
        for id in words { collect(singles[Int(singleStarts[id])..<Int(singleStarts[id + 1])], present, &found) }
        let pairable = words.filter { inPair[$0] }
        for (index, a) in pairable.enumerated() {
            for b in pairable[(index + 1)...] {
                guard let range = pairs.range(Int32(min(a, b)), Int32(max(a, b))) else { continue }
                collect(paired[range], present, &found)
            }
        }
        if mentionsRole { found += roleOnly.lazy.map { Int($0) } }
        // A pattern found through two pairs, or two words of one element ("(salary|pay)"), is found once.
        return found.sorted().uniquedSorted()
    }

    private func collect(_ numbers: ArraySlice<Int32>, _ present: [Bool], _ found: inout [Int]) {
        for number in numbers where required[Int(number)].areSatisfied(by: present) { found.append(Int(number)) }
    }

    /// Where one pattern is filed: ranges of positions in its required words (`RequiredWords`), which
    /// take a fifth of the room of slices while the index of thousands of patterns is built.
    private enum Filing {
        case roleOnly
        /// Under each of these words.
        case single(Range<Int32>)
        /// Under each pair of a word of the first element and a different word of the second.
        case pair(Range<Int32>, Range<Int32>)

        /// The two rarest elements when there are two whose words share none and make few pairs;
        /// otherwise the rarest element alone.
        init(_ words: RequiredWords, needing: [Int]) {
            guard let (first, second) = words.twoCheapest({ needing[$0] }) else {
                self = .roleOnly
                return
            }
            if let second, first.count * second.count <= PatternIndex.maximumPairs,
                !words[first].contains(where: words[second].contains)
            {
                self = .pair(Self.compact(first), Self.compact(second))
            } else {
                self = .single(Self.compact(first))
            }
        }

        private static func compact(_ range: Range<Int>) -> Range<Int32> {
            Int32(range.lowerBound)..<Int32(range.upperBound)
        }

        var pairCount: Int {
            if case .pair(let first, let second) = self { first.count * second.count } else { 0 }
        }
    }
}

/// Pairs of word ids -> a range of a flat array: open addressing with a multiplicative hash, since a
/// question looks up every pair of its words and a `Dictionary`'s hashing would cost more than the lookups.
private struct PairTable: Sendable {
    private var keys: [UInt64]
    /// Per slot: the count (first pass), then the start of the next number to write (second pass).
    private var next: [Int32]
    private var starts: [Int32]
    private let shift: UInt64
    private static let empty = UInt64.max

    init(capacity: Int) {
        var bits = 4
        while 1 << bits < capacity * 2 { bits += 1 }
        keys = [UInt64](repeating: Self.empty, count: 1 << bits)
        next = [Int32](repeating: 0, count: 1 << bits)
        starts = [Int32](repeating: 0, count: (1 << bits) + 1)
        shift = UInt64(64 - bits)
    }

    private static func key(_ a: Int32, _ b: Int32) -> UInt64 { UInt64(UInt32(a)) << 32 | UInt64(UInt32(b)) }

    /// The slot of the pair: its own, or the empty one where it would go.
    private func slot(_ key: UInt64) -> Int {
        var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while keys[slot] != key, keys[slot] != Self.empty { slot = (slot + 1) & (keys.count - 1) }
        return slot
    }

    mutating func count(_ a: Int32, _ b: Int32) {
        let key = Self.key(a, b)
        let slot = slot(key)
        keys[slot] = key
        next[slot] += 1
    }

    /// Turns the counts into start offsets; returns the total.
    mutating func assignStarts() -> Int {
        var total: Int32 = 0
        for slot in keys.indices {
            starts[slot] = total
            total += next[slot]
            next[slot] = starts[slot]
        }
        starts[keys.count] = total
        return Int(total)
    }

    /// The place for one more number under the pair (second pass).
    mutating func claim(_ a: Int32, _ b: Int32) -> Int {
        let slot = slot(Self.key(a, b))
        defer { next[slot] += 1 }
        return Int(next[slot])
    }

    func range(_ a: Int32, _ b: Int32) -> Range<Int>? {
        let key = Self.key(a, b)
        let slot = slot(key)
        guard keys[slot] == key else { return nil }
        return Int(starts[slot])..<Int(starts[slot + 1])
    }
}
