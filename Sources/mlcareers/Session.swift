import CareerEngine

/// The logic of the prompt and of piped scripts without the terminal: commands and questions in,
/// text out. Scripts (`scripted`) run the same commands, except those that need a terminal.
struct Session {
    enum Outcome {
        /// A question answered (also `:quiz` and `:summary`, which answer as the conversation).
        case answer(Reply, text: String)
        /// What a command said (`:why`, `:help`, an unknown command...).
        case command(CommandOutput)
        case clearScreen
        /// Kiosk: clear everything for the next visitor.
        case nextVisitor
        case quit
    }

    var conversation: Conversation
    let printer: AnswerPrinter
    /// Kiosk mode: quitting starts over for the next visitor, unless the passphrase is given.
    let kiosk: KioskOptions.Settings?
    /// Lines come from a pipe: no screen to clear, no history, no keys.
    let scripted: Bool
    /// `--json` writes each reply's fields, not its drawn text: answers then come with empty text,
    /// which saves drawing each one for nothing.
    let drawsAnswers: Bool
    /// The `--intents` folder `:reload` reads again (nil: built-in rules), and where misses are recorded.
    let editor: EditorSupport
    private var rulesFolder: String? { editor.rulesFolder }
    private(set) var lastReply: Reply?
    /// The command typed since the last answer, if any: `:why` says that it is no question.
    private var lastCommand: String?

    init(
        conversation: Conversation, printer: AnswerPrinter, kiosk: KioskOptions.Settings? = nil, scripted: Bool = false,
        editor: EditorSupport = EditorSupport(), drawsAnswers: Bool = true
    ) {
        self.conversation = conversation
        self.printer = printer
        self.kiosk = kiosk
        self.scripted = scripted
        self.editor = editor
        self.drawsAnswers = drawsAnswers
    }

    static func isCommand(_ line: String) -> Bool {
        line.hasPrefix(":") || ["quit", "exit", "clear"].contains(line.lowercased())
    }

    mutating func handle(_ line: String, history: [String]) -> Outcome {
        if Self.isCommand(line) { return command(line.lowercased(), history: history) }
        let reply = conversation.respond(to: line)
        editor.misses?.record(reply, assistant: conversation.assistant)
        lastReply = reply
        lastCommand = nil
        guard drawsAnswers else { return .answer(reply, text: "") }
        var text = printer.render(reply)
        // A line refused as too long was not read at all: :why would have nothing to show.
        let read = line.unicodeScalars.count <= Conversation.maximumInputLength
        if reply.intent == "fallback", read, !scripted { text += "\n" + printer.dim("(:why shows how I read that)") }
        return .answer(reply, text: text)
    }

    private mutating func command(_ line: String, history: [String]) -> Outcome {
        let words = line.split(separator: " ").map(String.init)
        let name = words.first ?? line
        // :quiz and :summary answer as the conversation: :why explains them as it does answers.
        defer { if ![":why", ":quiz", ":summary"].contains(name) { lastCommand = name } }
        switch name {
        case ":quit", ":exit", ":q", "quit", "exit": return quit(words)
        case ":next" where kiosk != nil: return .nextVisitor
        case ":help", ":h", ":?": return said("help", helpText())
        case ":roles": return said("roles", rolesText())
        case ":quiz": return reply(conversation.startQuiz())
        case ":summary": return reply(conversation.summary())
        case ":why": return said("why", whyText())
        case ":reload" where kiosk == nil: return reload()
        case ":reset":
            conversation.reset()
            return said("reset", "Context cleared: I have forgotten the roles we talked about.")
        case ":history" where scripted, ":clear" where scripted, "clear" where scripted:
            return needsTerminal(name == "clear" ? ":clear" : name)
        case ":history": return said("history", history.isEmpty ? "No questions yet." : historyText(history))
        case ":clear", "clear": return .clearScreen
        default: return unknown(name)
        }
    }

    /// `:reload`: new rules carry the conversation on; rules with errors are refused and the old stay.
    private mutating func reload() -> Outcome {
        switch RulesReload.reload(rulesFolder, continuing: conversation) {
        case .reloaded(let next, let message):
            conversation = next
            return said("reload", message)
        case .refused(let message):
            return .command(CommandOutput(name: "reload", text: message, problem: .notReloaded))
        }
    }

