import Foundation
import Testing

/// Whatever arrives on stdin or as a question, every line gets an answer (or a clear refusal), and no
/// control character of the input reaches the output.
@Suite struct HostileInputTests {
    /// Escape sequences that would retitle the window, clear the screen, recolour or reorder text.
    static let controls =
        "\u{1B}]0;pwned\u{07}\u{1B}[2J\u{1B}[31mwhat does a DS do?\u{1B}[0m\u{9B}1m\u{7F}\u{202E}\u{0}\u{08}"

    static func hasControl(_ text: String) -> Bool {
        text.unicodeScalars.contains {
            $0.value < 0x20 && $0 != "\n" || (0x7F...0x9F).contains($0.value) || (0x202A...0x202E).contains($0.value)
        }
    }

    @Test func controlCharactersNeverReachTheOutput() throws {
        let json = try Binary.run(["--json"], lines: [Self.controls])
        let object = try #require(Binary.objects(json.stdout).first)
        let input = try #require(object["input"] as? String)
        #expect(!Self.hasControl(input), "\(input.debugDescription)")
        #expect(input == "what does a DS do?")
        #expect(object["intent"] as? String == "role.overview", "the question inside the escapes is read")
        #expect(!json.stdout.contains("\\u001b") && !json.stdout.contains("\\u0007"))

        let plain = try Binary.run([], lines: [Self.controls, "zzqx \u{1B}]0;pwned\u{07}"])
        #expect(!Self.hasControl(plain.stdout), "\(plain.stdout.debugDescription)")
        let ask = try Binary.run([
            "ask", "--json", "--explain", Self.controls.replacingOccurrences(of: "\u{0}", with: ""),
        ])
        #expect(!Self.hasControl(ask.stdout.replacingOccurrences(of: "\n", with: "")), "\(ask.stdout.debugDescription)")
        #expect(ask.status == 0)
    }

    /// Quotes and backslashes are escaped wherever they fall in a line (the writer passes over eight
    /// plain bytes at a time), next to accented letters too: each line comes back as it was sent.
    @Test func quotesAndBackslashesRoundTripThroughJSON() throws {
        let lines = (0..<9).map { shift in
            String(repeating: "a", count: shift) + "what \"does\" a \\data\\ scientist \"do\"? é\\x ü\"zz\\"
        }
        let result = try Binary.run(["--json"], lines: lines)
        #expect(Binary.objects(result.stdout).map { $0["input"] as? String } == lines)
    }

    @Test func invalidUTF8AndNULBytesAreAnswered() throws {
        var input = Data([0xFF, 0xFE, 0xC3]) + Data(" what does a DS do?\n".utf8)
        input += Data("what\0 skills does an MLOps engineer need?\n".utf8) + Data([0, 0, 0, 0x0A])
        for arguments in [["--json"], []] {
            let result = try Binary.run(arguments, input: input)
            #expect(result.status == 0)
            #expect(result.stderr.isEmpty)
            if arguments.isEmpty { continue }
            let objects = Binary.objects(result.stdout)
            #expect(objects.map { $0["intent"] as? String } == ["role.overview", "role.skills", "fallback"])
            #expect(objects.allSatisfy { !Self.hasControl($0["input"] as? String ?? "\u{0}") })
        }
    }

    /// A megabyte in one line: refused with a message, and only a bounded part of it is kept (the
    /// echo in `input` shows how much), so a gigabyte without a newline could not exhaust memory.
    @Test func aOneMegabyteLineIsRefusedInBoundedMemory() throws {
        let huge = String(repeating: "data scientist ", count: 70_000)
        let result = try Binary.run(["--json"], lines: [huge, "what does a DS do?"])
        let objects = Binary.objects(result.stdout)
        try #require(objects.count == 2)
        #expect(objects[0]["intent"] as? String == "fallback")
        #expect((objects[0]["answer"] as? String)?.contains("too long for me to read as one question") == true)
        let echoed = try #require(objects[0]["input"] as? String)
        #expect(
            echoed.utf8.count <= 64 * 1024, "only the first 64 KiB of a line is kept, not \(echoed.utf8.count) bytes")
        #expect(objects[1]["intent"] as? String == "role.overview", "the next line is read from its start")
        let ask = try Binary.run(["ask", String(repeating: "why ", count: 20_000)])
        #expect(ask.status == 0)
        #expect(ask.stdout.contains("too long for me to read"))
    }

    @Test(arguments: [
        "?!?!.,;:…", "🙂🙂🙂 🚀", "مرحبا، ما هو عالم البيانات؟", "\u{202B}what does a DS do\u{202C}", "   \t  ", "#", "-",
    ])
    func oddLinesNeverCrash(_ line: String) throws {
        for arguments in [["--json"], [], ["ask"]] {
            let result =
                arguments == ["ask"]
                ? try Binary.run(["ask", "x" + line]) : try Binary.run(arguments, lines: [line, "hi"])
            #expect(result.status == 0, "\(arguments) \(line.debugDescription): \(result.stderr)")
            #expect(result.stderr.isEmpty)
            #expect(!result.stdout.isEmpty)
        }
    }

    @Test func windowsLineEndingsAndAMissingLastNewline() throws {
        let result = try Binary.run(
            ["--json"], input: Data("what does a DS do?\r\nand MLE?\r\nhi\r\nwhat does a CAIO do?".utf8))
        let objects = Binary.objects(result.stdout)
        #expect(
            objects.map { $0["input"] as? String } == ["what does a DS do?", "and MLE?", "hi", "what does a CAIO do?"])
        #expect(
            objects.map { $0["intent"] as? String } == ["role.overview", "role.overview", "greeting", "role.overview"])
        let plain = try Binary.run([], input: Data("what does a DS do?\r\n".utf8))
        #expect(!plain.stdout.contains("\r"))
    }

    @Test func aHundredThousandLinesAreAllAnswered() throws {
        let lines = (0..<100_000).map { $0 % 1000 == 999 ? "what does a DS do?" : "hi" }
        let result = try Binary.run(["--json"], lines: lines)
        #expect(result.status == 0)
        let answers = result.stdout.split(separator: "\n")
        #expect(answers.count == 100_000)
        #expect(answers.last?.contains("\"intent\":\"role.overview\"") == true)
    }
}
