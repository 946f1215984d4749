import CareerEngine

/// What Tab offers: at the start of the line REPL commands and common question openers; anywhere,
/// the roles' canonical names (no aliases or plurals, which would only crowd the list). A choice may
/// span words: "data sc" completes to "data scientist". What was typed keeps its casing.
final class Completer {
    enum Result: Equatable {
        case none
        /// Replace the last `replacing` characters before the cursor with `text`.
        case insert(String, replacing: Int)
        case list([String])
    }

    static let openers = [
        "what does", "what do", "what skills does", "what skills do", "what degree does",
        "what is the difference between",
        "where do", "where can", "who", "which role", "how do I become", "tell me about", "tell me more",
        "compare", "I like", "is machine learning a good career",
    ]

    /// After these words a role name comes next, so Tab on nothing offers them all.
    static let beforeARole: Set<String> = ["and", "vs", "vs.", "versus", "compare", "or", "between"]

    /// What the line may start with.
    let starts: [String]
    let roles: [String]

    init(knowledge: KnowledgeBase, commands: [String]) {
        roles = knowledge.roles.map(\.name)
        var seen = Set(roles.map { $0.lowercased() })
        starts = (commands + Self.openers).filter { seen.insert($0.lowercased()).inserted } + roles
    }

    /// Completes the text before the cursor, trying the longest run of trailing words first.
    func complete(_ before: String) -> Result {
        if before.last == " ", let last = before.split(separator: " ").last,
            Self.beforeARole.contains(last.lowercased())
        {
            return .list(roles.sorted())
        }
        for start in wordStarts(before) {
            let typed = String(before[start...])
            let matches = (start == before.startIndex ? starts : roles).filter {
                $0.lowercased().hasPrefix(typed.lowercased()) && $0.count > typed.count
            }
            guard !typed.isEmpty, !matches.isEmpty else { continue }
            // The rest of the choice goes after what was typed, which stays as typed.
            if matches.count == 1 { return .insert(String(matches[0].dropFirst(typed.count)) + " ", replacing: 0) }
            let common = Self.commonPrefix(matches)
            if common.count > typed.count { return .insert(String(common.dropFirst(typed.count)), replacing: 0) }
            return .list(matches.sorted())
        }
        return .none
    }

    /// Where each word of the text starts, earliest first (so longer phrases are tried first).
    private func wordStarts(_ text: String) -> [String.Index] {
        var starts: [String.Index] = []
        var previous: Character = " "
        for index in text.indices {
            if previous == " ", text[index] != " " { starts.append(index) }
            previous = text[index]
        }
        return starts
    }

    static func commonPrefix(_ words: [String]) -> String {
        guard var prefix = words.first else { return "" }
        for word in words.dropFirst() {
            while !word.lowercased().hasPrefix(prefix.lowercased()) { prefix.removeLast() }
        }
        return prefix
    }

    /// Choices laid out in columns that fit `width`.
    static func columns(_ choices: [String], width: Int) -> String {
        let cell = (choices.map(\.count).max() ?? 0) + 2
        let perLine = max(1, width / max(1, cell))
        var lines: [String] = []
        for start in stride(from: 0, to: choices.count, by: perLine) {
            let row = choices[start..<min(start + perLine, choices.count)]
            lines.append(row.map { $0.padded(to: cell) }.joined().trimmingTrailing())
        }
        return lines.joined(separator: "\n")
    }
}

extension String {
    func trimmingTrailing() -> String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }

    func padded(to length: Int) -> String {
        count >= length ? self : self + String(repeating: " ", count: length - count)
    }
}
