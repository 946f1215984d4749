/// Every way the data names a role (names, plurals, aliases), as stemmed word sequences.
struct RoleNames: Sendable {
    private(set) var phrases: [[String]: String] = [:]
    private(set) var longest = 0
    /// First words of the phrases: most words start none, and are passed over without hashing a phrase.
    private var firstWords: Set<String> = []

    /// Adds a phrase for `role`; returns the role that already had it, if another one did.
    mutating func add(_ stems: [String], for role: String) -> String? {
        if let owner = phrases[stems], owner != role { return owner }
        phrases[stems] = role
        longest = max(longest, stems.count)
        firstWords.insert(stems[0])
        return nil
    }

    /// The role named at `start`, and how many words name it (the longest name wins).
    func match(_ words: [String], at start: Int) -> (role: String, length: Int)? {
        guard firstWords.contains(words[start]) else { return nil }
        for length in stride(from: min(longest, words.count - start), through: 1, by: -1) {
            if let role = phrases[Array(words[start..<start + length])] { return (role, length) }
        }
        return nil
    }

    var allStems: Set<String> { Set(phrases.keys.joined()) }
}
