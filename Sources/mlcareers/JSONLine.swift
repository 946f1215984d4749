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

    static func context(_ context: ContextSnapshot) -> String {
        object([
            ("roles", array(context.roles)),
            ("intent", context.intent.map(string) ?? "null"),
            ("turnsLeft", String(context.turnsLeft)),
            ("pending", context.pending.map(string) ?? "null"),
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

    static func string(_ text: String) -> String {
        var output = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value):
                output += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16)
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output + "\""
    }
}
