import CPseudoTerminal
import Foundation
import Testing

/// Career-event mode through the binary: the tour (`demo`, `demo --check`), the quiz over piped stdin,
/// and the kiosk and demo at a real pseudo-terminal.
@Suite(.serialized) struct BoothEndToEndTests {
    static func scratchFile(_ text: String) throws -> String {
        let path = NSTemporaryDirectory() + "mlcareers-tour-\(UUID().uuidString).yaml"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func demoCheckPassesOnTheShippedTour() throws {
        let result = try Binary.run(["demo", "--check"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("ok   1. what does an MLOps engineer do? -> role.overview [mlops-engineer]"))
        #expect(!result.stdout.contains("FAIL"))
        #expect(result.stderr.contains("steps,"), "\(result.stderr)")
    }

    @Test func demoCheckFailsWhenAStepGetsAnotherIntent() throws {
        let path = try Self.scratchFile(
            "tour:\n  steps:\n    - ask: what does a data scientist do?\n      expect: role.overview\n    - ask: where do they work?\n      expect: role.skills\n"
        )
        let result = try Binary.run(["demo", "--check", "--script", path])
        #expect(result.status == 65)
        #expect(result.stdout.contains("FAIL 2. where do they work? -> role.workplaces [data-scientist]"))
        #expect(
            result.stderr.contains(
                "\(path):5:12: error: tour step 2 \"where do they work?\" now gets intent 'role.workplaces' instead of 'role.skills'"
            ), "\(result.stderr)")
    }

    @Test func demoRefusesABrokenOrMissingScript() throws {
        let broken = try Self.scratchFile("tour:\n  steps:\n    - ask: hi\n      expect: greting\n")
        let result = try Binary.run(["demo", "--check", "--script", broken])
        #expect(result.status == 65)
        #expect(
            result.stderr.contains("\(broken):4:15: error: unknown intent 'greting' (did you mean 'greeting'?)"),
            "\(result.stderr)")
        let missing = try Binary.run(["demo", "--script", "/nonexistent/tour.yaml"])
        #expect(missing.status == 65)
        #expect(missing.stderr.contains("/nonexistent/tour.yaml:1:1: error: cannot read the file"))
        #expect(try Binary.run(["demo", "--loop"]).status == 64, "--loop without --auto is a usage error")
        #expect(try Binary.run(["demo", "--json"]).status == 64, "the demo is for people, not JSON")
        #expect(try Binary.run(["--kiosk", "--history-file", "/tmp/h"]).status == 64, "a kiosk keeps no history file")
    }

    /// Without a terminal the tour plays straight through, every answer from the real rules.
    @Test func demoPlaysTheWholeTourIntoAPipe() throws {
        let result = try Binary.run(["demo", "--speed", "1000"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("mlcareers> what does an MLOps engineer do?"))
        #expect(
            result.stdout.contains("Skills for an MLOps engineer"), "the follow-up used the context of the step before")
        #expect(result.stdout.contains("Your turn"))
    }

