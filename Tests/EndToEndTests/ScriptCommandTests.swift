import Foundation
import Testing

/// Prompt commands in piped scripts: they act as at the prompt, and in JSON each prints one
/// `{"command":...}` object instead of an answer.
@Suite struct ScriptCommandTests {
    @Test(arguments: [":quit", ":exit", ":q", "quit", "EXIT"])
    func quitEndsTheInput(_ quit: String) throws {
        let lines = ["what does a data scientist do", quit, "what does an MLOps engineer do"]
        let json = try Binary.run(["--json"], lines: lines)
        #expect(json.status == 0)
        #expect(Binary.objects(json.stdout).count == 1, "nothing after \(quit), and \(quit) prints nothing")
        let plain = try Binary.run([], lines: lines)
        #expect(!plain.stdout.contains("MLOps"))
        #expect(!plain.stdout.contains("Goodbye"))
    }

    @Test func whyExplainsThePreviousAnswerAsAskExplainDoes() throws {
        let question = "what does a data scientist do"
        let ask = try Binary.run(["ask", "--explain", question])
        let explanation = try #require(ask.stdout.components(separatedBy: "\n\n").last)
        let plain = try Binary.run([], lines: [question, ":why"])
        #expect(plain.stdout.hasSuffix("\n\n" + explanation))
        #expect(explanation.hasPrefix("Intent: role.overview\n"))
        let objects = Binary.objects(try Binary.run(["--json"], lines: [question, ":WHY"]).stdout)
        #expect(objects.count == 2)
        #expect(objects.last?["command"] as? String == "why")
        #expect(objects.last?["text"] as? String == explanation.trimmingCharacters(in: .newlines))
        #expect(objects.last?["intent"] == nil, "a command has no answer's keys")
    }

    /// `:why` says what happened when no pattern gave the answer, instead of "Confidence: 0.0".
    @Test func whyAfterACompletedWhichRoleQuestion() throws {
        let result = try Binary.run([], lines: ["what skills do they need?", "ML engineer", ":why"])
        let why = try #require(result.stdout.components(separatedBy: "\n\n").last)
        #expect(why.contains("How: completed the pending question role.skills with ml-engineer"), "\(why)")
        #expect(!why.contains("Confidence: 0.0"))
        #expect(!why.contains("nothing matched"))
    }

