import ArgumentParser
import CareerEngine
import Foundation

/// Answers questions read from a pipe, one per line, as one conversation: no prompt, no banner.
/// Blank lines and lines starting with `#` are skipped. Commands run as at the prompt; `:quit` ends
/// the input.
struct ScriptedSession {
    let assistant: Assistant
    let json: Bool
    /// `--echo`: each line is printed as `> LINE` before its answer, so the output reads back as a transcript.
    var echo = false
    let style: AnswerStyle
    /// The `--intents` folder for `:reload`, and the `--record-misses` file.
    var editor = EditorSupport()

    /// Answers are written in batches of this many bytes: fast for 100,000 lines, still prompt for a few.
    static let bufferLimit = 64 * 1024

    /// Bytes of one line past this are dropped unread into memory: the engine refuses questions of more
    /// than `Conversation.maximumInputLength` characters anyway, with a message.
    static let maximumLineBytes = 64 * 1024

    func run() throws {
        // JSON carries plain text whatever --color and --width say.
        let printer = AnswerPrinter(style: json ? .plain : style)
        var session = Session(
            conversation: Conversation(assistant), printer: printer, scripted: true, editor: editor,
            drawsAnswers: !json)
        var buffer = ""
        var first = true
        Interrupts.install()
        StandardOutput.stopQuietlyOnClosedPipe()
        var reader = LineReader(descriptor: STDIN_FILENO, limit: Self.maximumLineBytes)
        while let raw = reader.next() {
            guard let line = Self.content(of: raw) else { continue }
            guard let text = output(for: line, in: &session) else { break }
            buffer += (json || first ? "" : "\n") + (echo ? "> " + Screen.inert(line) + "\n" : "") + text + "\n"
            first = false
            if buffer.utf8.count >= Self.bufferLimit || isInteractiveReader { try flush(&buffer) }
            if Interrupts.received { break }
        }
        try flush(&buffer)
        if Interrupts.received { throw ExitCode(130) }
    }
    /// The line without its line end and surrounding spaces; nil for a blank line or a `#` comment.
    private static func content(of raw: String) -> String? {
        let trimmed = (raw.hasSuffix("\r") ? String(raw.dropLast()) : raw).trimmedSpaces
        return trimmed.isEmpty || trimmed.hasPrefix("#") ? nil : trimmed
    }

    /// What one line prints (an answer, or what a command says), or nil when it ends the input (`:quit`).
    private func output(for line: String, in session: inout Session) -> String? {
        switch session.handle(line, history: []) {
        case .answer(let reply, let text): json ? JSONLine.encode(reply) : text
        case .command(let said): json ? JSONLine.encode(said, input: line) : said.text
        case .quit: nil
        // Not in scripts: without a terminal, Session says these need one instead.
        case .clearScreen, .nextVisitor: ""
        }
    }

    /// When a person types into a pipe-less stdin (stdout piped), answer each line at once.
    private var isInteractiveReader: Bool { isatty(STDIN_FILENO) == 1 }

    private func flush(_ buffer: inout String) throws {
        guard !buffer.isEmpty else { return }
        do {
            try StandardOutput.write(buffer)
        } catch {
            throw ExitCode.success
        }
        buffer = ""
    }
}

extension String {
    /// Without leading and trailing spaces and tabs (no Foundation bridging: this runs for every input line).
    var trimmedSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
