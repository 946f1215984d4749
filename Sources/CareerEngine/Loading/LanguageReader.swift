/// Reads the `language:` sections (the words the normalizer and the tokenizer treat specially) into a
/// lexicon, and the `synonyms:` sections (the word lists patterns name as `~name`).
enum LanguageReader {
    static let languageKeys = [
        "replacements", "fillers", "function-words", "references", "joiners", "role-suffixes", "splitters",
        "clause-starters", "known-words", "field-words", "framing-words", "leadership-words", "question-words",
        "first-person-words", "negations", "relative-words", "address-openers",
    ]

    /// Adds one `language:` section to `lexicon`.
    static func readLanguage(_ node: YAMLNode, into lexicon: inout Lexicon, problems: inout [Diagnostic]) {
        guard let reader = FieldReader(node, what: "'language'", allowed: languageKeys, problems: &problems) else {
            return
        }
        if let replacements = reader["replacements"] {
            readReplacements(replacements, into: &lexicon, problems: &problems)
        }
        let plain = Normalizer(lexicon: Lexicon())
        func stems(_ key: String) -> Set<String> {
            Set(reader.texts(key, problems: &problems).flatMap { plain.words($0.0).map(\.stem) })
        }
        func phrases(_ key: String) -> Set<[String]> {
            Set(reader.texts(key, problems: &problems).map { plain.words($0.0).map(\.stem) }.filter { !$0.isEmpty })
        }
        lexicon.fillers.formUnion(oneWordEach(reader, "fillers", plain, problems: &problems))
        lexicon.functionWords.formUnion(stems("function-words"))
        lexicon.joiners.formUnion(stems("joiners"))
        lexicon.roleSuffixes.formUnion(stems("role-suffixes"))
        lexicon.splitters.formUnion(oneWordEach(reader, "splitters", plain, problems: &problems))
        lexicon.clauseStarters.formUnion(oneWordEach(reader, "clause-starters", plain, problems: &problems))
        lexicon.knownWords.formUnion(stems("known-words"))
        lexicon.fieldWords.formUnion(stems("field-words"))
        lexicon.framingWords.formUnion(stems("framing-words"))
        lexicon.leadershipWords.formUnion(stems("leadership-words"))
        lexicon.questionWords.formUnion(oneWordEach(reader, "question-words", plain, problems: &problems))
        lexicon.relativeWords.formUnion(oneWordEach(reader, "relative-words", plain, problems: &problems))
        lexicon.firstPersonWords.formUnion(oneWordEach(reader, "first-person-words", plain, problems: &problems))
        lexicon.negations.formUnion(phrases("negations"))
        lexicon.addressOpeners.formUnion(phrases("address-openers"))
        if let references = reader["references"] { readReferences(references, into: &lexicon, problems: &problems) }
    }

    /// Adds one `words:` section: `ordinary:` lists everyday words, which are never corrected into a rule word.
    static func readWords(_ node: YAMLNode, into lexicon: inout Lexicon, problems: inout [Diagnostic]) {
        guard let reader = FieldReader(node, what: "'words'", allowed: ["ordinary"], problems: &problems) else {
            return
        }
        let plain = Normalizer(lexicon: Lexicon())
        for (entry, location) in reader.texts("ordinary", problems: &problems) {
            if isPlainWord(entry) {
                lexicon.knownWords.insert(Stemmer.stem(entry))
            } else {
                lexicon.knownWords.formUnion(
                    oneWord(entry, at: location, key: "ordinary", plain, problems: &problems))
            }
        }
    }

    /// A word of lower-case ASCII letters only, which the normalizer would leave as it is but for its stem.
    private static func isPlainWord(_ entry: String) -> Bool {
        !entry.isEmpty && entry.utf8.allSatisfy { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }
    }

    /// The stems of a list whose entries must be single words: a phrase ("as well as") would make
    /// each of its words one ("as"), so it is refused with the way to write it.
    private static func oneWordEach(
        _ reader: FieldReader, _ key: String, _ normalizer: Normalizer, problems: inout [Diagnostic]
    ) -> Set<String> {
        var stems: Set<String> = []
        for (entry, location) in reader.texts(key, problems: &problems) {
            stems.formUnion(oneWord(entry, at: location, key: key, normalizer, problems: &problems))
        }
        return stems
    }

    /// The stem of `entry`, or nothing and a problem when it is not one word.
    private static func oneWord(
        _ entry: String, at location: SourceLocation, key: String, _ normalizer: Normalizer,
        problems: inout [Diagnostic]
    ) -> Set<String> {
        let words = normalizer.words(entry).map(\.stem).filter { !$0.isEmpty }
        guard words.count == 1 else {
            problems.append(
                .error(
                    location,
                    "'\(entry)' in '\(key)' is not one word; write a phrase as a replacement instead (for example 'as well as: and')"
                ))
            return []
        }
        return [words[0]]
    }

    private static func readReplacements(_ node: YAMLNode, into lexicon: inout Lexicon, problems: inout [Diagnostic]) {
        guard case .mapping(let entries) = node.value else {
            problems.append(.error(node.location, "'replacements' must be 'written form: meaning' lines"))
            return
        }
        for entry in entries {
            guard let (meaning, _) = FieldReader.text(entry.value, key: entry.key, problems: &problems) else {
                continue
            }
            // An empty meaning removes the phrase.
            let key = Normalizer.split(Normalizer.fold(entry.key))
            guard !key.isEmpty else {
                problems.append(.error(entry.keyLocation, "a replacement needs a word to replace"))
                continue
            }
            lexicon.addReplacement(key, Normalizer.split(Normalizer.fold(meaning)))
        }
    }

    private static func readReferences(_ node: YAMLNode, into lexicon: inout Lexicon, problems: inout [Diagnostic]) {
        let kinds = Reference.allCases.map(\.rawValue)
        guard let reader = FieldReader(node, what: "'references'", allowed: kinds, problems: &problems) else { return }
        let normalizer = Normalizer(lexicon: lexicon)
        for kind in Reference.allCases {
            for (phrase, location) in reader.texts(kind.rawValue, problems: &problems) {
                let stems = normalizer.words(phrase).map(\.stem).filter { !$0.isEmpty }
                guard !stems.isEmpty else {
                    problems.append(.error(location, "an empty reference phrase"))
                    continue
                }
                lexicon.references[stems] = kind
            }
        }
    }

    /// Adds one `synonyms:` section to `synonyms`, its phrases read with `lexicon`; a list may be named only once.
    static func readSynonyms(
        _ node: YAMLNode, into synonyms: inout [String: [[String]]], lexicon: Lexicon, problems: inout [Diagnostic]
    ) {
        guard case .mapping(let entries) = node.value else {
            problems.append(.error(node.location, "'synonyms' must be 'name: [words]' lines"))
            return
        }
        let normalizer = Normalizer(lexicon: lexicon)
        for entry in entries {
            if synonyms[entry.key] != nil {
                problems.append(.error(entry.keyLocation, "the synonym list '\(entry.key)' is defined twice"))
                continue
            }
            let phrases = FieldReader.texts(entry.value, key: entry.key, problems: &problems)
                .map { normalizer.words($0.0).map(\.stem).filter { !$0.isEmpty } }
                .filter { !$0.isEmpty }
            if phrases.isEmpty {
                problems.append(.error(entry.keyLocation, "the synonym list '\(entry.key)' is empty"))
            }
            synonyms[entry.key] = phrases
        }
    }
}
