import Foundation
import Testing

/// `--record-misses FILE` and `mlcareers misses FILE`: what visitors asked that went unanswered.
@Suite struct MissesTests {
    static func scratch() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appending(path: "mlcareers-misses-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func aMissIsOneJSONLineInAPrivateFile() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appending(path: "misses.jsonl")
        let result = try Binary.run(
            ["--record-misses", file.path], lines: ["what does a data scientist do?", "zorblax quibbles frobnication"])
        #expect(result.status == 0 && result.stderr.isEmpty)
        let attributes = try FileManager.default.attributesOfItem(atPath: file.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 1, "the answered question is not recorded")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["time", "question", "closest", "unknown"], "nothing else about the visitor")
        #expect(object["question"] as? String == "zorblax quibbles frobnication")
        #expect(object["unknown"] as? [String] == ["zorblax", "quibbles", "frobnication"])
        #expect((object["time"] as? String)?.hasSuffix("Z") == true)
    }

    /// Two assistants appending to one file at once: every line whole, none lost.
    @Test func twoWritersAtOnceLoseNothing() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appending(path: "misses.jsonl")
        let input = folder.appending(path: "input.txt")
        try Data((0..<300).map { "zorblax number \($0) frobnicates\n" }.joined().utf8).write(to: input)
        let processes = try (0..<2).map { _ in
            let process = Process()
            process.executableURL = Binary.url
            process.arguments = ["--record-misses", file.path]
            process.standardInput = try FileHandle(forReadingFrom: input)
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            return process
        }
        processes.forEach { $0.waitUntilExit() }
        #expect(processes.allSatisfy { $0.terminationStatus == 0 })
        let lines = try String(contentsOf: file, encoding: .utf8).split(
            separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 601 && lines.last == "", "600 lines, each ended")
        let questions = lines.dropLast().compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["question"] as? String
        }
        #expect(questions.count == 600, "every line is a whole record")
        #expect(Set(questions).count == 300 && questions.filter { $0 == "zorblax number 7 frobnicates" }.count == 2)
    }

    /// A file that cannot be written (here a folder) is said once; the session answers as usual.
    @Test func anUnwritableFileNeverBreaksTheSession() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Binary.run(
            ["--record-misses", folder.path, "--json"], lines: ["zorblax", "what does a data scientist do?", "quibble"])
        #expect(result.status == 0)
        #expect(
            Binary.objects(result.stdout).map { $0["intent"] as? String } == ["fallback", "role.overview", "fallback"])
        #expect(
            result.stderr
                == "note: cannot record misses in \(folder.path) (Is a directory); the chat goes on without recording them\n"
        )
    }

    static let sample = """
        {"time":"2026-05-02T10:00:00Z","question":"how much does a data scientist earn?","closest":"decline.salary","unknown":[]}
        {"time":"2026-05-02T10:01:00Z","question":"do they use kaggle","closest":"role.skills","unknown":["kaggle"]}
        {"time":"2026-05-02T10:02:00Z","question":"How much does a data scientist earn?","closest":"decline.salary","unknown":[]}
        not json
        {"time":"2026-05-02T10:03:00Z","question":"kaggle grandmaster?","closest":null,"unknown":["kaggle","grandmaster"]}
        {"time":"2026-05-02T10:04:00Z","question":"what do ML engineers make","closest":"decline.salary","unknown":[]}

        """

    @Test func theSummaryGroupsByClosestIntentAndUnknownWords() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appending(path: "misses.jsonl")
        try Data(Self.sample.utf8).write(to: file)
        let result = try Binary.run(["misses", file.path])
        #expect(result.status == 0)
        #expect(result.stderr == "\(file.path):4: warning: not a record of --record-misses; skipped\n")
        #expect(
            result.stdout == """
                5 questions not answered.

                By the intent they came closest to:
                   3  decline.salary
                        how much does a data scientist earn? (2 times)
                        what do ML engineers make
                   1  (nothing came close)
                        kaggle grandmaster?
                   1  role.skills
                        do they use kaggle

                Words I did not understand:
                   2  kaggle
                   1  grandmaster

                """)
    }

    @Test func aMissingRecordIsExit66() throws {
        let result = try Binary.run(["misses", "/nonexistent/misses.jsonl"])
        #expect(result.status == 66)
        #expect(result.stderr == "/nonexistent/misses.jsonl: error: no such file\n")
    }
}
