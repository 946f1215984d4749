import Foundation

/// What the terminal can do, decided once at start and passed down as a value.
struct TerminalInfo {
    /// True when both stdin and stdout are terminals: the interactive prompt runs.
    let isInteractive: Bool
    let style: AnswerStyle

    static func detect(
        color: ColorChoice, width: Int?, environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> TerminalInfo {
        let stdoutIsTerminal = isatty(STDOUT_FILENO) == 1
        let dumb = environment["TERM"] == "dumb"
        let useColor: Bool
        switch color {
        case .always: useColor = true
        case .never: useColor = false
        case .auto: useColor = stdoutIsTerminal && !dumb && environment["NO_COLOR"].map(\.isEmpty) != false
        }
        let style = AnswerStyle(color: useColor, fixedWidth: width, wraps: stdoutIsTerminal || width != nil)
        return TerminalInfo(isInteractive: stdoutIsTerminal && isatty(STDIN_FILENO) == 1, style: style)
    }

    /// The terminal's width in columns now (it may have been resized), or 80.
    static func currentWidth() -> Int {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
        return Int(size.ws_col)
    }
}

/// How answers are drawn: color or not, and the wrapping width.
struct AnswerStyle {
    let color: Bool
    /// `--width`, when given; otherwise the terminal's width, read again for each answer.
    let fixedWidth: Int?
    /// False when printing into a pipe: scripts get unwrapped lines.
    let wraps: Bool

    var width: Int? { wraps ? fixedWidth ?? TerminalInfo.currentWidth() : nil }

    /// Unwrapped, uncolored text: what JSON carries.
    static let plain = AnswerStyle(color: false, fixedWidth: nil, wraps: false)
}
