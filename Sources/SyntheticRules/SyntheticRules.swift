import CareerEngine

/// Deterministic synthetic rule sets in the project's own format, for benchmarks and scale tests:
/// the shipped language, synonyms and roles, plus `count` generated intents made of invented words.
public enum SyntheticRules {
    /// The generated intents file, as `Intents/synthetic.yaml`.
    public static func intentsFile(count: Int, seed: UInt64 = 42) -> DataFile {
        var generator = Generator(seed: seed)
        var text = "# \(count) generated intents\nintents:\n"
        text.reserveCapacity(count * 160)
        for index in 0..<count {
            let words = (0..<4).map { _ in generator.word() }
            text += "  - id: synthetic.\(index)\n    patterns: |\n"
            text += "      what (is|are) [the] \(words[0]) \(words[1])\n"
            text += "      \(words[2]) * \(words[3]) {role}\n"
            text += "      (tell|explain) * \(words[1]) \(words[3])\n"
            text += "    answer: Synthetic answer \(index) for \(words[0]).\n"
        }
        return DataFile(path: "Intents/synthetic.yaml", text: text)
    }

    /// Questions that match generated intents: `count` of them, the same for the same seed.
    public static func questions(count: Int, intents: Int, seed: UInt64 = 42) -> [String] {
        let file = intentsFile(count: intents, seed: seed)
        let patterns = file.text.split(separator: "\n").filter { $0.hasPrefix("      what") }
        var generator = Generator(seed: seed &+ 1)
        return (0..<count).map { _ in
            let line = patterns[generator.next(below: patterns.count)]
            let words = line.split(separator: " ").suffix(2)
            return "so what is the \(words.joined(separator: " ")) exactly?"
        }
    }

    /// A small xorshift generator: the same seed gives the same rules on every machine.
    struct Generator {
        var state: UInt64

        init(seed: UInt64) { state = seed == 0 ? 0x9E3779B97F4A7C15 : seed }

        mutating func next() -> UInt64 {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return state
        }

        mutating func next(below bound: Int) -> Int { Int(next() % UInt64(bound)) }

        static let onsets = ["b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "tr", "pl", "kr"]
        static let vowels = ["a", "e", "i", "o", "u", "ai", "ou"]

        /// An invented word of three syllables ("brakotu"): a vocabulary far larger than any real rule set's.
        mutating func word() -> String {
            (0..<3).map { _ in Self.onsets[next(below: Self.onsets.count)] + Self.vowels[next(below: Self.vowels.count)] }.joined()
        }
    }
}
