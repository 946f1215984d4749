/// What a conversation remembers between turns.
///
/// Roles fade: after `lifetime` turns that neither name a role nor refer back to one, the roles and the
/// last intent are forgotten, so an old topic never leaks into a new question.
struct DialogueState: Sendable {
    /// Turns the context survives without being named or referred to.
    static let lifetime = 3

    /// The roles of the most recent turn that had roles, in order: what "they" means.
    var focus: [String] = []
    /// Distinct roles in order of their last mention, oldest first: "compare them" takes the last two.
    var recent: [String] = []
    /// The roles the last answer showed, in the order shown (a comparison, a list, a ranking): what
    /// "the second one" and "the former" count in. Kept while the person walks through them by place.
    var shown: [String] = []
    /// True when `shown` is a ranking or a list of roles that do something: "she" means its first role.
    var shownRanked = false
    /// The last answered intent that takes roles: what "and data scientists?" repeats.
    var lastIntent: Int?
    var turnsLeft = 0
    /// The intent waiting for a role after "which role do you mean?".
    var pending: Int?
    /// Facts already given, so "tell me more" says something new.
    var given: Set<GivenFact> = []
    /// The last recommendation, for "why?".
    var lastRanking: [RoleFinder.Result] = []
    /// True when `lastRanking` is the quiz's: its reasons are the answers chosen, its scores their weights.
    var rankedByQuiz = false
    /// The quiz under way, if any: the next lines answer its questions.
    var quiz: QuizProgress?
    /// Every role an answer was about, in order of first mention, for the `:summary` card (never fades).
    var explored: [String] = []
    /// The roles the quiz ranked first, best first, once it is finished.
    var quizResult: [String] = []

    var isAlive: Bool { turnsLeft > 0 }

    /// Makes `roles` the focus of the conversation and renews its lifetime.
    mutating func focus(on roles: [String]) {
        guard !roles.isEmpty else { return }
        focus = roles
        recent.removeAll { roles.contains($0) }
        recent += roles
        recent = Array(recent.suffix(4))
        turnsLeft = Self.lifetime
    }

    /// Remembers the roles an answer showed, in order; a list of several keeps the context alive.
    mutating func show(_ roles: [String], ranked: Bool) {
        shown = roles
        shownRanked = ranked
        if roles.count >= 2 { turnsLeft = Self.lifetime }
    }

    /// Forgets the roles and the last question: the person asked about something else entirely.
    mutating func forget() {
        turnsLeft = 0
        age()
    }

    /// One turn passed without naming or referring to the context.
    mutating func age() {
        turnsLeft = max(0, turnsLeft - 1)
        guard turnsLeft == 0 else { return }
        focus = []
        recent = []
        shown = []
        lastIntent = nil
    }
}
