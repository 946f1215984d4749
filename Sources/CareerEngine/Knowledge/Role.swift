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
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }
}
