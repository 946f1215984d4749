/// An answer template: lines of text with `{placeholders}` naming facts of the knowledge base.
///
/// - `# text` is a heading, `- text` a bullet.
/// - A line holding only a list placeholder (`{role.skills}`) becomes bullets; inside a sentence a list
///   is joined ("a, b and c").
/// - A line whose placeholders have no facts is left out.
/// - Placeholders: `{role.FIELD}` (also `role1`, `role2` for the first and second role),
///   where FIELD is `name`, `plural`, `a-name` ("an MLOps engineer"), `leads-to`, `comes-from`, or a fact
///   kind (summary, responsibilities, skills, education, workplaces, applications, interests);
///   `{careers.FIELD}` (summary, skills, growth, conclusion, paths); `{roles.names}`; `{roles.FIELD}` (each
///   role's facts of that kind, for answers about no role in particular);
///   and the computed answers `{found}` (roles that do what was asked), `{ranking}` (roles that fit) and
///   `{uncovered}` (the titles the question named that no role covers, in `titles.yaml`);
///   in replies (`replies.yaml`) also `{listed}` (roles the conversation names) and `{number}`,
///   `{total}`, `{text}` (values it gives).
public struct Template: Sendable {
    let lines: [Line]
    public let location: SourceLocation

    struct Line: Sendable {
        enum Kind: Sendable { case heading, bullet, paragraph }
        let kind: Kind
        let segments: [Segment]
    }

    enum Segment: Hashable, Sendable {
        case text(String)
        case placeholder(Placeholder)
    }

    /// The placeholders of every line, in order; and how many roles the template needs: 0, 1
    /// (`{role...}`), or 2 (`{role2...}`). Worked out once: answering asks for them at every turn.
    let placeholders: [Placeholder]
    let rolesNeeded: Int

    init(lines: [Line], location: SourceLocation) {
        self.lines = lines
        self.location = location
        placeholders = lines.flatMap { $0.segments.compactMap { if case .placeholder(let p) = $0 { p } else { nil } } }
        rolesNeeded = placeholders.reduce(0) { needed, placeholder in
            if case .role(let index, _) = placeholder { return max(needed, index + 1) }
            return needed
        }
    }
}

enum Placeholder: Hashable, Sendable {
    case role(index: Int, RoleProperty)
    case careers(CareersField)
    case careersPaths
    case roleNames
    /// `{roles.FIELD}`: one line per role that is not a leadership path, "Role: its facts" (general answers).
    case everyRole(RoleField)
    case found
    case ranking
    /// The titles of the roles the question named that the knowledge base does not cover.
    case uncovered
    /// `{listed}`: role names the conversation gives a reply ("I only showed these roles: {listed}").
    case listed
    /// `{number}`, `{total}`, `{text}`: a value the conversation gives a reply (see `Replies`).
    case value(String)

    /// The names of the values a reply may hold.
    static let valueNames = ["number", "total", "text"]
}

enum RoleProperty: Hashable, Sendable {
    case name, plural, nameWithArticle, leadsTo, comesFrom
    case facts(RoleField)

    static let names: [String: RoleProperty] = {
        var names: [String: RoleProperty] = [
            "name": .name, "plural": .plural, "a-name": .nameWithArticle,
            "leads-to": .leadsTo, "comes-from": .comesFrom,
        ]
        for field in RoleField.allCases { names[field.rawValue] = .facts(field) }
        return names
    }()
}
