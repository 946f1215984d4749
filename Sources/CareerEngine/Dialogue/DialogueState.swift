/// What a conversation remembers between turns. Only `apply` writes it: the pieces of a turn say what
/// they change (`StateChange`, collected in the `Turn`), and the conversation applies the changes in
/// order after each piece, so this one function shows how the context evolves.
///
/// Roles fade: after `lifetime` turns that neither name a role nor refer back to one, the roles and the
/// last intent are forgotten, so an old topic never leaks into a new question.
struct DialogueState: Sendable {
    /// Turns the context survives without being named or referred to.
    static let lifetime = 3

    /// The roles of the most recent turn that had roles, in order: what "they" means.
    private(set) var focus: [String] = []
    /// Distinct roles in order of their last mention, oldest first: "compare them" takes the last two.
    private(set) var recent: [String] = []
    /// The roles the last answer showed, in the order shown (a comparison, a list, a ranking): what
    /// "the second one" and "the former" count in. Kept while the person walks through them by place.
    private(set) var shown: [String] = []
    /// True when `shown` is a ranking or a list of roles that do something: "she" means its first role.
    private(set) var shownRanked = false
    /// The last answered intent that takes roles: what "and data scientists?" repeats.
    private(set) var lastIntent: Int?
    private(set) var turnsLeft = 0
    /// The intent waiting for a role after "which role do you mean?".
    private(set) var pending: Int?
    /// Facts already given, so "tell me more" says something new.
    private(set) var given: Set<GivenFact> = []
    /// The last recommendation, for "why?".
    private(set) var lastRanking: [RoleFinder.Result] = []
    /// True when `lastRanking` is the quiz's: its reasons are the answers chosen, its scores their weights.
    private(set) var rankedByQuiz = false
    /// The quiz under way, if any: the next lines answer its questions.
    private(set) var quiz: QuizProgress?
    /// Every role an answer was about, in order of first mention, for the `:summary` card (never fades).
    private(set) var explored: [String] = []
    /// The roles the quiz ranked first, best first, once it is finished.
    private(set) var quizResult: [String] = []

    var isAlive: Bool { turnsLeft > 0 }

    /// The roles in focus while the context is alive, else none: what "they" can mean now.
    var liveFocus: [String] { isAlive ? focus : [] }

    mutating func apply(_ changes: [StateChange]) {
        for change in changes { apply(change) }
    }

    mutating func apply(_ change: StateChange) {
        switch change {
        case .focus(let roles): focus(on: roles)
        case .show(let roles, let ranked): show(roles, ranked: ranked)
        case .lastIntent(let index): lastIntent = index
        case .pending(let index): pending = index
        case .keepAlive: turnsLeft = Self.lifetime
        case .given(let facts): given.formUnion(facts)
        case .ranking(let results, let byQuiz): (lastRanking, rankedByQuiz) = (results, byQuiz)
        case .quiz(let progress): quiz = progress
        case .quizResult(let roles): quizResult = roles
        case .explored(let roles): explored += roles.filter { !explored.contains($0) }
        case .age: age()
        case .forget: forget()
        case .reset: self = DialogueState()
        case .reloaded(let roles, let intents): reload(keeping: roles, intents: intents)
        }
    }

    /// The rules changed under the conversation: what they no longer have goes, intents are found again
    /// by id, and a quiz under way stops (its questions may have changed).
    private mutating func reload(keeping roles: Set<String>, intents: [Int: Int]) {
        (focus, recent, shown) = (
            focus.filter(roles.contains), recent.filter(roles.contains), shown.filter(roles.contains)
        )
        (explored, quizResult) = (explored.filter(roles.contains), quizResult.filter(roles.contains))
        given = given.filter { $0.role.map(roles.contains) ?? true }
        lastRanking = lastRanking.filter { roles.contains($0.role.id) }
        (lastIntent, pending) = (lastIntent.flatMap { intents[$0] }, pending.flatMap { intents[$0] })
        quiz = nil
    }

    /// Makes `roles` the focus of the conversation and renews its lifetime.
    private mutating func focus(on roles: [String]) {
        guard !roles.isEmpty else { return }
        focus = roles
        recent.removeAll { roles.contains($0) }
        recent += roles
        recent = Array(recent.suffix(4))
        turnsLeft = Self.lifetime
    }

    /// Remembers the roles an answer showed, in order; a list of several keeps the context alive.
    private mutating func show(_ roles: [String], ranked: Bool) {
        shown = roles
        shownRanked = ranked
        if roles.count >= 2 { turnsLeft = Self.lifetime }
    }

    /// Forgets the roles and the last question: the person asked about something else entirely.
    private mutating func forget() {
        turnsLeft = 0
        age()
    }

    /// One turn passed without naming or referring to the context.
    private mutating func age() {
        turnsLeft = max(0, turnsLeft - 1)
        guard turnsLeft == 0 else { return }
        focus = []
        recent = []
        shown = []
        lastIntent = nil
    }
}

/// One change a piece of a turn makes to the conversation's state.
enum StateChange: Sendable {
    /// The roles now discussed (renews the context's lifetime; ignored when empty).
    case focus([String])
    /// The roles the answer showed, in order, and whether they are a ranking.
    case show([String], ranked: Bool)
    case lastIntent(Int?)
    case pending(Int?)
    /// The context lives on for its full lifetime, though no role was named.
    case keepAlive
    case given(Set<GivenFact>)
    case ranking([RoleFinder.Result], byQuiz: Bool)
    case quiz(QuizProgress?)
    case quizResult([String])
    /// Roles to add to what the `:summary` card lists.
    case explored([String])
    /// A turn passed without touching the context.
    case age
    /// The person asked about something else entirely: the roles and the last question go.
    case forget
    /// Everything said so far goes ("start over", `:reset`).
    case reset
    /// The rules were read again (`:reload`): only these role ids remain, and each old intent index
    /// has this new one (an intent that is gone has none).
    case reloaded(roles: Set<String>, intents: [Int: Int])
}
