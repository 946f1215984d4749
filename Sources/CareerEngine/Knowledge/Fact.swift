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

}

/// The kinds of facts about ML careers in general. Templates name them as `{careers.FIELD}`.
public enum CareersField: String, CaseIterable, Sendable {
    case summary, skills, growth, conclusion

}
