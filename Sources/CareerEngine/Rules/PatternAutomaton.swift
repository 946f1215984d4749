/// A pattern compiled into a small automaton, run over a question's tokens in one pass
/// (a Viterbi search for the way of matching that covers the most of the question).
///
/// Stored flat: every state's edges and jumps lie in one list each, the state's range given by
/// `edgeStarts` and `jumpStarts`, so a pattern holds a few arrays however many states it has.
struct PatternAutomaton: Sendable, Equatable {
    enum Consume: Hashable, Sendable {
        case word(Int)
        case role
        /// A role named in the question itself, not a reference.
        case namedRole
        case roles
        case topic
    }

    /// A move that consumes one token. The token kind is packed into `code`: a word id, or a
    /// negative code for a slot (8 bytes an edge instead of 24).
    struct Edge: Sendable, Equatable {
        let code: Int32
        let target: Int32

        static let role: Int32 = -1
        static let roles: Int32 = -2
        static let topic: Int32 = -3
        static let namedRole: Int32 = -4

        init(code: Int32, target: Int32) {
            self.code = code
            self.target = target
        }

        init(consume: Consume, target: Int) {
            switch consume {
            case .word(let id): code = Int32(id)
            case .role: code = Self.role
            case .roles: code = Self.roles
            case .topic: code = Self.topic
            case .namedRole: code = Self.namedRole
            }
            self.target = Int32(target)
        }
    }

    struct Jump: Sendable, Equatable {
        let target: Int32
        /// True for a jump that stands for a missing role, at `missingRoleCost`: patterns that find
        /// the role rank higher.
        let missesRole: Bool

        var cost: Double { missesRole ? PatternAutomaton.missingRoleCost : 0 }
    }

    private let edgeStarts: [Int32]
    private let edges: [Edge]
    /// Epsilon moves; they always go to a higher state, so one ascending sweep closes them.
    private let jumpStarts: [Int32]
    private let jumps: [Jump]
    /// States where any token may be passed over (wildcards, and the start and end for preambles and tails).
    private let loops: [Bool]
    /// Words of the pattern's synonym lists: passed over where any token may be (a wildcard, the
    /// preamble, the tail), they still count, since they are more of what the pattern is about
    /// ("give me EXAMPLES of APPS that AI engineers MAKE" for `~applications * {role}`).
    /// Sorted, so one binary search per token tells (no hashing in the innermost loop).
    private let echoes: [Int]
    /// The codes of the edges, sorted, each once, for an automaton of more than `scannedEdges` edges
    /// (others scan their edges): what tells a token no edge takes (`mayTake`).
    private let codes: [Int32]
    var finalState: Int { loops.count - 1 }

    static let scannedEdges = 8

    static let missingRoleCost = 0.05

    init(_ elements: [PatternElement], vocabulary: inout Vocabulary) {
        var builder = AutomatonBuilder()
        let end = builder.compile(elements, from: 0, vocabulary: &vocabulary)
        self.init(builder, end: end)
    }

    /// The automaton of plain words, given as word ids, and wildcards (nil): what `init(_:vocabulary:)`
    /// builds from their elements, without interning the words again.
    init(items: [Int?]) {
        var builder = AutomatonBuilder()
        let end = items.reduce(0) { state, id in
            id.map { builder.step(from: state, consuming: .word($0)) } ?? builder.wildcard(from: state)
        }
        self.init(builder, end: end)
    }

    private init(_ builder: consuming AutomatonBuilder, end: Int) {
        var builder = builder
        builder.loops[end] = true
        (edgeStarts, edges) = Self.flattened(builder.edges, states: builder.loops.count)
        (jumpStarts, jumps) = Self.flattened(builder.jumps, states: builder.loops.count)
        loops = builder.loops
        echoes = builder.echoes.isEmpty ? [] : Array(Set(builder.echoes)).sorted()
        codes = Self.codes(of: edges)
    }

    /// The automaton of a pattern of plain words, given as word ids: a state after each word and no
    /// jumps, as `init(_:vocabulary:)` builds it, without the builder (most generated patterns are such).
    /// All but the edges depend only on the length: `shape` is shared by the patterns of that length.
    init(words ids: [Int], shape: PlainShape) {
        precondition(shape.length == ids.count)
        edgeStarts = shape.edgeStarts
        edges = (0..<ids.count).map { Edge(consume: .word(ids[$0]), target: $0 + 1) }
        jumpStarts = shape.jumpStarts
        jumps = []
        loops = shape.loops
        echoes = []
        codes = Self.codes(of: edges)
    }

