/// The word lists that tell the matcher how people write: short forms to expand, filler words,
/// references to earlier roles. Loaded from the `language:` section of a data file.
struct Lexicon: Sendable {
    /// Word sequences (lowercase, unstemmed) replaced before anything else: "whats" -> "what is".
    private(set) var replacements: [[String]: [String]] = [:]
    /// Stems that carry no meaning and that patterns may always pass over.
    var fillers: Set<String> = []
    /// Small grammar words: matched when a pattern names them, passed over otherwise.
    var functionWords: Set<String> = []
    /// Stemmed phrases that point back at earlier roles.
    var references: [[String]: Reference] = [:]
    /// Words that join role names into one list: "MLE and DS", "MLE or DS".
    var joiners: Set<String> = []
    /// Words that belong to the role name they follow: "MLE jobs", "the data scientist role".
    var roleSuffixes: Set<String> = []
    /// Words where a question may split into parts answered one by one.
    var splitters: Set<String> = []
    /// Words that start a clause adding purpose or circumstance to a question ("what skills are
    /// needed | to run projects in the cloud?"): what comes before is the question itself.
    var clauseStarters: Set<String> = []
    /// Words that name the whole field ("ml", "ai"): a question naming it asks in general.
    var fieldWords: Set<String> = []
    /// Words that frame a question ("which ROLE FITS me?"): never what it is about, nor an interest.
    var framingWords: Set<String> = []
    /// Words that say the person has led or wants to lead: without one, leadership roles are not
    /// recommended first.
    var leadershipWords: Set<String> = []
    /// Words that make a line a question of its own ("what", "how"): such a line is never just the
    /// answer to "which role do you mean?", and a sentence without one may be a statement.
    var questionWords: Set<String> = []
    /// Words that start a statement about the person ("I", "my"): "I like automation" is context.
    var firstPersonWords: Set<String> = []
    /// Words that, right after a job title, start a clause describing it ("a software developer WHO uses
    /// AI tools"): there they ask nothing.
    var relativeWords: Set<String> = []
    /// Phrases that open a clause addressing people ("for those who work in ML, what ..."): such a
    /// clause says who is asked, it is no question of its own.
    var addressOpeners: Set<[String]> = []
    /// Words that take the role right after them out of a question ("data scientists, not ML engineers").
    var negations: Set<[String]> = []
    /// Ordinary words that are never "corrected" into rule words.
    var knownWords: Set<String> = []

    /// The longest replacement key, in words: bounds the look-ahead.
    private(set) var longestReplacement = 0
    /// Multi-word replacements with keys and values stemmed, for use after typo correction.
    private(set) var stemmedPhrases: [[String]: [String]] = [:]

    /// For the first word of each replacement key, the lengths of the keys it starts, longest first:
    /// the only look-aheads worth trying there (other words need none).
    private(set) var replacementLengths: [String: [Int]] = [:]

    /// For each first byte of a replacement key's first word, a bit per length (up to 32 bytes) such
    /// a word has: most words are told to start no key without hashing them.
    private(set) var replacementShapes = [UInt32](repeating: 0, count: 256)

    /// True when `word` may start a replacement key (its first byte and length match one).
    func mayStartReplacement(_ word: String) -> Bool {
        guard let first = word.utf8.first else { return false }
        return replacementShapes[Int(first)] & Self.lengthBit(word.utf8.count) != 0
    }

    private static func lengthBit(_ length: Int) -> UInt32 { 1 << UInt32(min(length, 32) - 1) }

    mutating func addReplacement(_ key: [String], _ value: [String]) {
        replacements[key] = value
        if let first = key[0].utf8.first { replacementShapes[Int(first)] |= Self.lengthBit(key[0].utf8.count) }
        let lengths = replacementLengths[key[0], default: []]
        if !lengths.contains(key.count) { replacementLengths[key[0]] = (lengths + [key.count]).sorted(by: >) }
        longestReplacement = max(longestReplacement, key.count)
        if key.count > 1 { stemmedPhrases[key.map(Stemmer.stem)] = value.map(Stemmer.stem) }
    }
}
