import ArgumentParser
import CareerEngine
import Foundation

/// `mlcareers demo`: the guided tour for a booth or a talk, then the normal chat.
struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Play the guided tour (questions typed out, answered by the real rules), then chat.",
        discussion: """
            Each step's question is typed out and answered by the same rules and context as the chat. \
            Press Enter for the next step; Ctrl-C (or the end of the tour) hands over to the chat. \
            A step whose question no longer gets the intent the tour expects stops the demo with an error \
            (exit 65): run `mlcareers demo --check` after editing the rules.

            Booth screen: `mlcareers demo --auto 6 --loop --kiosk` replays the tour until a visitor presses \
            a key, then chats in kiosk mode; when the visitor leaves (idle timeout), the tour plays again.
            """)

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Play the tour in this file instead of the shipped one (a 'tour:' section, as in Intents/tour.yaml).",
            valueName: "file"))
    var script: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Go on by itself after this many seconds (Enter still goes on sooner).", valueName: "seconds"))
    var auto: Double?

    @Flag(name: .long, help: "With --auto: play the tour again and again until someone presses a key.")
    var loop = false

    @Option(name: .long, help: ArgumentHelp("Typing pace, in characters per second.", valueName: "cps"))
    var speed: Double = 14

    @Flag(
        name: .long,
        help:
            "Play the tour at once, list each step with the intent it got, and exit 65 if a step no longer gets the one it expects."
    )
    var check = false

    @OptionGroup var data: DataOptions
    @OptionGroup var display: DisplayOptions
    @OptionGroup var history: HistoryOptions
    @OptionGroup var kiosk: KioskOptions
    @OptionGroup var misses: MissOptions

    func validate() throws {
        if let auto, !(0...3600).contains(auto) { throw ValidationError("--auto must be from 0 to 3600 seconds.") }
        if loop, auto == nil { throw ValidationError("--loop needs --auto SECONDS: a loop must go on by itself.") }
        guard (1...1000).contains(speed) else {
            throw ValidationError("--speed must be from 1 to 1000 characters per second.")
        }
        try kiosk.validate(with: history)
    }

    func run() throws {
        let assistant = try data.loadAssistant()
        let tour = try loadTour(assistant)
        if check { return try checkTour(tour, assistant: assistant) }
        let terminal = TerminalInfo.detect(color: display.color, width: display.width)
        let player = DemoPlayer(
            assistant: assistant, tour: tour, printer: AnswerPrinter(style: terminal.style),
            charactersPerSecond: speed, auto: auto, loop: loop, waitsForKeys: terminal.isInteractive)
        let repl = REPL(
            assistant: assistant, terminal: terminal, history: history.settings(), kiosk: kiosk.settings(),
            support: EditorSupport(rulesFolder: data.intents, misses: misses.recorder()))
        // At a kiosk, Ctrl-\ and Ctrl-Z must not stop the tour either (Ctrl-C hands over to the chat).
        if kiosk.kiosk { Interrupts.ignoreKeyboardSignals() }
        while true {
            let handover = try player.play()
            guard terminal.isInteractive else { return }
            // A looping booth goes back to the tour when the visitor has left (kiosk idle timeout),
            // on a clean screen: nothing of the last visitor stays, not even in the scrollback.
            let ending = try repl.run(
                continuing: handover.conversation, typedAhead: handover.typed, returnWhenIdle: loop && kiosk.kiosk)
            guard ending == .idle else { return }
            try? StandardOutput.write("\u{1B}[H\u{1B}[2J\u{1B}[3J")
        }
    }

    private func loadTour(_ assistant: Assistant) throws -> Tour {
        guard let script else {
            guard let tour = assistant.tour else {
                Diagnostics.error(
                    "\(data.intents ?? "Intents"): error: no 'tour:' section in the data; give one with --script FILE")
                throw ExitCode(65)
            }
            return tour
        }
        let file = try DataDirectory.read(script)
        do {
            return try assistant.tour(from: file)
        } catch {
            Diagnostics.print(error.diagnostics, files: [file])
            throw ExitCode(65)
        }
    }

    /// Plays every step in one conversation and lists each with what it got; exits 65 on a change.
    private func checkTour(_ tour: Tour, assistant: Assistant) throws {
        var failures: [Diagnostic] = []
        var report = ""
        for (index, (reply, mismatch)) in tour.play(with: assistant).enumerated() {
            let step = tour.steps[index]
            if let mismatch { failures.append(mismatch.diagnostic) }
            let roles = reply.roles.isEmpty ? "" : " [\(reply.roles.joined(separator: ", "))]"
            report +=
                "\(mismatch == nil ? "ok  " : "FAIL") \(index + 1). \(Screen.inert(step.ask)) -> \(reply.intent)\(roles)\n"
        }
        try? StandardOutput.write(report)
        Diagnostics.print(failures, files: [])
        Diagnostics.error(
            "tour: \(tour.steps.count) steps, \(tour.steps.count - failures.count) as expected, \(failures.count) changed"
        )
        if !failures.isEmpty { throw ExitCode(65) }
    }
}
