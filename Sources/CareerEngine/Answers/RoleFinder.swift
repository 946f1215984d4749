internal import Foundation

/// Ranks roles by how well their facts match a topic: "who deploys models?" (find) and
/// "I love statistics, what fits me?" (recommend). The reasons given are the matching facts themselves.
///
/// Words count more when few roles mention them; words sharing a long beginning count as the same word
/// ("deploy" finds "deployment", "statistics" finds "statistical").
struct RoleFinder: Sendable {
    struct Result: Sendable {
        let role: Role
        let score: Double
        let reasons: [Fact]

        /// "Role: first reason; second reason": the matching facts, without their full stops.
        var line: [Answer.Span] {
            let reasons = reasons.prefix(2).map { $0.text.hasSuffix(".") ? String($0.text.dropLast()) : $0.text }
            return [.role(role.title), .text(": " + reasons.joined(separator: "; "))]
        }
    }

    private struct Posting: Hashable, Sendable {
        let role: Int32
        let fact: Int32
    }

    private struct IndexedFact: Sendable {
        let fact: Fact
        let field: RoleField
        let stems: Set<String>
    }

    /// Each role's facts, in the order of `roles`.
    private let facts: [[IndexedFact]]
    private let roles: [Role]
    /// For each fact word, the facts that use it: the role (its place in `roles`) and the fact (its
    /// place in the role's `facts`), so ranking visits the facts a topic names, not every fact.
    private let postings: [String: [Posting]]
    private let rarity: [String: Double]
    /// For each fact word (fillers and grammar words left out), how many roles use it.
    let roleCounts: [String: Int]
    /// Fact words by their first five letters, so finding a word's relatives scans only a few.
    private let byPrefix: [Substring: [String]]

    init(knowledge: KnowledgeBase, normalizer: Normalizer) {
        let ignored = normalizer.lexicon.fillers.union(normalizer.lexicon.functionWords)
        var facts: [[IndexedFact]] = []
        var documents: [String: Int] = [:]
        for role in knowledge.roles {
            var roleStems = Set<String>()
            facts.append([])
            for field in RoleField.allCases {
                for fact in role.facts(field) {
                    // Filtered before the set is made: subtracting a large set from each small one costs more.
                    let stems = Set(
                        normalizer.words(fact.text).lazy.map(\.stem).filter { !$0.isEmpty && !ignored.contains($0) })
                    facts[facts.count - 1].append(IndexedFact(fact: fact, field: field, stems: stems))
                    roleStems.formUnion(stems)
                }
            }
            for stem in roleStems { documents[stem, default: 0] += 1 }
        }
        // Words in two thirds of the roles or more ("machine", "learning") tell no role apart: ignored.
        let count = Double(max(1, knowledge.roles.count))
        self.roleCounts = documents
        self.rarity = documents.filter { Double($0.value) < max(2, count * 2 / 3) }.mapValues {
            log(1 + count / Double($0))
        }
        self.facts = facts
        self.roles = knowledge.roles
        self.postings = Self.postings(of: facts)
        self.byPrefix = Dictionary(grouping: rarity.keys, by: { $0.prefix(5) })
    }

    private static func postings(of facts: [[IndexedFact]]) -> [String: [Posting]] {
        var postings: [String: [Posting]] = [:]
        for (role, roleFacts) in facts.enumerated() {
            for (fact, indexed) in roleFacts.enumerated() {
                for stem in indexed.stems {
                    postings[stem, default: []].append(Posting(role: Int32(role), fact: Int32(fact)))
                }
            }
        }
        return postings
    }

    /// The fact words a topic word stands for: itself and the words it shares a long beginning with.
    private func relatives(of word: String) -> Set<String> {
        guard word.count >= 5 else { return rarity[word] == nil ? [] : [word] }
        return Set((byPrefix[word.prefix(5)] ?? []).filter { Self.related(word, $0) })
    }

    static func related(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        let common = zip(a.unicodeScalars, b.unicodeScalars).prefix { $0 == $1 }.count
        let shorter = min(a.unicodeScalars.count, b.unicodeScalars.count)
        return common >= 5 && common >= shorter - 3
    }

    /// Roles whose facts of `fields` share words with `topic`, best first; `boost` weighs some fields more.
    /// Each topic word counts once per role, by its best fact, so a role does not win by repeating itself.
    func rank(topic: [String], fields: Set<RoleField>, boost: [RoleField: Double] = [:]) -> [Result] {
        // Each topic word's relatives with their rarity, looked up once rather than for every fact; in
        // the topic's order, so that scores are summed alike in every run (a set's order is not).
        let wanted = topic.uniqued().map(relatives).filter { !$0.isEmpty }.map { words in
            words.map { (stem: $0, rarity: rarity[$0] ?? 0) }
        }
        let (scores, hits) = scores(of: wanted, fields: fields, boost: boost)
        let results = roles.indices.compactMap { index -> Result? in
            guard scores[index] > 0 else { return nil }
            let candidates = facts[index].filter { fields.contains($0.field) }
            let ranked = candidates.filter { hits[index][$0.fact.text] != nil }.enumerated().map { offset, indexed in
                (indexed.fact, Double(hits[index][indexed.fact.text]!) * (boost[indexed.field] ?? 1), offset)
            }
            let reasons = ranked.sorted { ($0.1, -$0.2) > ($1.1, -$1.2) }.map(\.0)
            return Result(role: roles[index], score: scores[index], reasons: reasons)
        }
        // Roles far behind the best one matched only in passing ("model" in a research fact): left out.
        let sorted = results.sorted { $0.score > $1.score }
        let bar = (sorted.first?.score ?? 0) * Self.relativeCutoff
        return sorted.filter { $0.score >= bar }
    }

    /// Each role's score, the sum over the wanted words of its best fact's hit, and how many of the
    /// wanted words each of its facts (by text) matches.
    private func scores(
        of wanted: [[(stem: String, rarity: Double)]], fields: Set<RoleField>, boost: [RoleField: Double]
    ) -> ([Double], [[String: Int]]) {
        var scores = [Double](repeating: 0, count: roles.count)
        var hits = [[String: Int]](repeating: [:], count: roles.count)
        for words in wanted {
            // Each fact's hit is the rarest of the word's relatives it uses; a role counts its best fact.
            var best = [Double](repeating: 0, count: roles.count)
            for (posting, hit) in factHits(of: words, fields: fields) {
                let indexed = facts[Int(posting.role)][Int(posting.fact)]
                hits[Int(posting.role)][indexed.fact.text, default: 0] += 1
                best[Int(posting.role)] = max(best[Int(posting.role)], hit * (boost[indexed.field] ?? 1))
            }
            for role in roles.indices { scores[role] += best[role] }
        }
        return (scores, hits)
    }

    /// The facts of `fields` that use one of `words`, each with the rarity of the rarest it uses.
    private func factHits(of words: [(stem: String, rarity: Double)], fields: Set<RoleField>) -> [Posting: Double] {
        var hits: [Posting: Double] = [:]
        for (stem, rarity) in words {
            for posting in postings[stem] ?? [] {
                guard fields.contains(facts[Int(posting.role)][Int(posting.fact)].field) else { continue }
                hits[posting] = max(hits[posting] ?? 0, rarity)
            }
        }
        return hits
    }

    /// A role is listed when it scores at least this share of the best role's score.
    static let relativeCutoff = 0.5
}
