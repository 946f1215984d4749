/// One unit of a normalized question: a word stem, a role mention, a reference to earlier roles,
/// or a boundary between sentences or clauses.
struct Token: Hashable, Sendable {
    enum Kind: Hashable, Sendable {
        case word(String)
        case role([String])
        case reference(Reference)
        /// A job title or field the knowledge base does not cover ("data analyst"), and its place in the question.
        indirect case uncovered(UncoveredRole, UncoveredRole.Place)
        case boundary
    }

    var kind: Kind
    /// The rules' id for this word stem, or -1 when no rule uses it.
    var wordID: Int = -1
    /// True when the word occurs in the knowledge base's facts, so a `{topic}` slot may take it.
    var isTopic = false
    /// What the user typed for this token, for explanations.
    var original: String
    /// How much this token says: content words weigh most, fillers least.
    var weight: Double
    /// True when a pattern may pass over this token between two of its elements.
    var skippable: Bool
    /// A covered role named as the person's past or present: "FROM data scientist to ML engineer".
    var isBackground = false
    /// A covered role named by its field ("data SCIENCE"), which beside the general field may be the field itself.
    var namesField = false

    var word: String? {
        if case .word(let word) = kind { return word }
        return nil
    }

    var reference: Reference? {
        if case .reference(let reference) = kind { return reference }
        return nil
    }

    func isQuestionWord(in lexicon: Lexicon) -> Bool { word.map(lexicon.questionWords.contains) == true }

    var uncovered: UncoveredRole? {
        if case .uncovered(let role, let place) = kind, place != .background { return role }
        return nil
    }

    var roles: [String] {
        if case .role(let roles) = kind { return roles }
        return []
    }
}

/// A phrase that points back at roles of earlier turns: "they", "the latter", "both".
public enum Reference: String, Hashable, Sendable, CaseIterable {
    /// The roles of the most recent turn: "they", "them", "it", "this role".
    case recent
    /// Every role the last answer showed, at least two: "both", "the two".
    case both
    /// A place in the order the last answer showed its roles: "the first one", "the third", "the latter".
    case first, second, third, fourth, fifth, last
    /// Someone the person talks about ("what does she need?"): the role in focus, or the first of a ranking.
    case person
    /// Like `recent`, but also said of other things ("is it worth it?"): ignored when no role is in context.
    case weak

    /// The references that say which roles: "the second one, what does it build?" means the second,
    /// whatever "it" would mean alone.
    static func mostSpecific(_ references: [Reference]) -> [Reference] {
        let specific = references.filter { !$0.isGeneral }
        return specific.isEmpty ? references : specific
    }

    /// True for "they", "it": they point at the roles in focus, not at particular ones.
    var isGeneral: Bool { self == .recent || self == .weak }

    /// The place an ordinal points at, from 0; -1 for the last. Nil for the other references.
    var position: Int? {
        switch self {
        case .first: 0
        case .second: 1
        case .third: 2
        case .fourth: 3
        case .fifth: 4
        case .last: -1
        case .recent, .both, .person, .weak: nil
        }
    }
}
