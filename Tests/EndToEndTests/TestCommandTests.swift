import CareerEngine
import Foundation
import Testing
import TranscriptKit

/// `mlcareers test`: the transcripts a content editor runs without the Swift toolchain.
@Suite struct TestCommandTests {
    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appending(path: "mlcareers-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    static func write(_ text: String, to file: URL) throws {
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
    }

    /// The turns of the repository's transcripts outside open-cases.txt: the binary must play them all.
    static var shippedTurns: Int {
        let files =
            Fixtures.files(in: "Tests/Transcripts") + Fixtures.files(in: "Tests/Transcripts/phrasings")
            + Fixtures.files(in: "Tests/Transcripts/dialogues")
        return files.compactMap { try? Transcript.load($0) }.filter { !$0.isOpenCases }.map(\.turns.count).reduce(0, +)
    }

    @Test func theShippedTranscriptsPassFromAnyDirectory() throws {
        let empty = try Self.folder()
        defer { try? FileManager.default.removeItem(at: empty) }
        let result = try Binary.run(["test"], directory: empty)
        #expect(result.status == 0, "\(result.stdout.suffix(2000))")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.last == "\(Self.shippedTurns) passed, 0 failed")
        #expect(lines.dropLast().last?.hasSuffix(" open cases still fail (known misses, not counted)") == true)
        #expect(result.stderr.isEmpty)
    }

    static let dialogue = """
        > what does an mlops engineer do?
        intent: role.overview
        roles: mlops-engineer
        says: monitoring

        > what skills do they need
        intent: role.skills
        roles: data-scientist
        """

    @Test func aFailingTurnIsPrintedAtItsLineWithTheAnswer() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appending(path: "dialogues/mlops.txt")
        try Self.write(Self.dialogue, to: file)
        let result = try Binary.run(["test", folder.path])
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "\(file.path):6: expected roles [data-scientist], got [mlops-engineer]")
        #expect(lines.dropFirst().first == "    > what skills do they need")
        #expect(lines.dropFirst(2).first == "    Skills for an MLOps engineer", "the answer follows")
        #expect(lines.last == "1 passed, 1 failed")
    }

    /// `--intents` plays the same transcript against edited rules: a fact changed in a copy of Intents/
    /// fails the turn that quotes it, and the unedited copy passes.
    @Test func editedRulesAreTestedWithIntents() throws {
        let intents = try BrokenDataFilesTests.copyOfIntents()
        let folder = try Self.folder()
        defer { [intents, folder].forEach { try? FileManager.default.removeItem(at: $0) } }
        let file = folder.appending(path: "mlops.txt")
        try Self.write(
            "> what does an mlops engineer do?\nsays: the deployment, monitoring, and maintenance\n", to: file)
        #expect(try Binary.run(["test", "--intents", intents.path, file.path]).stdout == "1 passed, 0 failed\n")
        let roles = intents.appending(path: "roles.yaml")
        let text = try String(contentsOf: roles, encoding: .utf8)
        try Self.write(
            text.replacingOccurrences(of: "deployment, monitoring, and maintenance", with: "deployment and upkeep"),
            to: roles)
        let result = try Binary.run(["test", "--intents", intents.path, file.path])
        #expect(result.status == 1)
        #expect(
            result.stdout.hasPrefix(
                "\(file.path):1: expected the answer to say 'the deployment, monitoring, and maintenance', got an answer without it\n"
            ))
        #expect(result.stdout.contains("MLOps engineers manage the deployment and upkeep of machine learning systems."))
    }

    @Test func openCasesAreNotFailuresAndThoseThatPassAreNamed() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appending(path: "open-cases.txt")
        try Self.write("> hello\nintent: greeting\n\n> hello\nintent: role.skills\n", to: file)
        let result = try Binary.run(["test", file.path])
        #expect(result.status == 0)
        #expect(
            result.stdout == """
                \(file.path):1: open case passes now: "hello" (move it out of open-cases.txt)
                1 open cases still fail (known misses, not counted)
                0 passed, 0 failed

                """)
    }

    @Test func aMalformedTranscriptIsALocatedErrorAndExit65() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appending(path: "bad.txt")
        try Self.write("> hi\n  sayz: hello\n", to: file)
        let result = try Binary.run(["test", file.path])
        #expect(result.status == 65)
        #expect(result.stdout.isEmpty)
        #expect(
            result.stderr == """
                \(file.path):2:3: error: unknown key 'sayz' (did you mean 'says'?); the keys are: intent, roles, says, not-says, seed
                      sayz: hello
                      ^

                """)
    }

    @Test func anUnreadableTranscriptIsExit65() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appending(path: "binary.txt")
        try Data([0x3E, 0x20, 0xFF, 0xFE, 0x0A]).write(to: file)
        let result = try Binary.run(["test", file.path])
        #expect(result.status == 65)
        #expect(result.stderr == "\(file.path):1:1: error: the file is not UTF-8 text\n")
    }

    @Test func aMissingPathIsExit66WithoutAPosition() throws {
        let result = try Binary.run(["test", "/nonexistent/transcripts"])
        #expect(result.status == 66)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "/nonexistent/transcripts: error: no such file or folder\n")
    }
}
