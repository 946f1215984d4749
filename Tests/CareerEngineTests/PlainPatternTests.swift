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
    @Test(arguments: ["what does a machine learning engineer do", "skills", "whats the pay pls", "running 2 models"])
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
}
