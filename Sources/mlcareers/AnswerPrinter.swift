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
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Dimmed text, for hints and notes.
    func dim(_ text: String) -> String {
        style.color ? Code.dim + Screen.inert(text) + Code.reset : Screen.inert(text)
    }

    func errorText(_ text: String) -> String {
        style.color ? Code.error + Screen.inert(text) + Code.reset : Screen.inert(text)
    }

    /// Word-wraps spans, coloring role names (and the whole line when `emphasis` is given).
    private func wrap(_ spans: [Answer.Span], emphasis: String?, firstIndent: String, indent: String) -> [String] {
        let words = spans.flatMap { span -> [(String, Bool)] in
            switch span {
            case .text(let text): return Screen.inert(text).split(separator: " ", omittingEmptySubsequences: true).map { (String($0), false) }
            case .role(let text): return Screen.inert(text).split(separator: " ").map { (String($0), true) }
            }
        }
        let limit = style.width.map { max(20, $0 - 1) } ?? .max
        var lines: [String] = []
        var line = firstIndent
        var visible = firstIndent.count
        for (word, isRole) in words {
            if visible + 1 + word.count > limit, visible > indent.count {
                lines.append(finish(line, emphasis))
                line = indent
                visible = indent.count
            }
            if visible > (lines.isEmpty ? firstIndent.count : indent.count) {
                line += " "
                visible += 1
            }
            line += isRole && style.color ? Code.role + word + Code.reset + (emphasis ?? "") : word
            visible += word.count
        }
        lines.append(finish(line, emphasis))
        return lines
    }

    private func finish(_ line: String, _ emphasis: String?) -> String {
        guard style.color, let emphasis else { return line }
        return emphasis + line + Code.reset
    }
}
