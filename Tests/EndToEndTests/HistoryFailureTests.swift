import Foundation
import Testing

/// The history file going wrong under the prompt: the assistant keeps answering, warns once, and never
/// truncates or loses the entries that were there.
@Suite(.serialized) struct HistoryFailureTests {
    static func folder() throws -> String {
        let folder = NSTemporaryDirectory() + "mlcareers-history-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Asks `questions` at the prompt of `terminal`, waiting for each answer.
    static func ask(_ terminal: PseudoTerminal, _ questions: [(String, String)]) throws {
        for (question, answer) in questions {
            try terminal.type(question + PseudoTerminal.enter)
            try terminal.waitFor(answer)
        }
    }

    static let caio = ("what does a CAIO do?", "chief AI officer is the executive")
    static let research = ("where do research scientists work?", "Large tech companies")
    static let mlops = ("what does an MLOps engineer do?", "real-world environments")

    static func notes(_ screen: String) -> Int { screen.components(separatedBy: "note: ").count - 1 }

    @Test func aDirectoryThatCannotBeCreatedWarnsOnce() throws {
        let folder = try Self.folder()
        FileManager.default.createFile(atPath: folder + "/blocker", contents: Data("x".utf8))
        let terminal = try PseudoTerminal(["--history-file", folder + "/blocker/sub/history"])
        try terminal.waitFor("note: history is not saved: cannot create \(folder)/blocker/sub")
        try Self.ask(terminal, [Self.caio, Self.research, Self.mlops])
        #expect(Self.notes(terminal.screen) == 1)
        try terminal.type(PseudoTerminal.controlD)
        #expect(try terminal.exitStatus() == 0)
    }

    /// /dev/full through a link: every write fails with "no space left". The device is neither read
    /// at start (it never ends) nor has its permissions changed to 0600.
    @Test func aFullDiskWarnsOnceAndTheDeviceIsLeftAlone() throws {
        let folder = try Self.folder()
        try FileManager.default.createSymbolicLink(atPath: folder + "/history", withDestinationPath: "/dev/full")
        let before = try FileManager.default.attributesOfItem(atPath: "/dev/full")[.posixPermissions] as? Int
        let terminal = try PseudoTerminal(["--history-file", folder + "/history"])
        try terminal.waitFor("mlcareers> ")
        try Self.ask(terminal, [Self.caio])
        try terminal.waitFor("note: history is not saved: writing \(folder)/history failed (No space left on device)")
        try Self.ask(terminal, [Self.research, Self.mlops])
        #expect(Self.notes(terminal.screen) == 1)
        #expect(try FileManager.default.attributesOfItem(atPath: "/dev/full")[.posixPermissions] as? Int == before)
        try terminal.type(":quit" + PseudoTerminal.enter)
        #expect(try terminal.exitStatus() == 0)
    }

    /// Binary junk and control characters in the file: the readable entries are recalled, the file is
    /// never rewritten (not even when it passes twice the history size), new entries are appended.
    @Test func aCorruptFileIsKeptAndAppendedTo() throws {
        let folder = try Self.folder()
        let path = folder + "/history"
        let original =
            Data("older question\n".utf8) + Data([0x00, 0xFF, 0x1B, 0x5B, 0x32, 0x4A, 0x0A])
            + Data("newer question\n".utf8)
        try original.write(to: URL(fileURLWithPath: path))
        let terminal = try PseudoTerminal(["--history-file", path, "--history-size", "1"])
        try terminal.waitFor("note: the history file \(path) has damaged lines; they are kept but not shown")
        try Self.ask(terminal, [Self.caio, Self.research, Self.mlops])
        #expect(Self.notes(terminal.screen) == 1)
        try terminal.type(":history" + PseudoTerminal.enter)
        try terminal.waitFor(Self.mlops.0)
        try terminal.type(PseudoTerminal.controlD)
        #expect(try terminal.exitStatus() == 0)
        let after = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(after == original + Data([Self.caio.0, Self.research.0, Self.mlops.0].map { $0 + "\n" }.joined().utf8))
    }

    /// A line typed with control characters (Ctrl-V Esc) is stored without them, so the file does
    /// not read back as damaged next time.
    @Test func controlCharactersTypedAtThePromptDoNotDamageTheFile() throws {
        let folder = try Self.folder()
        let path = folder + "/history"
        do {
            let terminal = try PseudoTerminal(["--history-file", path])
            try terminal.waitFor("mlcareers> ")
            try terminal.type("\u{16}\u{1B}[31mwhat does a CAIO do?" + PseudoTerminal.enter)
            try terminal.waitFor(Self.caio.1)
            try terminal.type(PseudoTerminal.controlD)
            #expect(try terminal.exitStatus() == 0)
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "what does a CAIO do?\n")
        let next = try PseudoTerminal(["--history-file", path])
        try next.waitFor("mlcareers> ")
        try Self.ask(next, [Self.research])
        #expect(!next.screen.contains("damaged"))
    }

    @Test func aFileDeletedWhileRunningIsCreatedAgain() throws {
        let folder = try Self.folder()
        let path = folder + "/history"
        let terminal = try PseudoTerminal(["--history-file", path])
        try terminal.waitFor("mlcareers> ")
        try Self.ask(terminal, [Self.caio])
        try FileManager.default.removeItem(atPath: path)
        try Self.ask(terminal, [Self.research])
        #expect(try String(contentsOfFile: path, encoding: .utf8) == Self.research.0 + "\n")
        #expect(Self.notes(terminal.screen) == 0)
    }

    /// Two prompts on the same file, questions interleaved: every entry of both is in the file, in
    /// the order typed, also across a compaction (history size 3: compacted past 6 lines).
    @Test(arguments: [1000, 3])
    func twoSessionsAtOnceLoseNothing(_ size: Int) throws {
        let folder = try Self.folder()
        let path = folder + "/history"
        let first = try PseudoTerminal(["--history-file", path, "--history-size", String(size)])
        let second = try PseudoTerminal(["--history-file", path, "--history-size", String(size)])
        try first.waitFor("mlcareers> ")
        try second.waitFor("mlcareers> ")
        var typed: [String] = []
        for round in 0..<4 {
            for (terminal, name) in [(first, "first"), (second, "second")] {
                let question = "what does a CAIO do? \(name) \(round)"
                try Self.ask(terminal, [(question, Self.caio.1)])
                terminal.clearOutput()
                typed.append(question)
            }
        }
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(lines == Array(typed.suffix(lines.count)), "entries are in typing order")
        #expect(lines.count == (size >= typed.count ? typed.count : lines.count))
        #expect(lines.count >= min(size, typed.count), "the newest \(size) entries are all there")
    }
}
