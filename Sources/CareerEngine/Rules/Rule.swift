/// One intent of the rule files: the patterns that recognise it and what it does when it wins.
public struct Rule: Sendable {
    /// What happens when the rule wins.
    public enum Action: String, CaseIterable, Sendable {
        /// Render the answer template (the usual case).
        case answer
        /// Ask the previous turn's question again for the role named now: "and data scientists?".
        case sameForRole = "same-for-role"
        /// Continue the last topic with facts not yet given: "tell me more".
        case more
        /// Forget the conversation: "start over".
        case reset
        /// Explain the last recommendation: "why?".
        case why
        /// Start the "which role fits me?" quiz.
        case quiz
        /// A card of what this person explored: roles, their skills, where they lead, the quiz result.
        case summary
    }

    public let id: String
    public let location: SourceLocation
    public let patterns: [Pattern]
    let template: Template?
    /// The answer when no role is given or known, for intents that also answer in general (`general-answer`).
    let generalTemplate: Template?
    /// The answer when `{found}` or `{ranking}` find no role (`no-match`).
    let noMatchTemplate: Template?
    /// What to do instead when `{found}` or `{ranking}` find no role (`no-match-action`), e.g. start the quiz.
    let noMatchAction: Action?
    /// The intent to answer instead when no role is given or known ("what skills do I need?").
    public let withoutRole: String?
    /// The intent to answer instead when every role the question names is a leadership role
    /// (`for-leadership`): "how do I become a chief AI officer?" is a step up, not a first job.
    public let forLeadership: String?
    /// True for rules that recognise questions the assistant cannot answer (salaries, companies):
    /// they reply as `fallback`, with their own honest message.
    public let declines: Bool
    /// Compared before coverage (`Matcher.outranks`): a positive priority counts once the rule covers at
    /// least `Matcher.priorityFloor` of the question (below that it counts as 0); a negative one always.
    public let priority: Int
    /// A question that leads to this intent, with `{role.name}` style placeholders, offered as a suggestion.
    let suggestion: Template?
    public let action: Action
    /// Greetings, thanks, goodbyes: in a question with other parts, another part is the main one.
    public let courtesy: Bool

    /// The intent id replies report: declining rules report `fallback`.
    public var reportedIntent: String { declines ? "fallback" : reportedAs ?? id }

    /// The intent id this rule's replies report instead of its own (`reported-as`): "how do I become
    /// an AI engineer?" answers skills and education together, as `role.skills`.
    public var reportedAs: String? = nil

    var rolesNeeded: Int { template?.rolesNeeded ?? 0 }
}
