/// What `mlcareers misses FILE` tells a content editor: the questions that were not answered, grouped
/// by the intent they came closest to, and the words not understood, most frequent first.
public struct MissSummary: Sendable {
    /// One intent (nil: nothing came close) and its questions, each with how often it was asked.
    public struct Group: Sendable, Equatable {
        public let intent: String?
        public let questions: [(text: String, count: Int)]
        public var count: Int { questions.map(\.count).reduce(0, +) }

        public static func == (left: Group, right: Group) -> Bool {
            left.intent == right.intent && left.questions.map(\.text) == right.questions.map(\.text)
                && left.questions.map(\.count) == right.questions.map(\.count)
        }
    }

    public let total: Int
    public let groups: [Group]
    public let words: [(word: String, count: Int)]

    public init(_ misses: [Miss]) {
        total = misses.count
        let byIntent = Dictionary(grouping: misses) { $0.closest ?? "" }
        groups = byIntent.map {
            Group(intent: $0.key.isEmpty ? nil : $0.key, questions: Self.counted($0.value.map(\.question)))
        }
        .sorted { ($0.count, $1.intent ?? "") > ($1.count, $0.intent ?? "") }
        words = Self.counted(misses.flatMap(\.unknownWords)).map { (word: $0.text, count: $0.count) }
    }

    /// Distinct texts (compared case-blind) with their counts, most frequent first, then in first-seen order.
    static func counted(_ texts: [String]) -> [(text: String, count: Int)] {
        var order: [String] = []
        var counts: [String: Int] = [:]
        var shown: [String: String] = [:]
        for text in texts {
            let key = text.lowercased()
            if counts[key] == nil {
                order.append(key)
                shown[key] = text
            }
            counts[key, default: 0] += 1
        }
        let ranked = order.enumerated().sorted { (counts[$0.element]!, $1.offset) > (counts[$1.element]!, $0.offset) }
        return ranked.map { (text: shown[$0.element]!, count: counts[$0.element]!) }
    }

    /// The summary as text, showing at most `examples` questions per intent.
    public func rendered(examples: Int = 3) -> String {
        guard total > 0 else { return "No questions were missed." }
        var lines = [
            "\(total) question\(total == 1 ? "" : "s") not answered.", "", "By the intent they came closest to:",
        ]
        for group in groups {
            lines.append("\(Self.padded(group.count))  \(group.intent ?? "(nothing came close)")")
            lines += group.questions.prefix(examples).map {
                "        \($0.text)\($0.count > 1 ? " (\($0.count) times)" : "")"
            }
            if group.questions.count > examples { lines.append("        and \(group.questions.count - examples) more") }
        }
        if !words.isEmpty {
            lines += ["", "Words I did not understand:"] + words.map { "\(Self.padded($0.count))  \($0.word)" }
        }
        return lines.joined(separator: "\n")
    }

    private static func padded(_ number: Int) -> String {
        let text = String(number)
        return String(repeating: " ", count: max(0, 4 - text.count)) + text
    }
}
