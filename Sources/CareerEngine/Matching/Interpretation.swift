/// What the matcher made of a question: one part, or several for a compound question.
struct Interpretation: Sendable {
    /// One recognised intent and the words it came from.
    struct Part: Sendable {
        let rule: Int
        let pattern: Int
        let coverage: Double
        /// True when the pattern has a role slot the question did not fill.
        let missingRole: Bool
        /// Roles named in this part, in order; a part naming none gets the question's roles.
        let roles: [String]
        /// References to earlier roles in this part ("they", "the latter").
        let references: [Reference]
        /// Content words the pattern did not account for: the subject of "who deploys models?".
        let topic: [String]
        /// True when the part names the field itself ("in ML", "AI careers"): it asks in general, so the
        /// roles of earlier turns do not apply.
        var namesField = false
        /// True when the part's own words name a role (not only the question's other parts).
        var namesRoles = false
        /// True when a reference follows words the rule did not explain ("AI chatbots ... what makes
        /// them useful?"): it most likely means those words, not a role.
        var pointsIntoText = false

        func with(coverage: Double) -> Part { copy(coverage: coverage) }

        /// The part with the references of an ellipsis before it ("and the second one, what does it
        /// build?"), unless it names roles or says which ones itself.
        func pointing(at references: [Reference]) -> Part {
            guard !references.isEmpty, !namesRoles, self.references.allSatisfy(\.isGeneral) else { return self }
            return copy(references: references)
        }

        /// The part about `roles`, which its own words name.
        func naming(_ roles: [String]) -> Part { copy(roles: roles, namesRoles: true) }

        func adding(topic more: [String]) -> Part { copy(topic: topic + more) }

        /// This part with the given fields changed and every other one kept.
        private func copy(
            coverage: Double? = nil, roles: [String]? = nil, references: [Reference]? = nil, topic: [String]? = nil,
            namesRoles: Bool? = nil
        ) -> Part {
            Part(
                rule: rule, pattern: pattern, coverage: coverage ?? self.coverage, missingRole: missingRole,
                roles: roles ?? self.roles, references: references ?? self.references, topic: topic ?? self.topic,
                namesField: namesField, namesRoles: namesRoles ?? self.namesRoles, pointsIntoText: pointsIntoText)
        }
    }

    let tokens: [Token]
    let parts: [Part]
    /// The best-scoring other intents, for explanations: (intent id, coverage).
    let runnerUps: [(intent: String, score: Double)]
    /// Roles named anywhere in the question, in order of mention.
    let roles: [String]

    var confidence: Double { parts.map(\.coverage).min() ?? 0 }
}
