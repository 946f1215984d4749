/// A pattern compiled into a small automaton, run over a question's tokens in one pass
/// (a Viterbi search for the way of matching that covers the most of the question).
struct PatternAutomaton: Sendable {
    enum Consume: Hashable, Sendable {
        case word(Int)
        case role
        case roles
        case topic
    }

    struct Edge: Sendable {
        let consume: Consume
        let target: Int
    }

    struct Jump: Sendable {
        let target: Int
        /// A small cost for a jump that stands for a missing role: patterns that find the role rank higher.
        let cost: Double
    }

    private(set) var edges: [[Edge]] = [[]]
    /// Epsilon moves; they always go to a higher state, so one ascending sweep closes them.
    private(set) var jumps: [[Jump]] = [[]]
    /// States where any token may be passed over (wildcards, and the start and end for preambles and tails).
    private(set) var loops: [Bool] = [true]
    /// Words of the pattern's synonym lists: passed over where any token may be (a wildcard, the
    /// preamble, the tail), they still count, since they are more of what the pattern is about
    /// ("give me EXAMPLES of APPS that AI engineers MAKE" for `~applications * {role}`).
    /// Sorted, so one binary search per token tells (no hashing in the innermost loop).
    private(set) var echoes: [Int] = []
    var finalState: Int { edges.count - 1 }

    static let missingRoleCost = 0.05

    init(_ elements: [PatternElement], vocabulary: inout Vocabulary) {
        let end = compile(elements, from: 0, vocabulary: &vocabulary)
        loops[end] = true
        echoes = Array(Set(echoes)).sorted()
    }

    /// True when `id` is one of the words of the pattern's synonym lists.
    private func echoes(_ id: Int) -> Bool {
        var low = 0
        var high = echoes.count
        while low < high {
            let middle = (low + high) / 2
            if echoes[middle] < id { low = middle + 1 } else { high = middle }
        }
        return low < echoes.count && echoes[low] == id
    }

    private mutating func newState() -> Int {
        edges.append([])
        jumps.append([])
        loops.append(false)
        return edges.count - 1
    }

    private mutating func compile(_ elements: [PatternElement], from start: Int, vocabulary: inout Vocabulary) -> Int {
        elements.reduce(start) { state, element in compile(element, from: state, vocabulary: &vocabulary) }
    }

    private mutating func compile(_ element: PatternElement, from start: Int, vocabulary: inout Vocabulary) -> Int {
        switch element {
        case .word(let word): step(from: start, consuming: .word(vocabulary.intern(word)))
        case .roleSlot: roleSlot(from: start)
        case .rolesSlot: step(from: start, consuming: .roles)
        case .topicSlot: topicSlot(from: start)
        case .wildcard: wildcard(from: start)
        case .choice(let options, let optional):
            choice(options, optional: optional, from: start, vocabulary: &vocabulary)
        case .synonym(let options): synonym(options, from: start, vocabulary: &vocabulary)
        }
    }

    /// A new state, reached from `start` by consuming one token.
    private mutating func step(from start: Int, consuming consume: Consume) -> Int {
        let end = newState()
        edges[start].append(Edge(consume: consume, target: end))
        return end
    }

    /// A role, or a jump at a small cost for a question that leaves the role out.
    private mutating func roleSlot(from start: Int) -> Int {
        let end = step(from: start, consuming: .role)
        jumps[start].append(Jump(target: end, cost: Self.missingRoleCost))
        return end
    }

    /// One topic word or more.
    private mutating func topicSlot(from start: Int) -> Int {
        let end = step(from: start, consuming: .topic)
        edges[end].append(Edge(consume: .topic, target: end))
        return end
    }

    /// Any number of tokens, passed over.
    private mutating func wildcard(from start: Int) -> Int {
        let end = newState()
        jumps[start].append(Jump(target: end, cost: 0))
        loops[end] = true
        return end
    }

