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
    public var plainText: String {
        var lines: [String] = []
        for block in blocks {
            switch block {
            case .heading(let spans):
                if !lines.isEmpty { lines.append("") }
                lines.append(Self.text(spans))
            case .paragraph(let spans): lines.append(Self.text(spans))
            case .bullets(let items): lines += items.map { "- " + Self.text($0) }
            case .numbered(let items): lines += items.enumerated().map { "\($0.offset + 1). " + Self.text($0.element) }
            }
        }
        return lines.joined(separator: "\n")
    }

    public static func text(_ spans: [Span]) -> String {
        spans.map {
            switch $0 {
            case .text(let text), .role(let text): text
            }
        }.joined()
    }

    public static func + (lhs: Answer, rhs: Answer) -> Answer { Answer(lhs.blocks + rhs.blocks) }
}
