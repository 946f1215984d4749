import CareerEngine
import Foundation

/// The interactive prompt: banner, line editing, commands, answers drawn for the terminal.
/// In kiosk mode (`--kiosk`) it serves visitor after visitor: history stays in memory, and `:next`,
/// Ctrl-D or the idle timeout (after a warning) clear the screen, the context and the history for the
/// next one; Ctrl-C clears the line, as in the chat.
struct REPL {
    let assistant: Assistant
    let terminal: TerminalInfo
    let history: HistoryOptions.Settings
    var kiosk: KioskOptions.Settings?
    /// The `--intents` folder for `:reload`, and the `--record-misses` file.
    var support = EditorSupport()

    static let commands: [(name: String, help: String)] = [
        (":help", "show commands and example questions"),
        (":roles", "list the roles I know"),
        (":quiz", "a few questions to find the role that fits you"),
        (":summary", "a card of what you explored: roles, their skills, where they lead"),
        (":why", "explain the last answer: intent, confidence, rule, runners-up, context"),
        (":reset", "forget the conversation so far"),
        (":reload", "read the --intents folder again, keeping the conversation"),
        (":history", "show the questions asked"),
        (":clear", "clear the screen"),
        (":quit", "leave (also quit, exit, Ctrl-D)"),
    ]

    static let kioskCommands: [(name: String, help: String)] =
        commands.filter { ![":quit", ":reset", ":reload"].contains($0.name) } + [
            (":next", "clear everything for the next visitor (also Ctrl-D)")
        ]

    enum Ending { case quit, idle }

    /// Runs the prompt; `conversation` carries on one already started (after the demo), and
    /// `typedAhead` starts the line (the key that stopped the demo). With `returnWhenIdle`, a kiosk
    /// visitor's idle timeout ends the prompt (the demo plays again) instead.
    @discardableResult
    func run(continuing conversation: Conversation? = nil, typedAhead: String = "", returnWhenIdle: Bool = false) throws
        -> Ending
    {
        let printer = AnswerPrinter(style: terminal.style)
        var store = HistoryStore(path: kiosk == nil ? history.path : nil, capacity: history.capacity)
        let names = (kiosk == nil ? Self.commands : Self.kioskCommands).map(\.name)
        let editor = LineEditor(
            program: "mlcareers", completer: Completer(knowledge: assistant.knowledge, commands: names),
            historySize: history.capacity)
        store.entries.forEach(editor.remember)
        editor.setPrompt(
            "mlcareers> ", color: terminal.style.color ? AnswerPrinter.Code.bold + AnswerPrinter.Code.role : nil)
        editor.setIdleTimeout(kiosk?.idleWarning)
        editor.typeAhead(typedAhead)
        if kiosk != nil { Interrupts.ignoreKeyboardSignals() } else { editor.allowSuspend() }
        var session = Session(
            conversation: conversation ?? Conversation(assistant), printer: printer, kiosk: kiosk, editor: support)
        // True once the visitor typed something: an idle timeout then starts over, otherwise it leaves the screen alone.
        var visited = conversation != nil
        if conversation == nil { write(Banner.text(assistant.knowledge, printer: printer, kiosk: kiosk != nil) + "\n") }
        if let warning = store.takeWarning() { write(printer.dim("note: \(warning)") + "\n") }

        func nextVisitor() {
            session = Session(conversation: Conversation(assistant), printer: printer, kiosk: kiosk, editor: support)
            store = HistoryStore(path: nil, capacity: history.capacity)
            editor.forgetHistory()
            visited = false
            // Home, clear the screen and the scrollback: nothing of the last visitor can be scrolled back to.
            write("\u{1B}[H\u{1B}[2J\u{1B}[3J" + Banner.text(assistant.knowledge, printer: printer, kiosk: true) + "\n")
        }

        while true {
            switch editor.read() {
            case .closed:
                write("\n")
                return .quit
            case .endOfInput where kiosk != nil:
                write("\n")
                nextVisitor()
            case .idleWarning(let partial):
                // Nobody here (see .idle) stays silent; somebody is warned over the prompt's line, and
                // gets back what they had typed.
                guard visited || !partial.isEmpty, let kiosk else {
                    write("\r\u{1B}[K")
                    continue
                }
                write("\r\u{1B}[K" + printer.dim(kiosk.idleWarningText) + "\n")
                editor.typeAhead(partial)
            case .idle(let partial):
                // Nobody has been here since the last reset (half a typed question counts as somebody):
                // libedit prints the prompt again, so draw it over the same line.
                guard visited || !partial.isEmpty else {
                    write("\r\u{1B}[K")
                    continue
                }
                if returnWhenIdle { return .idle }
                nextVisitor()
            case .endOfInput:
                write("\n")
                return .quit
            case .interrupted(let partial):
                // Like a shell: "^C", a new line, and the typed text is gone.
                write("^C\n")
                if partial.trimmingCharacters(in: .whitespaces).isEmpty { write(printer.dim(leavingHint) + "\n") }
            case .line(let raw):
                let line = raw.trimmingCharacters(in: .whitespaces)
                guard !line.isEmpty else { continue }
                visited = true
                if !Session.isCommand(line) {
                    store.add(line)
                    editor.remember(line)
                    if let warning = store.takeWarning() { write(printer.dim("note: \(warning)") + "\n") }
                }
                switch session.handle(line, history: store.entries) {
                case .answer(let reply, let text): write(headingGap(reply) + text + "\n")
                case .command(let output):
                    write((output.problem == nil ? output.text : printer.errorText(output.text)) + "\n")
                case .clearScreen: write("\u{1B}[H\u{1B}[2J")
                case .nextVisitor: nextVisitor()
                case .quit: return .quit
                }
            }
        }
    }

    /// Without colour a heading is not bold: a blank line sets an answer's first heading apart from
    /// the question above it (later ones get theirs from the printer).
    private func headingGap(_ reply: Reply) -> String {
        guard !terminal.style.color, case .heading = reply.answer.blocks.first else { return "" }
        return "\n"
    }

    /// What Ctrl-C on an empty line says.
    private var leavingHint: String {
        kiosk == nil
            ? "(To leave, type :quit or press Ctrl-D.)"
            : "(To start over for the next visitor, type :next or press Ctrl-D.)"
    }

    private func write(_ text: String) {
        try? StandardOutput.write(text)
    }
}

extension String {
    func leftPadded(to length: Int) -> String {
        count >= length ? self : String(repeating: " ", count: length - count) + self
    }
}
