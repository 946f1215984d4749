import ArgumentParser
import CareerEngine
import Foundation

/// Answers questions read from a pipe, one per line, as one conversation: no prompt, no banner.
/// Blank lines and lines starting with `#` are skipped.
struct ScriptedSession {
    let assistant: Assistant
    let json: Bool
    let style: AnswerStyle

    /// Answers are written in batches of this many bytes: fast for 100,000 lines, still prompt for a few.
    static let bufferLimit = 64 * 1024

    /// Bytes of one line past this are dropped unread into memory: the engine refuses questions of more
    /// than `Conversation.maximumInputLength` characters anyway, with a message.
    static let maximumLineBytes = 64 * 1024

    func run() throws {
        var conversation = Conversation(assistant)
        let printer = AnswerPrinter(style: style)
        var buffer = ""
        var first = true
        Interrupts.install()
        StandardOutput.stopQuietlyOnClosedPipe()
        var reader = LineReader(descriptor: STDIN_FILENO, limit: Self.maximumLineBytes)
        while let raw = reader.next() {
            let line = raw.hasSuffix("\r") ? String(raw.dropLast()) : raw
            let trimmed = line.trimmedSpaces
            guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { continue }
            let reply = conversation.respond(to: trimmed)
            if json {
                buffer += JSONLine.encode(reply) + "\n"
            } else {
                buffer += (first ? "" : "\n") + printer.render(reply) + "\n"
            }
            first = false
            if buffer.utf8.count >= Self.bufferLimit || isInteractiveReader { try flush(&buffer) }
            if Interrupts.received { break }
        }
        try flush(&buffer)
        if Interrupts.received { throw ExitCode(130) }
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
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
