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
        var inRole = false
        var dropping = false
        return text.split(separator: "\n", omittingEmptySubsequences: false).filter { line in
            if line.hasPrefix("  - id: ") { inRole = line == "  - id: \(role)" }
            let indent = line.prefix { $0 == " " }.count
            if inRole, line.hasPrefix("    \(field):") {
                dropping = true
            } else if indent <= 4, !line.isEmpty {
                dropping = false
            }
            return !dropping
        }.joined(separator: "\n")
    }

    /// The line number of the first line of `file` in `folder` that starts with `prefix`.
    static func line(of prefix: String, in file: URL) throws -> Int {
        let lines = try String(contentsOf: file, encoding: .utf8).split(
            separator: "\n", omittingEmptySubsequences: false)
        return (lines.firstIndex { $0.hasPrefix(prefix) } ?? -1) + 1
    }

    @Test func aRoleWithoutWorkplacesIsWarnedAtTheRoleAndAnswersHonestly() throws {
        let folder = try Self.copy(editing: "roles.yaml") { Self.removing("workplaces", of: "data-scientist", in: $0) }
        defer { try? FileManager.default.removeItem(at: folder) }
        let roles = folder.appending(path: "roles.yaml")
        let line = try Self.line(of: "  - id: data-scientist", in: roles)
        let check = try Binary.run(["check", folder.path])
        #expect(check.status == 0)
        #expect(
            check.stderr == """
                \(roles.path):\(line):9: warning: the role 'data-scientist' has no 'workplaces': the answer of 'role.workplaces' says "I don't have workplace information for data scientists." instead; add 'workplaces:' to the role
                      - id: data-scientist
                            ^
                12 files, 39 intents, 9 roles: 0 errors, 1 warning

                """)
        let ask = try Binary.run(["ask", "--intents", folder.path, "where do data scientists work?"])
        #expect(ask.status == 0)
        #expect(ask.stderr.isEmpty, "no warning at every start")
        #expect(ask.stdout == "Where data scientists work\nI don't have workplace information for data scientists.\n")
    }

    /// `check DIR` on an edited copy: its exit status and stderr, with the folder shown as `DIR`, and
    /// the count of errors that follow from a root cause shown as `N` (it changes with the data).
    static func check(_ folder: URL) throws -> (status: Int32, stderr: String, knockOns: Int?) {
        let result = try Binary.run(["check", folder.path])
        var text = result.stderr.replacingOccurrences(of: folder.path, with: "DIR")
        var knockOns: Int?
        if let range = text.range(of: #"; \d+ more errors follow"#, options: .regularExpression) {
            knockOns = Int(text[range].filter(\.isNumber))
            text.replaceSubrange(range, with: "; N more errors follow")
        }
        return (result.status, text, knockOns)
    }

    static func edited(_ file: String, _ edit: @escaping (String) -> String) throws -> (URL, Int32, String, Int?) {
        let folder = try copy(editing: file, edit)
        let (status, stderr, knockOns) = try check(folder)
        return (folder, status, stderr, knockOns)
    }

    /// The line number of the first line starting with `prefix` in the shipped `Intents/FILE`.
    static func shippedLine(_ prefix: String, _ file: String) -> Int {
        (try? line(of: prefix, in: Binary.repository.appending(path: "Intents/\(file)"))) ?? 0
    }

    /// A role without a summary: one warning at the role, though both sides of a comparison name it.
    @Test func aRoleWithoutASummaryIsWarnedOnceAtTheRole() throws {
        let (folder, status, stderr, _) = try Self.edited("roles.yaml") {
            Self.removing("summary", of: "ai-engineer", in: $0)
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let line = try Self.line(of: "  - id: ai-engineer", in: folder.appending(path: "roles.yaml"))
        #expect(status == 0)
        #expect(
            stderr == """
                DIR/roles.yaml:\(line):9: warning: the role 'ai-engineer' has no 'summary': the answers of 'roles.compare', 'role.overview', 'role.applications' say "I don't have a description of what AI engineers do." instead; add 'summary:' to the role
                      - id: ai-engineer
                            ^
                12 files, 39 intents, 9 roles: 0 errors, 1 warning

                """)
    }

    @Test func aKeyIndentedTooFarIsOneErrorInPlainWords() throws {
        let line = Self.shippedLine("    name: data scientist", "roles.yaml")
        let (folder, status, stderr, knockOns) = try Self.edited("roles.yaml") {
            $0.replacingOccurrences(of: "\n    name: data scientist\n", with: "\n      name: data scientist\n")
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(status == 65)
        #expect(
            stderr == """
                DIR/roles.yaml:\(line):11: error: malformed YAML: this line is indented further than the line above it: keys of the same item start in the same column (YAML says: mapping values are not allowed in this context); N more errors follow from this and are not shown: fix this first and check again
                          name: data scientist
                              ^
                12 files, 39 intents, 0 roles: 1 error, 0 warnings

                """)
        #expect((knockOns ?? 0) > 10, "the errors about the roles the file held are counted, not shown")
    }

    @Test func aTabInTheIndentationIsOneErrorInPlainWords() throws {
        let line = Self.shippedLine("    name: data scientist", "roles.yaml")
        let (folder, status, stderr, _) = try Self.edited("roles.yaml") {
            $0.replacingOccurrences(of: "\n    name: data scientist\n", with: "\n\t  name: data scientist\n")
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(status == 65)
        #expect(
            stderr == """
                DIR/roles.yaml:\(line):1: error: malformed YAML: a tab character in the indentation: indent with spaces only (YAML says: found a tab character that violates indentation); N more errors follow from this and are not shown: fix this first and check again
                       name: data scientist
                    ^
                12 files, 39 intents, 0 roles: 1 error, 0 warnings

                """)
    }

    @Test func aMissingSpaceAfterAColonNamesTheLine() throws {
        let line = Self.shippedLine("  - id: data-scientist", "roles.yaml")
        let (folder, status, stderr, _) = try Self.edited("roles.yaml") {
            $0.replacingOccurrences(of: "\n  - id: data-scientist\n", with: "\n  - id:data-scientist\n")
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(status == 65)
        #expect(
            stderr == """
                DIR/roles.yaml:\(line + 1):9: error: malformed YAML: line \(line) has no space after 'id:': write 'id: data-scientist' (YAML says: mapping values are not allowed in this context); N more errors follow from this and are not shown: fix this first and check again
                        name: data scientist
                            ^
                12 files, 39 intents, 0 roles: 1 error, 0 warnings

                """)
    }

    @Test func aMisspelledSectionIsOneErrorWithTheRightName() throws {
        let line = Self.shippedLine("roles:", "roles.yaml")
        let (folder, status, stderr, _) = try Self.edited("roles.yaml") {
            $0.replacingOccurrences(of: "\nroles:\n", with: "\nrole:\n")
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(status == 65)
        #expect(
            stderr == """
                DIR/roles.yaml:\(line):1: error: unknown key 'role' in a data file (did you mean 'roles'?); expected one of: language, words, synonyms, roles, titles, careers, intents, replies, quiz, tour; N more errors follow from this and are not shown: fix this first and check again
                    role:
                    ^
                12 files, 39 intents, 0 roles: 1 error, 0 warnings

                """)
    }

    @Test func aListItemIndentedTooFarIsAWarning() throws {
        let line = Self.shippedLine("        - Data scientists analyze", "roles.yaml")
        let (folder, status, stderr, _) = try Self.edited("roles.yaml") {
            $0.replacingOccurrences(
                of: "\n        - Data scientists often collaborate",
                with: "\n          - Data scientists often collaborate")
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(status == 0)
        #expect(
            stderr == """
                DIR/roles.yaml:\(line):11: warning: this fact in 'summary' runs on into '- Data scientists often collabor...': a '- ' indented further than the one above is read as part of the item above; start it in the same column as the '- ' above
                            - Data scientists analyze complex datasets to extract meaningful insights.
                              ^
                12 files, 39 intents, 9 roles: 0 errors, 1 warning

                """)
    }

    @Test func everyBadPlaceholderOfAnAnswerInOneRun() throws {
        let line = Self.shippedLine("      {role.workplaces}", "intents-roles.yaml")
        let (folder, status, stderr, _) = try Self.edited("intents-roles.yaml") {
            $0.replacingOccurrences(
                of: "\n      {role.workplaces}\n", with: "\n      {role.salary} and {role.skill} for {rol.name}\n")
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(status == 65)
        #expect(
            stderr == """
                DIR/intents-roles.yaml:\(line):7: error: '{role.salary}' names no fact: roles have no 'salary'
                          {role.salary} and {role.skill} for {rol.name}
                          ^
                DIR/intents-roles.yaml:\(line):25: error: '{role.skill}' names no fact: roles have no 'skill' (did you mean 'skills'?)
                          {role.salary} and {role.skill} for {rol.name}
                                            ^
                DIR/intents-roles.yaml:\(line):42: error: unknown placeholder '{rol.name}' (did you mean 'role.name'?)
                          {role.salary} and {role.skill} for {rol.name}
                                                             ^
                12 files, 39 intents, 9 roles: 3 errors, 0 warnings

                """)
    }

    @Test func factsWrittenAsOneValueSayWhatToWrite() throws {
        let line = Self.shippedLine("    summary:", "roles.yaml")
        let (folder, status, stderr, _) = try Self.edited("roles.yaml") { text in
            var lines = text.components(separatedBy: "\n")
            let index = line - 1
            lines.replaceSubrange(index...(index + 2), with: ["    summary: Data engineers build pipelines."])
            return lines.joined(separator: "\n")
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(status == 65)
        #expect(
            stderr.hasPrefix(
                """
                DIR/roles.yaml:\(line):14: error: 'summary' must list its facts under 'seed:' (statements of the source text) or 'added:' (your own), not be a single value; write:
                        summary:
                          added:
                            - Data engineers build pipelines.
                        summary: Data engineers build pipelines.
                                 ^

                """), "\(stderr)")
        #expect(stderr.hasSuffix("12 files, 39 intents, 9 roles: 1 error, 0 warnings\n"), "\(stderr)")
    }

    @Test func aFileIsCheckedWithTheOtherFilesOfItsFolder() throws {
        let folder = try BrokenDataFilesTests.copyOfIntents()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Binary.run(["check", folder.appending(path: "roles.yaml").path])
        #expect(result.status == 0)
        #expect(
            result.stderr == """
                note: check reads a whole folder: checking \(folder.path)/roles.yaml together with the other files of \(folder.path)
                12 files, 39 intents, 9 roles: 0 errors, 0 warnings

                """)
    }

    @Test func aBackupCopyOfASingleSectionIsAnErrorNamingBoth() throws {
        let folder = try BrokenDataFilesTests.copyOfIntents()
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["careers", "language"] {
            try FileManager.default.copyItem(
                at: folder.appending(path: "\(name).yaml"), to: folder.appending(path: "copy-\(name).yaml"))
        }
        let careers = Self.shippedLine("careers:", "careers.yaml")
        let language = Self.shippedLine("language:", "language.yaml")
        let (status, stderr, _) = try Self.check(folder)
        #expect(status == 65)
        #expect(
            stderr == """
                DIR/language.yaml:\(language):1: error: a second 'language:' section: DIR/copy-language.yaml:\(language) has one too, and a data folder holds only one (is one of them a backup copy? move it out of the folder)
                    language:
                    ^
                DIR/copy-careers.yaml:\(careers):1: error: a second 'careers:' section: DIR/careers.yaml:\(careers) has one too, and a data folder holds only one (is one of them a backup copy? move it out of the folder)
                    careers:
                    ^
                14 files, 39 intents, 9 roles: 2 errors, 0 warnings

                """)
    }
}