    private func quit(_ words: [String]) -> Outcome {
        guard let kiosk else { return .quit }
        // Leaving the kiosk takes the passphrase given at start; anything else is a visitor leaving.
        if let passphrase = kiosk.passphrase, words.count == 2, words[1] == passphrase.lowercased() { return .quit }
        return .nextVisitor
    }

    /// The commands offered: `:reload` only when there is a rules folder to read again.
    private var commands: [(name: String, help: String)] {
        (kiosk == nil ? REPL.commands : REPL.kioskCommands).filter { rulesFolder != nil || $0.name != ":reload" }
    }

    private mutating func reply(_ reply: Reply) -> Outcome {
        lastReply = reply
        lastCommand = nil
        return .answer(reply, text: drawsAnswers ? printer.render(reply) : "")
    }

    private func said(_ name: String, _ text: String) -> Outcome {
        .command(CommandOutput(name: name, text: text))
    }

    /// `:clear` and `:history` in a script: there is no screen and no history to show.
    private func needsTerminal(_ name: String) -> Outcome {
        let reason = name == ":clear" ? "a script has no screen to clear" : "scripts keep no history"
        let text = "\(name) works only at the interactive prompt: \(reason)."
        return .command(CommandOutput(name: String(name.dropFirst()), text: text, problem: .needsTerminal))
    }

    /// `:why`: the last answer explained, wrapped like answers; after a command, says so first.
    private func whyText() -> String {
        guard let lastReply else { return "Nothing to explain yet: ask a question first." }
        var lines = Explain.lines(lastReply)
        if let lastCommand {
            lines.insert(
                "The last line, \(lastCommand), was a command: commands are not read as questions. The answer before it:",
                at: 0)
        }
        return printer.hanging(lines.map { (lead: "", text: $0) }, indent: 4)
    }

    /// An unknown command is never read as a question: it says so, with the nearest command if one is
    /// close, or the one command it begins (":hist" is :history).
    private func unknown(_ name: String) -> Outcome {
        let names = commands.map(\.name)
        let started = names.filter { $0.hasPrefix(name) && name.count > 2 }
        let hint = (started.count == 1 ? started.first : Suggestion.nearest(to: name, in: names)).map {
            " Did you mean \($0)?"
        }
        let text = "Unknown command '\(Screen.inert(name))'." + (hint ?? " Commands: " + names.joined(separator: " "))
        return .command(
            CommandOutput(name: Screen.inert(String(name.dropFirst())), text: text, problem: .unknownCommand))
    }

    private func helpText() -> String {
        var answer = Answer([.paragraph([.text("Commands:")])])
        answer.blocks.append(.bullets(commands.map { [.text("\($0.name): \($0.help)")] }))
        answer.blocks.append(.paragraph([.text("Ask in your own words, for example:")]))
        answer.blocks.append(.bullets(Banner.examples.map { [.text($0)] }))
        answer.blocks.append(
            .paragraph([
                .text(
                    "Follow-ups work: \"what skills do they need?\", \"and data scientists?\", \"compare them\", \"tell me more\"."
                )
            ]))
        if !scripted { answer.blocks.append(.paragraph([.text(keysText)])) }
        return printer.render(answer)
    }

    private var keysText: String {
        let controlC =
            kiosk == nil ? "Ctrl-C clears the line" : "Ctrl-C clears the line, Ctrl-D starts over for the next visitor"
        return "Keys: Up/Down recall questions, Ctrl-R searches them, Tab completes, \(controlC)."
    }

    private func rolesText() -> String {
        let knowledge = conversation.assistant.knowledge
        let lines = knowledge.roles.map { "  \($0.title)" + ($0.aliases.first.map { " (\($0))" } ?? "") }
        return "Roles I know:\n" + Screen.inert(lines.joined(separator: "\n"))
    }

    private func historyText(_ history: [String]) -> String {
        let shown = history.suffix(50)
        let first = history.count - shown.count + 1
        let lines = shown.enumerated().map {
            (lead: String(first + $0.offset).leftPadded(to: 5) + "  ", text: $0.element)
        }
        return printer.hanging(lines, indent: 7)
    }
}
