import Foundation
import Testing
import TranscriptKit

@testable import CareerEngine

/// `mlcareers check`: every kind of data error is reported at its FILE:LINE:COLUMN.
@Suite struct CheckTests {
    /// The shipped files with `name` replaced by `text`, checked.
    static func check(_ name: String, _ text: String) -> [String] {
        DataCheck.run(Fixtures.shippedFiles(replacing: name, with: text)).diagnostics.map { $0.rendered() }
    }

    /// A file saved with Windows line ends is read line by line like any other: an error in a `|`
    /// block of patterns points at its own line.
    @Test func windowsLineEndsKeepErrorsOnTheirLines() {
        let text =
            "intents:\r\n  - id: crlf\r\n    patterns: |\r\n      what do they do\r\n      what * {rol}\r\n    answer: Hi.\r\n"
        let lines = Self.check("extra.yaml", text)
        #expect(lines.contains { $0.hasPrefix("Intents/extra.yaml:5:14: error: the slot '{rol}'") }, "\(lines)")
    }

    @Test func shippedDataIsClean() {
        let report = DataCheck.run(Fixtures.dataFiles(in: "Intents"))
        #expect(
            report.diagnostics.filter { $0.severity == .error }.isEmpty, "\(report.diagnostics.map { $0.rendered() })")
        #expect(report.roles == 9)
    }

    /// Renaming an intent the conversation names itself is an error, located, said once.
    @Test func renamingAnIntentTheConversationReliesOnIsAnError() {
        // Without the tour, which names the intent too and would stop the load before this check.
        let files = Fixtures.shippedFiles().filter { !$0.path.hasSuffix("tour.yaml") }.map { file in
            file.path.hasSuffix("intents-roles.yaml")
                ? DataFile(
                    path: file.path,
                    text: file.text.replacingOccurrences(of: "id: role.overview", with: "id: role.summary")) : file
        }
        let lines = DataCheck.run(files).diagnostics.map { $0.rendered() }
        let missing = lines.filter { $0.contains("no intent 'role.overview'") }
        #expect(missing.count == 1, "\(lines)")
        #expect(
            missing.first?.hasPrefix(
                "Intents/intents-chat.yaml:1:1: error: no intent 'role.overview': the conversation relies on it")
                == true, "\(lines)")
    }

    /// A reply removed from replies.yaml is named by `check`; the rules still load without it.
    @Test func aMissingReplyIsNamed() throws {
        let files = Fixtures.shippedFiles().map { file in
            file.path.hasSuffix("replies.yaml")
                ? DataFile(
                    path: file.path,
                    text: file.text.replacingOccurrences(of: "  not-shown: |", with: "  # not-shown: |")
                        .replacingOccurrences(of: "    I only showed", with: "    # I only showed")) : file
        }
        let lines = DataCheck.run(files).diagnostics.map { $0.rendered() }
        #expect(
            lines.contains {
                $0.hasPrefix("Intents/replies.yaml:") && $0.contains("error: 'replies' has no not-shown")
            }, "\(lines)")
        _ = try Assistant(files: files)
    }

    /// A phrase in `fillers` would make each of its words a filler ("why it matters" would hide "why"):
    /// it is refused at its position, with the way to write it.
    /// (In the shipped language.yaml: a folder holds one `language:` section.)
    @Test func aPhraseInFillersIsRefused() throws {
        let language = try #require(Fixtures.dataFiles(in: "Intents").first { $0.path == "Intents/language.yaml" }).text
        let edited = language.replacingOccurrences(
            of: "  fillers: [a, an, the,", with: "  fillers: [why it matters, a, an, the,")
        let line = language.lines.firstIndex { $0.hasPrefix("  fillers: [a, an, the,") }.map { $0 + 1 } ?? 0
        let lines = Self.check("language.yaml", edited)
        #expect(
            lines.contains {
                $0.hasPrefix("Intents/language.yaml:\(line):")
                    && $0.contains("'why it matters' in 'fillers' is not one word")
            }, "\(lines)")
    }

    @Test func malformedYAML() {
        let lines = Self.check("extra.yaml", "intents:\n  - id: x\n    patterns: [unclosed\n")
        #expect(lines.contains { $0.hasPrefix("Intents/extra.yaml:4:1: error: malformed YAML") }, "\(lines)")
    }

    @Test func unknownKeyWithSuggestion() {
        let lines = Self.check(
            "extra.yaml", "intents:\n  - id: greet2\n    patterns: hello there friend\n    answr: Hi\n")
        #expect(
            lines.contains(
                "Intents/extra.yaml:4:5: error: unknown key 'answr' in an intent (did you mean 'answer'?); expected one of: id, patterns, answer, without-role, suggest, priority, fallback, action, courtesy, general-answer, no-match, no-match-action, reported-as, for-leadership"
            ), "\(lines)")
    }

    @Test func wrongType() {
        let lines = Self.check("extra.yaml", "intents:\n  - id: x\n    patterns: hello\n    answer: [a, b]\n")
        #expect(
            lines.contains("Intents/extra.yaml:4:13: error: 'answer' must be a single value, not a list"), "\(lines)")
    }

    @Test func duplicateIntentId() {
        let lines = Self.check(
            "extra.yaml", "intents:\n  - id: greeting\n    patterns: howdy partner\n    answer: Hi\n")
        #expect(
            lines.contains {
                $0.hasPrefix(
                    "Intents/extra.yaml:2:9: error: duplicate intent id 'greeting' (first defined at Intents/intents-chat.yaml:"
                )
            }, "\(lines)")
    }

    @Test func duplicateRoleId() {
        let lines = Self.check("extra.yaml", "roles:\n  - id: data-scientist\n    name: data person\n")
        #expect(
            lines.contains {
                $0.hasPrefix(
                    "Intents/extra.yaml:2:9: error: duplicate role id 'data-scientist' (first defined at Intents/roles.yaml:"
                )
            }, "\(lines)")
    }

    @Test func slotNamingNoEntity() {
        let lines = Self.check(
            "extra.yaml", "intents:\n  - id: pay\n    patterns: |\n      salary of {rol}\n    answer: No.\n")
        #expect(
            lines.contains(
                "Intents/extra.yaml:4:17: error: the slot '{rol}' names no entity (did you mean 'role'?); known slots: {role}, {role!}, {roles}, {topic}"
            ), "\(lines)")
    }

    @Test func templateNamingMissingFact() {
        let lines = Self.check(
            "extra.yaml", "intents:\n  - id: pay\n    patterns: salary of {role}\n    answer: |\n      {role.salary}\n")
        #expect(
            lines.contains {
                $0.hasPrefix("Intents/extra.yaml:5:7: error: '{role.salary}' names no fact: roles have no 'salary'")
            }, "\(lines)")
    }

    /// Several missing facts in one answer are reported in the order the answer names them, every run.
    @Test func missingFactsAreReportedInTheAnswersOrder() {
        let text =
            "roles:\n  - id: a\n    name: a\nintents:\n  - id: fallback\n    answer: |\n      {careers.skills} {careers.growth}\n      {careers.summary} {careers.conclusion}\n"
        let lines = DataCheck.run([DataFile(path: "Fixture/f.yaml", text: text)]).diagnostics.map(\.message).filter {
            $0.contains("'careers' has no")
        }
        #expect(
            lines.map { $0.components(separatedBy: "has no ").last ?? "" } == [
                "'skills'", "'growth'", "'summary'", "'conclusion'",
            ], "\(lines)")
    }

    @Test func emptyAnswer() {
        let lines = Self.check("extra.yaml", "intents:\n  - id: pay\n    patterns: salary\n    answer: \"  \"\n")
        #expect(lines.contains("Intents/extra.yaml:4:14: error: the answer is empty"), "\(lines)")
    }

    @Test func patternThatCanNeverWin() {
        let lines = Self.check(
            "extra.yaml", "intents:\n  - id: again\n    patterns: |\n      ~help\n    answer: Again.\n")
        #expect(
            lines.contains {
                $0.hasPrefix(
                    "Intents/extra.yaml:4:7: error: this pattern can never win: '~help' at Intents/intents-chat.yaml:")
            }, "\(lines)")
    }

    @Test func patternBeatenForItsOwnExampleIsAWarning() {
        let lines = Self.check(
            "extra.yaml", "intents:\n  - id: loose\n    patterns: |\n      what * {role} do\n    answer: Loose.\n")
        #expect(
            lines.contains {
                $0.hasPrefix("Intents/extra.yaml:4:7: warning: this pattern never wins for its own simplest example")
            }, "\(lines)")
    }

    @Test func unknownSynonymAndRoleLinks() {
        let lines = Self.check(
            "extra.yaml",
            "intents:\n  - id: x\n    patterns: ~skils now\n    answer: X.\nroles:\n  - id: new-role\n    name: new role\n    leads-to: [ml-manger]\n"
        )
        #expect(
            lines.contains("Intents/extra.yaml:3:15: error: unknown synonym list '~skils' (did you mean 'skills'?)"),
            "\(lines)")
        #expect(
            lines.contains("Intents/extra.yaml:8:16: error: unknown role 'ml-manger' (did you mean 'ml-manager'?)"),
            "\(lines)")
    }

    @Test func patternSyntaxErrorsPointAtTheCharacter() {
        let lines = Self.check(
            "extra.yaml", "intents:\n  - id: x\n    patterns: |\n      what (is|are skills\n    answer: X.\n")
        #expect(lines.contains("Intents/extra.yaml:4:26: error: missing ')'"), "\(lines)")
    }

    @Test func renderedErrorShowsTheLineAndACaret() {
        let text = "intents:\n  - id: pay\n    patterns: |\n      salary of {rol}\n    answer: No.\n"
        let diagnostic = DataCheck.run(Fixtures.shippedFiles(replacing: "extra.yaml", with: text)).diagnostics.first {
            $0.location.file == "Intents/extra.yaml"
        }
        #expect(
            diagnostic?.rendered(source: text) == """
                Intents/extra.yaml:4:17: error: the slot '{rol}' names no entity (did you mean 'role'?); known slots: {role}, {role!}, {roles}, {topic}
                          salary of {rol}
                                    ^
                """)
    }

    @Test func emptyDirectoryAndMissingSections() {
        #expect(
            DataCheck.run([]).diagnostics.map { $0.rendered() } == ["Intents:1:1: error: no data files (*.yaml) found"])
        let lines = DataCheck.run([DataFile(path: "x/roles.yaml", text: "roles: []\n")]).diagnostics.map {
            $0.rendered()
        }
        #expect(lines.contains("Intents:1:1: error: no file has a 'intents:' section"), "\(lines)")
    }

    @Test func deepNestingIsRefused() {
        let deep = String(repeating: "[", count: 200) + String(repeating: "]", count: 200)
        let lines = Self.check("extra.yaml", "intents: \(deep)\n")
        #expect(lines.contains { $0.contains("error: nesting deeper than 32 levels") }, "\(lines)")
    }
}
