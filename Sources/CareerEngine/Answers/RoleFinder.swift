internal import Foundation

/// Ranks roles by how well their facts match a topic: "who deploys models?" (find) and
/// "I love statistics, what fits me?" (recommend). The reasons given are the matching facts themselves.
///
/// Words count more when few roles mention them; words of one synonym list count as the same word
/// ("deploy" finds "deployment").
struct RoleFinder: Sendable {
    struct Result: Sendable {
        let role: Role
        let score: Double
        let reasons: [Fact]
    }

    private struct IndexedFact: Sendable {
        let fact: Fact
        let field: RoleField
        let stems: Set<String>
    }

    private let facts: [String: [IndexedFact]]
    private let roles: [Role]
    private let rarity: [String: Double]
    private let related: [String: Set<String>]

    init(knowledge: KnowledgeBase, normalizer: Normalizer, synonyms: [String: [[String]]]) {
        let ignored = normalizer.lexicon.fillers.union(normalizer.lexicon.functionWords)
        var facts: [String: [IndexedFact]] = [:]
        var documents: [String: Int] = [:]
        for role in knowledge.roles {
            var roleStems = Set<String>()
            for field in RoleField.allCases {
                for fact in role.facts(field) {
                    let stems = Set(normalizer.words(fact.text).map(\.stem)).subtracting(ignored).subtracting([""])
                    facts[role.id, default: []].append(IndexedFact(fact: fact, field: field, stems: stems))
                    roleStems.formUnion(stems)
                }
            }
            for stem in roleStems { documents[stem, default: 0] += 1 }
        }
        let count = Double(max(1, knowledge.roles.count))
        self.rarity = documents.mapValues { log(1 + count / Double($0)) }
        self.facts = facts
        self.roles = knowledge.roles
        var related: [String: Set<String>] = [:]
        for words in synonyms.values.map({ Set($0.filter { $0.count == 1 }.map { $0[0] }) }) {
            for word in words { related[word, default: [word]].formUnion(words) }
        }
        self.related = related
    }

    /// Roles whose facts of `fields` share words with `topic`, best first; `boost` weighs some fields more.
    func rank(topic: [String], fields: Set<RoleField>, boost: [RoleField: Double] = [:]) -> [Result] {
        let wanted = Set(topic).map { related[$0] ?? [$0] }
        let results = roles.compactMap { role -> Result? in
            var score = 0.0
            var reasons: [(Fact, Double)] = []
            for indexed in facts[role.id] ?? [] where fields.contains(indexed.field) {
                let weight = boost[indexed.field] ?? 1
                let gained = wanted.reduce(0.0) { sum, words in
                    let hit = words.intersection(indexed.stems).map { rarity[$0] ?? 0 }.max() ?? 0
                    return sum + hit * weight
                }
                if gained > 0 { reasons.append((indexed.fact, gained)) }
                score += gained
            }
            guard score > 0 else { return nil }
            return Result(role: role, score: score, reasons: reasons.sorted { $0.1 > $1.1 }.map(\.0))
        }
        return results.sorted { $0.score > $1.score }
    }
}
