import Foundation
import Testing

/// The mistakes a content editor makes in a copy of Intents/, as `mlcareers check` reports them:
/// each test asserts the whole message and the exit status.
@Suite struct EditedDataTests {
    /// A copy of the shipped Intents/ with `file` edited by `edit`.
    static func copy(editing file: String, _ edit: (String) -> String) throws -> URL {
        let folder = try BrokenDataFilesTests.copyOfIntents()
        let url = folder.appending(path: file)
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        try Data(edit(text).utf8).write(to: url)
        return folder
    }

    /// The text without the facts of `field` in the role `role` (its `    FIELD:` line and those under it).
    static func removing(_ field: String, of role: String, in text: String) -> String {
        var inRole = false, dropping = false
        return text.split(separator: "\n", omittingEmptySubsequences: false).filter { line in
            if line.hasPrefix("  - id: ") { inRole = line == "  - id: \(role)" }
            let indent = line.prefix { $0 == " " }.count
            if inRole, line.hasPrefix("    \(field):") { dropping = true } else if indent <= 4, !line.isEmpty { dropping = false }
            return !dropping
        }.joined(separator: "\n")
    }

    /// The line number of the first line of `file` in `folder` that starts with `prefix`.
    static func line(of prefix: String, in file: URL) throws -> Int {
        let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        return (lines.firstIndex { $0.hasPrefix(prefix) } ?? -1) + 1
    }

    @Test func aRoleWithoutWorkplacesIsWarnedAtTheRoleAndAnswersHonestly() throws {
        let folder = try Self.copy(editing: "roles.yaml") { Self.removing("workplaces", of: "data-scientist", in: $0) }
        defer { try? FileManager.default.removeItem(at: folder) }
        let roles = folder.appending(path: "roles.yaml")
        let line = try Self.line(of: "  - id: data-scientist", in: roles)
        let check = try Binary.run(["check", folder.path])
        #expect(check.status == 0)
        #expect(check.stderr == """
            \(roles.path):\(line):9: warning: the role 'data-scientist' has no 'workplaces': the answer of 'role.workplaces' says "I don't have workplace information for data scientists." instead; add 'workplaces:' to the role
                  - id: data-scientist
                        ^
            11 files, 38 intents, 9 roles: 0 errors, 1 warning

            """)
        let ask = try Binary.run(["ask", "--intents", folder.path, "where do data scientists work?"])
        #expect(ask.status == 0)
        #expect(ask.stderr.isEmpty, "no warning at every start")
        #expect(ask.stdout == "Where data scientists work\nI don't have workplace information for data scientists.\n")
    }
}
