import CareerEngine
import Foundation

/// The interactive prompt: banner, line editing, commands, answers drawn for the terminal.
struct REPL {
    let assistant: Assistant
    let terminal: TerminalInfo
    let history: HistoryOptions.Settings

    static let commands: [(name: String, help: String)] = [
        (":help", "show commands and example questions"),
        (":roles", "list the roles I know"),
        (":why", "explain the last answer: intent, confidence, rule, runners-up, context"),
        (":reset", "forget the conversation so far"),
        (":history", "show the questions asked"),
        (":clear", "clear the screen"),
        (":quit", "leave (also quit, exit, Ctrl-D)"),
    ]

    func run() throws {
        let printer = AnswerPrinter(style: terminal.style)
        let store = HistoryStore(path: history.path, capacity: history.capacity)
        let editor = LineEditor(program: "mlcareers", completer: Completer(knowledge: assistant.knowledge, commands: Self.commands.map(\.name)), historySize: history.capacity)
        store.entries.forEach(editor.remember)
        editor.setPrompt("mlcareers> ", color: terminal.style.color ? AnswerPrinter.Code.bold + AnswerPrinter.Code.role : nil)
        var session = Session(conversation: Conversation(assistant), printer: printer)
        write(Banner.text(assistant.knowledge, printer: printer) + "\n")
        if let warning = store.takeWarning() { write(printer.dim("note: \(warning)") + "\n") }
        while true {
            switch editor.read() {
            case .endOfInput:
                write("\n")
                return
            case .interrupted(let partial):
                // Like a shell: "^C", a new line, and the typed text is gone.
                write("^C\n")
                if partial.trimmingCharacters(in: .whitespaces).isEmpty {
                    write(printer.dim("(To leave, type :quit or press Ctrl-D.)") + "\n")
                }
            case .line(let raw):
                let line = raw.trimmingCharacters(in: .whitespaces)
                guard !line.isEmpty else { continue }
                if !Session.isCommand(line) {
                    store.add(line)
                    editor.remember(line)
                    if let warning = store.takeWarning() { write(printer.dim("note: \(warning)") + "\n") }
                }
                switch session.handle(line, history: store.entries) {
                case .output(let text): write(text + "\n")
                case .clearScreen: write("\u{1B}[H\u{1B}[2J")
                case .quit: return
                }
            }
        }
    }

    private func write(_ text: String) {
        try? StandardOutput.write(text)
    }
}

/// The REPL's logic without the terminal: commands and questions in, text out. Tested directly.
struct Session {
    enum Outcome: Equatable {
        case output(String)
        case clearScreen
        case quit
    }

    var conversation: Conversation
    let printer: AnswerPrinter
    private(set) var lastReply: Reply?

    init(conversation: Conversation, printer: AnswerPrinter) {
        self.conversation = conversation
        self.printer = printer
    }

    static func isCommand(_ line: String) -> Bool {
        line.hasPrefix(":") || ["quit", "exit"].contains(line.lowercased())
    }

    mutating func handle(_ line: String, history: [String]) -> Outcome {
        if Self.isCommand(line) { return command(line.lowercased(), history: history) }
        let reply = conversation.respond(to: line)
        lastReply = reply
        var text = printer.render(reply)
        if reply.intent == "fallback" { text += "\n" + printer.dim("(:why shows how I read that)") }
        return .output(text)
    }

    private mutating func command(_ line: String, history: [String]) -> Outcome {
        let name = line.split(separator: " ").first.map(String.init) ?? line
        switch name {
        case ":quit", ":exit", ":q", "quit", "exit": return .quit
        case ":help", ":h", ":?": return .output(helpText())
        case ":roles": return .output(rolesText())
        case ":why": return .output(lastReply.map(Explain.text) ?? "Nothing to explain yet: ask a question first.")
        case ":reset":
            conversation.reset()
            return .output("Context cleared: I have forgotten the roles we talked about.")
        case ":history": return .output(history.isEmpty ? "No questions yet." : historyText(history))
        case ":clear": return .clearScreen
        default:
            return .output(printer.errorText("Unknown command '\(Screen.inert(name))'.") + " Commands: " + REPL.commands.map(\.name).joined(separator: " "))
        }
    }

    private func helpText() -> String {
        var answer = Answer([.paragraph([.text("Commands:")])])
        answer.blocks.append(.bullets(REPL.commands.map { [.text("\($0.name): \($0.help)")] }))
        answer.blocks.append(.paragraph([.text("Ask in your own words, for example:")]))
        answer.blocks.append(.bullets(Banner.examples.map { [.text($0)] }))
        answer.blocks.append(.paragraph([.text("Follow-ups work: \"what skills do they need?\", \"and data scientists?\", \"compare them\", \"tell me more\".")]))
        answer.blocks.append(.paragraph([.text("Keys: Up/Down recall questions, Ctrl-R searches them, Tab completes, Ctrl-C clears the line.")]))
        return printer.render(answer)
    }

    private func rolesText() -> String {
        let knowledge = conversation.assistant.knowledge
        let lines = knowledge.roles.map { "  \($0.title)" + ($0.aliases.first.map { " (\($0))" } ?? "") }
        return "Roles I know:\n" + Screen.inert(lines.joined(separator: "\n"))
    }

    private func historyText(_ history: [String]) -> String {
        let shown = history.suffix(50)
        let first = history.count - shown.count + 1
        return shown.enumerated().map { "\(String(first + $0.offset).leftPadded(to: 5))  \(Screen.inert($0.element))" }.joined(separator: "\n")
    }
}

extension String {
    func leftPadded(to length: Int) -> String {
        count >= length ? self : String(repeating: " ", count: length - count) + self
    }
}
