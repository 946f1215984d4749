/// What kind of line a question is, for the dispatcher.
extension Conversation {
    /// The parts to answer: an ellipsis part ("what about MLOps, what are their duties?") only brings
    /// its roles when another part asks the actual question (its references already went to that part,
    /// see `Interpretation.Part.pointing`), and a general part ("what should I practice?") is already
    /// answered by its role version in the same question.
    func parts(of interpretation: Interpretation) -> [Interpretation.Part] {
        let rules = assistant.rules.rules
        let asking = interpretation.parts.filter { rules[$0.rule].action != .sameForRole }
        let parts = asking.isEmpty ? interpretation.parts : asking
        let generalised = Set(parts.compactMap { rules[$0.rule].withoutRole })
        let kept = parts.filter { !generalised.contains(rules[$0.rule].id) }
        return kept.isEmpty ? parts : kept
    }

    /// The role version of a general intent when the question names a role
    /// ("I want to be an AI engineer, what should I practice?" asks for the AI engineer's skills).
    func specific(_ rule: Rule, roles: [String]) -> Rule {
        guard !roles.isEmpty, rule.rolesNeeded == 0 else { return rule }
        return assistant.rules.roleVersion(of: rule.id) ?? rule
    }

    /// True when the line answers "which role do you mean?": it names roles or points at them
    /// ("ML engineer", "the data scientist one", "the second"), and asks nothing of its own.
    func answersWhichRole(_ interpretation: Interpretation) -> Bool {
        let lexicon = assistant.matcher.tokenizer.lexicon
        var mentions = false
        for token in interpretation.tokens {
            let reference = token.reference
            if !token.roles.isEmpty || (reference != nil && reference != .weak) { mentions = true }
            let pointing = !token.roles.isEmpty || reference != nil
            if !pointing, !token.skippable || token.isQuestionWord(in: lexicon) { return false }
        }
        return mentions
    }

    /// True when the line only points at roles shown before ("and the former?", "how about the
    /// second one then"), with no intent of its own: it asks the last question again for them.
    func onlyPoints(_ interpretation: Interpretation) -> Bool {
        guard interpretation.roles.isEmpty else { return false }
        var points = false
        for token in interpretation.tokens {
            switch token.kind {
            case .reference(let reference): points = points || reference != .weak
            default: if !token.skippable { return false }
            }
        }
        let asks = interpretation.parts.contains {
            interpretation.confidence >= Matcher.threshold && assistant.rules.rules[$0.rule].action != .sameForRole
        }
        return points && !asks
    }
}
