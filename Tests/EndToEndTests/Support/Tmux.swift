import CPseudoTerminal
import Foundation
import Testing

/// Runs a command in a tmux window: what a screen shows after the terminal itself redraws (a
/// resize, a job stopped and resumed) is read back with `capture-pane`, as a person sees it.
/// Each instance has its own tmux server (its own socket), ended with it.
final class Tmux {
    static let executable = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    /// Tests that need tmux run when it is installed, and always in CI (`.ci/run` sets
    /// MLCAREERS_REQUIRE_TMUX=1 and `./bootstrap` installs it), where a missing tmux fails them.
    static let required = Testing.ConditionTrait.enabled(
        if: executable != nil || ProcessInfo.processInfo.environment["MLCAREERS_REQUIRE_TMUX"] == "1",
        "tmux is not installed (./bootstrap installs it); skipped here, CI runs these tests")

    enum Failure: Error, CustomStringConvertible {
        case missing
        case timeout(waitingFor: String, screen: String)
        var description: String {
            switch self {
            case .missing: "tmux is not installed: run ./bootstrap"
            case .timeout(let text, let screen): "timed out waiting for \(text.debugDescription); screen:\n\(screen)"
            }
        }
    }

    private let socket = "mlcareers-test-\(UUID().uuidString)"
    private var tty: Int32 = -1
    private var socketPath = ""

    /// Starts `command` (run by /bin/sh) in a detached window of `columns` x `rows`.
    init(_ command: String, columns: Int = 80, rows: Int = 24, environment: [String: String] = [:]) throws {
        var env = [
            "TERM": "xterm", "HOME": NSTemporaryDirectory(), "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8",
            "SWIFT_BACKTRACE": "enable=no", "PATH": "/usr/bin:/bin",
        ]
        for (key, value) in environment { env[key] = value }
        let assignments = env.map { "\($0.key)=\(Self.quoted($0.value))" }.sorted().joined(separator: " ")
        // No status line (the window is the program's alone) and a long scrollback, from the start.
        let configuration = NSTemporaryDirectory() + socket + ".conf"
        try "set -g status off\nset -g history-limit 10000\n".write(
            toFile: configuration, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: configuration) }
        try run([
            "-f", configuration, "new-session", "-d", "-x", "\(columns)", "-y", "\(rows)",
            "env -i \(assignments) \(command)",
        ])
        let path = try run(["display-message", "-p", "#{pane_tty}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        tty = open(path, O_RDONLY | O_NOCTTY)
        socketPath = try run(["display-message", "-p", "#{socket_path}"]).trimmingCharacters(
            in: .whitespacesAndNewlines)
    }

    deinit {
        if tty >= 0 { close(tty) }
        _ = try? run(["kill-server"])
        // A server that ended with its window's program leaves its socket behind.
        if socketPath.hasSuffix(socket) { try? FileManager.default.removeItem(atPath: socketPath) }
    }

    /// The binary's path quoted for a command line.
    static var binary: String { quoted(Binary.url.path) }

    static func quoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// Types `text` as it is (no key names).
    func type(_ text: String) throws {
        try waitUntilEditing()
        try run(["send-keys", "-l", text])
    }

    /// Presses keys by tmux name: "Enter", "C-z", "C-c".
    func press(_ keys: String...) throws {
        try waitUntilEditing()
        try run(["send-keys"] + keys)
    }

    func resize(columns: Int, rows: Int = 24) throws {
        try run(["resize-window", "-x", "\(columns)", "-y", "\(rows)"])
    }

    /// The screen as shown now, or with `scrollback` everything since the start.
    func capture(scrollback: Bool = false) throws -> String {
        try run(["capture-pane", "-p"] + (scrollback ? ["-S", "-"] : []))
    }

    /// Waits until `text` is on the screen (tmux drops the spaces that end a line) (or in the scrollback) and returns the screen.
    @discardableResult
    func waitFor(_ text: String, scrollback: Bool = false, timeout: TimeInterval = 10) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let screen = try capture(scrollback: scrollback)
            if screen.contains(text) { return screen }
            guard Date() < deadline else { throw Failure.timeout(waitingFor: text, screen: screen) }
            usleep(50_000)
        }
    }

    /// Waits until the last line with text on the screen is `line` (the cursor's line, at a prompt).
    func waitForLastLine(_ line: String, timeout: TimeInterval = 10) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let screen = try capture()
            let last = screen.split(separator: "\n").last { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            if last.map({ $0.trimmingCharacters(in: .whitespaces) }) == line { return }
            guard Date() < deadline else { throw Failure.timeout(waitingFor: line, screen: screen) }
            usleep(50_000)
        }
    }

    /// Waits until the program in the window reads keys raw (it is editing a line), so keys are not lost.
    func waitUntilEditing(timeout: TimeInterval = 10) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while mlc_pty_is_raw(tty) == 0 {
            guard Date() < deadline else { throw Failure.timeout(waitingFor: "raw mode", screen: try capture()) }
            usleep(10_000)
        }
        usleep(30_000)
    }

    @discardableResult
    private func run(_ arguments: [String]) throws -> String {
        guard let executable = Self.executable else { throw Failure.missing }
        // Not Foundation's Process: the server that `new-session` starts would inherit what it uses.
        let file = NSTemporaryDirectory() + "\(socket)-\(UUID().uuidString).out"
        defer { try? FileManager.default.removeItem(atPath: file) }
        var pointers = ([executable, "-L", socket] + arguments).map { strdup($0) } + [nil]
        defer { pointers.forEach { free($0) } }
        guard mlc_run(executable, &pointers, file) >= 0 else { throw POSIXError(.ECHILD) }
        return (try? String(contentsOfFile: file, encoding: .utf8)) ?? ""
    }
}
