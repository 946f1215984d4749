/// Reads a transcript line by line: a question, a separator or an expectation under the last question.
struct TranscriptParser {
    static let keys = ["intent", "roles", "says", "not-says", "seed"]

    let file: String
    let eachQuestionAlone: Bool
    private(set) var dialogues: [[Transcript.Turn]] = [[]]

    init(file: String, eachQuestionAlone: Bool) {
        self.file = file
        self.eachQuestionAlone = eachQuestionAlone
    }

    mutating func read(_ raw: Substring, number: Int) throws(Diagnostic) {
        let line = raw.trimmed(of: " \t\r")
        let column = raw.prefix { $0 == " " || $0 == "\t" }.count + 1
        let location = SourceLocation(file: file, line: number, column: column)
        if line.isEmpty || line.hasPrefix("#") { return }
        if line == "---" { return dialogues.append([]) }
        if line.hasPrefix(">") { return question(line.dropFirst(), at: location) }
        try expectation(line, at: location)
    }

    private mutating func question(_ text: Substring, at location: SourceLocation) {
        if eachQuestionAlone, !(dialogues.last?.isEmpty ?? true) { dialogues.append([]) }
        let input = text.trimmed(of: " \t")
        dialogues[dialogues.count - 1].append(Transcript.Turn(input: input, line: location.line))
    }

    private mutating func expectation(_ line: String, at location: SourceLocation) throws(Diagnostic) {
        guard !(dialogues.last?.isEmpty ?? true) else {
            throw .error(
                location,
                "'\(line.prefix(40))' comes before any question: write the question first, as '> what does a data scientist do?'"
            )
        }
        guard let colon = line.firstIndex(of: ":") else {
            throw .error(
                location,
                "expected 'key: value' (one of: \(Self.keys.joined(separator: ", "))) or a question starting with '>'")
        }
        let key = line[..<colon].trimmed(of: " \t")
        let value = line[line.index(after: colon)...].trimmed(of: " \t")
        let last = dialogues[dialogues.count - 1].count - 1
        guard Self.apply(key, value, to: &dialogues[dialogues.count - 1][last]) else {
            throw .error(
                location,
                "unknown key '\(key)'\(Suggestion.hint(for: key, in: Self.keys)); the keys are: \(Self.keys.joined(separator: ", "))"
            )
        }
    }

    /// Sets what `key` expects; false for an unknown key.
    private static func apply(_ key: String, _ value: String, to turn: inout Transcript.Turn) -> Bool {
        switch key {
        case "intent": turn.intents = list(value, separator: "+")
        case "roles": turn.roles = value == "none" ? [] : list(value, separator: ",")
        case "says": turn.says.append(value)
        case "not-says": turn.notSays.append(value)
        case "seed": turn.seed = value
        default: return false
        }
        return true
    }

    private static func list(_ value: String, separator: Character) -> [String] {
        value.split(separator: separator).map { $0.trimmed(of: " \t") }
    }
}