    /// The quiz over piped stdin in plain text: invalid answers, back, stop, a restart and a result.
    @Test func quizOverPipedStdin() throws {
        let lines = [
            "which role fits me?", "7", "back", "1", "back", "4", "stop", "what is next?",
            "quiz", "4", "cloud", "2", "bachelor", "the second", ":summary",
        ]
        let result = try Binary.run([], lines: lines)
        #expect(result.status == 0)
        let answers = result.stdout.components(separatedBy: "\n\n")
        #expect(answers.count >= lines.count)
        #expect(
            result.stdout.contains("There is no answer with that number: type a number from 1 to 5"),
            "7 is not an option")
        #expect(result.stdout.contains("This is the first question."))
        #expect(result.stdout.contains("Quiz stopped."))
        #expect(result.stdout.contains("Roles that fit your answers\n1. MLOps engineer:"), "\(result.stdout)")
        #expect(result.stdout.contains("Next steps to become an MLOps engineer"))
        #expect(result.stdout.contains("Quiz result: MLOps engineer"))
    }

    // MARK: At the terminal

    /// Types `question`, then checks that Up recalls nothing: Up + Enter would ask it again, so
    /// `:history` would list it.
    static func expectUpRecallsNothing(_ terminal: PseudoTerminal) throws {
        terminal.clearOutput()
        try terminal.type(PseudoTerminal.up + PseudoTerminal.enter)
        try terminal.type(":history" + PseudoTerminal.enter)
        let screen = try terminal.waitFor("No questions yet.")
        #expect(!screen.contains("CAIO"), "the previous visitor's question came back")
    }

    @Test func kioskNextClearsHistoryAndContext() throws {
        let terminal = try PseudoTerminal(["--kiosk"])
        try terminal.waitFor("mlcareers> ")
        try terminal.type("what does a CAIO do?" + PseudoTerminal.enter)
        try terminal.waitFor("chief AI officer is the executive")
        terminal.clearOutput()
        try terminal.type(":next" + PseudoTerminal.enter)
        try terminal.waitFor("next visitor")
        #expect(terminal.output.contains("\u{1B}[3J"), "the screen and its scrollback are cleared")
        try Self.expectUpRecallsNothing(terminal)
        terminal.clearOutput()
        try terminal.type("what skills do they need?" + PseudoTerminal.enter)
        try terminal.waitFor("Which role do you mean?")
    }

    @Test func kioskIdleTimeoutStartsOver() throws {
        let terminal = try PseudoTerminal(["--kiosk", "--idle-timeout", "1"])
        try terminal.waitFor("mlcareers> ")
        try terminal.type("what does a CAIO do?" + PseudoTerminal.enter)
        try terminal.waitFor("chief AI officer is the executive")
        terminal.clearOutput()
        try terminal.type("half typed")
        try terminal.waitFor("next visitor", timeout: 10)
        try Self.expectUpRecallsNothing(terminal)
    }

    /// Half a question left on the screen is cleared too when the visitor walks away.
    @Test func kioskIdleTimeoutClearsAHalfTypedLine() throws {
        let terminal = try PseudoTerminal(["--kiosk", "--idle-timeout", "1"])
        try terminal.waitFor("mlcareers> ")
        terminal.clearOutput()
        try terminal.type("what does a CAIO")
        try terminal.waitFor("next visitor", timeout: 10)
        #expect(terminal.output.contains("\u{1B}[3J"))
    }

    /// A visitor's Ctrl-C clears a typo as in the chat: the screen, the conversation and the
    /// history stay theirs.
    @Test func kioskControlCClearsOnlyTheLine() throws {
        let terminal = try PseudoTerminal(["--kiosk"])
        try terminal.waitFor("mlcareers> ")
        try terminal.type("what does a CAIO do?" + PseudoTerminal.enter)
        try terminal.waitFor("chief AI officer is the executive")
        terminal.clearOutput()
        try terminal.type("what does an MLOps engin" + PseudoTerminal.controlC)
        try terminal.waitFor("mlcareers> ")
        #expect(!terminal.output.contains("\u{1B}[3J"), "the screen was not cleared")
        try terminal.type(PseudoTerminal.controlC)
        try terminal.waitFor("(To start over for the next visitor, type :next or press Ctrl-D.)")
        terminal.clearOutput()
        try terminal.type(":history" + PseudoTerminal.enter)
        let screen = try terminal.waitFor("what does a CAIO do?")
        #expect(!screen.contains("MLOps engin"), "the half-typed line was discarded: \(screen)")
        #expect(!terminal.output.contains("\u{1B}[3J"), "the screen was not cleared")
        try terminal.type("what skills do they need?" + PseudoTerminal.enter)
        try terminal.waitFor("Skills for a chief AI officer")
    }

    /// A visitor still reading is warned before the screen is cleared; a key keeps everything,
    /// the half-typed question included.
    @Test func kioskIdleTimeoutWarnsFirst() throws {
        let terminal = try PseudoTerminal(["--kiosk", "--idle-timeout", "4"])
        try terminal.waitFor("mlcareers> ")
        try terminal.type("what does a CAIO do?" + PseudoTerminal.enter)
        try terminal.waitFor("chief AI officer is the executive")
        terminal.clearOutput()
        try terminal.type("where do research ")
        try terminal.waitFor("Still there? Starting over in 2 s, press any key.")
        #expect(!terminal.output.contains("\u{1B}[3J"), "not cleared yet")
        try terminal.type("scientists work?" + PseudoTerminal.enter)
        try terminal.waitFor("Large tech companies")
        #expect(!terminal.screen.contains("next visitor"))
        terminal.clearOutput()
        try terminal.waitFor("Still there? Starting over in 2 s", timeout: 5)
        try terminal.waitFor("next visitor", timeout: 5)
    }

    /// From 20 s on, the warning comes 10 s before the end.
    @Test func kioskLongIdleTimeoutWarnsTenSecondsBefore() throws {
        let terminal = try PseudoTerminal(["--kiosk", "--idle-timeout", "20"])
        try terminal.waitFor("mlcareers> ")
        try terminal.type("hi" + PseudoTerminal.enter)
        try terminal.waitFor("Hello!")
        let asked = Date()
        try terminal.waitFor("Still there? Starting over in 10 s, press any key.", timeout: 15)
        #expect(Date().timeIntervalSince(asked) > 9)
        #expect(!terminal.output.contains("\u{1B}[3J"))
    }

    @Test func kioskControlDAndQuitStartOverInsteadOfExiting() throws {
        let terminal = try PseudoTerminal(["--kiosk"])
        try terminal.waitFor("mlcareers> ")
        try terminal.type("what does a CAIO do?" + PseudoTerminal.enter)
        try terminal.waitFor("chief AI officer is the executive")
        terminal.clearOutput()
        try terminal.type(PseudoTerminal.controlD)
        try terminal.waitFor("next visitor")
        try Self.expectUpRecallsNothing(terminal)
        terminal.clearOutput()
        try terminal.type("quit" + PseudoTerminal.enter)
        try terminal.waitFor("next visitor")
        terminal.clearOutput()
        try terminal.type("where do research scientists work?" + PseudoTerminal.enter)
        try terminal.waitFor("Large tech companies")
        #expect(!terminal.hasExited, "Ctrl-D and quit did not end the kiosk")
    }

    @Test func kioskLeavesOnlyWithThePassphraseOrSIGTERM() throws {
        let terminal = try PseudoTerminal(["--kiosk", "--kiosk-passphrase", "booth42"])
        try terminal.waitFor("mlcareers> ")
        try terminal.type(":exit wrong" + PseudoTerminal.enter)
        try terminal.waitFor("next visitor")
        try terminal.type(":exit booth42" + PseudoTerminal.enter)
        #expect(try terminal.exitStatus() == 0)

        let other = try PseudoTerminal(["--kiosk"])
        try other.waitFor("mlcareers> ")
        try other.waitUntilEditing()
        kill(other.pid, SIGTERM)
        #expect(try other.exitStatus() == 128 + SIGTERM)
    }

    /// The self-running booth: the tour loops until a key, the visitor chats in kiosk mode, and when
    /// they walk away the tour plays again on a cleared screen, with nothing of theirs to recall.
    @Test func boothLoopReturnsToTheTourWhenTheVisitorLeaves() throws {
        let terminal = try PseudoTerminal([
            "demo", "--speed", "1000", "--auto", "0.2", "--loop", "--kiosk", "--idle-timeout", "1",
        ])
        try terminal.waitFor("(Press any key to ask your own questions.)")
        try terminal.type("x")
        try terminal.waitFor("Your turn")
        try terminal.waitFor("mlcareers> ")
        try terminal.type("what does a CAIO do?" + PseudoTerminal.enter)
        try terminal.waitFor("chief AI officer is the executive")
        terminal.clearOutput()
        try terminal.waitFor("a guided tour", timeout: 15)
        #expect(terminal.output.contains("\u{1B}[3J"), "the screen and scrollback were cleared")
        #expect(!terminal.screen.contains("chief AI officer is the executive"))
        #expect(!terminal.hasExited)
    }

    /// The key a visitor presses to stop the looping tour is the first letter of their question.
    @Test func theKeyThatStopsTheLoopStartsTheLine() throws {
        let terminal = try PseudoTerminal(["demo", "--speed", "1000", "--auto", "0.2", "--loop", "--kiosk"])
        try terminal.waitFor("(Press any key to ask your own questions.)")
        try terminal.type("h")
        try terminal.waitFor("Your turn")
        try terminal.type("i" + PseudoTerminal.enter)
        try terminal.waitFor("Hello! I answer questions about careers")
    }

    /// The tour's "Enter: next question" hints are erased once passed: the scrollback keeps the
    /// questions and answers only.
    @Test(Tmux.required) func theTourLeavesNoHintsInTheScrollback() throws {
        let tmux = try Tmux("\(Tmux.binary) demo --speed 1000 --auto 0.1 --no-history")
        try tmux.waitFor("Your turn", scrollback: true, timeout: 60)
        let scrollback = try tmux.capture(scrollback: true)
        #expect(scrollback.contains("Skills for an MLOps engineer"), "\(scrollback)")
        #expect(!scrollback.contains("Enter: next question"), "\(scrollback)")
    }

    /// A presenter who presses Enter while a question is typed out gets it at once, and the tour goes on.
    @Test func enterWhileTypingFinishesTheQuestion() throws {
        let terminal = try PseudoTerminal(["demo", "--speed", "2", "--no-history"])
        try terminal.waitFor("mlcareers> w")
        try terminal.type(PseudoTerminal.enter)
        // At 2 characters a second the question alone would take about 15 s.
        try terminal.waitFor("(Enter: next question", timeout: 5)
        #expect(terminal.screen.contains("what does an MLOps engineer do?"))
        #expect(!terminal.screen.contains("Your turn"), "Enter did not end the tour")
    }

    /// Stopping the demo while it waits for Enter (the tour reads single keys, unechoed) gives the
    /// terminal back as it was.
    @Test(arguments: [SIGTERM, SIGHUP])
    func stopSignalDuringTheTourRestoresTheTerminal(_ signal: Int32) throws {
        let terminal = try PseudoTerminal(["demo", "--speed", "1000", "--no-history"])
        try terminal.waitFor("(Enter: next question")
        try terminal.waitUntilEditing()
        kill(terminal.pid, signal)
        #expect(try terminal.exitStatus() == 128 + signal)
        #expect(mlc_pty_is_raw(terminal.master) == 0, "the terminal was left without line editing and echo")
    }

    /// Ctrl-C during the tour hands over to the chat, which carries on the tour's conversation.
    @Test func demoHandsOverToTheChatWithItsContext() throws {
        let terminal = try PseudoTerminal(["demo", "--speed", "1000", "--no-history"])
        try terminal.waitFor("(Enter: next question")
        try terminal.type(PseudoTerminal.enter)
        try terminal.waitFor("Skills for an MLOps engineer")
        try terminal.type(PseudoTerminal.controlC)
        try terminal.waitFor("Your turn")
        try terminal.type("and their education?" + PseudoTerminal.enter)
        try terminal.waitFor("Education for MLOps engineers")
        try terminal.type(PseudoTerminal.controlD)
        #expect(try terminal.exitStatus() == 0)
    }
}

