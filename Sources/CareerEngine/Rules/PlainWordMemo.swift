/// The plain words a parser has read, found by their bytes: a word seen before costs one hash of its
/// bytes and one comparison, where reading it afresh makes a string, looks up replacements, stems it
/// and hashes the stem into the vocabulary (10,000 generated intents repeat a few thousand words
/// 240,000 times).
///
/// A word keeps what it stands for on its own; the ids of those stems are only taken from the
/// vocabulary where a pattern uses the word as itself, so a word that only ever appears inside a
/// replaced phrase ("machine" in "machine learning", which becomes "ml") adds nothing to it. The ids
/// are of the one vocabulary the memo's patterns are interned in.
struct PlainWordMemo {
    struct Word {
        let text: String
        /// The lengths of the multi-word replacement keys the word starts, longest first.
        let phraseLengths: [Int]
        /// True when the word comes after the first word of some replacement key.
        let continuesPhrase: Bool
        /// The stems the word stands for on its own: its single-word replacement applied, if any.
        let stems: [String]
        /// The ids of `stems` in the vocabulary, once used.
        var ids: [Int]?
    }

    let normalizer: Normalizer
    /// Words that come after the first word of a replacement key: only before one of them can a
    /// phrase start.
    private let laterWords: Set<String>
    private var words: [Word] = []
    /// Every word's bytes, one after another: word `i` is `bytes[starts[i]..<starts[i + 1]]`.
    private var bytes: [UInt8] = []
    private var starts: [Int] = [0]
    /// Open addressing: a word's index, or -1 for an empty slot; kept under half full.
    private var slots = [Int32](repeating: -1, count: 1_024)
    /// The words of the text being read, by index, and what they stand for: kept between texts to
    /// save two arrays a text.
    private var indices: [Int] = []
    private var pieces: [Piece] = []

    /// A word that stands for itself, the stems of a replaced phrase, or a wildcard.
    private enum Piece {
        case word(Int)
        case phrase([String])
        case wildcard
    }

    init(normalizer: Normalizer) {
        self.normalizer = normalizer
        laterWords = Set(normalizer.lexicon.replacements.keys.flatMap { $0.dropFirst() })
    }

    /// What `Normalizer.expand` and `Stemmer.stem` make of a text of plain words (`plainRuns`) and
    /// wildcards (`*` between blanks), as ids in `vocabulary`; nil for any other text. Replacements
    /// apply within the words between two wildcards, as the pattern parser applies them to each run.
    mutating func words(of text: String, in vocabulary: inout Vocabulary) -> PlainWords? {
        guard split(text, wildcards: true) else { return nil }
        var words = PlainWords()
        words.ids.reserveCapacity(pieces.count)
        for piece in pieces {
            if case .wildcard = piece {
                words.wildcards.append(words.ids.count)
            } else {
                append(piece, to: &words.ids, in: &vocabulary)
            }
        }
        return words
    }

    private mutating func append(_ piece: Piece, to ids: inout [Int], in vocabulary: inout Vocabulary) {
        switch piece {
        case .word(let index):
            let own = ownIDs(of: index, in: &vocabulary)
            if own.count == 1 { ids.append(own[0]) } else { ids += own }
        case .phrase(let stems): for stem in stems { ids.append(vocabulary.intern(stem)) }
        case .wildcard: break
        }
    }

    /// What `Normalizer.expand` and `Stemmer.stem` make of a text of plain words (`plainRuns`), as
    /// stems; nil for any other text.
    mutating func stems(of text: String) -> [String]? {
        guard split(text, wildcards: false) else { return nil }
        var stems: [String] = []
        stems.reserveCapacity(pieces.count)
        for piece in pieces {
            switch piece {
            case .word(let index): stems += words[index].stems
            case .phrase(let phrase): stems += phrase
            case .wildcard: break
            }
        }
        return stems
    }

    /// Cuts `text` into `pieces`, each run of words between wildcards on its own. False for a text
    /// that is not plain words (and, if `wildcards`, wildcards that stand alone).
    private mutating func split(_ text: String, wildcards: Bool) -> Bool {
        var text = text
        pieces.removeAll(keepingCapacity: true)
        return text.withUTF8 { bytes in
            var start = 0
            for index in bytes.indices where bytes[index] == UInt8(ascii: "*") {
                guard wildcards, Self.standsAlone(index, in: bytes),
                    splitRun(UnsafeBufferPointer(rebasing: bytes[start..<index]))
                else { return false }
                pieces.append(.wildcard)
                start = index + 1
            }
            return splitRun(UnsafeBufferPointer(rebasing: bytes[start...]))
        }
    }

    private static func standsAlone(_ index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let blanks = [UInt8(ascii: " "), UInt8(ascii: "\t")]
        return (index == 0 || blanks.contains(bytes[index - 1]))
            && (index == bytes.count - 1 || blanks.contains(bytes[index + 1]))
    }

