import CareerEngine
import Testing
import TranscriptKit

/// Adding a role is a data-only change: a fixture role file loaded next to the shipped rules is
/// answered by every role intent, with no rule naming it.
@Suite struct NewRoleTests {
    /// As an editor adds the role: the role file, and its titles taken off the `not-covered` list
    /// (`check` refuses a title that is both; see `uncoveredTitleThatIsAlsoARoleIsRefused`).
    static let assistant: Assistant = {
        let titles = Fixtures.dataFiles(in: "Intents").first { $0.path == "Intents/titles.yaml" }!.text
            .split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.contains("data engineer") }.joined(
                separator: "\n")
        let files =
            Fixtures.shippedFiles(replacing: "titles.yaml", with: titles)
            + Fixtures.dataFiles(in: "Tests/Fixtures/extra-role")
        return try! Assistant(files: files)
    }()

    @Test func uncoveredTitleThatIsAlsoARoleIsRefused() {
        let files = Fixtures.dataFiles(in: "Intents") + Fixtures.dataFiles(in: "Tests/Fixtures/extra-role")
        #expect(throws: DataProblems.self) { try Assistant(files: files) }
        do throws(DataProblems) {
            _ = try Assistant(files: files)
        } catch {
            let messages = error.diagnostics.map { $0.rendered() }
            #expect(
                messages.contains {
                    $0.contains("titles.yaml")
                        && $0.contains("'data engineer' is in 'not-covered' but also names the role 'data-engineer'")
                })
        }
    }

    static let questions: [(String, String, [String], String)] = [
        ("what does a data engineer do?", "role.overview", ["data-engineer"], "pipelines and storage"),
        (
            "what are the responsibilities of a data engineer?", "role.responsibilities", ["data-engineer"],
            "Designing data warehouses"
        ),
        ("what skills does a DE need?", "role.skills", ["data-engineer"], "Spark"),
        ("do data engineers need a degree?", "role.education", ["data-engineer"], "bachelor"),
        ("where do data engineers work?", "role.workplaces", ["data-engineer"], "Data platform teams"),
        ("what do data engineers build?", "role.applications", ["data-engineer"], "Data warehouses"),
        (
            "what's the difference between a data engineer and a data scientist?", "roles.compare",
            ["data-engineer", "data-scientist"], "Building and running data pipelines"
        ),
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
                #expect(
                    words.isDisjoint(with: names.filter { !$0.contains(" ") && $0.count > 3 }),
                    "\(pattern.location) names a role")
            }
        }
    }
}
