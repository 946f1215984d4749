/// How job titles are built, so a title is recognised by its parts and not only by an alias list:
/// seniority words ("senior", "junior") that never change the role, a head noun that ends the title
/// ("engineer", "scientist", "officer"), and the words in front of it ("ML", "data", "cloud").
///
/// A title the roles do not name ("data analyst", "cloud architect") is an uncovered role, never the
/// nearest known one. Loaded from the `titles:` section of a data file.
struct Titles: Sendable {
    /// Stems that say how senior someone is: "senior data scientist" is a data scientist.
    var seniority: Set<String> = []
    /// Stems that end a job title: "engineer", "scientist", "analyst".
    var heads: Set<String> = []
    /// Words that never make a title in front of a head noun: "a good engineer", "companies require specialists".
    /// Any other word there makes a title of its own: "a recommendations engineer" is not covered.
    var notInTitles: Set<String> = []
    /// A field's name and the head noun it stands for: "data science" -> "data scientist".
    var fieldForms: [String: String] = [:]
    /// A field that, compared with a role or another field, stands for a role: "ML or data science?"
    /// compares the machine learning engineer and the data scientist.
    var comparedFields: [[String]: String] = [:]
    /// Stems that build titles in front of a head noun, besides the words of the roles' own names.
    var domains: Set<String> = []
    /// Words between a title and its field: "team lead IN data science", "manager OF machine learning".
    var fieldLinks: Set<String> = []
    /// Words after a title that are still part of it: "an MLOps PERSON", "data science FOLKS".
    var tails: Set<String> = []
    /// Titles and fields the knowledge base does not cover, with the closest role it does.
    private(set) var uncovered: [[String]: UncoveredRole] = [:]
    private(set) var longestUncovered = 0
    /// Phrases before a title that make it the person's background, not the subject: "from", "I am a".
    private(set) var background = PhraseSet()
    /// Phrases before a title that make it what the person wants to become: "become", "move into".
    private(set) var target = PhraseSet()
    /// The words of the roles' names and aliases, and each name as a set of words (see `learn`).
    private var roleWords: Set<String> = []
    private var names: [(words: Set<String>, role: String)] = []
    /// Every word a title can start with after its seniority words: most words of a question start
    /// none, and cost one lookup.
    private var starts: Set<String> = []
    /// Words a title can end with before a field link: the head nouns and the words that end a role's
    /// name or stand before a link in one ("lead" in "ML lead", "head" in "head of ML"), not "team".
    private var linkedEnds: Set<String> = []

    /// First words of the uncovered titles: most words start none.
    private var uncoveredStarts: Set<String> = []

    /// Adds a title not covered; a second spelling of the same title ("software engineering") keeps the first.
    mutating func addUncovered(_ stems: [String], _ role: UncoveredRole) {
        guard uncovered[stems] == nil else { return }
        uncovered[stems] = role
        uncoveredStarts.insert(stems[0])
        longestUncovered = max(longestUncovered, stems.count)
    }

    mutating func addBackground(_ stems: [String]) { background.insert(stems) }

    mutating func addTarget(_ stems: [String]) { target.insert(stems) }

    /// Every word titles are built of, so typos are corrected towards them.
    var words: Set<String> {
        seniority.union(heads).union(domains).union(fieldForms.keys).union(uncovered.keys.joined())
    }

    /// The roles a comparison names, in order: the roles its tokens name and the fields that stand for one.
    /// A field right in front of a title describes it ("AI/ML research" is the research scientist) and
    /// stands for no role of its own.
    func comparedRoles(in tokens: [Token]) -> [String] {
        var roles: [String] = []
        for (index, token) in tokens.enumerated() {
            roles += token.roles
            for (field, role) in comparedFields where tokens[index...].prefix(field.count).compactMap(\.word) == field {
                let next = index + field.count
                if next < tokens.count, !tokens[next].roles.isEmpty { continue }
                roles.append(role)
            }
        }
        return roles.uniqued()
    }

    /// True when a title's words end with a field ("data science", "data science folks"), not a head noun.
    func namesField(_ title: ArraySlice<String>) -> Bool {
        title.last(where: { !tails.contains($0) }).map { fieldForms[$0] != nil } ?? false
    }

