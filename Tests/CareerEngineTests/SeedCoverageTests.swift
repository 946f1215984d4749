import CareerEngine
import Foundation
import Testing
import TranscriptKit

/// Every statement of the source text is in the data and reachable by a question.
@Suite struct SeedCoverageTests {
    static let seed =
        (try? String(contentsOf: Fixtures.url("Tests/Fixtures/seed/ml-job-roles.txt"), encoding: .utf8)) ?? ""

    /// The source's sentences and bullets; headings and lines that only introduce a list are left out.
    static var statements: [String] {
        seed.split(separator: "\n").flatMap { raw -> [String] in
            let line = raw.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "•", with: "")
                .trimmingCharacters(in: .whitespaces)
            if raw.contains("•") { return [line] }
            guard line.split(separator: " ").count >= 5, !line.hasSuffix(":") else { return [] }
            return line.split(separator: ".").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
    }

    @Test func everyStatementIsCited() throws {
        let transcript = try Transcript.load("Tests/Transcripts/seed-coverage.txt")
        let cited = transcript.dialogues.flatMap { $0 }.compactMap(\.seed).map(Transcript.normalized)
        #expect(Self.statements.count >= 35)
        for statement in Self.statements {
            let text = Transcript.normalized(statement)
            #expect(cited.contains { text.contains($0) || $0.contains(text) }, "no question reaches: \(statement)")
        }
    }

    @Test func everyCitationIsFromTheSeedAndAnswered() throws {
        let transcript = try Transcript.load("Tests/Transcripts/seed-coverage.txt")
        let source = Transcript.normalized(Self.seed)
        for turn in transcript.dialogues.flatMap({ $0 }) {
            #expect(source.contains(Transcript.normalized(turn.seed ?? "")), "not in the seed text: \(turn.seed ?? "")")
        }
        let failures = transcript.failures(with: Fixtures.shipped)
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }

    @Test func seedFactsInTheDataQuoteTheSource() {
        let source = Transcript.normalized(Self.seed)
        let knowledge = Fixtures.shipped.knowledge
        var quoted: [Fact] = RoleField.allCases.flatMap { field in knowledge.roles.flatMap { $0.facts(field) } }
        quoted += CareersField.allCases.flatMap { knowledge.careers($0) }
        let seedFacts = quoted.filter(\.fromSeed)
        #expect(seedFacts.count >= 30)
        // A seed fact is the source's wording, or a direct rewording of one of its sentences: most of its words are there.
        for fact in seedFacts {
            let words = Transcript.normalized(fact.text).split(separator: " ")
            let found = words.filter { source.contains($0) }.count
            #expect(
                Double(found) >= Double(words.count) * 0.75,
                "seed fact not from the source: \(fact.text) at \(fact.location)")
        }
    }
}
