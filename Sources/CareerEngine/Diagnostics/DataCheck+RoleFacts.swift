extension DataCheck {
    /// A role without facts an answer names (`{role.workplaces}`): a warning at the role, once per kind
    /// of fact, saying what the answer says instead. The data loads anyway, and the assistant does not
    /// repeat this at every start: only `check` says it.
    static func missingRoleFacts(in assistant: Assistant) -> [Diagnostic] {
        let named = namedRoleFacts(in: assistant.rules)
        let roles = assistant.knowledge.roles
        return roles.flatMap { role in
            RoleField.allCases.compactMap { field -> Diagnostic? in
                // When no role has them, loading already names the template: an error, said once there.
                guard let intents = named[field], role.facts(field).isEmpty,
                    roles.contains(where: { !$0.facts(field).isEmpty })
                else { return nil }
                return .warning(role.location, missingMessage(role, field, intents: intents, writer: assistant.writer))
            }
        }
    }

    private static func missingMessage(_ role: Role, _ field: RoleField, intents: [String], writer: AnswerWriter)
        -> String
    {
        let asked = intents.map { "'\($0)'" }.joined(separator: ", ")
        let instead = writer.missingFacts[field].map {
            writer.render($0, AnswerWriter.Context(roles: [role])).0.plainText
        }
        let answers = intents.count == 1 ? "the answer of \(asked)" : "the answers of \(asked)"
        let says =
            instead.map { "\(answers) \(intents.count == 1 ? "says" : "say") \"\($0)\" instead" }
            ?? "\(answers) leave them out"
        return "the role '\(role.id)' has no '\(field.rawValue)': \(says); add '\(field.rawValue):' to the role"
    }

    /// The kinds of role facts the rules' answers name, with the intents naming each.
    private static func namedRoleFacts(in rules: RuleSet) -> [RoleField: [String]] {
        var named: [RoleField: [String]] = [:]
        for rule in rules.rules {
            let templates = [rule.template, rule.noMatchTemplate].compactMap { $0 }
            for case .role(_, .facts(let field)) in Set(templates.flatMap(\.placeholders))
            where named[field]?.last != rule.id {
                named[field, default: []].append(rule.id)
            }
        }
        return named
    }
}