    private static func codes(of edges: [Edge]) -> [Int32] {
        edges.count > scannedEdges ? edges.map(\.code).sorted().uniquedSorted() : []
    }

    /// The moves of an automaton of `length` plain words, but for the words themselves: one edge from
    /// each state to the next, no jumps, the start and the end passing over any token.
    struct PlainShape: Sendable {
        let length: Int
        fileprivate let edgeStarts: [Int32]
        fileprivate let jumpStarts: [Int32]
        fileprivate let loops: [Bool]

        init(length: Int) {
            self.length = length
            edgeStarts = (0...length + 1).map { Int32(min($0, length)) }
            jumpStarts = [Int32](repeating: 0, count: length + 2)
            var loops = [Bool](repeating: false, count: length + 1)
            loops[0] = true
            loops[length] = true
            self.loops = loops
        }
    }

    /// The word ids of an automaton of plain words (`init(words:shape:)`), in order.
    var plainWordIDs: [Int] { edges.map { Int($0.code) } }

    /// The moves ordered by the state they leave (in the order they were added, within a state), and
    /// where each state's moves start (one more entry: the end). A counting sort: two passes.
    private static func flattened<Move>(_ moves: [(state: Int32, move: Move)], states: Int) -> ([Int32], [Move]) {
        var starts = [Int32](repeating: 0, count: states + 1)
        for (state, _) in moves { starts[Int(state) + 1] += 1 }
        for state in 0..<states { starts[state + 1] += starts[state] }
        guard let first = moves.first?.move else { return (starts, []) }
        var next = starts
        var all = [Move](repeating: first, count: moves.count)
        for (state, move) in moves {
            all[Int(next[Int(state)])] = move
            next[Int(state)] += 1
        }
        return (starts, all)
    }

    /// True when the pattern names the word `id` anywhere (its literals, as word ids: the words of a
    /// question the pattern accounts for by name). A scan of a few edges, no set.
    func consumesWord(_ id: Int) -> Bool {
        id >= 0 && edges.contains { $0.code == Int32(id) }
    }

    /// True when the token is one of the words of the pattern's synonym lists.
    private func echoes(_ token: Input) -> Bool {
        !echoes.isEmpty && token.wordID >= 0 && Self.sorted(echoes, contains: Int(token.wordID))
    }

    /// True when some edge may take `token`. A token that none takes, that may be passed over and
    /// that is no echo leaves every state as it was, so the search skips it (most small words of a
    /// long question, for most patterns).
    private func mayTake(_ token: Input) -> Bool {
        guard !codes.isEmpty else { return edges.contains { $0.accepts(token) } }
        if token.takesWord, Self.sorted(codes, contains: token.wordID) { return true }
        return codes.prefix { $0 < 0 }.contains { Edge(code: $0, target: 0).accepts(token) }
    }

