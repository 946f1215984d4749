import CLibEdit
import CLineEditing
import Foundation

/// Line editing on libedit: emacs keys, history with up-arrow and Ctrl-R, Tab completion,
/// Ctrl-C clearing the line. The only file that touches libedit, and only on the main thread.
final class LineEditor {
    enum Input {
        case line(String)
        /// Ctrl-C: what had been typed, now discarded.
        case interrupted(String)
        /// Ctrl-D on an empty line.
        case endOfInput
        /// No key for the first part of the idle timeout; what had been typed, out of the line now
        /// (`typeAhead` gives it back).
        case idleWarning(String)
        /// No key for the rest of the idle timeout either; what had been typed, now discarded.
        case idle(String)
        /// The terminal went away (hang-up, read error): nothing more will come.
        case closed
    }

    private let editor: OpaquePointer
    private let history: OpaquePointer
    let completer: Completer

    init(program: String, completer: Completer, historySize: Int) {
        mlc_use_environment_locale()
        self.completer = completer
        editor = mlc_init(program)
        history = mlc_history_init(Int32(historySize))
        let client = Unmanaged.passUnretained(completer).toOpaque()
        mlc_configure(editor, history, { editor, _ in LineEditor.complete(editor) }, client)
    }

    deinit {
        el_end(editor)
        history_end(history)
    }

    /// Sets the prompt; escape codes in `colorCodes` are marked so libedit counts columns right.
    func setPrompt(_ text: String, color: String?) {
        guard let color else { return mlc_set_prompt(text) }
        // libedit drops invisible text at the very end of a prompt, so the reset goes before the last character.
        let body = text.dropLast()
        let last = text.suffix(1)
        mlc_set_prompt("\u{1}\(color)\u{1}\(body)\u{1}\(AnswerPrinter.Code.reset)\u{1}\(last)")
    }

    func read() -> Input {
        var count: Int32 = 0
        mlc_prepare_read(editor)
        let pointer = el_gets(editor, &count)
        var text = pointer.map { String(cString: $0) } ?? ""
        if text.hasSuffix("\n") { text.removeLast() }
        // Ctrl-C on an empty line makes el_gets return nothing, like Ctrl-D: the flag tells them apart.
        let reason = mlc_take_end_reason()
        if mlc_take_interrupt() != 0 { return .interrupted(text) }
        // A timeout or a closed terminal ends the read like Ctrl-D, possibly with a half-typed line.
        // libedit returns no line on a timeout; what had been typed is still in its buffer.
        if reason == 1 || reason == 3 {
            let partial = text.isEmpty ? bufferText() : text
            return reason == 1 ? .idle(partial) : .idleWarning(partial)
        }
        guard pointer != nil, count > 0 else { return reason == 2 ? .closed : .endOfInput }
        return .line(text)
    }

    /// What is in the line buffer now.
    private func bufferText() -> String {
        guard let info = el_line(editor)?.pointee, let start = info.buffer, let end = info.lastchar, end > start else {
            return ""
        }
        return String(
            decoding: UnsafeBufferPointer(
                start: UnsafeRawPointer(start).assumingMemoryBound(to: UInt8.self), count: end - start), as: UTF8.self)
    }

    /// Reads give up after `timeout.warning` seconds without a key (`.idleWarning`), then after
    /// `timeout.end` more (`.idle`); a key in between starts over. Nil: wait forever.
    func setIdleTimeout(_ timeout: (warning: Double, end: Double)?) {
        let milliseconds = { (seconds: Double) in Int32(min(seconds * 1000, Double(Int32.max))) }
        mlc_set_idle_timeout(timeout.map { milliseconds($0.warning) } ?? -1, timeout.map { milliseconds($0.end) } ?? -1)
    }

    /// The next read takes `text` as if typed before any key (a line given back, a key the demo read).
    func typeAhead(_ text: String) { mlc_type_ahead(text) }

    /// Ctrl-Z suspends the program, as in a shell; `fg` brings the line back. Not for a kiosk.
    func allowSuspend() { mlc_allow_suspend(editor) }

    /// Forgets every remembered line.
    func forgetHistory() { mlc_history_clear(history) }

    /// Adds a line to what up-arrow and Ctrl-R recall.
    func remember(_ line: String) { mlc_history_add(history, line) }

    /// Tab: complete the word (or words) before the cursor, or list the choices.
    private static func complete(_ editor: OpaquePointer?) -> UInt8 {
        guard let editor, let client = mlc_client(editor), let info = el_line(editor)?.pointee else {
            return UInt8(CC_ERROR)
        }
        let completer = Unmanaged<Completer>.fromOpaque(client).takeUnretainedValue()
        let before = String(
            decoding: UnsafeBufferPointer(
                start: info.buffer.withMemoryRebound(to: UInt8.self, capacity: 1) { $0 },
                count: info.cursor - info.buffer), as: UTF8.self)
        switch completer.complete(before) {
        case .none:
            return UInt8(CC_REFRESH_BEEP)
        case .insert(let text, let replacing):
            if replacing > 0 { el_deletestr(editor, Int32(replacing)) }
            el_insertstr(editor, text)
            return UInt8(CC_REFRESH)
        case .list(let choices):
            FileHandle.standardOutput.write(
                Data(("\n" + Completer.columns(choices, width: TerminalInfo.currentWidth()) + "\n").utf8))
            return UInt8(CC_REDISPLAY)
        }
    }
}
