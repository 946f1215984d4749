import CareerEngine

/// What Tab offers: REPL commands, role names and aliases, and common question openers.
/// A choice may span words: "data sc" completes to "data scientist".
final class Completer {
    enum Result: Equatable {
        case none
        /// Replace the last `replacing` characters before the cursor with `text`.
        case insert(String, replacing: Int)
        case list([String])
    }

    static let openers = [
        "what does", "what do", "what skills does", "what skills do", "what degree does", "what is the difference between",
        "where do", "where can", "who", "which role", "how do I become", "tell me about", "tell me more",
        "compare", "I like", "is machine learning a good career",
    ]

    let choices: [String]

    init(knowledge: KnowledgeBase, commands: [String]) {
        var choices = commands
        for role in knowledge.roles {
            // Names, plurals and abbreviations ("MLE", "MLOps"); lowercase variants would only crowd the list.
            choices += [role.name, role.plural] + role.aliases.filter { $0.contains(where: \.isUppercase) }
        }
        choices += Self.openers
        var seen = Set<String>()
        self.choices = choices.filter { seen.insert($0.lowercased()).inserted }
    }

    /// Completes the text before the cursor, trying the longest run of trailing words first.
    func complete(_ before: String) -> Result {
        for start in wordStarts(before) {
            let typed = String(before[start...])
            guard !typed.isEmpty else { continue }
            let matches = choices.filter { $0.lowercased().hasPrefix(typed.lowercased()) && $0.count > typed.count }
            guard !matches.isEmpty else { continue }
            if matches.count == 1 { return .insert(matches[0] + " ", replacing: typed.utf8.count) }
            let common = Self.commonPrefix(matches)
            if common.count > typed.count { return .insert(common, replacing: typed.utf8.count) }
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
