import Testing

@testable import CareerEngine

/// A run of plain lower-case words takes the parser's short path and gets the stems the normalizer's
/// whole path gives it.
@Suite struct PlainPatternTests {
    static let lexicon: Lexicon = {
        var lexicon = Lexicon()
        lexicon.addReplacement(["machine", "learning"], ["ml"])
        lexicon.addReplacement(["whats"], ["what", "is"])
        lexicon.addReplacement(["pls"], [])
        lexicon.addReplacement(["in", "a", "nutshell"], [])
        lexicon.addReplacement(["a", "bit"], [])
        return lexicon
    }()

    @Test(arguments: [
        "what does a machine learning engineer do", "  data   scientists\tskills ", "whats the pay pls",
        "running 2 models", "machine", "learning machine learning", "Data Scientists?", "ph.d in ml",
    ])
    func plainWordsGetTheNormalizersStems(_ text: String) throws {
        let normalizer = Normalizer(lexicon: Self.lexicon)
        let expected = normalizer.words(text).filter { !$0.isBoundary }.map { PatternElement.word($0.stem) }
        var vocabulary = Vocabulary()
        let pattern = try PatternParser(normalizer: normalizer, synonyms: [:])
            .parse(text, at: SourceLocation(file: "t", line: 1, column: 1), vocabulary: &vocabulary)
        #expect(pattern.elements(in: vocabulary) == expected, "\(text)")
    }

    /// The short path builds what the general one builds from the same elements: the same automaton,
    /// required words and specificity.
    @Test(arguments: [
        "what does a machine learning engineer do", "skills", "whats the pay pls", "running 2 models",
        "* machine * learning engineer *", "pls * pay", "what is the pay in *", "* * skills",
    ])
    func plainWordsCompileAsTheGeneralPathDoes(_ text: String) throws {
        var vocabulary = Vocabulary()
        let pattern = try PatternParser(normalizer: Normalizer(lexicon: Self.lexicon), synonyms: [:])
            .parse(text, at: SourceLocation(file: "t", line: 1, column: 1), vocabulary: &vocabulary)
        let elements = pattern.elements(in: vocabulary)
        #expect(pattern.automaton == PatternAutomaton(elements, vocabulary: &vocabulary))
        #expect(pattern.requiredIDs == RequiredWords(elements, vocabulary: &vocabulary))
        #expect(pattern.specificity == elements.reduce(0) { $0 + $1.requiredCount })
        #expect(pattern.roleSlots == 0)
    }

    /// One parser reads words it has met before from its memo: every text still gets the normalizer's
    /// stems, whatever came before it, and a word only ever used inside a replaced phrase adds
    /// nothing to the vocabulary.
    @Test func repeatedWordsGetTheSameStemsAsFirstTime() throws {
        let normalizer = Normalizer(lexicon: Self.lexicon)
        let parser = PatternParser(normalizer: normalizer, synonyms: [:])
        var vocabulary = Vocabulary()
        let texts = [
            "what does a machine learning engineer do", "a bit of machine learning", "in a nutshell what is ml",
            "in a bit", "whats in a nutshell", "a machine learning engineers skills", "a", "in a", "bit a bit",
            "what does a machine learning engineer do", "learning a bit in a nutshell",
        ]
        for (line, text) in texts.enumerated() {
            let location = SourceLocation(file: "t", line: line + 1, column: 1)
            let pattern = try parser.parse(text, at: location, vocabulary: &vocabulary)
            let expected = normalizer.words(text).filter { !$0.isBoundary }.map { PatternElement.word($0.stem) }
            #expect(pattern.elements(in: vocabulary) == expected, "\(text)")
        }
        #expect(!vocabulary.contains("machin") && !vocabulary.contains("nutshell"))
    }

    /// Wildcards between plain words keep their places, and replacements apply within the words
    /// between two of them ("machine * learning" is no "ml"), as the general path reads each run.
    @Test(arguments: [
        "* machine * learning engineer *", "whats * in a nutshell * machine learning", "pls * pay", "a * * bit",
    ])
    func wildcardsKeepTheirPlaces(_ text: String) throws {
        let normalizer = Normalizer(lexicon: Self.lexicon)
        let runs = text.split(separator: "*", omittingEmptySubsequences: false).map { run in
            normalizer.words(String(run)).filter { !$0.isBoundary }.map { PatternElement.word($0.stem) }
        }
        let expected = Array(runs.joined(separator: [.wildcard]))
        var vocabulary = Vocabulary()
        let pattern = try PatternParser(normalizer: normalizer, synonyms: [:])
            .parse(text, at: SourceLocation(file: "t", line: 1, column: 1), vocabulary: &vocabulary)
        #expect(pattern.elements(in: vocabulary) == expected, "\(text)")
    }

    @Test func wildcardsAloneAreStillRefused() {
        var vocabulary = Vocabulary()
        let parser = PatternParser(normalizer: Normalizer(lexicon: Self.lexicon), synonyms: [:])
        #expect(throws: Diagnostic.self) {
            try parser.parse("* pls *", at: SourceLocation(file: "t", line: 1, column: 1), vocabulary: &vocabulary)
        }
    }
}
