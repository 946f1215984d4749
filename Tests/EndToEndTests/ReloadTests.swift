import Foundation
import Testing

/// `:reload`: the `--intents` folder read again during a session. An edit takes effect and the
/// conversation goes on; a broken edit is refused, located, and the old rules keep answering.
@Suite(.serialized) struct ReloadTests {
    static let fact = "Companies of every size that make decisions from data, in most industries"

    static func edit(_ folder: URL, _ file: String, _ change: (String) -> String) throws {
        let url = folder.appending(path: file)
        try Data(change(try String(contentsOf: url, encoding: .utf8)).utf8).write(to: url)
    }

    static func brokenIndentation(_ text: String) -> String {
        text.replacingOccurrences(of: "\n    name: data scientist\n", with: "\n      name: data scientist\n")
    }

    @Test func anEditTakesEffectAtThePromptAndABrokenOneIsRefused() throws {
        let folder = try BrokenDataFilesTests.copyOfIntents()
        defer { try? FileManager.default.removeItem(at: folder) }
        let terminal = try PseudoTerminal(["--intents", folder.path, "--no-history"])
        try terminal.waitFor("mlcareers> ")
        try terminal.type("where do data scientists work?" + PseudoTerminal.enter)
        try terminal.waitFor("Analytics and business intelligence teams")

        try Self.edit(folder, "roles.yaml") {
            $0.replacingOccurrences(of: "Analytics and business intelligence teams", with: "Zebra research stations")
        }
        terminal.clearOutput()
        try terminal.type(":reload" + PseudoTerminal.enter)
        try terminal.waitFor("9 roles (as before). The conversation goes on.")
        try terminal.type("where do they work?" + PseudoTerminal.enter)
        try terminal.waitFor("Zebra research stations")

        try Self.edit(folder, "roles.yaml", Self.brokenIndentation)
        terminal.clearOutput()
        try terminal.type(":reload" + PseudoTerminal.enter)
        let line = EditedDataTests.shippedLine("    name: data scientist", "roles.yaml")
        try terminal.waitFor("roles.yaml:\(line):11: error: malformed YAML: this line is indented further")
        try terminal.waitFor("The rules were not reloaded: I keep answering with the rules I had.")
        terminal.clearOutput()
        try terminal.type("and what skills do they need?" + PseudoTerminal.enter)
        try terminal.waitFor("Statistical analysis and probability")
        try terminal.type(PseudoTerminal.controlD)
        #expect(try terminal.exitStatus() == 0)
    }

    /// The counts say what changed, and a role in focus that is gone is dropped from the conversation.
    @Test func aRoleThatIsGoneIsDroppedFromTheConversation() throws {
        let folder = try BrokenDataFilesTests.copyOfIntents()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.edit(folder, "titles.yaml") { text in
            text.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.contains("data engineer") }
                .joined(separator: "\n")
        }
        let role = folder.appending(path: "data-engineer.yaml")
        try FileManager.default.copyItem(
            at: Binary.repository.appending(path: "Tests/Fixtures/extra-role/data-engineer.yaml"), to: role)
        let terminal = try PseudoTerminal(["--intents", folder.path, "--no-history"], columns: 200)
        try terminal.waitFor("mlcareers> ")
        try terminal.type("what does a data engineer do?" + PseudoTerminal.enter)
        try terminal.waitFor("Data engineers build the pipelines")
        try FileManager.default.removeItem(at: role)
        terminal.clearOutput()
        try terminal.type(":reload" + PseudoTerminal.enter)
        try terminal.waitFor(
            "Reloaded \(folder.path): 12 files, 39 intents (as before), 9 roles (1 fewer). The conversation goes on.")
        try terminal.waitFor("No longer in the rules, so dropped from the conversation: data-engineer.")
        try terminal.type("what skills do they need?" + PseudoTerminal.enter)
        try terminal.waitFor("Which role do you mean?")
    }

    @Test func theBuiltInRulesCannotBeReloaded() throws {
        let result = try Binary.run(["--json"], lines: [":reload"])
        let object = try #require(Binary.objects(result.stdout).first)
        #expect(object["command"] as? String == "reload")
        #expect(object["error"] as? String == "not-reloaded")
        #expect(
            object["text"] as? String
                == "I am using the built-in rules, which do not change while I run. To try edited rules, start me with --intents DIR: then :reload reads DIR again."
        )
    }

    @Test func helpOffersReloadOnlyWithARulesFolder() throws {
        let folder = try BrokenDataFilesTests.copyOfIntents()
        defer { try? FileManager.default.removeItem(at: folder) }
        let line = "- :reload: read the --intents folder again, keeping the conversation"
        #expect(try Binary.run(["--intents", folder.path], lines: [":help"]).stdout.contains(line))
        #expect(!(try Binary.run([], lines: [":help"]).stdout.contains(":reload")))
    }
}
