import Foundation
import Testing

/// The command line itself: the top-level help, each subcommand's help, and words that are no subcommand.
@Suite struct CommandLineTests {
    @Test(arguments: [["--help"], ["-h"], ["help"]])
    func topLevelHelpListsTheChatOptions(_ arguments: [String]) throws {
        let result = try Binary.run(arguments)
        #expect(result.status == 0)
        for option in [
            "--json", "--echo", "--kiosk", "--intents <dir>", "--color <when>", "--width", "--no-history", "--version",
        ] {
            #expect(result.stdout.contains("  \(option)"), "\(arguments) lacks \(option)")
        }
        #expect(result.stdout.contains("SUBCOMMANDS:"))
        #expect(result.stdout.contains("USAGE: mlcareers [<options>] [< questions.txt]"))
    }

    @Test func demoHelpListsNoOptionTheDemoRefuses() throws {
        let help = try Binary.run(["demo", "--help"])
        #expect(help.status == 0)
        #expect(!help.stdout.contains("--json"))
        #expect(help.stdout.contains("--color <when>"))
        #expect(try Binary.run(["demo", "--json"]).status == 64)
    }

    @Test func aMistypedSubcommandGetsTheNearestOne() throws {
        let result = try Binary.run(["demmo"])
        #expect(result.status == 64)
        #expect(result.stderr == "Error: unknown subcommand 'demmo'; did you mean 'demo'?\nSee 'mlcareers --help'.\n")
        #expect(result.stdout.isEmpty)
    }

    @Test(arguments: [
        (["what does a data scientist do"], "mlcareers ask \"what does a data scientist do\""),
        (["what", "is", "a", "CAIO"], "mlcareers ask \"what is a CAIO\""),
        (["what's $HOME"], "mlcareers ask 'what'\\''s $HOME'"),
    ])
    func aQuestionWithoutAskSuggestsAsk(_ arguments: [String], _ suggestion: String) throws {
        let result = try Binary.run(arguments)
        #expect(result.status == 64)
        #expect(result.stderr.contains("is not a subcommand. To ask it: \(suggestion)\n"), "\(result.stderr)")
        #expect(!result.stderr.contains("Usage:"), "one hint, not the whole usage")
    }

    /// `--intents DIR` names the rules for every command, before the subcommand or after it.
    @Test(arguments: [
        ["--intents", "INTENTS", "ask", "what is a CAIO?"], ["--intents=INTENTS", "ask", "what is a CAIO?"],
        ["ask", "--intents", "INTENTS", "what is a CAIO?"],
    ])
    func theRulesFolderMayComeBeforeTheSubcommand(_ arguments: [String]) throws {
        let folder = Binary.repository.appending(path: "Intents").path
        let result = try Binary.run(arguments.map { $0.replacingOccurrences(of: "INTENTS", with: folder) })
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Chief AI officer"))
    }

    @Test func checkTakesTheFolderAsTheOtherCommandsDo() throws {
        let folder = Binary.repository.appending(path: "Intents").path
        let result = try Binary.run(["check", "--intents", folder])
        #expect(result.status == 0)
        #expect(result.stderr.hasSuffix(": 0 errors, 0 warnings\n"), "\(result.stderr)")
        let twice = try Binary.run(["check", folder, "--intents", folder])
        #expect(twice.status == 64)
        #expect(twice.stderr.hasPrefix("Error: Give the folder once: 'check DIR' or 'check --intents DIR'."))
        #expect(try Binary.run(["--intents", "/nonexistent/rules", "ask", "hi"]).status == 66)
    }

    /// A negative number is the option's value, refused with the range, not "Missing value".
    @Test(arguments: [["demo", "--speed", "-5"], ["demo", "--speed=-5"]])
    func aNegativeValueGetsTheAllowedRange(_ arguments: [String]) throws {
        let result = try Binary.run(arguments)
        #expect(result.status == 64)
        #expect(
            result.stderr.hasPrefix("Error: --speed must be from 1 to 1000 characters per second."), "\(result.stderr)")
    }
}
