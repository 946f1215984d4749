/// Fills answer templates with facts from the knowledge base.
struct AnswerWriter {
    let knowledge: KnowledgeBase
    /// What an answer says in place of a line whose role has no facts of its kind, so that it never
    /// shows a bare heading (`replies: missing-workplaces: I don't have workplace information for ...`).
    var missingFacts: [RoleField: Template] = [:]

    /// What a template needs besides the knowledge base: the roles it is about and any computed lists.
    struct Context {
        var roles: [Role] = []
        var found: [[Answer.Span]] = []
        var ranking: [[Answer.Span]] = []
        var uncovered: [String] = []
        /// The roles `{listed}` names.
        var listed: [Role] = []
        /// What `{number}`, `{total}` and `{text}` say.
        var values: [String: String] = [:]
    }

    /// The rendered answer, and which (role, fact kind) pairs it gave, so "tell me more" can skip them.
    func render(_ template: Template, _ context: Context) -> (Answer, given: Set<GivenFact>) {
        var blocks: [Answer.Block] = []
        var given = Set<GivenFact>()
        var noted = Set<GivenFact>()
        for line in template.lines {
            if let rendered = render(line, context, given: &given) {
                append(rendered, to: &blocks)
            } else if let (role, field) = missingFact(on: line, context),
                noted.insert(GivenFact(role: role.id, field: field.rawValue)).inserted
            {
                missingNote(role, field, as: line.kind).forEach { append($0, to: &blocks) }
            }
        }
        return (Answer(blocks), given)
    }

    /// The first role fact the line names that its role does not have.
    private func missingFact(on line: Template.Line, _ context: Context) -> (Role, RoleField)? {
        for case .placeholder(.role(let index, .facts(let field))) in line.segments where index < context.roles.count {
            if context.roles[index].facts(field).isEmpty { return (context.roles[index], field) }
        }
        return nil
    }

    /// The sentence saying the role has no facts of that kind, as a bullet in place of a bullet;
    /// nothing when the data has no such sentence.
    private func missingNote(_ role: Role, _ field: RoleField, as kind: Template.Line.Kind) -> [Answer.Block] {
        guard let template = missingFacts[field] else { return [] }
        // Without notes of its own: a note naming the missing fact again must not recurse.
        let blocks = AnswerWriter(knowledge: knowledge).render(template, Context(roles: [role])).0.blocks
        return kind == .bullet ? [.bullets(blocks.map(\.spans))] : blocks
    }

    private func append(_ block: Answer.Block, to blocks: inout [Answer.Block]) {
        if case .bullets(let new) = block, case .bullets(let old)? = blocks.last {
            blocks[blocks.count - 1] = .bullets(old + new)
        } else {
            blocks.append(block)
        }
    }

    /// One template line as a block, or nil when a placeholder on it has nothing to say.
    private func render(_ line: Template.Line, _ context: Context, given: inout Set<GivenFact>) -> Answer.Block? {
        if line.segments.count == 1, case .placeholder(let placeholder) = line.segments[0], line.kind == .paragraph {
            let items = values(of: placeholder, context, given: &given)
            guard !items.isEmpty else { return nil }
            guard placeholder.isList else {
                return .paragraph(Self.capitalizingFirst(Self.joined(items, sentences: true)))
            }
            return placeholder == .ranking ? .numbered(items) : .bullets(items)
        }
        var spans: [Answer.Span] = []
        for segment in line.segments {
            switch segment {
            case .text(let text): spans.append(.text(text))
            case .placeholder(let placeholder):
                let items = values(of: placeholder, context, given: &given)
                guard !items.isEmpty else { return nil }
                spans += Self.joined(items, sentences: !placeholder.isList)
            }
        }
        spans = Self.capitalizingFirst(spans)
        switch line.kind {
        case .heading: return .heading(spans)
        case .bullet: return .bullets([spans])
        case .paragraph: return .paragraph(spans)
        }
    }

    private func values(of placeholder: Placeholder, _ context: Context, given: inout Set<GivenFact>) -> [[Answer.Span]]
    {
        switch placeholder {
        case .role(let index, let property):
            guard index < context.roles.count else { return [] }
            return values(of: property, context.roles[index], given: &given)
        case .careers(let field):
            given.insert(GivenFact(role: nil, field: field.rawValue))
            return knowledge.careers(field).map { [.text($0.text)] }
        case .careersPaths: return knowledge.growthPaths.compactMap(knowledge.role).map { [.role($0.title)] }
        case .roleNames: return knowledge.startingRoles.map { [.role($0.title)] }
        case .everyRole(let field):
            return knowledge.startingRoles.filter { !$0.facts(field).isEmpty }.map { role in
                given.insert(GivenFact(role: role.id, field: field.rawValue))
                return [.role(role.title), .text(": ")]
                    + Self.joined(role.facts(field).map { [.text($0.text)] }, sentences: true)
            }
        case .found: return context.found
        case .ranking: return context.ranking
        case .uncovered: return context.uncovered.map { [.text($0)] }
        case .listed: return context.listed.isEmpty ? [] : [Self.names(context.listed.map(\.name))]
        case .value(let name): return context.values[name].map { [[.text($0)]] } ?? []
        }
    }

    private func values(of property: RoleProperty, _ role: Role, given: inout Set<GivenFact>) -> [[Answer.Span]] {
        switch property {
        case .name: return [[.role(role.name)]]
        case .plural: return [[.role(role.plural)]]
        case .nameWithArticle: return [[.text(role.article + " "), .role(role.name)]]
        case .leadsTo:
            given.insert(GivenFact(role: role.id, field: "leads-to"))
            return role.leadsTo.compactMap(knowledge.role).map { [.role($0.name)] }
        case .comesFrom: return knowledge.roles(leadingTo: role.id).map { [.role($0.name)] }
        case .facts(let field):
            given.insert(GivenFact(role: role.id, field: field.rawValue))
            return role.facts(field).map { [.text($0.text)] }
        }
    }

    /// Role names separated by commas, each marked as a role.
    static func names(_ names: [String]) -> [Answer.Span] {
        names.enumerated().flatMap { index, name in (index > 0 ? [Answer.Span.text(", ")] : []) + [.role(name)] }
    }

    /// Items inside a sentence: sentences joined by spaces, phrases by semicolons (items may hold commas and "and").
    static func joined(_ items: [[Answer.Span]], sentences: Bool) -> [Answer.Span] {
        var spans: [Answer.Span] = []
        for (index, item) in items.enumerated() {
            // After a full sentence the next item starts anew: "...advanced degrees. Most have a PhD".
            if index > 0 {
                spans.append(.text(sentences && Answer.text(items[index - 1]).hasSuffix(".") ? " " : "; "))
            }
            spans += item
        }
        return spans
    }

    static func capitalizingFirst(_ spans: [Answer.Span]) -> [Answer.Span] {
        guard let first = spans.first else { return spans }
        switch first {
        case .text(let text): return [.text(text.capitalizedFirst)] + spans.dropFirst()
        case .role(let text): return [.role(text.capitalizedFirst)] + spans.dropFirst()
        }
    }
}

/// A kind of fact already given in this conversation: (role id or nil for careers, field name).
struct GivenFact: Hashable, Sendable {
    let role: String?
    let field: String
}

extension Placeholder {
    /// Whether the placeholder stands for several items (a list) rather than one value.
    var isList: Bool {
        switch self {
        case .role(_, .name), .role(_, .plural), .role(_, .nameWithArticle): false
        case .role(_, .facts(.summary)), .careers(.summary), .careers(.conclusion), .careers(.growth), .value, .listed:
            false
        default: true
        }
    }
}