    /// Takes in the roles' names, leaving out grammar words ("of" in "head of AI").
    mutating func learn(_ roles: RoleNames, ignoring grammar: Set<String>) {
        names = roles.phrases.map { (Set($0.key), $0.value) }.sorted {
            ($0.role, $0.words.count) < ($1.role, $1.words.count)
        }
        roleWords = Set(roles.phrases.keys.joined()).subtracting(grammar)
        starts = Set(roles.phrases.keys.map { $0[0] }).union(uncoveredStarts).union(heads)
            .union(domains).union(fieldForms.keys).union(roleWords)
        linkedEnds = heads.union(
            roles.phrases.keys.flatMap { name in
                name.indices.filter { $0 == name.count - 1 || fieldLinks.contains(name[$0 + 1]) }.map { name[$0] }
            })
    }

    /// The one role with a name holding every word of a title (and its head), the shortest such name
    /// deciding; nil when no role or several do.
    private func onlyRole(containing words: Set<String>, head: String) -> String? {
        let fitting = names.filter { $0.words.contains(head) && $0.words.isSuperset(of: words) }
        guard let shortest = fitting.map(\.words.count).min() else { return nil }
        let roles = Set(fitting.filter { $0.words.count == shortest }.map(\.role))
        return roles.count == 1 ? roles.first : nil
    }

    /// What a title at `start` names, and how many words it takes. An uncovered title found on no
    /// list has an empty `title`: the question's own words name it (see `Tokenizer`).
    enum Match: Equatable {
        case role(String)
        case uncovered(UncoveredRole)
    }

