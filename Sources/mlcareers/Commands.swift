import ArgumentParser
import CareerEngine
import Foundation

/// The default command: the interactive prompt at a terminal, or answering piped lines.
struct Chat: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Chat: at a terminal, an interactive prompt; with stdin piped, answer one question per line.",
        usage: "mlcareers [<options>] [< questions.txt]")

    @OptionGroup var data: DataOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var history: HistoryOptions
    @OptionGroup var kiosk: KioskOptions
    @OptionGroup var misses: MissOptions

    @Flag(
        name: .long,
        help:
            "With stdin piped: print each line read as '> LINE' before its answer (not with --json, whose objects carry the line as \"input\")."
    )
    var echo = false

    func validate() throws {
        try kiosk.validate(with: history)
        if echo, output.json {
            throw ValidationError(
                "--echo is for plain text: with --json each object already carries its line as \"input\".")
        }
    }

    func run() throws {
        let assistant = try data.loadAssistant()
        let terminal = TerminalInfo.detect(color: output.display.color, width: output.display.width)
        let editor = EditorSupport(rulesFolder: data.intents, misses: misses.recorder())
        if terminal.isInteractive, !output.json {
            try REPL(
                assistant: assistant, terminal: terminal, history: history.settings(), kiosk: kiosk.settings(),
                support: editor
            ).run()
        } else {
            try ScriptedSession(
                assistant: assistant, json: output.json, echo: echo, style: terminal.style, editor: editor
            ).run()
        }
    }
}

/// `mlcareers ask "QUESTION"`: one answer, then exit.
struct Ask: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Answer one question and exit.")

    @Argument(help: "The question, in quotes.")
    var question: [String]

    @Flag(name: .long, help: "Also print how the question was read (as :why does at the prompt).")
    var explain = false

    @OptionGroup var data: DataOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if question.joined().trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("Give a question, e.g. mlcareers ask \"what does a data scientist do?\"")
        }
    }

    func run() throws {
        let assistant = try data.loadAssistant()
        let text = question.joined(separator: " ")
        var conversation = Conversation(assistant)
        let reply = conversation.respond(to: text)
        let terminal = TerminalInfo.detect(color: output.display.color, width: output.display.width)
        let line = output.json ? JSONLine.encode(reply) : AnswerPrinter(style: terminal.style).render(reply)
        StandardOutput.stopQuietlyOnClosedPipe()
        // A reader that went away (`| head -0`) is not an error worth a message.
        try? StandardOutput.write(line + "\n" + (explain ? "\n" + Explain.text(reply) + "\n" : ""))
    }
}

/// `mlcareers check [DIR]`: validates data files.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Validate rules and knowledge files; errors exit 65, warnings do not.",
        discussion:
            "Reports malformed files, unknown keys, duplicate ids, unknown slots and facts, empty answers, and patterns that can never win, as FILE:LINE:COLUMN: error: MESSAGE. Exit status: 0 no errors, 65 errors, 66 no such folder."
    )

    @Argument(
        help: ArgumentHelp(
            "The folder to check (default: the shipped rules); a file is checked with the other files of its folder.",
            valueName: "dir"))
    var directory: String?

    /// `check --intents DIR`, as the other commands take it: the same as `check DIR`.
    @Option(
        name: .long,
        help: ArgumentHelp("The folder to check, as the other commands name it (same as <dir>).", valueName: "dir"))
    var intents: String?

    func validate() throws {
        if directory != nil, intents != nil {
            throw ValidationError("Give the folder once: 'check DIR' or 'check --intents DIR'.")
        }
    }

    func run() throws {
        let files = try DataDirectory.files(at: DataDirectory.folderToCheck(directory ?? intents))
        let report = DataCheck.run(files)
        Diagnostics.print(report.diagnostics, files: files)
        Diagnostics.error(report.summary(files: files.count))
        if report.errors > 0 { throw ExitCode(65) }
    }
}
