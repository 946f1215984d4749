/// The assistant's answer to one line, with everything needed to explain it.
public struct Reply: Sendable {
    public let input: String
    /// The main intent (for a compound question, its main part); `fallback` when nothing fitted.
    public let intent: String
    /// Every part's intent, main first in the order asked.
    public let intents: [String]
    /// How sure the matcher is, from 0 to 1.
    public let confidence: Double
    /// The roles the answer is about, in order of mention (resolved from context where the question pointed back).
    public let roles: [String]
    public let answer: Answer
    /// Questions the assistant can answer, offered when it could not answer this one.
    public let suggestions: [String]
    /// Where the pattern that fired is written (`Intents/FILE:LINE`), or nil.
    public let rule: SourceLocation?
    /// Why this answer: runner-up intents and what came from the conversation.
    public let explanation: Explanation
    /// The context carried into the next turn.
    public let context: ContextSnapshot
}

/// What `:why` shows.
public struct Explanation: Sendable {
    /// The rule ids that fired, with the pattern text.
    public var matched: [(intent: String, pattern: String)] = []
    /// Other intents that matched, with their coverage.
    public var runnerUps: [(intent: String, score: Double)] = []
    /// Plain sentences on what was taken from the conversation.
    public var fromContext: [String] = []
    /// The words the matcher worked on, after normalization and typo correction.
    public var normalized: String = ""
}

/// The conversation's state as the next turn sees it.
public struct ContextSnapshot: Sendable, Equatable {
    /// The roles a follow-up ("they", "and the skills?") refers to.
    public let roles: [String]
    /// The intent an ellipsis ("and data scientists?") repeats.
    public let intent: String?
    /// How many more turns the roles stay without being referred to.
    public let turnsLeft: Int
    /// The intent waiting for a role, when the last answer asked "which role?".
    public let pending: String?
    /// The roles the last answer showed, in order: what "the second one" and "both" count in.
    public let shown: [String]
}
