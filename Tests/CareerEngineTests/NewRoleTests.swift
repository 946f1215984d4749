import TranscriptKit
import CareerEngine
import Testing

/// Adding a role is a data-only change: a fixture role file loaded next to the shipped rules is
/// answered by every role intent, with no rule naming it.
@Suite struct NewRoleTests {
    static let assistant: Assistant = {
        let files = Fixtures.dataFiles(in: "Intents") + Fixtures.dataFiles(in: "Tests/Fixtures/extra-role")
        return try! Assistant(files: files)
    }()

    static let questions: [(String, String, [String], String)] = [
        ("what does a data engineer do?", "role.overview", ["data-engineer"], "pipelines and storage"),
        ("what are the responsibilities of a data engineer?", "role.responsibilities", ["data-engineer"], "Designing data warehouses"),
        ("what skills does a DE need?", "role.skills", ["data-engineer"], "Spark"),
        ("do data engineers need a degree?", "role.education", ["data-engineer"], "bachelor"),
        ("where do data engineers work?", "role.workplaces", ["data-engineer"], "Data platform teams"),
        ("what do data engineers build?", "role.applications", ["data-engineer"], "Data warehouses"),
        ("what's the difference between a data engineer and a data scientist?", "roles.compare", ["data-engineer", "data-scientist"], "Building and running data pipelines"),
        ("where can a data engineer go next?", "career.growth", ["data-engineer"], "AI architect"),
        ("who builds data pipelines?", "roles.find", [], "Data engineer"),
        ("which roles are there?", "roles.list", [], "Data engineer"),
    ]

    @Test(arguments: questions)
    func everyRoleIntentAnswersTheNewRole(_ question: String, _ intent: String, _ roles: [String], _ phrase: String) {
        var conversation = Conversation(Self.assistant)
        let reply = conversation.respond(to: question)
        #expect(reply.intent == intent)
        if !roles.isEmpty { #expect(reply.roles == roles) }
        #expect(reply.answer.plainText.contains(phrase), "\(reply.answer.plainText)")
    }

    @Test func noRuleNamesARole() {
        let names = Fixtures.shipped.knowledge.roles.flatMap { [$0.id] + $0.aliases.map { $0.lowercased() } }
        for rule in Fixtures.shipped.rules.rules {
            for pattern in rule.patterns {
                let words = Set(pattern.source.lowercased().split { !$0.isLetter && $0 != "-" }.map(String.init))
                #expect(words.isDisjoint(with: names.filter { !$0.contains(" ") && $0.count > 3 }), "\(pattern.location) names a role")
            }
        }
    }
}
