import SyntheticRules
import Testing
import TranscriptKit

@testable import CareerEngine

/// The fast reader of the data files' YAML subset gives exactly what Yams gives, or nothing (and then
/// Yams reads the file, so every error stays Yams' and the diagnostics' own).
@Suite struct PlainYAMLTests {
    /// The reader's nodes equal Yams' for `text`; returns whether the reader read it at all.
    @discardableResult
    static func agrees(_ text: String, file: String = "t.yaml") -> Bool {
        guard let plain = PlainYAML.parse(text, file: file) else { return false }
        let yams = try? YAMLNode.parseWithYams(text, file: file)
        #expect(yams == plain, "\(text)")
        return true
    }

    @Test func readsEveryShippedFileAsYamsDoes() {
        for file in Fixtures.dataFiles(in: "Intents") {
            #expect(Self.agrees(file.text, file: file.path), "\(file.path) left the plain subset")
        }
    }

    @Test func readsGeneratedRuleSetsAsYamsDoes() {
        #expect(Self.agrees(SyntheticRules.intentsFile(count: 300).text))
        #expect(Self.agrees(SyntheticRules.sharedWordsFile(count: 300).text))
    }

    @Test func readsTheConstructsOfTheSubset() {
        let texts = [
            "a: b\n", "a:   b c  # note\nd: 'it''s'\n", "a: \"x \\\"y\\\" \\\\ z\\n\"\n",
            "list:\n  - one\n  - two\n", "list:\n- one\n- two\nnext: x\n", "a: [x, y z, \"w\"]\nb: []\n",
            "# head\n\nintents:\n  - id: x\n    patterns: |\n      one\n\n        two\n      # three\n    answer: y\n",
            "a:\n  b:\n    c: d\n  e: f\n", "a: |\n  line\n\n\nb: c\n", "a: C# and F#\n", "a: http://x.org/y\n",
            "roles: []\nintents:\n  - id: \"i001\"\n    patterns: |\n      what does a x do\n      x salary in *\n    answer: \"[i001] An x.\"\n",
            "a: é\nb: c\n", "w: {a-b: 3, c: \"x\"}\nv: {}\n", "a: [x, # c\n  y,\n\n  z]\n", "a: \"é\"\n", "- x\n",
            "a: '\\u00e9'\n",
        ]
        for text in texts { Self.agrees(text) }
    }

    @Test func leavesEverythingElseToYams() {
        let texts = [
            "a: b", "a:\tb\n", "a: b\r\n", "---\na: b\n", "a: &x b\nc: *x\n", "a: >\n  folded\n", "a: |-\n  x\n",
            "a: b\na: c\n", "a: {b: 1, b: 2}\n", "a: {b: [c]}\n", "a: b\n  c\n", "a: b: c\n", "a:\n", "\"a\": b\n",
            "a: \"b\n  c\"\n", "a: \"\\u00e9\"\n", "a\n", "  a: b\n c: d\n", "a: |\n\n  x\n",
            "- - x\n", "a: !tag b\n", "", "# only a comment\n", "a: \u{85}b\n",
        ]
        for text in texts {
            #expect(PlainYAML.parse(text, file: "t.yaml") == nil, "\(text)")
        }
    }

    @Test func errorsStillComeFromYams() throws {
        let text = "intents:\n  - id:x\n    answer: y\n"
        #expect(PlainYAML.parse(text, file: "t.yaml") == nil)
        #expect(throws: Diagnostic.self) { try YAMLNode.parse(text, file: "t.yaml") }
    }
}
