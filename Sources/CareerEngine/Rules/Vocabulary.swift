/// Interns the word stems the rules know, so matching compares integers, not strings.
struct Vocabulary: Sendable {
    private(set) var ids: [String: Int] = [:]
    private(set) var words: [String] = []

    /// The id of `word`, adding it if new.
    mutating func intern(_ word: String) -> Int {
        if let id = ids[word] { return id }
        ids[word] = words.count
        words.append(word)
        return words.count - 1
    }

    func id(_ word: String) -> Int? { ids[word] }

    func contains(_ word: String) -> Bool { ids[word] != nil }
}
