import Testing

@testable import CareerEngine

/// The coverage search passes over a token no edge of the pattern takes, when a pattern may pass over
/// it anyway: the result is what visiting it gives. Small patterns scan their edges, large ones (more
/// than `PatternAutomaton.scannedEdges` edges) look the token up: both are tried.
@Suite struct AutomatonSkipTests {
    static let small = "what is the pay"
    static let large = "(what|who|where|when|why|how|which|whose|whom|whats) is the pay"

    static func coverage(_ source: String, _ words: [(String, Double, Bool)]) throws -> Double? {
        var vocabulary = Vocabulary()
        let pattern = try PatternParser(normalizer: Normalizer(lexicon: Lexicon()), synonyms: [:])
            .parse(source, at: SourceLocation(file: "t", line: 1, column: 1), vocabulary: &vocabulary)
        let tokens = words.map { word, weight, skippable in
            Token(
                kind: .word(word), wordID: vocabulary.id(word) ?? -1, original: word, weight: weight,
                skippable: skippable)
        }
        return pattern.automaton.bestCoverage(of: tokens)?.covered
    }

    @Test(arguments: [small, large])
    func smallWordsThePatternNamesAreTaken(_ source: String) throws {
        let question = [("what", 1.0, false), ("is", 0.25, true), ("the", 0.25, true), ("pay", 1.0, false)]
        #expect(try Self.coverage(source, question) == 2.5)
    }

    @Test(arguments: [small, large])
    func otherSmallWordsArePassedOver(_ source: String) throws {
        let question = [
            ("so", 0.125, true), ("what", 1.0, false), ("really", 0.125, true), ("is", 0.25, true),
            ("the", 0.25, true), ("pay", 1.0, false), ("then", 0.125, true),
        ]
        #expect(try Self.coverage(source, question) == 2.5)
    }

    @Test(arguments: [small, large])
    func otherWordsStillBreakThePattern(_ source: String) throws {
        let question = [("what", 1.0, false), ("is", 0.25, true), ("the", 0.25, true), ("base", 1.0, false)]
        #expect(try Self.coverage(source, question + [("pay", 1.0, false)]) == nil)
    }
}