    /// One of the options, or none when the choice is optional.
    private mutating func choice(
        _ options: [[PatternElement]], optional: Bool, from start: Int, vocabulary: inout Vocabulary
    ) -> Int {
        let ends = options.map { compile($0, from: start, vocabulary: &vocabulary) }
        let end = newState()
        for state in ends { jumps[state].append(Jump(target: end, cost: 0)) }
        if optional { jumps[start].append(Jump(target: end, cost: 0)) }
        return end
    }

    /// One of the list's phrases, then any more of its one-word phrases, which also count as echoes.
    private mutating func synonym(_ options: [[PatternElement]], from start: Int, vocabulary: inout Vocabulary) -> Int {
        let end = choice(options, optional: false, from: start, vocabulary: &vocabulary)
        for option in options where option.count == 1 {
            if case .word(let word) = option[0] {
                edges[end].append(Edge(consume: .word(vocabulary.intern(word)), target: end))
                echoes.append(vocabulary.intern(word))
            }
        }
        return end
    }

    /// The best weight of question tokens this pattern can account for, or nil if it cannot match.
    /// Also says whether the best way needed a missing role.
    func bestCoverage(of tokens: [Token]) -> (covered: Double, missingRole: Bool)? {
        let count = edges.count
        // Four rows of scratch space on the stack: no allocation per pattern tried.
        return withUnsafeTemporaryAllocation(of: Double.self, capacity: count * 2) { scores in
            withUnsafeTemporaryAllocation(of: Bool.self, capacity: count * 2) { flags in
                var score = UnsafeMutableBufferPointer(rebasing: scores[0..<count])
                var next = UnsafeMutableBufferPointer(rebasing: scores[count...])
                var missing = UnsafeMutableBufferPointer(rebasing: flags[0..<count])
                var nextMissing = UnsafeMutableBufferPointer(rebasing: flags[count...])
                score.initialize(repeating: -.infinity)
                missing.initialize(repeating: false)
                nextMissing.initialize(repeating: false)
                score[0] = 0
                close(score, missing)
                for token in tokens {
                    next.initialize(repeating: -.infinity)
                    advance(over: token, from: score, missing, into: next, nextMissing)
                    close(next, nextMissing)
                    swap(&score, &next)
                    swap(&missing, &nextMissing)
                }
                let best = score[finalState]
                return best == -.infinity ? nil : (best, missing[finalState])
            }
        }
    }

    private func advance(
        over token: Token, from score: UnsafeMutableBufferPointer<Double>, _ missing: UnsafeMutableBufferPointer<Bool>,
        into next: UnsafeMutableBufferPointer<Double>, _ nextMissing: UnsafeMutableBufferPointer<Bool>
    ) {
        let echo = !echoes.isEmpty && token.wordID >= 0 && echoes(token.wordID)
        for state in 0..<score.count where score[state] > -.infinity {
            let current = score[state]
            if loops[state] || token.skippable {
                let value = loops[state] && echo ? current + token.weight : current
                if value > next[state] {
                    next[state] = value
                    nextMissing[state] = missing[state]
                }
            }
            for edge in edges[state] where edge.accepts(token) {
                let value = current + token.weight
                if value > next[edge.target] {
                    next[edge.target] = value
                    nextMissing[edge.target] = missing[state]
                }
            }
        }
    }

    private func close(_ score: UnsafeMutableBufferPointer<Double>, _ missing: UnsafeMutableBufferPointer<Bool>) {
        for state in 0..<score.count where score[state] > -.infinity {
            for jump in jumps[state] {
                let value = score[state] - jump.cost
                if value > score[jump.target] {
                    score[jump.target] = value
                    missing[jump.target] = missing[state] || jump.cost > 0
                }
            }
        }
    }
}

extension PatternAutomaton.Edge {
    func accepts(_ token: Token) -> Bool {
        switch (consume, token.kind) {
        // A one-word reference ("it") is still that word for a pattern that names it ("what is it like").
        case (.word(let id), .word), (.word(let id), .reference): token.wordID == id
        case (.role, .role), (.role, .reference): true
        case (.roles, .role(let roles)): roles.count >= 2
        case (.roles, .reference(let reference)): reference == .both
        case (.topic, .word): token.isTopic
        default: false
        }
    }
}