    @Test func whyAfterSummaryAndAfterACommand() throws {
        let summary = try Binary.run([], lines: ["what does a data scientist do", ":summary", ":why"])
        let afterSummary = try #require(summary.stdout.components(separatedBy: "\n\n").last)
        #expect(
            afterSummary.hasPrefix("Intent: summary\nHow: the command :summary answers from the conversation"),
            "\(afterSummary)")
        #expect(!afterSummary.contains("Confidence: 0.0"))
        let help = try Binary.run([], lines: ["what does a data scientist do", ":help", ":why"])
        let afterHelp = try #require(help.stdout.components(separatedBy: "\n\n").last)
        #expect(
            afterHelp.hasPrefix(
                "The last line, :help, was a command: commands are not read as questions. The answer before it:\nIntent: role.overview\n"
            ), "\(afterHelp)")
    }

    @Test func aCommandsBeginningSuggestsIt() throws {
        let result = try Binary.run([], lines: [":hist"])
        #expect(result.stdout == "Unknown command ':hist'. Did you mean :history?\n")
    }

    @Test func bareClearIsTheCommand() throws {
        let result = try Binary.run([], lines: ["clear"])
        #expect(result.stdout == ":clear works only at the interactive prompt: a script has no screen to clear.\n")
    }

    /// JSON `suggestions` holds 0-3 near questions: none for an off-topic line.
    @Test func suggestionsOnlyWhenSomethingIsNear() throws {
        let lines = ["tell me a joke", "what does a data scientist do in a large company with many teams"]
        let objects = Binary.objects(try Binary.run(["--json"], lines: lines).stdout)
        #expect(objects.map { $0["intent"] as? String } == ["fallback", "fallback"])
        #expect((objects.first?["suggestions"] as? [String]) == [])
        #expect((1...3).contains((objects.last?["suggestions"] as? [String])?.count ?? 0))
        let plain = try Binary.run([], lines: ["tell me a joke"])
        #expect(!plain.stdout.contains("Did you mean"), "\(plain.stdout)")
    }

    /// Two parts of one question that open with the same summary of the role say it once.
    @Test func aCompoundAnswerSaysTheSummaryOnce() throws {
        let result = try Binary.run(["ask", "what does an AI engineer do and what do they build"])
        #expect(
            result.stdout.components(separatedBy: "AI engineers develop intelligent systems").count == 2,
            "\(result.stdout)")
        #expect(result.stdout.contains("What AI engineers build\n- Voice assistants"), "\(result.stdout)")
    }

    @Test func whyBeforeAnyAnswerSaysSo() throws {
        let object = try #require(Binary.objects(try Binary.run(["--json"], lines: [":why"]).stdout).first)
        #expect(object["text"] as? String == "Nothing to explain yet: ask a question first.")
    }

    @Test func resetForgetsTheConversation() throws {
        let lines = ["what does a data scientist do", ":reset", "what skills do they need"]
        let objects = Binary.objects(try Binary.run(["--json"], lines: lines).stdout)
        #expect(objects.count == 3)
        #expect(objects[1]["command"] as? String == "reset")
        #expect(objects[1]["text"] as? String == "Context cleared: I have forgotten the roles we talked about.")
        #expect(objects[2]["roles"] as? [String] == [])
        #expect((objects[2]["answer"] as? String)?.hasPrefix("Which role do you mean?") == true)
    }

    @Test func helpListsTheCommandsWithoutKeys() throws {
        let result = try Binary.run([], lines: [":help"])
        #expect(result.stdout.hasPrefix("Commands:\n- :help: show commands"))
        #expect(result.stdout.contains("- :why: explain the last answer"))
        #expect(!result.stdout.contains("Keys:"), "a script has no keys to press")
        let object = try #require(Binary.objects(try Binary.run(["--json"], lines: [":h"]).stdout).first)
        #expect(object["command"] as? String == "help")
        #expect(object["error"] is NSNull)
    }

    @Test(arguments: [
        (":histroy", "Unknown command ':histroy'. Did you mean :history?"),
        (":qiut", "Unknown command ':qiut'. Did you mean :quit?"),
        (":foo", "Unknown command ':foo'. Commands: :help :roles :quiz :summary :why :reset :history :clear :quit"),
    ])
    func unknownCommandsSaySoAndAreNotQuestions(_ line: String, _ message: String) throws {
        let plain = try Binary.run([], lines: [line])
        #expect(plain.stdout == message + "\n")
        let object = try #require(Binary.objects(try Binary.run(["--json"], lines: [line, "hi"]).stdout).first)
        #expect(object["command"] as? String == String(line.dropFirst()))
        #expect(object["text"] as? String == message)
        #expect(object["error"] as? String == "unknown-command")
        #expect(object["intent"] == nil)
    }

    @Test(arguments: [
        (":clear", ":clear works only at the interactive prompt: a script has no screen to clear."),
        (":history", ":history works only at the interactive prompt: scripts keep no history."),
    ])
    func terminalCommandsSayTheyNeedOne(_ line: String, _ message: String) throws {
        let plain = try Binary.run([], lines: [line])
        #expect(plain.stdout == message + "\n")
        #expect(!plain.stdout.contains("\u{1B}"))
        let object = try #require(Binary.objects(try Binary.run(["--json"], lines: [line]).stdout).first)
        #expect(object["error"] as? String == "needs-terminal")
    }

    @Test func quizAndSummaryAnswerAsAtThePrompt() throws {
        let objects = Binary.objects(
            try Binary.run(["--json"], lines: ["what does an AI engineer do", ":summary", ":quiz"]).stdout)
        #expect(objects.map { $0["intent"] as? String } == ["role.overview", "summary", "quiz.start"])
    }
}

/// `--echo`: piped lines printed back before their answers, as `> LINE`.
@Suite struct EchoTests {
    @Test func echoPrintsEachLineBeforeItsAnswer() throws {
        let result = try Binary.run(
            ["--echo"], lines: ["where do research scientists work?", "# skipped", "", ":foo", ":quit", "hi"])
        #expect(result.status == 0)
        #expect(
            result.stdout == """
                > where do research scientists work?
                Where machine learning research scientists work
                - Universities
                - Research laboratories
                - Large tech companies

                > :foo
                Unknown command ':foo'. Commands: :help :roles :quiz :summary :why :reset :history :clear :quit

                """)
    }

    @Test func echoedLinesAreInert() throws {
        let result = try Binary.run(["--echo"], lines: ["\u{1B}]0;pwned\u{07}hi"])
        #expect(!result.stdout.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        #expect(result.stdout.hasPrefix("> hi\n"))
    }

    @Test func echoWithJSONIsAUsageError() throws {
        let result = try Binary.run(["--echo", "--json"], lines: ["hi"])
        #expect(result.status == 64)
        #expect(
            result.stderr.contains(
                "--echo is for plain text: with --json each object already carries its line as \"input\"."))
        #expect(result.stdout.isEmpty)
    }
}
