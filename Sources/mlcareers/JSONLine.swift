import CareerEngine

/// Writes a reply as one line of JSON, keys in a fixed order.
enum JSONLine {
    static func encode(_ reply: Reply) -> String {
        var fields: [(String, String)] = [
            ("input", string(reply.input)),
            ("intent", string(reply.intent)),
            ("intents", array(reply.intents)),
            ("confidence", number(reply.confidence)),
            ("roles", array(reply.roles)),
            ("answer", string(reply.answer.plainText)),
            ("suggestions", array(reply.suggestions)),
            ("rule", reply.rule.map { string($0.fileAndLine) } ?? "null"),
        ]
        fields.append(("context", context(reply.context)))
        return object(fields)
    }

    /// A command's line (`:why`, `:help`, an unknown `:command`): what it printed, and why it did
    /// nothing (`error`, null when it worked).
    static func encode(_ output: CommandOutput, input: String) -> String {
        object([
            ("input", string(ControlCharacters.removed(from: input, lineBreaks: .spaced))),
            ("command", string(output.name)),
            ("text", string(output.text)),
            ("error", output.problem.map { string($0.rawValue) } ?? "null"),
        ])
    }

    static func context(_ context: ContextSnapshot) -> String {
        object([
            ("roles", array(context.roles)),
            ("intent", context.intent.map(string) ?? "null"),
            ("turnsLeft", String(context.turnsLeft)),
            ("pending", context.pending.map(string) ?? "null"),
            ("shown", array(context.shown)),
        ])
    }

    static func object(_ fields: [(String, String)]) -> String {
        "{" + fields.map { "\(string($0.0)):\($0.1)" }.joined(separator: ",") + "}"
    }

    static func array(_ items: [String]) -> String {
        "[" + items.map(string).joined(separator: ",") + "]"
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }

    /// A JSON string literal; control characters (C0, DEL, C1) are escaped, so none reaches the output raw.
    static func string(_ text: String) -> String {
        var bytes: [UInt8] = [UInt8(ascii: "\"")]
        bytes.reserveCapacity(text.utf8.count + 8)
        var previous: UInt8 = 0
        for byte in text.utf8 {
            defer { previous = byte }
            switch byte {
            case UInt8(ascii: "\""): bytes += [UInt8(ascii: "\\"), byte]
            case UInt8(ascii: "\\"): bytes += [UInt8(ascii: "\\"), byte]
            case UInt8(ascii: "\n"): bytes += Array("\\n".utf8)
            case UInt8(ascii: "\r"): bytes += Array("\\r".utf8)
            case UInt8(ascii: "\t"): bytes += Array("\\t".utf8)
            case 0x00..<0x20, 0x7F: bytes += Array(hexEscape(UInt32(byte)).utf8)
            case 0x80...0x9F where previous == 0xC2:
                // U+0080...U+009F is C2 80...C2 9F in UTF-8: replace the pair by its escape.
                bytes.removeLast()
                bytes += Array(hexEscape(UInt32(byte)).utf8)
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func hexEscape(_ value: UInt32) -> String {
        let hex = String(value, radix: 16)
        return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
    }
}
