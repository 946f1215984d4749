internal import Foundation

/// Turns text into lowercase, accent-free words with short forms expanded and stems taken.
///
/// Sentence punctuation (`? ! . ; ,`) becomes a boundary marker, written as an empty word,
/// so compound questions can be split there; other punctuation separates words.
struct Normalizer: Sendable {
    let lexicon: Lexicon

    /// One word of the input after normalization: its stem and what was typed.
    struct Word: Hashable, Sendable {
        var stem: String
        var original: String
        var isBoundary: Bool { stem.isEmpty }
    }

    /// Normalizes a question or a pattern phrase into stemmed words.
    func words(_ text: String) -> [Word] {
        let raw = Self.split(Self.fold(text))
        return expand(raw).map {
            $0.isEmpty ? Word(stem: "", original: "") : Word(stem: Stemmer.stem($0), original: $0)
        }
    }

    /// Lowercases and removes accents; ASCII text skips the Unicode work.
    static func fold(_ text: String) -> String {
        if text.utf8.withContiguousStorageIfAvailable({ $0.allSatisfy { $0 < 0x80 } })
            ?? text.utf8.allSatisfy({ $0 < 0x80 })
        {
            return text.lowercased()
        }
        return text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            .lowercased()
    }

    /// Splits into words and boundaries ("" stands for a boundary); see `WordSplitter`.
    static func split(_ text: String) -> [String] { WordSplitter.split(text) }

    /// Applies the multi-word replacements again to stems, once typos are corrected
    /// ("machine lerning" only becomes "machine learn", hence "ml", after correction).
    func replacingPhrases(in words: [Word]) -> [Word] {
        guard !stemmedPhrases.isEmpty else { return words }
        var output: [Word] = []
        var index = 0
        outer: while index < words.count {
            for length in stride(from: min(lexicon.longestReplacement, words.count - index), through: 2, by: -1) {
                let key = words[index..<index + length].map(\.stem)
                if let replacement = stemmedPhrases[key] {
                    let original = words[index..<index + length].map(\.original).joined(separator: " ")
                    output += replacement.map { Word(stem: $0, original: original) }
                    index += length
                    continue outer
                }
            }
            output.append(words[index])
            index += 1
        }
        return output
    }

    /// The multi-word replacements, keys and values stemmed.
    private var stemmedPhrases: [[String]: [String]] {
        lexicon.stemmedPhrases
    }

    /// Applies the lexicon's replacements, longest key first at each position. Internal for the
    /// pattern parser's plain words, which need no folding or splitting by punctuation.
    func expand(_ words: [String]) -> [String] {
        guard !lexicon.replacements.isEmpty else { return words }
        var output: [String] = []
        output.reserveCapacity(words.count)
        var index = 0
        outer: while index < words.count {
            guard lexicon.mayStartReplacement(words[index]), let lengths = lexicon.replacementLengths[words[index]]
            else {
                output.append(words[index])
                index += 1
                continue
            }
            for length in lengths where length <= words.count - index {
                if let replacement = lexicon.replacements[Array(words[index..<index + length])] {
                    output += replacement
                    index += length
                    continue outer
                }
            }
            output.append(words[index])
            index += 1
        }
        return output
    }
}
