import CPseudoTerminal
import Foundation
import Testing

/// Pipes that close, Ctrl-C in a script, and the terminal being closed or the process told to stop.
@Suite(.serialized) struct SignalTests {
    /// `mlcareers --json < many-lines | head -1` with SIGPIPE at its default, as from a shell: the
    /// first answer, then a quiet end (status 0, nothing on stderr).
    @Test(arguments: [["--json"], []])
    func pipedIntoHeadEndsQuietly(_ arguments: [String]) throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "mlcareers-head-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let questions = folder.appending(path: "questions.txt")
        try Data(Array(repeating: "what does a DS do?\n", count: 2_000).joined().utf8).write(to: questions)
        let script = "set -o pipefail; env --default-signal=PIPE \"$0\" \"$@\" < \"\(questions.path)\" | head -1"
        let result = try Binary.run(
            ["-c", script, Binary.url.path] + arguments, executable: URL(fileURLWithPath: "/bin/bash"))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty, "\(result.stderr)")
        #expect(result.stdout.split(separator: "\n").count == 1)
    }

    /// Ctrl-C while lines are still coming: what was answered is printed, then exit 130.
    @Test func interruptedScriptFlushesAndExits130() throws {
        let process = Process()
        process.executableURL = Binary.url
        process.arguments = ["--json"]
        var environment = ProcessInfo.processInfo.environment
        environment["SWIFT_BACKTRACE"] = "enable=no"
        process.environment = environment
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data("hi\nwhat does a DS do?\nthanks\n".utf8))
        // Wait until the program has read the lines (the pipe is empty), then give it time to answer them.
        var unread: Int32 = 1
        let deadline = Date().addingTimeInterval(30)
        while unread > 0, Date() < deadline {
            _ = ioctl(input.fileHandleForWriting.fileDescriptor, UInt(FIONREAD), &unread)
            usleep(20_000)
        }
        usleep(1_000_000)
        kill(process.processIdentifier, SIGINT)
        let stopBy = Date().addingTimeInterval(30)
        while process.isRunning, Date() < stopBy { usleep(20_000) }
        if process.isRunning {
            Issue.record("Ctrl-C did not stop the session")
            kill(process.processIdentifier, SIGKILL)
        }
        let answers = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try? input.fileHandleForWriting.close()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 130)
        let intents = Binary.objects(String(decoding: answers, as: UTF8.self)).map { $0["intent"] as? String }
        #expect(intents == ["greeting", "role.overview", "thanks"])
    }

    /// SIGTERM or SIGHUP at the prompt: the history already holds what was typed, the process ends
    /// with 128 + the signal, and the terminal is back in its normal (cooked) mode.
    @Test(arguments: [SIGTERM, SIGHUP])
    func stopSignalAtThePromptKeepsHistoryAndRestoresTheTerminal(_ signal: Int32) throws {
        let state = TerminalTests.stateDirectory()
        let terminal = try PseudoTerminal([], environment: ["XDG_STATE_HOME": state])
        try terminal.waitFor("mlcareers> ")
        try terminal.type("what does a CAIO do?" + PseudoTerminal.enter)
        try terminal.waitFor("chief AI officer is the executive")
        try terminal.type("half a question")
        try terminal.waitUntilEditing()
        kill(terminal.pid, signal)
        #expect(try terminal.exitStatus() == 128 + signal)
        #expect(mlc_pty_is_raw(terminal.master) == 0, "the terminal was left in raw mode")
        let history = try String(contentsOfFile: state + "/mlcareers/history", encoding: .utf8)
        #expect(history == "what does a CAIO do?\n")
    }
}