    /// Binary search.
    private static func sorted<T: Comparable>(_ values: [T], contains value: T) -> Bool {
        var low = 0
        var high = values.count
        while low < high {
            let middle = (low + high) / 2
            if values[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low < values.count && values[low] == value
    }

    /// The best weight of question tokens this pattern can account for, or nil if it cannot match.
    /// Also says whether the best way needed a missing role.
    ///
    /// Every move goes to the same state or a later one, so the states reached so far all lie at or
    /// below `reach`, which only grows: each step visits and resets those states, not the whole pattern
    /// (a question that matches the first words of a long pattern never pays for the rest).
    func bestCoverage(of tokens: [Token]) -> (covered: Double, missingRole: Bool)? {
        bestCoverage(of: tokens.map(Input.init))
    }

    /// `bestCoverage(of:)` over tokens read once for all the patterns tried (`Input`).
    func bestCoverage(of tokens: [Input]) -> (covered: Double, missingRole: Bool)? {
        let count = loops.count
        // Four rows of scratch space on the stack: no allocation per pattern tried.
        return withUnsafeTemporaryAllocation(of: Double.self, capacity: count * 2) { scores in
            withUnsafeTemporaryAllocation(of: Bool.self, capacity: count * 2) { flags in
                var score = UnsafeMutableBufferPointer(rebasing: scores[0..<count])
                var next = UnsafeMutableBufferPointer(rebasing: scores[count...])
                var missing = UnsafeMutableBufferPointer(rebasing: flags[0..<count])
                var nextMissing = UnsafeMutableBufferPointer(rebasing: flags[count...])
                score.initialize(repeating: -.infinity)
                next.initialize(repeating: -.infinity)
                missing.initialize(repeating: false)
                nextMissing.initialize(repeating: false)
                score[0] = 0
                var reach = close(score, missing, reach: 0)
                for token in tokens {
                    let echo = echoes(token)
                    if token.skippable, !echo, !mayTake(token) { continue }
                    for state in 0...reach { next[state] = -.infinity }
                    reach = advance(
                        over: token, echo: echo, from: score, missing, into: next, nextMissing, reach: reach)
                    reach = close(next, nextMissing, reach: reach)
                    swap(&score, &next)
                    swap(&missing, &nextMissing)
                }
                let best = finalState <= reach ? score[finalState] : -.infinity
                return best == -.infinity ? nil : (best, missing[finalState])
            }
        }
    }

    /// Moves over `token` from the states up to `reach`; returns the new reach.
    private func advance(
        over token: Input, echo: Bool, from score: UnsafeMutableBufferPointer<Double>,
        _ missing: UnsafeMutableBufferPointer<Bool>, into next: UnsafeMutableBufferPointer<Double>,
        _ nextMissing: UnsafeMutableBufferPointer<Bool>, reach: Int
    ) -> Int {
        var farthest = reach
        for state in 0...reach where score[state] > -.infinity {
            let current = score[state]
            if loops[state] || token.skippable {
                let value = loops[state] && echo ? current + token.weight : current
                if value > next[state] {
                    next[state] = value
                    nextMissing[state] = missing[state]
                }
            }
            for index in Int(edgeStarts[state])..<Int(edgeStarts[state + 1]) where edges[index].accepts(token) {
                let value = current + token.weight
                let target = Int(edges[index].target)
                if value > next[target] {
                    next[target] = value
                    nextMissing[target] = missing[state]
                }
                farthest = max(farthest, target)
            }
        }
        return farthest
    }

    /// Follows the jumps from the states up to `reach`, in one ascending sweep that goes on as far as
    /// they lead; returns the new reach.
    private func close(
        _ score: UnsafeMutableBufferPointer<Double>, _ missing: UnsafeMutableBufferPointer<Bool>, reach: Int
    )
        -> Int
    {
        var farthest = reach
        var state = 0
        while state <= farthest {
            defer { state += 1 }
            guard score[state] > -.infinity else { continue }
            for index in Int(jumpStarts[state])..<Int(jumpStarts[state + 1]) {
                let jump = jumps[index]
                let value = score[state] - jump.cost
                let target = Int(jump.target)
                if value > score[target] {
                    score[target] = value
                    missing[target] = missing[state] || jump.missesRole
                }
                farthest = max(farthest, target)
            }
        }
        return farthest
    }
}

extension PatternAutomaton {
    /// What the automaton reads of a token, with nothing reference-counted: a question is read into
    /// these once, and every pattern tried runs over them without copying its strings.
    struct Input: Sendable {
        let wordID: Int32
        /// True when a word edge of `wordID` takes the token: a word, or a one-word reference ("it") to a
        /// pattern that names it ("what is it like"); no other kind of token has a word id.
        let takesWord: Bool
        let weight: Double
        let skippable: Bool
        /// A bit for each slot the token fills, at its code (`1 << -code`).
        let slots: UInt8

        init(_ token: Token) {
            wordID = Int32(token.wordID)
            takesWord = token.wordID >= 0 && token.isWordOrReference
            weight = token.weight
            skippable = token.skippable
            slots = [Edge.role, Edge.roles, Edge.topic, Edge.namedRole].reduce(0) { slots, code in
                Edge.fills(code, token) ? slots | 1 << UInt8(-code) : slots
            }
        }
    }
}

extension PatternAutomaton.Edge {
    func accepts(_ token: PatternAutomaton.Input) -> Bool {
        code >= 0 ? token.takesWord && token.wordID == code : token.slots & 1 << UInt8(-code) != 0
    }

    /// True when `token` fills a slot of `code` (a negative code).
    static func fills(_ code: Int32, _ token: Token) -> Bool {
        switch token.kind {
        case .word: return code == Self.topic && token.isTopic
        case .role(let roles):
            return code == Self.role || code == Self.namedRole || (code == Self.roles && roles.count >= 2)
        case .reference(let reference): return code == Self.role || (code == Self.roles && reference == .both)
        default: return false
        }
    }
}

/// Compiles pattern elements into states one by one, each with its own lists; `PatternAutomaton`
/// keeps them flattened.
private struct AutomatonBuilder {
    /// Every edge and jump with the state it leaves, in the order they are added.
    var edges: [(state: Int32, move: PatternAutomaton.Edge)] = []
    var jumps: [(state: Int32, move: PatternAutomaton.Jump)] = []
    var loops: [Bool] = [true]
    var echoes: [Int] = []

    private mutating func newState() -> Int {
        loops.append(false)
        return loops.count - 1
    }

    private mutating func edge(from state: Int, _ consume: PatternAutomaton.Consume, to target: Int) {
        edges.append((Int32(state), PatternAutomaton.Edge(consume: consume, target: target)))
    }

    private mutating func jump(from state: Int, to target: Int, missesRole: Bool = false) {
        jumps.append((Int32(state), PatternAutomaton.Jump(target: Int32(target), missesRole: missesRole)))
    }

    mutating func compile(_ elements: [PatternElement], from start: Int, vocabulary: inout Vocabulary) -> Int {
        elements.reduce(start) { state, element in compile(element, from: state, vocabulary: &vocabulary) }
    }

    mutating func compile(_ element: PatternElement, from start: Int, vocabulary: inout Vocabulary) -> Int {
        switch element {
        case .word(let word): step(from: start, consuming: .word(vocabulary.intern(word)))
        case .roleSlot(let named): named ? step(from: start, consuming: .namedRole) : roleSlot(from: start)
        case .rolesSlot: step(from: start, consuming: .roles)
        case .topicSlot: topicSlot(from: start)
        case .wildcard: wildcard(from: start)
        case .choice(let options, let optional):
            choice(options, optional: optional, from: start, vocabulary: &vocabulary)
        case .synonym(let options): synonym(options, from: start, vocabulary: &vocabulary)
        }
    }

    /// A new state, reached from `start` by consuming one token.
    mutating func step(from start: Int, consuming consume: PatternAutomaton.Consume) -> Int {
        let end = newState()
        edge(from: start, consume, to: end)
        return end
    }

    /// A role, or a jump at a small cost for a question that leaves the role out.
    mutating func roleSlot(from start: Int) -> Int {
        let end = step(from: start, consuming: .role)
        jump(from: start, to: end, missesRole: true)
        return end
    }

    /// One topic word or more.
    mutating func topicSlot(from start: Int) -> Int {
        let end = step(from: start, consuming: .topic)
        edge(from: end, .topic, to: end)
        return end
    }

    /// Any number of tokens, passed over.
    mutating func wildcard(from start: Int) -> Int {
        let end = newState()
        jump(from: start, to: end)
        loops[end] = true
        return end
    }

    /// One of the options, or none when the choice is optional.
    mutating func choice(
        _ options: [[PatternElement]], optional: Bool, from start: Int, vocabulary: inout Vocabulary
    ) -> Int {
        let ends = options.map { compile($0, from: start, vocabulary: &vocabulary) }
        let end = newState()
        for state in ends { jump(from: state, to: end) }
        if optional { jump(from: start, to: end) }
        return end
    }

    /// One of the list's phrases, then any more of its one-word phrases, which also count as echoes.
    mutating func synonym(_ options: [[PatternElement]], from start: Int, vocabulary: inout Vocabulary) -> Int {
        let end = choice(options, optional: false, from: start, vocabulary: &vocabulary)
        for option in options where option.count == 1 {
            if case .word(let word) = option[0] {
                edge(from: end, .word(vocabulary.intern(word)), to: end)
                echoes.append(vocabulary.intern(word))
            }
        }
        return end
    }
}

extension Token {
    var isWordOrReference: Bool {
        switch kind {
        case .word, .reference: true
        default: false
        }
    }
}