    /// "a recommendations engineer": a word that starts no title, then a head noun that is a title of
    /// one word on its own, is a title found on no list, so a role not covered. `ordinary` tells the
    /// grammar words, which never build a title either.
    func openTitle(_ stems: [String], at start: Int, roles: RoleNames, ordinary: (String) -> Bool) -> Int? {
        guard start + 1 < stems.count, heads.contains(stems[start + 1]), !stems[start].isEmpty else { return nil }
        let word = stems[start]
        guard !ordinary(word), !notInTitles.contains(word), !seniority.contains(word), !starts.contains(word),
            word.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic })
        else { return nil }
        // "search engineer" and "enterprise architect", but not "product data scientist" (a data scientist).
        if let (_, length) = titleMatch(stems, at: start + 1, roles: roles), length > 1 { return nil }
        return 2
    }

    /// The role or uncovered title named at `start`: an exact name (after seniority words), or a title
    /// built from title words and a head noun, matched to the one role whose names hold all its words.
    func match(_ stems: [String], at start: Int, roles: RoleNames) -> (Match, length: Int)? {
        guard let (found, length) = titleMatch(stems, at: start, roles: roles) else { return nil }
        // Only a known role takes its tail: an uncovered title is named back as written ("cloud architect").
        guard case .role = found, start + length < stems.count, tails.contains(stems[start + length]) else {
            return (found, length)
        }
        return (found, length + 1)
    }

    private func titleMatch(_ stems: [String], at start: Int, roles: RoleNames) -> (Match, length: Int)? {
        var first = start
        while first < stems.count, seniority.contains(stems[first]) { first += 1 }
        guard first < stems.count, starts.contains(stems[first]) else { return nil }
        let exact = exactMatch(stems, at: first, roles: roles)
        let run = titleRun(stems, from: first)
        if let (role, length) = fieldAfter(stems, from: first), length > (exact?.length ?? 0) {
            return (.role(role), first - start + length)
        }
        if let run, run.count > (exact?.length ?? 0), let built = built(run) {
            return (built, first - start + run.count)
        }
        guard let exact else { return nil }
        return (exact.match, first - start + exact.length)
    }

    private func exactMatch(_ stems: [String], at start: Int, roles: RoleNames) -> (match: Match, length: Int)? {
        let known = roles.match(stems, at: start)
        if let other = uncoveredMatch(stems, at: start), other.length > (known?.length ?? 0) {
            return (.uncovered(other.role), other.length)
        }
        return known.map { (.role($0.role), $0.length) }
    }

    /// The longest uncovered title at `start`, if one starts there.
    private func uncoveredMatch(_ stems: [String], at start: Int) -> (role: UncoveredRole, length: Int)? {
        guard uncoveredStarts.contains(stems[start]) else { return nil }
        for length in stride(from: min(longestUncovered, stems.count - start), through: 1, by: -1) {
            if let role = uncovered[Array(stems[start..<start + length])] { return (role, length) }
        }
        return nil
    }

    /// The title words from `start` up to the first head noun that no other head follows, or nil.
    private func titleRun(_ stems: [String], from start: Int) -> [String]? {
        var index = start
        while index < stems.count, isTitleWord(stems[index]) {
            let isHead = heads.contains(stems[index]) || fieldForms[stems[index]] != nil
            let nextIsHead =
                index + 1 < stems.count && (heads.contains(stems[index + 1]) || fieldForms[stems[index + 1]] != nil)
            if isHead && !nextIsHead { return Array(stems[start...index]) }
            index += 1
        }
        return nil
    }

    /// "team lead in data science", "manager of ML": title words, a field link and the field's words,
    /// read as the one role whose names hold them all ("data science team lead"), the longest field that
    /// does deciding; nil otherwise, never an uncovered title. The length counts from `start`.
    private func fieldAfter(_ stems: [String], from start: Int) -> (role: String, length: Int)? {
        var link = start
        while link < stems.count, isTitleWord(stems[link]) { link += 1 }
        guard link > start, link + 1 < stems.count, fieldLinks.contains(stems[link]),
            linkedEnds.contains(stems[link - 1])
        else { return nil }
        let title = stems[start..<link]
        var end = link + 1
        while end < stems.count, isTitleWord(stems[end]), !heads.contains(stems[end]) { end += 1 }
        for last in stride(from: end, to: link + 1, by: -1) {
            if let role = onlyRole(containing: Set(title + stems[link + 1..<last]), head: stems[link - 1]) {
                return (role, last - start)
            }
        }
        return nil
    }

    private func isTitleWord(_ stem: String) -> Bool {
        heads.contains(stem) || domains.contains(stem) || fieldForms[stem] != nil || roleWords.contains(stem)
    }

    /// A title of several words: the one role whose names hold all of them, or an uncovered title.
    /// A field form ("data science") only ever names a known role, so "computer science" stays a subject.
    private func built(_ run: [String]) -> Match? {
        guard run.count >= 2 else { return nil }
        let last = run[run.count - 1]
        let words = run.dropLast() + [fieldForms[last] ?? last]
        if let role = onlyRole(containing: Set(words), head: words[words.count - 1]) { return .role(role) }
        guard fieldForms[last] == nil else { return nil }
        // A full name of two words or more after specialising words: "product data scientist" is a
        // data scientist, "big data engineer" a data engineer; "cloud architect" is not an architect
        // the data knows, since the only name it ends with is the one word "architect".
        if let named = namedSuffix(of: Array(words)) { return named }
        return .uncovered(UncoveredRole(title: "", closest: nil))
    }

    private func namedSuffix(of words: [String]) -> Match? {
        for start in 1..<max(1, words.count - 1) {
            let tail = Array(words[start...])
            if let role = names.first(where: { $0.words == Set(tail) && $0.words.count == tail.count })?.role {
                return .role(role)
            }
            if let other = uncovered[tail] { return .uncovered(other) }
        }
        return nil
    }

    /// The place of the title at `index`, told by the words before it ("from", "I am a", "become").
    func place(in stems: [String], before index: Int, skipping: (String) -> Bool) -> UncoveredRole.Place {
        var end = index
        while end > 0, skipping(stems[end - 1]) { end -= 1 }
        if background.ends(stems, at: end) { return .background }
        return target.ends(stems, at: end) ? .target : .subject
    }
}

/// Short phrases, looked up by the words that end just before a position.
struct PhraseSet: Sendable {
    private var phrases: Set<[String]> = []
    private var longest = 0

    mutating func insert(_ phrase: [String]) {
        phrases.insert(phrase)
        longest = max(longest, phrase.count)
    }

    /// True when one of the phrases ends just before `end`.
    func ends(_ stems: [String], at end: Int) -> Bool {
        for length in stride(from: min(longest, end), through: 1, by: -1)
        where phrases.contains(Array(stems[end - length..<end])) {
            return true
        }
        return false
    }
}

/// A job title or field the knowledge base does not cover, as the question wrote it, with the id of
/// the closest role it does cover, if the data names one.
public struct UncoveredRole: Hashable, Sendable {
    public let title: String
    public let closest: String?

    /// Where a title stands in a question.
    public enum Place: Hashable, Sendable {
        /// What the question asks about: "what does a data analyst do?"
        case subject
        /// The person's past or present: "I'm a software engineer, ..." (context, not the question).
        case background
        /// What the person wants to become, beside a covered role: "can a data scientist become a CEO?"
        case target
    }
}
