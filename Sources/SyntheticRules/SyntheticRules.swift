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

    /// Question families, as the intents of a careers site would have them: each is asked about every
    /// job subject, so intents share their words the way real ones do ("engineer", "salary", "what").
    static let families = [
        ["what does a SUBJECT do", "SUBJECT duties", "day in the life of a SUBJECT"],
        ["what skills does a SUBJECT need", "SUBJECT skills"],
        ["SUBJECT salary *", "how much does a SUBJECT earn"],
        ["how do i become a SUBJECT", "steps to become a SUBJECT"],
        ["what degree does a SUBJECT need", "SUBJECT education"],
        ["what tools does a SUBJECT use"],
        ["SUBJECT interview questions"],
        ["future of the SUBJECT role", "is SUBJECT a good career"],
        ["can a SUBJECT work remotely"],
        ["difference between a SUBJECT and *"],
    ]
    static let heads = [
        "engineer", "scientist", "analyst", "manager", "developer", "designer", "architect",
        "consultant", "specialist", "auditor",
    ]

    /// The job subject of intent `index`: an invented word and a shared head noun ("brakotu engineer"),
    /// each invented word used with five heads, so every word is shared by several subjects.
    static func subject(_ index: Int, seed: UInt64) -> String {
        let subject = index / families.count
        var generator = Generator(seed: seed &+ UInt64(subject / 5) &* 7919)
        return "\(generator.word()) \(heads[subject % heads.count])"
    }

    /// `count` intents of the families above, as `Intents/shared-words.yaml`.
    public static func sharedWordsFile(count: Int, seed: UInt64 = 42) -> DataFile {
        var text = "# \(count) generated intents whose words are shared\nintents:\n"
        for index in 0..<count {
            let subject = subject(index, seed: seed)
            text += "  - id: shared.\(index)\n    patterns: |\n"
            for trigger in families[index % families.count] {
                text += "      \(trigger.replacingSubject(with: subject))\n"
            }
            text += "    answer: Answer \(index) about the \(subject).\n"
        }
        return DataFile(path: "Intents/shared-words.yaml", text: text)
    }

    /// The shared-words intents with the smallest knowledge base beside them (no roles, the fallback)
    /// and the given `language:` file: the peer benchmark's setting, where no title is a role.
    public static func sharedWordsFiles(count: Int, language: DataFile) -> [DataFile] {
        let base = DataFile(
            path: "Intents/base.yaml", text: "roles: []\nintents:\n  - id: fallback\n    answer: No intent matched.\n")
        return [language, base, sharedWordsFile(count: count)]
    }

    /// Questions for `sharedWordsFile(count: intents)`, each with the id of the intent it must reach:
    /// triggers as written, some wrapped in filler ("can you tell me ... thanks").
    public static func sharedWordsQuestions(count: Int, intents: Int, seed: UInt64 = 42) -> [(
        question: String, intent: String
    )] {
        var generator = Generator(seed: seed &+ 2)
        return (0..<count).map { _ in
            let index = generator.next(below: intents)
            let triggers = families[index % families.count]
            let trigger = triggers[generator.next(below: triggers.count)].replacingSubject(
                with: subject(index, seed: seed))
            let question = trigger.replacing("*", with: "in london")
            return (generator.next(below: 3) == 0 ? "can you tell me \(question) thanks" : question, "shared.\(index)")
        }
    }

    /// A small xorshift generator: the same seed gives the same rules on every machine.
    struct Generator {
        var state: UInt64

        init(seed: UInt64) { state = seed == 0 ? 0x9E37_79B9_7F4A_7C15 : seed }

        mutating func next() -> UInt64 {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return state
        }

        mutating func next(below bound: Int) -> Int { Int(next() % UInt64(bound)) }

        static let onsets = [
            "b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "tr", "pl", "kr",
        ]
        static let vowels = ["a", "e", "i", "o", "u", "ai", "ou"]

        /// An invented word of three syllables ("brakotu"): a vocabulary far larger than any real rule set's.
        mutating func word() -> String {
            (0..<3).map { _ in Self.onsets[next(below: Self.onsets.count)] + Self.vowels[next(below: Self.vowels.count)]
            }.joined()
        }
    }
}

extension String {
    func replacingSubject(with subject: String) -> String { replacing("SUBJECT", with: subject) }
}
