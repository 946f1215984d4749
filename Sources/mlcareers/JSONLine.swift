import CareerEngine

/// Writes a reply as one line of JSON, keys in a fixed order.
enum JSONLine {
    static func encode(_ reply: Reply) -> String {
        line { json in
            json.field("input", reply.input)
            json.field("intent", reply.intent)
            json.field("intents", reply.intents)
            json.field("confidence", reply.confidence)
            json.field("roles", reply.roles)
            json.field("answer", reply.answer.plainText)
            json.field("suggestions", reply.suggestions)
            json.field("rule", reply.rule.map(\.fileAndLine))
            json.key("context")
            write(reply.context, to: &json)
        }
    }

    /// A command's line (`:why`, `:help`, an unknown `:command`): what it printed, and why it did
    /// nothing (`error`, null when it worked).
    static func encode(_ output: CommandOutput, input: String) -> String {
        line { json in
            json.field("input", ControlCharacters.removed(from: input, lineBreaks: .spaced))
            json.field("command", output.name)
            json.field("text", output.text)
            json.field("error", output.problem?.rawValue)
        }
    }

    /// One object, its fields written by `body`.
    private static func line(_ body: (inout JSONWriter) -> Void) -> String {
        var writer = JSONWriter()
        writer.object(body)
        return writer.text
    }

    private static func write(_ context: ContextSnapshot, to writer: inout JSONWriter) {
        writer.object { json in
            json.field("roles", context.roles)
            json.field("intent", context.intent)
            json.field("turnsLeft", context.turnsLeft)
            json.field("pending", context.pending)
            json.field("shown", context.shown)
        }
    }

    static func object(_ fields: [(String, String)]) -> String {
        "{" + fields.map { "\(string($0.0)):\($0.1)" }.joined(separator: ",") + "}"
    }

    static func array(_ items: [String]) -> String {
        "[" + items.map(string).joined(separator: ",") + "]"
    }

    /// A JSON string literal; control characters (C0, DEL, C1) are escaped, so none reaches the output raw.
    static func string(_ text: String) -> String {
        var writer = JSONWriter(capacity: text.utf8.count + 8)
        writer.string(text)
        return writer.text
    }
}
