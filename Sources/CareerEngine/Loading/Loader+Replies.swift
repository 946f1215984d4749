extension Loader {
    /// Reads the `replies:` section: one template per reply the conversation gives on its own.
    mutating func readReplies(_ node: YAMLNode) {
        let keys = Replies.Key.allCases.map(\.rawValue)
        guard let reader = FieldReader(node, what: "'replies'", allowed: keys, problems: &problems) else { return }
        repliesLocation = repliesLocation ?? node.location
        for key in Replies.Key.allCases where reader[key.rawValue] != nil {
            replies.templates[key] = readTemplate(reader, key: key.rawValue, required: false, intent: "replies")
        }
    }

    /// The replies no file writes: `check` reports them, since the conversation would say nothing there.
    func missingReplies() -> [Diagnostic] {
        let missing = Replies.Key.allCases.filter { replies.templates[$0] == nil }.map(\.rawValue)
        guard !missing.isEmpty else { return [] }
        let location = repliesLocation ?? SourceLocation(file: "Intents", line: 1, column: 1)
        let section = repliesLocation == nil ? "no file has a 'replies:' section" : "'replies' has no"
        return [.error(location, "\(section) \(missing.joined(separator: ", ")): the conversation needs these texts (see replies.yaml)")]
    }
}
