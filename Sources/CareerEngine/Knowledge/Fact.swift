/// One statement of the knowledge base, with where it was written and whether it comes from
/// the seed text (`seed:` in the data) or was added as general, well-established knowledge (`added:`).
public struct Fact: Hashable, Sendable {
    public let text: String
    public let fromSeed: Bool
    public let location: SourceLocation
}

/// The kinds of facts every role may hold. Templates name them as `{role.FIELD}`.
public enum RoleField: String, CaseIterable, Sendable {
    case summary, responsibilities, skills, education, workplaces, applications, interests

    /// The heading used when facts of this kind are shown on their own ("tell me more").
    var title: String {
        switch self {
        case .summary: "What they do"
        case .responsibilities: "Responsibilities"
        case .skills: "Skills"
        case .education: "Education"
        case .workplaces: "Where they work"
        case .applications: "What they build"
        case .interests: "Suits people who enjoy"
        }
    }
}

/// The kinds of facts about ML careers in general. Templates name them as `{careers.FIELD}`.
public enum CareersField: String, CaseIterable, Sendable {
    case summary, skills, growth, conclusion

    var title: String {
        switch self {
        case .summary: "Careers in machine learning"
        case .skills: "Skills for ML careers"
        case .growth: "Career growth"
        case .conclusion: "In short"
        }
    }
}
