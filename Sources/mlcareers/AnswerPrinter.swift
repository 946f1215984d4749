import CareerEngine

/// Draws answers for people: headings in bold, role names in color, lines wrapped to the width.
/// Every piece of text is made inert (no control characters) before it is printed.
struct AnswerPrinter {
    let style: AnswerStyle

    enum Code {
        static let bold = "\u{1B}[1m"
        static let role = "\u{1B}[36m"
        static let dim = "\u{1B}[2m"
        static let error = "\u{1B}[31m"
        static let reset = "\u{1B}[0m"
    }

    func render(_ reply: Reply) -> String {
        render(reply.answer)
    }

    func render(_ answer: Answer) -> String {
        // Into a pipe: the same plain text as the JSON `answer`, unwrapped.
        if !style.color, style.width == nil { return Screen.inert(answer.plainText) }
        var lines: [String] = []
        for block in answer.blocks {
            switch block {
            case .heading(let spans):
                if !lines.isEmpty { lines.append("") }
                lines += wrap(spans, emphasis: Code.bold, firstIndent: "", indent: "")
            case .paragraph(let spans):
                lines += wrap(spans, emphasis: nil, firstIndent: "", indent: "")
            case .bullets(let items):
                for item in items { lines += wrap(item, emphasis: nil, firstIndent: "  - ", indent: "    ") }
            case .numbered(let items):
                for (index, item) in items.enumerated() {
                    lines += wrap(item, emphasis: nil, firstIndent: "  \(index + 1). ", indent: "     ")
                }
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Lines of plain text (`:why`, `:history`) wrapped as answers are, at word boundaries: each
    /// starts with its `lead` ("    3  ") and goes on indented by `indent` columns. Into a pipe, as they are.
    func hanging(_ lines: [(lead: String, text: String)], indent: Int) -> String {
        guard style.width != nil else { return lines.map { Screen.inert($0.lead + $0.text) }.joined(separator: "\n") }
        let continuation = String(repeating: " ", count: indent)
        return lines.flatMap { wrap([.text($0.text)], emphasis: nil, firstIndent: $0.lead, indent: continuation) }
            .joined(separator: "\n")
    }

    /// The longest line drawn, however wide the terminal: past about 100 characters the eye loses the
    /// next line, which matters on a 200-column booth screen as much as anywhere.
    static let measure = 100

    /// Dimmed text, for hints and notes.
    func dim(_ text: String) -> String {
        style.color ? Code.dim + Screen.inert(text) + Code.reset : Screen.inert(text)
    }

    func errorText(_ text: String) -> String {
        style.color ? Code.error + Screen.inert(text) + Code.reset : Screen.inert(text)
    }

    /// A word as printed: pieces of text, some of them role names, with no space between them.
    private typealias Word = [(text: String, isRole: Bool)]

    /// Splits spans into words, keeping pieces of adjacent spans together ("engineer" + ":" stays "engineer:").
    private func words(_ spans: [Answer.Span]) -> [Word] {
        var words: [Word] = []
        var current: Word = []
        for span in spans {
            let (text, isRole) =
                switch span {
                case .text(let text): (Screen.inert(text), false)
                case .role(let text): (Screen.inert(text), true)
                }
            for (index, piece) in text.split(separator: " ", omittingEmptySubsequences: false).enumerated() {
                if index > 0, !current.isEmpty {
                    words.append(current)
                    current = []
                }
                if !piece.isEmpty { current.append((String(piece), isRole)) }
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// Word-wraps spans, coloring role names (and the whole line when `emphasis` is given).
    private func wrap(_ spans: [Answer.Span], emphasis: String?, firstIndent: String, indent: String) -> [String] {
        let limit = style.width.map { max(20, min($0 - 1, Self.measure)) } ?? .max
        var lines: [String] = []
        var line = firstIndent
        var visible = firstIndent.count
        var lineStart = visible
        for word in words(spans) {
            let length = word.reduce(0) { $0 + $1.text.count }
            if visible > lineStart, visible + 1 + length > limit {
                lines.append(finish(line, emphasis))
                line = indent
                visible = indent.count
                lineStart = visible
            }
            if visible > lineStart {
                line += " "
                visible += 1
            }
            for piece in word {
                line +=
                    piece.isRole && style.color ? Code.role + piece.text + Code.reset + (emphasis ?? "") : piece.text
            }
            visible += length
        }
        lines.append(finish(line, emphasis))
        return lines
    }

    private func finish(_ line: String, _ emphasis: String?) -> String {
        guard style.color, let emphasis else { return line }
        return emphasis + line + Code.reset
    }
}
