/// The reply being built for one line: the parts answered, the roles used, what came from context,
/// and what the turn changes in the conversation's state.
struct Turn {
    let input: String
    var interpretation: Interpretation?
    var intents: [(id: String, courtesy: Bool)] = []
    var confidences: [Double] = []
    var roles: [String] = []
    var answer = Answer()
    var suggestions: [String] = []
    var rule: SourceLocation?
    var explanation = Explanation()
    /// True when the turn named roles or referred back to them, which keeps the context alive.
    var touchedContext = false
    var isFallback = false
    /// True when the question said "they" or "it" but no role was there to point to: ask which role.
    var unresolvedReference = false
    /// The roles the answer showed in order, when not its `roles` (a ranking, a list); nil to take `roles`.
    var shown: [String]?
    var shownRanked = false
    /// True when the question pointed at a place in the last answer's roles ("the second one"): the
    /// order shown stays, so the next "and the first?" counts in the same list.
    var pointedByPlace = false
    /// The roles the question pointed at by a place that the last answer did not have ("the fifth").
    var placeNotShown: [String]?
    /// What the turn changes in the conversation's state, in order, not yet applied.
    private(set) var changes: [StateChange] = []

    init(input: String) { self.input = input }

    mutating func change(_ change: StateChange) { changes.append(change) }

    /// The changes not yet applied, which the turn then forgets.
    mutating func takeChanges() -> [StateChange] {
        defer { changes = [] }
        return changes
    }

    /// `template` rendered; the facts it gives are remembered, so "tell me more" says something new.
    mutating func render(_ template: Template, _ context: AnswerWriter.Context, by writer: AnswerWriter) -> Answer {
        let (answer, given) = writer.render(template, context)
        if !given.isEmpty { change(.given(given)) }
        return answer
    }

    /// A sentence for `:why` on what was taken from the conversation.
    mutating func note(_ text: String) {
        if !text.isEmpty { explanation.fromContext.append(text) }
    }

    mutating func matched(_ rule: Rule, pattern: Pattern, coverage: Double) {
        explanation.matched.append((rule.id, pattern.source))
        if self.rule == nil || intents.allSatisfy(\.courtesy) { self.rule = pattern.location }
        confidences.append(coverage)
    }

    mutating func add(intent: String, courtesy: Bool, answer more: Answer, roles: [String]) {
        intents.append((intent, courtesy))
        // Parts of one question may open with the same summary of a role: it is said once.
        answer =
            answer
            + Answer(
                more.blocks.filter { block in
                    guard case .paragraph = block else { return true }
                    return !answer.blocks.contains(block)
                })
        self.roles += roles.filter { !self.roles.contains($0) }
    }

    /// A reply that is not an answer (a decline, the fallback, "I only showed..."), reported as `fallback`.
    mutating func addFallback(_ answer: Answer) {
        isFallback = true
        add(intent: "fallback", courtesy: false, answer: answer, roles: [])
    }

    mutating func tooLong(_ answer: Answer, suggestions: [String]) {
        isFallback = true
        intents = [("fallback", false)]
        self.answer = answer
        self.suggestions = suggestions
    }

    /// The main intent: the first part that is not a greeting, thanks or goodbye; in a line of
    /// courtesies only ("thanks, bye"), the last one, which is how the person is leaving it.
    var mainIntent: String {
        (intents.first { !$0.courtesy } ?? intents.last)?.id ?? "fallback"
    }
}