/// `--width`: answers and the banner stay readable on a narrow window and on a 200-column booth screen.
@Suite(.serialized) struct WidthTests {
    static func lengths(_ text: String) -> [Int] {
        let plain: String = text.replacing(/\u{1B}\[[0-9;?]*[A-Za-z]/, with: "")
        // A terminal ends lines with "\r\n", which Swift counts as one Character.
        return plain.replacingOccurrences(of: "\r", with: "").components(separatedBy: "\n").map { $0.count }
    }

    @Test(arguments: [60, 200])
    func answersWrapToTheWidthAndAReadableMeasure(_ width: Int) throws {
        let result = try Binary.run(["ask", "--width", "\(width)", "compare a data scientist and an MLE"])
        let lengths = Self.lengths(result.stdout)
        #expect(lengths.allSatisfy { $0 < min(width, 101) }, "\(lengths)")
        #expect(lengths.contains { $0 > min(width, 100) - 15 }, "lines use the room they have: \(lengths)")
    }

    @Test(arguments: [60, 200])
    func bannerFitsTheTerminal(_ columns: Int) throws {
        let terminal = try PseudoTerminal(["--no-history"], columns: columns)
        try terminal.waitFor("mlcareers> ")
        let banner = try #require(terminal.screen.components(separatedBy: "mlcareers> ").first)
        let lengths = Self.lengths(banner)
        #expect(lengths.allSatisfy { $0 < min(columns, 101) }, "\(lengths)")
        #expect(banner.contains("What does an MLOps engineer do?"))
    }
}
