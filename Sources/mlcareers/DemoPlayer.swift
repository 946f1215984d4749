import ArgumentParser
import CLineEditing
import CareerEngine
import Foundation

/// Plays a tour on the terminal: each question typed out at a human pace, answered by the real
/// conversation, then a pause until Enter (or `--auto` seconds). Ctrl-C ends the tour early.
struct DemoPlayer {
    let assistant: Assistant
    let tour: Tour
    let printer: AnswerPrinter
    let charactersPerSecond: Double
    let auto: Double?
    let loop: Bool
    /// False when stdin is not a terminal: nothing to wait for, the tour just plays.
    let waitsForKeys: Bool

    /// What the chat carries on with: the tour's conversation, and the text of the key that stopped a
    /// loop (the visitor's first letter belongs in the line).
    struct Handover {
        let conversation: Conversation
        let typed: String
    }

    /// Plays the tour (again and again with `loop`) and hands over to the chat.
    /// A step that no longer gets its expected intent stops the demo: exit 65.
    func play() throws -> Handover {
        let keys = Keys(enabled: waitsForKeys)
        defer { keys.restore() }
        Interrupts.install()
        defer { Interrupts.clear() }
        let conversation = try playSteps(keys)
        write(
            "\n" + printer.dim("Your turn: ask anything about careers in machine learning (:help for commands).") + "\n"
        )
        return Handover(conversation: conversation, typed: keys.typed)
    }

    private func playSteps(_ keys: Keys) throws -> Conversation {
        var conversation = Conversation(assistant)
        var round = 0
        repeat {
            if round > 0 {
                conversation = Conversation(assistant)
                write("\u{1B}[H\u{1B}[2J\u{1B}[3J")
            }
            round += 1
            write(header())
            for index in tour.steps.indices {
                let step = tour.steps[index]
                if let say = step.say { write("\n" + printer.dim(say) + "\n") }
                write(prompt())
                // Enter while a question is typed finishes it at once; Ctrl-C (or, in a loop, any key) ends the tour.
                var instantly = false
                for character in step.ask {
                    write(Screen.inert(String(character)))
                    guard !instantly else { continue }
                    let pause = character == " " ? 1.6 : ".,?!".contains(character) ? 2.5 : 1.0
                    switch keys.wait(
                        seconds: pause * Double.random(in: 0.6...1.4) / charactersPerSecond, untilEnter: !loop)
                    {
                    case .none: continue
                    case .enter where !loop: instantly = true
                    case .enter, .key, .interrupt: return conversation
                    }
                }
                if Interrupts.received { return conversation }
                write("\n")
                let reply = conversation.respond(to: step.ask)
                write(printer.render(reply) + "\n")
                if let mismatch = tour.mismatch(at: index, reply: reply) {
                    keys.restore()
                    Diagnostics.error(Screen.inert(mismatch.diagnostic.rendered(source: nil)))
                    Diagnostics.error(
                        "The tour no longer matches the rules; run `mlcareers demo --check` after editing them.")
                    throw ExitCode(65)
                }
                if try pause(keys, last: index == tour.steps.count - 1) { return conversation }
            }
        } while loop
        return conversation
    }

    /// Waits between steps; true when the tour should end now (Ctrl-C, or a key in a loop). The hint
    /// shown while it waits is erased after it, so the scrollback keeps only questions and answers.
    private func pause(_ keys: Keys, last: Bool) throws -> Bool {
        guard waitsForKeys else { return false }
        defer { write("\r\u{1B}[K") }
        if loop {
            write(printer.dim("(Press any key to ask your own questions.)"))
            return keys.wait(seconds: auto ?? 0) != .none
        }
        if last, auto == nil { return false }
        write(
            printer.dim(
                auto == nil
                    ? "(Enter: next question · Ctrl-C: chat now)" : "(Enter: next question now · Ctrl-C: chat now)"))
        switch keys.wait(seconds: auto ?? .infinity, untilEnter: true) {
        case .interrupt: return true
        case .none, .key, .enter: return false
        }
    }

    private func header() -> String {
        printer.render(
            Answer([
                .heading([.text("mlcareers: a guided tour")]),
                .paragraph([
                    .text(
                        "Questions about careers in machine learning, answered by the rules and the knowledge base, with no internet."
                    )
                ]),
            ])) + "\n"
    }

    private func prompt() -> String {
        printer.style.color
            ? "\n" + AnswerPrinter.Code.bold + AnswerPrinter.Code.role + "mlcareers> " + AnswerPrinter.Code.reset
            : "\nmlcareers> "
    }

    private func write(_ text: String) { try? StandardOutput.write(text) }
}

/// Single keys from the terminal, unechoed, with timeouts; Ctrl-C still arrives as SIGINT.
final class Keys {
    enum Press { case none, enter, key, interrupt }

    /// True while the terminal reads single keys.
    private var active = false
    /// The printable text of the last key that ended a wait (`.key`), e.g. a visitor's first letter.
    private(set) var typed = ""

    init(enabled: Bool) {
        guard enabled else { return }
        active = mlc_keys_begin() == 0
    }

    /// Puts the terminal back as it was.
    func restore() {
        guard active else { return }
        mlc_keys_end()
        active = false
    }

    /// Waits up to `seconds`; returns what ended the wait. With `untilEnter`, other keys are ignored.
    func wait(seconds: Double, untilEnter: Bool = false) -> Press {
        guard active else {
            if seconds.isFinite { usleep(useconds_t(max(0, min(seconds, 3600)) * 1_000_000)) }
            return Interrupts.received ? .interrupt : .none
        }
        let deadline = Date().addingTimeInterval(seconds.isFinite ? seconds : 1e9)
        while true {
            if Interrupts.received { return .interrupt }
            let left = deadline.timeIntervalSinceNow
            guard left > 0 else { return .none }
            var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, Int32(min(left * 1000, 1000)))
            guard ready > 0 else { continue }
            var byte: UInt8 = 0
            guard read(STDIN_FILENO, &byte, 1) == 1 else { return .none }
            if byte == 0x0A || byte == 0x0D { return .enter }
            if !untilEnter {
                typed = Self.printable([byte] + Self.availableBytes())
                return .key
            }
        }
    }

    /// The rest of a key already waiting (a UTF-8 letter's other bytes, an arrow key's sequence).
    private static func availableBytes() -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: 64)
        var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, 0) > 0 else { return [] }
        let count = read(STDIN_FILENO, &bytes, bytes.count)
        return Array(bytes.prefix(max(0, count)))
    }

    /// Text up to the first control character: a letter is kept, an arrow key (ESC [ A) is not.
    private static func printable(_ bytes: [UInt8]) -> String {
        String(String(decoding: bytes, as: UTF8.self).prefix { $0.asciiValue.map { $0 >= 0x20 && $0 != 0x7F } ?? true })
    }
}
