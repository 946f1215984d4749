import Testing
import TranscriptKit

@testable import CareerEngine

/// A role without facts an answer names: the answer says so from `replies: missing-FIELD` instead of
/// showing its heading alone, and `check` warns once, at the role, not at every load.
@Suite struct MissingFactsTests {
    /// The fixture data engineer (NewRoleTests) without its workplaces and its summary.
    static let files: [DataFile] = {
        let titles = Fixtures.dataFiles(in: "Intents").first { $0.path == "Intents/titles.yaml" }!.text
            .split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.contains("data engineer") }.joined(
                separator: "\n")
        let role = Fixtures.dataFiles(in: "Tests/Fixtures/extra-role")[0]
        let kept = without(["workplaces", "summary"], in: role.text)
        return Fixtures.shippedFiles(replacing: "titles.yaml", with: titles) + [DataFile(path: role.path, text: kept)]
    }()

    /// The role file without the facts of these kinds (each `    FIELD:` line and the lines under it).
    static func without(_ fields: [String], in text: String) -> String {
        var dropping = false
        return text.split(separator: "\n", omittingEmptySubsequences: false).filter { line in
            let indent = line.prefix { $0 == " " }.count
            if fields.contains(where: { line.hasPrefix("    \($0):") }) {
                dropping = true
            } else if indent <= 4, !line.isEmpty {
                dropping = false
            }
            return !dropping
        }.joined(separator: "\n")
    }

    static let assistant = try! Assistant(files: files)

    @Test func aMissingFactIsSaidInsteadOfABareHeading() {
        var conversation = Conversation(Self.assistant)
        let reply = conversation.respond(to: "where do data engineers work?")
        #expect(reply.intent == "role.workplaces")
        #expect(
            reply.answer.plainText
                == "Where data engineers work\nI don't have workplace information for data engineers.")
    }

    @Test func aComparisonSaysItInTheMissingSidesBullet() {
        var conversation = Conversation(Self.assistant)
        let answer = conversation.respond(to: "compare data engineers and data scientists").answer.plainText
        #expect(
            answer.contains(
                "What they do:\n- I don't have a description of what data engineers do.\n- Data scientist: "),
            "\(answer)")
    }

    @Test func checkWarnsOnceAtTheRoleAndLoadingDoesNot() {
        #expect(Self.assistant.warnings.isEmpty, "\(Self.assistant.warnings)")
        let warnings = DataCheck.run(Self.files).diagnostics.map { $0.rendered() }
        #expect(
            warnings == [
                "Tests/Fixtures/extra-role/data-engineer.yaml:4:9: warning: the role 'data-engineer' has no 'summary': the answers of 'roles.compare', 'role.overview', 'role.applications' say \"I don't have a description of what data engineers do.\" instead; add 'summary:' to the role",
                "Tests/Fixtures/extra-role/data-engineer.yaml:4:9: warning: the role 'data-engineer' has no 'workplaces': the answer of 'role.workplaces' says \"I don't have workplace information for data engineers.\" instead; add 'workplaces:' to the role",
            ])
    }

    /// When no role has them, the template names facts that do not exist: an error, at the template,
    /// once, and no warning at each role.
    @Test func aFactNoRoleHasIsAnErrorAtTheTemplate() {
        let roles = Fixtures.dataFiles(in: "Intents").first { $0.path == "Intents/roles.yaml" }!.text
        let files = Fixtures.shippedFiles(replacing: "roles.yaml", with: Self.without(["workplaces"], in: roles))
        let lines = DataCheck.run(files).diagnostics.map { $0.rendered() }
        let errors = lines.filter { $0.contains("but no role has 'workplaces'") }
        #expect(errors.count == 1, "\(lines)")
        #expect(errors.first?.hasPrefix("Intents/intents-roles.yaml:") == true, "\(lines)")
        #expect(!lines.contains { $0.contains("warning: the role") }, "\(lines)")
    }
}
