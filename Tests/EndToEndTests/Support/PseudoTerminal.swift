import CPseudoTerminal
import Foundation

/// Runs the binary on a pseudo-terminal, as a person at a keyboard would: type keys, read the screen.
final class PseudoTerminal {
    let pid: pid_t
    let master: Int32
    private(set) var output = ""

    /// The output without terminal escape sequences, as a person reads it.
    var screen: String {
        output.replacing(/\u{1B}\[[0-9;?]*[A-Za-z]/, with: "")
    }

    enum Failure: Error, CustomStringConvertible {
        case timeout(waitingFor: String, screen: String)
        var description: String {
            switch self {
            case .timeout(let text, let screen):
                "timed out waiting for \(text.debugDescription); screen so far:\n\(screen)"
            }
        }
    }

    init(_ arguments: [String], environment: [String: String] = [:], columns: Int = 100) throws {
        var env = [
            "TERM": "xterm", "HOME": NSTemporaryDirectory(), "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8",
            "SWIFT_BACKTRACE": "enable=no", "PATH": "/usr/bin:/bin",
        ]
        // Under `swift test --sanitize=...` the binary is instrumented too: keep the sanitizers' settings.
        for key in ["ASAN_OPTIONS", "TSAN_OPTIONS", "UBSAN_OPTIONS"] {
            env[key] = ProcessInfo.processInfo.environment[key]
        }
        for (key, value) in environment { env[key] = value }
        let argv = [Binary.url.path] + arguments
        let envp = env.map { "\($0.key)=\($0.value)" }
        var master: Int32 = -1
        pid = Self.withCStrings(argv) { argvPointer in
            Self.withCStrings(envp) { envPointer in
                mlc_pty_spawn(Binary.url.path, argvPointer, envPointer, 30, Int32(columns), &master)
            }
        }
        self.master = master
        guard pid > 0 else { throw POSIXError(.ECHILD) }
    }

    deinit {
        kill(pid, SIGKILL)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        close(master)
    }

    private static func withCStrings<T>(_ strings: [String], _ body: (UnsafePointer<UnsafeMutablePointer<CChar>?>) -> T)
        -> T
    {
        var pointers = strings.map { strdup($0) } + [nil]
        defer { pointers.forEach { free($0) } }
        return pointers.withUnsafeMutableBufferPointer { body(UnsafePointer($0.baseAddress!)) }
    }

    /// Reads what the program printed until `text` appears after `from` (default: anywhere new).
    @discardableResult
    func waitFor(_ text: String, timeout: TimeInterval = 10) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        while !screen.contains(text) {
            guard Date() < deadline else { throw Failure.timeout(waitingFor: text, screen: output) }
            readAvailable(waitMilliseconds: 50)
        }
        return screen
    }

    /// Waits until the program reads keys raw (libedit is editing), so typed keys are not lost.
    func waitUntilEditing(timeout: TimeInterval = 10) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while mlc_pty_is_raw(master) == 0 {
            guard Date() < deadline else { throw Failure.timeout(waitingFor: "raw mode", screen: output) }
            readAvailable(waitMilliseconds: 10)
        }
        readAvailable(waitMilliseconds: 30)
    }

    /// Forgets what was read so far, so the next `waitFor` only sees new output.
    func clearOutput() {
        readAvailable(waitMilliseconds: 50)
        output = ""
    }

    func type(_ text: String) throws {
        try waitUntilEditing()
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
    }

    static let enter = "\r", up = "\u{1B}[A", tab = "\t", controlC = "\u{03}", controlD = "\u{04}"

    /// True once the program has ended (it is then reaped).
    var hasExited: Bool {
        var status: Int32 = 0
        return waitpid(pid, &status, WNOHANG) == pid
    }

    /// Waits for the program to exit and returns its exit status (or 128 + signal).
    func exitStatus(timeout: TimeInterval = 10) throws -> Int32 {
        let deadline = Date().addingTimeInterval(timeout)
        var status: Int32 = 0
        while waitpid(pid, &status, WNOHANG) == 0 {
            guard Date() < deadline else { throw Failure.timeout(waitingFor: "exit", screen: output) }
            readAvailable(waitMilliseconds: 20)
        }
        readAvailable(waitMilliseconds: 0)
        let signal = status & 0x7F
        return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
    }

    private func readAvailable(waitMilliseconds: Int32) {
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        var buffer = [UInt8](repeating: 0, count: 65536)
        while poll(&descriptor, 1, waitMilliseconds) > 0, descriptor.revents & Int16(POLLIN) != 0 {
            let count = read(master, &buffer, buffer.count)
            guard count > 0 else { return }
            output += String(decoding: buffer[0..<count], as: UTF8.self)
        }
    }
}
