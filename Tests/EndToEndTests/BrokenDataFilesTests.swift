import Foundation
import Testing

/// `mlcareers check DIR` and `mlcareers --intents DIR` on hostile data: always FILE:LINE:COLUMN: error:
/// and exit 65, never a crash, a hang or an unbounded read.
@Suite struct BrokenDataFilesTests {
    /// A copy of the shipped Intents/ in a new folder.
    static func copyOfIntents() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appending(path: "mlcareers-broken-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for file in try FileManager.default.contentsOfDirectory(
            atPath: Binary.repository.appending(path: "Intents").path)
        {
            try FileManager.default.copyItem(
                at: Binary.repository.appending(path: "Intents/\(file)"), to: folder.appending(path: file))
        }
        return folder
    }

    /// Runs `check DIR` and chat with `--intents DIR`; both must exit 65 with `expected` on stderr.
    static func expectRefused(_ folder: URL, _ expected: String, sourceLocation: SourceLocation = #_sourceLocation)
        throws
    {
        for arguments in [["check", folder.path], ["--intents", folder.path, "--json"]] {
            let result = try Binary.run(arguments, lines: ["hi"])
            #expect(result.status == 65, "\(arguments)", sourceLocation: sourceLocation)
            #expect(result.stderr.contains(expected), "\(result.stderr.prefix(2000))", sourceLocation: sourceLocation)
            #expect(result.stdout.isEmpty, sourceLocation: sourceLocation)
        }
    }

    static let brokenFiles: [(name: String, text: String, error: String)] = [
        ("malformed", "intents:\n  - id: x\n    patterns: [unclosed\n", ":4:1: error: malformed YAML"),
        (
            "unknown-key", "intents:\n  - id: y\n    patterns: hello there friend\n    answr: Hi\n",
            ":4:5: error: unknown key 'answr' in an intent (did you mean 'answer'?)"
        ),
        (
            "wrong-type", "intents:\n  - id: z\n    patterns: hello\n    answer: [a, b]\n",
            ":4:13: error: 'answer' must be a single value, not a list"
        ),
        (
            "zz-duplicate-id", "roles:\n  - id: data-scientist\n    name: data person\n",
            ":2:9: error: duplicate role id 'data-scientist'"
        ),
        (
            "deep-yaml", "intents: " + String(repeating: "[", count: 5_000) + "\n",
            ":1:11: error: nesting deeper than 32 levels"
        ),
        (
            "deep-pattern",
            "intents:\n  - id: d\n    patterns: |\n      " + String(repeating: "[", count: 300) + "a"
                + String(repeating: "]", count: 300) + "\n    answer: D\n",
            ":4:15: error: brackets nested more than 8 deep"
        ),
        (
            "long-pattern",
            "intents:\n  - id: l\n    patterns: |\n      " + String(repeating: "word ", count: 100_000)
                + "\n    answer: L\n", ":4:7: error: the pattern is 499999 characters long"
        ),
        ("not-utf8", "intents: \u{FFFF}", ":1:1: error: the file is not UTF-8 text"),
    ]

    @Test(arguments: brokenFiles.indices)
    func brokenFileIsALocatedError(_ index: Int) throws {
        let broken = Self.brokenFiles[index]
        let folder = try Self.copyOfIntents()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appending(path: "\(broken.name).yaml")
        var bytes = Data(broken.text.utf8)
        if broken.name == "not-utf8" { bytes = Data("intents: ".utf8) + Data([0xFF, 0xFE, 0x0A]) }
        try bytes.write(to: file)
        try Self.expectRefused(folder, file.path + broken.error)
    }

    /// 50 MB (sparse, so the test writes nothing): refused from its size, before a byte is parsed.
    @Test func aFiftyMegabyteFileIsRefusedBeforeItIsRead() throws {
        let folder = try Self.copyOfIntents()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appending(path: "huge.yaml")
        FileManager.default.createFile(atPath: file.path, contents: nil)
        let handle = try FileHandle(forWritingTo: file)
        try handle.truncate(atOffset: 50_000_000)
        try handle.close()
        try Self.expectRefused(folder, file.path + ":1:1: error: the file is 50 MB; data files may be at most 10 MB")
    }

    /// A name ending in .yaml that is no regular file: a link to a device that never ends, a FIFO
    /// nobody writes to, a link to nothing.
    @Test(arguments: ["/dev/zero", "fifo", "/nonexistent/target"])
    func somethingThatIsNotAFileIsRefused(_ target: String) throws {
        let folder = try Self.copyOfIntents()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appending(path: "odd.yaml")
        if target == "fifo" {
            #expect(mkfifo(file.path, 0o600) == 0)
        } else {
            try FileManager.default.createSymbolicLink(atPath: file.path, withDestinationPath: target)
        }
        let expected =
            target.hasPrefix("/nonexistent")
            ? ":1:1: error: cannot read the file (No such file or directory)" : ":1:1: error: not a regular file"
        try Self.expectRefused(folder, file.path + expected)
    }

    /// Missing input (66), said without a made-up position, by `check` and by `--intents` alike.
    @Test func aMissingDirectoryIsMissingInput() throws {
        for arguments in [["check", "/nonexistent/intents"], ["--intents", "/nonexistent/intents", "--json"]] {
            let result = try Binary.run(arguments, lines: ["hi"])
            #expect(result.status == 66, "\(arguments)")
            #expect(result.stderr == "/nonexistent/intents: error: no such folder\n", "\(arguments)")
            #expect(result.stdout.isEmpty)
        }
    }

    @Test func anEmptyDirectoryIsALocatedError() throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "mlcareers-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.expectRefused(folder, folder.path + ":1:1: error: no data files (*.yaml) in this directory")
    }
}
