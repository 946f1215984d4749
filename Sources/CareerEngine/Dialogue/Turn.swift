/// The reply being built for one line: the parts answered, the roles used, what came from context.
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

    init(input: String) { self.input = input }

    mutating func matched(_ rule: Rule, pattern: Pattern, coverage: Double) {
        explanation.matched.append((rule.id, pattern.source))
        if self.rule == nil || intents.allSatisfy(\.courtesy) { self.rule = pattern.location }
        confidences.append(coverage)
    }

    mutating func add(intent: String, courtesy: Bool, answer more: Answer, roles: [String]) {
        intents.append((intent, courtesy))
        answer = answer + more
        self.roles += roles.filter { !self.roles.contains($0) }
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