    /// Adds the pieces of a run of plain words: replacements apply as `Normalizer.expand` applies
    /// them, longest key first at each word. False for a run that is not plain words.
    private mutating func splitRun(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        indices.removeAll(keepingCapacity: true)
        guard Self.plainRuns(bytes, { indices.append(index(of: UnsafeBufferPointer(rebasing: bytes[$0]))) })
        else { return false }
        var position = 0
        while position < indices.count {
            if let (length, stems) = phrase(at: position) {
                pieces.append(.phrase(stems))
                position += length
            } else {
                pieces.append(.word(indices[position]))
                position += 1
            }
        }
        return true
    }

    /// The multi-word replacement that starts at `position` of `indices`, if any: its length and stems.
    private func phrase(at position: Int) -> (Int, [String])? {
        let lengths = words[indices[position]].phraseLengths
        guard !lengths.isEmpty, position + 1 < indices.count, words[indices[position + 1]].continuesPhrase
        else { return nil }
        for length in lengths where length <= indices.count - position {
            let key = indices[position..<position + length].map { words[$0].text }
            if let replacement = normalizer.lexicon.replacements[key] {
                return (length, replacement.filter { !$0.isEmpty }.map(Stemmer.stem))
            }
        }
        return nil
    }

    /// Calls `visit` with the range of each word of a run of lower-case ASCII letters, digits and
    /// blanks, which folding leaves as it is and splitting cuts only at the blanks; false, having
    /// stopped, for any other text (it takes the normalizer's whole path: `Normalizer.words`).
    static func plainRuns(_ bytes: UnsafeBufferPointer<UInt8>, _ visit: (Range<Int>) -> Void) -> Bool {
        var start = 0
        for index in bytes.indices {
            switch bytes[index] {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): continue
            case UInt8(ascii: " "), UInt8(ascii: "\t"):
                if index > start { visit(start..<index) }
                start = index + 1
            default: return false
            }
        }
        if bytes.count > start { visit(start..<bytes.count) }
        return true
    }

    /// The index of the word `text`, read and stored the first time it is met.
    private mutating func index(of text: UnsafeBufferPointer<UInt8>) -> Int {
        let mask = slots.count - 1
        var slot = Self.hash(text) & mask
        while slots[slot] >= 0 {
            if spells(Int(slots[slot]), text) { return Int(slots[slot]) }
            slot = (slot + 1) & mask
        }
        slots[slot] = Int32(words.count)
        add(String(decoding: text, as: UTF8.self))
        if words.count * 2 > slots.count { rehash() }
        return words.count - 1
    }

    /// The ids of word `index` on its own, taken from `vocabulary` the first time.
    private mutating func ownIDs(of index: Int, in vocabulary: inout Vocabulary) -> [Int] {
        if let ids = words[index].ids { return ids }
        let ids = words[index].stems.map { vocabulary.intern($0) }
        words[index].ids = ids
        return ids
    }

    private mutating func add(_ text: String) {
        let lexicon = normalizer.lexicon
        let lengths = lexicon.mayStartReplacement(text) ? lexicon.replacementLengths[text] ?? [] : []
        let stems = normalizer.expand([text]).filter { !$0.isEmpty }.map(Stemmer.stem)
        words.append(
            Word(
                text: text, phraseLengths: lengths.filter { $0 > 1 }, continuesPhrase: laterWords.contains(text),
                stems: stems))
        bytes += text.utf8
        starts.append(bytes.count)
    }

    private func spells(_ index: Int, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = starts[index]
        guard starts[index + 1] - start == text.count else { return false }
        for offset in text.indices where bytes[start + offset] != text[offset] { return false }
        return true
    }

    private mutating func rehash() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for index in words.indices {
            var slot = bytes.withUnsafeBufferPointer {
                Self.hash(UnsafeBufferPointer(rebasing: $0[starts[index]..<starts[index + 1]])) & mask
            }
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index)
        }
    }

    /// FNV-1a: words are a few bytes long, and the table needs no protection from chosen keys.
    private static func hash(_ text: UnsafeBufferPointer<UInt8>) -> Int {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        return Int(truncatingIfNeeded: hash ^ (hash >> 29))
    }
}

/// The words of a pattern of plain words and wildcards, as ids, and where its wildcards stand: each
/// before the id at its position (after the last id for the count of ids), in order.
struct PlainWords {
    var ids: [Int] = []
    var wildcards: [Int] = []

    /// The words and wildcards in order, a wildcard as nil.
    var items: [Int?] {
        var items: [Int?] = []
        items.reserveCapacity(ids.count + wildcards.count)
        var next = 0
        for position in 0...ids.count {
            while next < wildcards.count, wildcards[next] == position {
                items.append(nil)
                next += 1
            }
            if position < ids.count { items.append(ids[position]) }
        }
        return items
    }
}
