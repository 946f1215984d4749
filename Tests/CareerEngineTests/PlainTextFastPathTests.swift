import Testing

@testable import CareerEngine

/// Answers and pattern blocks in plain ASCII are read from their bytes; they give what the general
/// reading gives (here forced by a line break or a non-ASCII letter).
@Suite struct PlainTextFastPathTests {
    static let location = SourceLocation(file: "t.yaml", line: 3, column: 5)

    static func lines(_ text: String) -> [String] {
        guard let template = try? TemplateParser.parse(text, at: location) else { return ["error"] }
        return template.lines.map { "\($0.kind) \($0.segments)" }
    }

    @Test(arguments: ["plain answer", "  # Heading  ", "- bullet", "# ", "- ", "#x", "a\r", "  x  ", "-", "#"])
    func oneLineAnswersReadAsTheGeneralReaderReadsThem(_ text: String) {
        #expect(Self.lines(text) == Self.lines(text + "\n"))
    }

    @Test func emptyAnswersAreStillErrors() {
        #expect(Self.lines("   ") == ["error"])
        #expect(Self.lines(" \r") == ["error"])
    }

    @Test func patternBlocksReadAsTheGeneralReaderReadsThem() {
        let blocks = [
            "what is x\n  # comment\n\n   indented  \nlast\r\n", "one", "\n\n", "  a\n#b\n c # d\n", "",
        ]
        for block in blocks {
            var bytes = block
            let fast = bytes.withUTF8 { Loader.asciiPatternLines($0) }
            let general = Loader.patternLines(of: block)
            #expect(fast.map { "\($0.0)|\($0.1)|\($0.2)" } == general.map { "\($0.0)|\($0.1)|\($0.2)" }, "\(block)")
        }
    }

    @Test func oneLetterDeletionsOfASCIIAndOtherWords() {
        #expect(TypoIndex.deletes(of: "abc") == ["bc", "ac", "ab"])
        #expect(TypoIndex.deletes(of: "aé") == ["é", "a"])
        #expect(TypoIndex.deletes(of: "a").isEmpty)
        #expect(TypoIndex.deletes(of: "").isEmpty)
    }
}
