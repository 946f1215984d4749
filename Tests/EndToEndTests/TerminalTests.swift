import Foundation
import Testing

/// The interactive prompt through a real pseudo-terminal: answers, history, completion, keys, safety.
@Suite(.serialized) struct TerminalTests {
    /// A fresh history location per test.
    static func stateDirectory() -> String {
        let folder = NSTemporaryDirectory() + "mlcareers-pty-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func aQuestionGetsItsAnswer() throws {
        let terminal = try PseudoTerminal([], environment: ["XDG_STATE_HOME": Self.stateDirectory()])
        try terminal.waitFor("mlcareers> ")
        try terminal.type("where do research scientists work?" + PseudoTerminal.enter)
        try terminal.waitFor("Large tech companies")
        try terminal.type(PseudoTerminal.controlD)
        #expect(try terminal.exitStatus() == 0)
    }

    @Test func historyIsRecalledInTheNextRunAndTheFileIsPrivate() throws {
        let state = Self.stateDirectory()
        do {
            let first = try PseudoTerminal([], environment: ["XDG_STATE_HOME": state])
            try first.waitFor("mlcareers> ")
            try first.type("what does a CAIO do?" + PseudoTerminal.enter)
            try first.waitFor("chief AI officer is the executive")
            try first.type(":quit" + PseudoTerminal.enter)
            #expect(try first.exitStatus() == 0)
        }
        let path = state + "/mlcareers/history"
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        #expect(
            try String(contentsOfFile: path, encoding: .utf8) == "what does a CAIO do?\n",
            "commands like :quit are not stored")

