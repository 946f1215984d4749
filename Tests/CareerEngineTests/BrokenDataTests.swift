import Testing
import TranscriptKit

@testable import CareerEngine

/// Hostile data files: each is refused with a located error instead of crashing, hanging or taking
/// memory without bound. The plain kinds of errors (malformed YAML, unknown keys, wrong types,
/// duplicate ids) are in CheckTests; these are the ones that attack the loader and the matcher.
@Suite struct BrokenDataTests {
    static func intent(patterns: String) -> String {
        "intents:\n  - id: hostile\n    patterns: |\n      \(patterns)\n    answer: Hostile.\n"
    }

    @Test func yamlNestedPastLibyamlsLimitIsALocatedError() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let lines = CheckTests.check("extra.yaml", "intents: \(deep)\n")
        #expect(
            lines.contains(
                "Intents/extra.yaml:1:11: error: nesting deeper than 32 levels; the data formats never need this"),
            "\(lines.map { $0.prefix(200) })")
    }

    @Test func deeplyIndentedMappingsAreALocatedError() {
        let text = (0..<2_000).map { String(repeating: "  ", count: $0) + "k\($0):\n" }.joined()
        let lines = CheckTests.check("extra.yaml", text)
        #expect(
            lines.contains {
                $0.hasPrefix("Intents/extra.yaml:") && $0.contains(": error: nesting deeper than 32 levels")
            }, "\(lines.map { $0.prefix(200) })")
    }

    /// Parsing, compiling and comparing patterns recurse into brackets; 400 levels fit in 1,000 characters.
    @Test(arguments: ["(", "["])
    func bracketsNestedTooDeepAreRefused(_ bracket: String) {
        let closing = bracket == "(" ? ")" : "]"
        let pattern = String(repeating: bracket, count: 400) + "word" + String(repeating: closing, count: 400)
        let lines = CheckTests.check("extra.yaml", Self.intent(patterns: pattern))
        #expect(lines.contains("Intents/extra.yaml:4:15: error: brackets nested more than 8 deep"), "\(lines)")
    }

    @Test func bracketsNestedEightDeepAreFine() {
        let pattern = "zebra " + String(repeating: "[", count: 8) + "word" + String(repeating: "]", count: 8)
        let lines = CheckTests.check("extra.yaml", Self.intent(patterns: pattern))
        #expect(!lines.contains { $0.contains("error") }, "\(lines)")
    }

    @Test func overlongPatternIsRefusedBeforeItIsRead() {
        let pattern = (0..<200_000).map { "w\($0)" }.joined(separator: " ")
        let lines = CheckTests.check("extra.yaml", Self.intent(patterns: pattern))
        #expect(
            lines.contains(
                "Intents/extra.yaml:4:7: error: the pattern is \(pattern.count) characters long; a pattern may have at most 1000"
            ), "\(lines.map { $0.prefix(200) })")
    }

    /// A short pattern can still spell out to a huge automaton through long synonym lists.
    @Test func patternTooLargeWhenSynonymsAreSpelledOutIsRefused() {
        let words = (0..<1_000).map { "w\($0)" }.joined(separator: ", ")
        let pattern = Array(repeating: "~huge", count: 6).joined(separator: " * ")
        let text = "synonyms:\n  huge: [\(words)]\n" + Self.intent(patterns: pattern)
        let lines = CheckTests.check("extra.yaml", text)
        #expect(
            lines.contains {
                $0.hasPrefix(
                    "Intents/extra.yaml:6:7: error: the pattern is too large once its synonym lists and alternatives are spelled out (6"
                )
            }, "\(lines)")
    }

    @Test func shippedPatternsAreWellWithinTheLimits() {
        let states = Fixtures.shipped.rules.rules.flatMap(\.patterns).map {
            $0.elements(in: Fixtures.shipped.rules.vocabulary).reduce(1) { $0 + $1.stateCount }
        }
        #expect(states.allSatisfy { $0 <= PatternParser.maximumStates / 4 }, "largest: \(states.max() ?? 0)")
        #expect(
            states.max() == Fixtures.shipped.rules.rules.flatMap(\.patterns).map { $0.automaton.finalState + 1 }.max(),
            "stateCount predicts the automaton's size")
    }

    /// Many wildcards and optional words: a backtracking matcher would try exponentially many ways;
    /// the automaton tries each state once per token, and reads at most `Matcher.maximumTokens` tokens.
    @Test func wildcardsAndOptionalsStayBounded() throws {
        let pattern = Array(repeating: "* [alpha] [beta]", count: 50).joined(separator: " ") + " zebra"
        let files = Fixtures.shippedFiles(replacing: "extra.yaml", with: Self.intent(patterns: pattern))
        let assistant = try Assistant(files: files)
        var conversation = Conversation(assistant)
        let matching = Array(repeating: "alpha beta", count: 30).joined(separator: " ") + " zebra"
        #expect(conversation.respond(to: matching).intent == "hostile")
        let pastTheLimit = Array(repeating: "alpha", count: Matcher.maximumTokens) + ["zebra"]
        #expect(
            conversation.respond(to: pastTheLimit.joined(separator: " ")).intent == "fallback",
            "words past the token limit are not read")
    }

    /// Pattern analysis visits each nested bracket once: it used to compute the first option's words
    /// twice per level (2^64 visits here). The time limit only guards against that hang.
    @Test(.timeLimit(.minutes(1))) func nestedBracketsAreAnalysedInLinearTime() {
        var element = PatternElement.word("deep")
        for _ in 0..<64 { element = .choice([[element]], optional: false) }
        #expect(element.requiredWords == ["deep"])
        #expect(element.requiredCount == 1)
        #expect(element.stateCount == 65)
    }
}
