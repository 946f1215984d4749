internal import Synchronization

/// Builds the typo index on the first misspelt word instead of at start-up: most questions have
/// no typo, and a large rule set's index takes a while to build. Remembers the answers it gave, up to
/// `memoLimit` words, so a word asked again (an unknown name in every question) is corrected once.
final class LazyTypoIndex: Sendable {
    private let words: Set<String>
    private let state = Mutex(State())
    private let memoLimit: Int

    private struct State {
        var index: TypoIndex?
        /// Word -> its correction, or nil when it has none (a `String??`: "no correction" is remembered too).
        var memo: [String: String?] = [:]
    }

    /// The most words remembered: enough for any conversation, small enough never to matter for memory.
    static let defaultMemoLimit = 4_096

    init(words: Set<String>, memoLimit: Int = LazyTypoIndex.defaultMemoLimit) {
        self.words = words
        self.memoLimit = memoLimit
    }

    func correction(for word: String) -> String? {
        state.withLock { state in
            if let known = state.memo[word] { return known }
            if state.index == nil { state.index = TypoIndex(words: words) }
            let corrected = state.index?.correction(for: word)
            // Once full the memo keeps what it has: the words asked first are the ones asked again.
            if state.memo.count < memoLimit { state.memo[word] = corrected }
            return corrected
        }
    }

    /// How many words are remembered (for tests).
    var memoCount: Int { state.withLock { $0.memo.count } }
}

/// Finds the rule word a misspelt word was meant to be ("scintist" -> "scientist"), using an index of
/// the vocabulary's one-letter deletions so a lookup never scans the vocabulary.
///
/// Only words the rules and role names use are ever suggested, so domain terms the rules know
/// (MLOps, PyTorch) are never turned into something else, and ordinary words listed as known are left alone.
struct TypoIndex: Sendable {
    /// Deletion variant -> the vocabulary words it comes from.
    private var deletions: [String: [String]] = [:]
    private let words: Set<String>

    init(words: Set<String>) {
        self.words = words
        for word in words where word.unicodeScalars.count >= 3 {
            for variant in Self.deletes(of: word) + [word] { deletions[variant, default: []].append(word) }
        }
    }

    /// Shortest words that may be typo'd: shorter ones are too often other words. Four-letter words are
    /// only corrected for a dropped letter ("wher" is "where", but "cook" is not "cool").
    static let minimumLength = 4

    /// The intended word, or nil when the word is known, too short, or has no single nearest word.
    func correction(for word: String) -> String? {
        let length = word.unicodeScalars.count
        guard length >= 3, !words.contains(word) else { return nil }
        if let shortened = Self.collapsingRepeats(word), words.contains(shortened) { return shortened }
        guard length >= Self.minimumLength else { return nil }
        // Two edits only for long words: "complete" must not become "complex".
        let limit = length >= 8 ? 2 : 1
        var variants: Set<String> = [word]
        var frontier: Set<String> = [word]
        for _ in 0..<limit {
            frontier = Set(frontier.flatMap(Self.deletes))
            variants.formUnion(frontier)
        }
        var best: [String] = []
        var bestDistance = limit + 1
        for variant in variants {
            for candidate in deletions[variant] ?? [] {
                let distance = EditDistance.between(word, candidate, limit: limit)
                if distance > limit { continue }
                if distance < bestDistance {
                    best = [candidate]
                    bestDistance = distance
                } else if distance == bestDistance, !best.contains(candidate) {
                    best.append(candidate)
                }
            }
        }
        if length == Self.minimumLength { best = best.filter { Self.isSubsequence(word, of: $0) } }
        return Self.pick(best, for: word)
    }

    /// One candidate; else the only one sharing the first letter; else the only one the word is a
    /// shortening of (a dropped letter is the commonest typo: "helo" is "hello", not "help").
    /// Ambiguous corrections are not made.
    private static func pick(_ candidates: [String], for word: String) -> String? {
        if candidates.count == 1 { return candidates[0] }
        let sameStart = candidates.filter { $0.first == word.first }
        if sameStart.count == 1 { return sameStart[0] }
        let containing = sameStart.filter { isSubsequence(word, of: $0) }
        return containing.count == 1 ? containing[0] : nil
    }

    private static func isSubsequence(_ short: String, of long: String) -> Bool {
        var remaining = Substring(long)
        for character in short {
            guard let index = remaining.firstIndex(of: character) else { return false }
            remaining = remaining[remaining.index(after: index)...]
        }
        return true
    }

    /// "heyyy" -> "hey", "sooo" -> "so": letters typed three or more times in a row, once.
    static func collapsingRepeats(_ word: String) -> String? {
        var output = ""
        var changed = false
        var run = 0
        var previous: Character?
        for character in word {
            run = character == previous ? run + 1 : 1
            previous = character
            if run >= 3 || (run == 2 && word.contains(String(repeating: character, count: 3))) {
                changed = true
                continue
            }
            output.append(character)
        }
        return changed ? output : nil
    }

    static func deletes(of word: String) -> [String] {
        var ascii = word
        if let deletes = ascii.withUTF8({ $0.allSatisfy { $0 < 0x80 } ? asciiDeletes(of: $0) : nil }) { return deletes }
        let scalars = Array(word.unicodeScalars)
        guard scalars.count > 1 else { return [] }
        return (0..<scalars.count).map { index in
            var copy = scalars
            copy.remove(at: index)
            return String(String.UnicodeScalarView(copy))
        }
    }

    /// `deletes(of:)` for an ASCII word, where a scalar is a byte: each variant written in one go.
    private static func asciiDeletes(of bytes: UnsafeBufferPointer<UInt8>) -> [String] {
        guard bytes.count > 1 else { return [] }
        return bytes.indices.map { skipped in
            String(unsafeUninitializedCapacity: bytes.count - 1) { buffer in
                var count = 0
                for index in bytes.indices where index != skipped {
                    buffer[count] = bytes[index]
                    count += 1
                }
                return count
            }
        }
    }
}