        let second = try PseudoTerminal([], environment: ["XDG_STATE_HOME": state])
        try second.waitFor("mlcareers> ")
        second.clearOutput()
        try second.type(PseudoTerminal.up)
        try second.waitFor("what does a CAIO do?")
        try second.type(PseudoTerminal.enter)
        try second.waitFor("chief AI officer is the executive")
    }

    @Test func tabCompletesARole() throws {
        let terminal = try PseudoTerminal(["--no-history"])
        try terminal.waitFor("mlcareers> ")
        try terminal.type("what does a data sc" + PseudoTerminal.tab)
        try terminal.waitFor("data scientist")
        try terminal.type(" do?" + PseudoTerminal.enter)
        try terminal.waitFor("Data scientists analyze complex datasets")
    }

    /// Tab offers canonical role names only, and the rest of a name goes after what was typed, as typed.
    @Test func tabKeepsTheTypedCasingAndOffersOnlyCanonicalNames() throws {
        let terminal = try PseudoTerminal(["--no-history"])
        try terminal.waitFor("mlcareers> ")
        try terminal.type("What does an ML" + PseudoTerminal.tab)
        try terminal.waitFor("Ops engineer ")
        try terminal.type("do?" + PseudoTerminal.enter)
        try terminal.waitFor("MLOps engineers")
        try terminal.type("what does a Data Sc" + PseudoTerminal.tab)
        try terminal.waitFor("ientist ")
        try terminal.type("do?" + PseudoTerminal.enter)
        try terminal.waitFor("Data scientists analyze complex datasets")
        terminal.clearOutput()
        try terminal.type(":history" + PseudoTerminal.enter)
        try terminal.waitFor("1  What does an MLOps engineer do?")
        try terminal.waitFor("2  what does a Data Scientist do?")
    }

    /// After "and", "vs" or "compare", Tab on nothing lists the roles, by their canonical names.
    @Test func tabAfterAndListsTheRoles() throws {
        let terminal = try PseudoTerminal(["--no-history"])
        try terminal.waitFor("mlcareers> ")
        terminal.clearOutput()
        try terminal.type("compare data scientists and " + PseudoTerminal.tab)
        let screen = try terminal.waitFor("machine learning research scientist")
        #expect(screen.contains("chief AI officer"))
        #expect(!screen.contains("CAIO") && !screen.contains("ML engineers"), "no aliases or plurals: \(screen)")
        try terminal.type(PseudoTerminal.controlC)
        terminal.clearOutput()
        try terminal.type("data scientist vs " + PseudoTerminal.tab)
        try terminal.waitFor("MLOps engineer")
    }

    @Test func controlCClearsTheLineAndControlDExits() throws {
        let terminal = try PseudoTerminal(["--no-history"])
        try terminal.waitFor("mlcareers> ")
        try terminal.type("what does an MLOps engin")
        terminal.clearOutput()
        try terminal.type(PseudoTerminal.controlC)
        try terminal.waitFor("mlcareers> ")
        try terminal.type(PseudoTerminal.controlC)
        try terminal.waitFor("To leave, type :quit or press Ctrl-D.")
        terminal.clearOutput()
        try terminal.type("hello" + PseudoTerminal.enter)
        let screen = try terminal.waitFor("I answer questions about careers")
        #expect(!screen.contains("MLOps engineers manage"), "the half-typed line was discarded")
        try terminal.type(PseudoTerminal.controlD)
        #expect(try terminal.exitStatus() == 0)
    }

    /// Ctrl-Z stops the chat like any job of the shell, and `fg` draws the half-typed line again,
    /// ready for more keys.
    @Test(Tmux.required) func controlZSuspendsAndFgResumes() throws {
        let tmux = try Tmux("bash --norc --noprofile -i", environment: ["PS1": "$ "])
        try tmux.waitForLastLine("$")
        try tmux.type("\(Tmux.binary) --no-history")
        try tmux.press("Enter")
        try tmux.waitForLastLine("mlcareers>")
        try tmux.type("what does a CA")
        try tmux.press("C-z")
        try tmux.waitFor("Stopped")
        try tmux.waitForLastLine("$")
        try tmux.type("fg")
        try tmux.press("Enter")
        try tmux.waitForLastLine("mlcareers> what does a CA")
        try tmux.type("IO do?")
        try tmux.press("Enter")
        try tmux.waitFor("chief AI officer is the executive")
    }

    /// A window made narrower while a long question is typed: the terminal reflows the line over
    /// more rows, and the answer starts below all of them, not over the last one.
    @Test(Tmux.required) func afterAResizeTheAnswerStartsBelowTheWrappedLine() throws {
        let tmux = try Tmux("\(Tmux.binary) --no-history", columns: 80)
        try tmux.waitForLastLine("mlcareers>")
        try tmux.type("what does a data scientist do in a large company with many teams and which skills matter most")
        try tmux.waitFor("which skills matter most")
        try tmux.resize(columns: 50)
        try tmux.waitFor("e company with many teams and which skills matter")
        try tmux.press("Enter")
        try tmux.waitFor("data scientist", timeout: 5)
        try tmux.waitForLastLine("mlcareers>")
        let rows = try tmux.capture().split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let start = try #require(rows.firstIndex { $0.hasPrefix("mlcareers> what does a data scientist") })
        #expect(
            Array(rows[start..<min(start + 3, rows.count)]) == [
                "mlcareers> what does a data scientist do in a larg",
                "e company with many teams and which skills matter",
                "most",
            ], "\(rows)")
    }

    /// `:why` and `:history` wrap at word boundaries with a hanging indent, as answers do.
    @Test func whyAndHistoryWrapWithAHangingIndent() throws {
        let terminal = try PseudoTerminal(["--no-history"], columns: 50)
        try terminal.waitFor("mlcareers> ")
        try terminal.type("what does a data scientist do in a large company with many teams" + PseudoTerminal.enter)
        terminal.clearOutput()
        try terminal.type(":why" + PseudoTerminal.enter)
        try terminal.waitFor("Context now:")
        try terminal.type(":history" + PseudoTerminal.enter)
        try terminal.waitFor("    1  what does a data scientist do in a large")
        let shown = terminal.screen.replacingOccurrences(of: "\r", with: "").components(separatedBy: "\n")
        let text = shown.drop { !$0.hasPrefix("Intent:") }.prefix { !$0.hasPrefix("mlcareers> :history") }
        #expect(text.allSatisfy { $0.count < 50 }, "\(text)")
        #expect(text.contains { $0.hasPrefix("    ") }, "a long line goes on indented: \(text)")
        #expect(shown.contains("       company with many teams"), "\(shown)")
    }

    /// A line refused as too long was not read: no "(:why shows how I read that)" after it.
    @Test func noWhyHintAfterARefusedLongLine() throws {
        let terminal = try PseudoTerminal(["--no-history"])
        try terminal.waitFor("mlcareers> ")
        try terminal.type("zzqx" + PseudoTerminal.enter)
        try terminal.waitFor("(:why shows how I read that)")
        terminal.clearOutput()
        try terminal.type(String(repeating: "data ", count: 210) + PseudoTerminal.enter)
        try terminal.waitFor("What does a data scientist do?")
        try terminal.waitFor("mlcareers> ")
        #expect(!terminal.screen.contains(":why shows"), "\(terminal.screen)")
    }

    @Test func bareClearClearsTheScreen() throws {
        let terminal = try PseudoTerminal(["--no-history"])
        try terminal.waitFor("mlcareers> ")
        terminal.clearOutput()
        try terminal.type("clear" + PseudoTerminal.enter)
        try terminal.waitFor("mlcareers> ")
        #expect(terminal.output.contains("\u{1B}[H\u{1B}[2J"))
        #expect(!terminal.screen.contains("I'm not sure"))
    }

    @Test func escapeSequencesComeBackInert() throws {
        let terminal = try PseudoTerminal(["--no-history"])
        try terminal.waitFor("mlcareers> ")
        terminal.clearOutput()
        try terminal.type("\u{1B}]0;pwned\u{07}zzqx \u{1B}[2J" + PseudoTerminal.enter)
        try terminal.type(":why" + PseudoTerminal.enter)
        try terminal.waitFor("Read as:")
        let answers = terminal.output.components(separatedBy: "mlcareers").dropFirst().joined()
        #expect(!answers.contains("\u{1B}]0;"))
        #expect(!answers.contains("pwned\u{07}"))
        #expect(!answers.contains("\u{1B}[2J"))
    }

    @Test func noColorMeansNoEscapeCodesInAnswers() throws {
        let terminal = try PseudoTerminal(["--no-history"], environment: ["NO_COLOR": "1"])
        try terminal.waitFor("mlcareers> ")
        terminal.clearOutput()
        try terminal.type("what skills does a data scientist need?" + PseudoTerminal.enter)
        try terminal.waitFor("Machine learning for predictive modeling")
        let answer = terminal.output.components(separatedBy: "Skills for a data scientist").last ?? ""
        #expect(!answer.contains("\u{1B}["), "\(answer.debugDescription)")
    }

    /// Without colour, headings are set apart by a blank line before them, the first one too.
    @Test func withoutColorABlankLineComesBeforeEachHeading() throws {
        let terminal = try PseudoTerminal(["--no-history"], environment: ["NO_COLOR": "1"])
        try terminal.waitFor("mlcareers> ")
        terminal.clearOutput()
        try terminal.type("what does a CAIO do?" + PseudoTerminal.enter)
        try terminal.waitFor("chief AI officer is the executive")
        let screen = terminal.screen.replacingOccurrences(of: "\r", with: "")
        #expect(screen.contains("what does a CAIO do?\n\nChief AI officer\n"), "\(screen.debugDescription)")
    }

    @Test func colorIsUsedByDefaultOnATerminal() throws {
        let terminal = try PseudoTerminal(["--no-history"])
        try terminal.waitFor("mlcareers> ")
        try terminal.type("what skills does a data scientist need?" + PseudoTerminal.enter)
        try terminal.waitFor("predictive modeling")
        #expect(terminal.output.contains("\u{1B}[1m"))
    }

    @Test func unknownCommandListsTheCommands() throws {
        let terminal = try PseudoTerminal(["--no-history"])
        try terminal.waitFor("mlcareers> ")
        try terminal.type(":frobnicate" + PseudoTerminal.enter)
        try terminal.waitFor("Unknown command ':frobnicate'.")
        try terminal.waitFor(":help :roles :quiz :summary :why :reset :history :clear :quit")
    }

    @Test func unknownCommandNearAKnownOneSuggestsIt() throws {
        let terminal = try PseudoTerminal(["--no-history"])
        try terminal.waitFor("mlcareers> ")
        try terminal.type(":histroy" + PseudoTerminal.enter)
        try terminal.waitFor("Unknown command ':histroy'. Did you mean :history?")
    }

    @Test func followUpsUseContextAtThePrompt() throws {
        let terminal = try PseudoTerminal(["--no-history"])
        try terminal.waitFor("mlcareers> ")
        try terminal.type("what does an MLOps engineer do?" + PseudoTerminal.enter)
        try terminal.waitFor("real-world environments")
        try terminal.type("what skills do they need?" + PseudoTerminal.enter)
        try terminal.waitFor("Skills for an MLOps engineer")
        try terminal.type(":why" + PseudoTerminal.enter)
        try terminal.waitFor("From context: 'recent' read as MLOps engineer")
    }
}
