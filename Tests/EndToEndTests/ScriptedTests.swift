import CareerEngine
import Foundation
import Testing
import TranscriptKit

/// The binary with stdin piped: one answer per line, JSON Lines, exit codes, data errors.
@Suite struct ScriptedTests {
    @Test func answersEachLineSkippingBlanksAndComments() throws {
        let result = try Binary.run(
            ["--json"], lines: ["# a comment", "", "what does an MLOps engineer do?", "   ", "hi"])
        let objects = Binary.objects(result.stdout)
        #expect(result.status == 0)
        #expect(objects.count == 2)
        #expect(objects.first?["intent"] as? String == "role.overview")
        #expect(objects.first?["roles"] as? [String] == ["mlops-engineer"])
        #expect(result.stdout.split(separator: "\n").count == 2, "exactly one line per answered question")
    }

    @Test func jsonHasTheDocumentedKeys() throws {
        let result = try Binary.run(
            ["--json"], lines: ["what are the skills and responsibilities of an MLOps engineer?"])
        let object = try #require(Binary.objects(result.stdout).first)
        for key in ["input", "intent", "intents", "confidence", "roles", "answer", "suggestions", "rule", "context"] {
            #expect(object[key] != nil, "missing \(key)")
        }
        #expect(object["intents"] as? [String] == ["role.skills", "role.responsibilities"])
        let confidence = try #require(object["confidence"] as? Double)
        #expect((0...1).contains(confidence))
        let rule = try #require(object["rule"] as? String)
        #expect(rule.hasPrefix("Intents/intents-roles.yaml:"))
        let context = try #require(object["context"] as? [String: Any])
        #expect(context["turnsLeft"] as? Int == 3)
        #expect(context["shown"] as? [String] == ["mlops-engineer"])
    }

    @Test func theJSONContextShowsTheRolesInTheOrderShown() throws {
        let result = try Binary.run(
            ["--json"], lines: ["compare AI engineers and data scientists", "skills of the second one"])
        let objects = Binary.objects(result.stdout)
        let shown = (objects.first?["context"] as? [String: Any])?["shown"] as? [String]
        #expect(shown == ["ai-engineer", "data-scientist"])
        #expect(objects.last?["roles"] as? [String] == ["data-scientist"])
    }

    @Test func plainOutputHasNoPromptBannerOrColor() throws {
        let result = try Binary.run(
            [], lines: ["where do research scientists work?"], environment: ["TERM": "xterm-256color"])
        #expect(
            result.stdout
                == "Where machine learning research scientists work\n- Universities\n- Research laboratories\n- Large tech companies\n"
        )
        #expect(!result.stdout.contains("\u{1B}"))
    }

    @Test func askAnswersOneQuestion() throws {
        let result = try Binary.run(["ask", "--json", "do u need a phd for ml research"])
        let object = try #require(Binary.objects(result.stdout).first)
        #expect(object["intent"] as? String == "role.education")
        #expect(object["roles"] as? [String] == ["research-scientist"])
    }

    @Test func worksFromAnyDirectory() throws {
        let result = try Binary.run(["ask", "what is a CAIO?"], directory: URL(fileURLWithPath: "/"))
        #expect(result.status == 0)
        #expect(result.stdout.contains("Chief AI officer"))
    }

    @Test func badDataExits65WithLocatedErrors() throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "mlcareers-bad-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for file in try FileManager.default.contentsOfDirectory(
            atPath: Binary.repository.appending(path: "Intents").path)
        {
            try FileManager.default.copyItem(
                at: Binary.repository.appending(path: "Intents/\(file)"), to: folder.appending(path: file))
        }
        try "intents:\n  - id: broken\n    patterns: what {sallary}\n    answer: x\n".write(
            to: folder.appending(path: "broken.yaml"), atomically: true, encoding: .utf8)
        for arguments in [
            ["check", folder.path], ["--intents", folder.path], ["ask", "--intents", folder.path, "hi"],
        ] {
            let result = try Binary.run(arguments, lines: ["hi"])
            #expect(result.status == 65, "\(arguments)")
            #expect(
                result.stderr.contains("\(folder.path)/broken.yaml:3:20: error: the slot '{sallary}' names no entity"),
                "\(result.stderr)")
            #expect(!result.stderr.contains("Fatal error"))
        }
    }

    @Test func checkPassesOnTheShippedData() throws {
        let result = try Binary.run(["check"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("0 errors"))
    }

    /// A folder that is not there is missing input (66), not bad data, and has no position to point at.
    @Test func missingDirectoryIsMissingInput() throws {
        let result = try Binary.run(["check", "/nonexistent/intents"])
        #expect(result.status == 66)
        #expect(result.stderr == "/nonexistent/intents: error: no such folder\n")
    }

    @Test(arguments: [["--bogus"], ["--color", "sometimes"], ["ask"], ["--width", "5"]])
    func badUsageExits64(_ arguments: [String]) throws {
        let result = try Binary.run(arguments)
        #expect(result.status == 64)
    }

    @Test func helpAndVersion() throws {
        let help = try Binary.run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("Examples:"))
        let version = try Binary.run(["--version"])
        #expect(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "1.0.0")
    }

    @Test func hostileInputNeverCrashes() throws {
        var input = Data("what does a DS do?\r\n".utf8)
        input += Data([0xFF, 0xFE, 0x00, 0x41, 0x0A])
        input += Data("\u{1B}]0;pwned\u{07}\u{1B}[2J hello\n".utf8)
        input += Data(String(repeating: "x", count: 1_000_000).utf8) + Data("\n".utf8)
        input += Data("🙂🙂🙂\nمرحبا\n?!?!\nunfinished line without newline".utf8)
        let result = try Binary.run(["--json"], input: input)
        #expect(result.status == 0)
        let objects = Binary.objects(result.stdout)
        #expect(objects.count == 8)
        #expect(objects.first?["intent"] as? String == "role.overview")
        #expect(!result.stdout.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
    }

    /// Each dialogue of the transcript suite, through one `mlcareers --json` process, gives the same
    /// intents, roles and answers as the engine in-process.
    @Test(arguments: Fixtures.files(in: "Tests/Transcripts/dialogues"))
    func dialoguesGiveTheSameAnswersThroughJSON(_ path: String) throws {
        let transcript = try Transcript.load(path)
        for dialogue in transcript.dialogues {
            let result = try Binary.run(["--json"], lines: dialogue.map(\.input))
            let objects = Binary.objects(result.stdout)
            try #require(objects.count == dialogue.count, "\(path):\(dialogue[0].line)")
            var conversation = Conversation(Fixtures.shipped)
            for (turn, object) in zip(dialogue, objects) {
                // `:reset` is a command in scripts, as at the prompt: `{"command":"reset",...}`.
                if turn.input == ":reset" {
                    conversation.reset()
                    #expect(object["command"] as? String == "reset", "\(path):\(turn.line)")
                    continue
                }
                let reply = conversation.respond(to: turn.input)
                #expect(object["intent"] as? String == reply.intent, "\(path):\(turn.line)")
                #expect(object["roles"] as? [String] == reply.roles, "\(path):\(turn.line)")
                #expect(object["answer"] as? String == reply.answer.plainText, "\(path):\(turn.line)")
                if let intent = turn.intents.first {
                    #expect(object["intent"] as? String == intent, "\(path):\(turn.line)")
                }
            }
        }
    }
}
