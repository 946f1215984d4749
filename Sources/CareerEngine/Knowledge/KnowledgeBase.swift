/// Everything the assistant knows: the roles, in the order the data lists them, and the facts
/// about ML careers in general.
public struct KnowledgeBase: Sendable {
    public private(set) var roles: [Role] = []
    public private(set) var careers: [CareersField: [Fact]] = [:]
    /// Ids of the leadership roles the career-growth answer lists.
    public private(set) var growthPaths: [String] = []
    private var index: [String: Int] = [:]

    public init() {}

    public func role(_ id: String) -> Role? { index[id].map { roles[$0] } }

    /// The role an answer names by `text` (its name or plural, in any case), if any.
    func roleCalled(_ text: String) -> Role? {
        let name = text.lowercased()
        return roles.first { $0.name.lowercased() == name || $0.plural.lowercased() == name }
    }

    /// The roles careers start in: every role but the leadership ones of `paths`.
    public var startingRoles: [Role] { roles.filter { !growthPaths.contains($0.id) } }

    public func careers(_ field: CareersField) -> [Fact] { careers[field] ?? [] }

    /// The roles that lead to `id`.
    public func roles(leadingTo id: String) -> [Role] { roles.filter { $0.leadsTo.contains(id) } }

    mutating func add(_ role: Role) {
        index[role.id] = roles.count
        roles.append(role)
    }

    mutating func setCareers(_ field: CareersField, _ facts: [Fact]) { careers[field] = facts }

    mutating func setGrowthPaths(_ ids: [String]) { growthPaths = ids }
}
