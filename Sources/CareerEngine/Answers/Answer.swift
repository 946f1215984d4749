/// An answer as structured text: headings, paragraphs and bullet lists, where role names are marked
/// so a terminal can emphasize them. `plainText` is what scripts and JSON get.
public struct Answer: Hashable, Sendable {
    public enum Span: Hashable, Sendable {
        case text(String)
        /// A role's name, emphasized in a terminal.
        case role(String)
    }

    public enum Block: Hashable, Sendable {
        case heading([Span])
        case paragraph([Span])
        case bullets([[Span]])
        /// A ranked list: "1. ...", "2. ...".
        case numbered([[Span]])
    }

    public var blocks: [Block]

    public init(_ blocks: [Block] = []) { self.blocks = blocks }

    public static func paragraph(_ text: String) -> Answer { Answer([.paragraph([.text(text)])]) }

    public var isEmpty: Bool { blocks.isEmpty }

    /// The role names the answer shows, in order, each once.
    var roleNames: [String] {
        var names: [String] = []
        for case .role(let name) in blocks.flatMap(\.spans) where !names.contains(name) { names.append(name) }
        return names
    }

    /// The answer as plain lines: headings as they are, bullets as "- item", a blank line before each heading.
    /// Written into one string: this runs for every answer a script or `--json` reads.
    public var plainText: String {
        var lines = PlainLines()
        for block in blocks {
            switch block {
            case .heading(let spans):
                if lines.started { lines.add([]) }
                lines.add(spans)
            case .paragraph(let spans): lines.add(spans)
            case .bullets(let items): for item in items { lines.add(item, after: "- ") }
            case .numbered(let items):
                for (index, item) in items.enumerated() { lines.add(item, after: "\(index + 1). ") }
            }
        }
        return lines.text
    }

    /// Lines joined by line breaks as they are added.
    private struct PlainLines {
        var text = ""
        var started = false

        mutating func add(_ spans: [Span], after lead: String = "") {
            if started { text += "\n" }
            started = true
            text += lead
            Answer.append(spans, to: &text)
        }
    }

    fileprivate static func append(_ spans: [Span], to text: inout String) {
        for span in spans {
            switch span {
            case .text(let part), .role(let part): text += part
            }
        }
    }

    public static func text(_ spans: [Span]) -> String {
        var text = ""
        append(spans, to: &text)
        return text
    }

    public static func + (lhs: Answer, rhs: Answer) -> Answer { Answer(lhs.blocks + rhs.blocks) }
}
