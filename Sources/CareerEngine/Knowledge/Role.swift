/// A job role: its names, the facts about it, and where it leads.
public struct Role: Hashable, Sendable, Identifiable {
    public let id: String
    /// Display name, lowercase except for acronyms: "machine learning engineer", "MLOps engineer".
    public let name: String
    public let plural: String
    /// "a" or "an" before the name.
    public let article: String
    public let aliases: [String]
    public let facts: [RoleField: [Fact]]
    /// Ids of the roles this one commonly leads to.
    public let leadsTo: [String]
    public let location: SourceLocation

    public func facts(_ field: RoleField) -> [Fact] { facts[field] ?? [] }

    /// "a data scientist", "an MLOps engineer".
    public var nameWithArticle: String { "\(article) \(name)" }

    /// The name with its first letter capitalized, for the start of a line.
    public var title: String { name.capitalizedFirst }
}

extension String {
    /// The string with its first letter uppercased, the rest untouched ("mLOps" stays as typed).
    var capitalizedFirst: String {
        // A first character of one ASCII byte changes only if it is a lower-case letter: most texts
        // start with a capital and are returned as they are, not copied.
        if let byte = utf8.first, byte < 0x80, utf8.dropFirst().first.map({ $0 < 0x80 }) ?? true {
            guard (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) else { return self }
            return String(decoding: [byte - 0x20] + utf8.dropFirst(), as: UTF8.self)
        }
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }
}
