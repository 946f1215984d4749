import CareerEngine
import Foundation
import Testing
import TranscriptKit

/// Replays every input under Tests/FuzzRegressions/<target>/ through the fuzz targets' own calls
/// (FuzzHarness.swift here is a link to Fuzz/Sources/FuzzHarness/FuzzHarness.swift). A crash, a
/// precondition the harness checks, or a hang fails the run. Add an input that libFuzzer saved
/// (Fuzz/.build/artifacts/<target>/) to the folder of its target once its cause is fixed.
@Suite struct FuzzRegressionTests {
    static func inputs(_ target: String) -> [String] {
        let folder = Fixtures.url("Tests/FuzzRegressions/\(target)")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted()
    }

    static func bytes(_ target: String, _ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: Fixtures.url("Tests/FuzzRegressions/\(target)/\(name)")))
    }

    static let shippedFiles = FuzzHarness.dataFiles(in: Fixtures.url("Intents"))

    @Test func everyTargetHasRegressionInputs() {
        for target in ["loader", "pattern", "conversation"] { #expect(!Self.inputs(target).isEmpty, "\(target)") }
    }

    @Test(arguments: inputs("loader"))
    func loader(_ name: String) throws {
        let diagnostics = FuzzHarness.load(try Self.bytes("loader", name), shipped: Self.shippedFiles)
        // None of these inputs is valid data: each must come back as a located error, not a crash.
        #expect(diagnostics.contains { $0.severity == .error }, "\(name): \(diagnostics)")
    }

    @Test(arguments: inputs("pattern"))
    func pattern(_ name: String) throws {
        let started = ContinuousClock.now
        FuzzHarness.pattern(try Self.bytes("pattern", name), assistant: Fixtures.shipped)
        // Compiling and matching were exponential in the bracket depth: 22 levels took minutes.
        #expect(ContinuousClock.now - started < .seconds(5), "\(name)")
    }

    @Test(arguments: inputs("conversation"))
    func conversation(_ name: String) throws {
        let bytes = try Self.bytes("conversation", name)
        let replies = FuzzHarness.conversation(bytes, assistant: Fixtures.shipped)
        #expect(replies.count == bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).count)
    }

    // MARK: the pattern entry point the pattern target uses

    /// A pattern tried on its own uses the loaded language and synonyms, and its own new words count.
    @Test func coverageCompilesWithTheLoadedLanguage() throws {
        let assistant = Fixtures.shipped
        #expect(try assistant.coverage(of: "What is a xylophonist?", byPattern: "what is [a] xylophonist") == 1)
        #expect(try assistant.coverage(of: "skills of a data scientist", byPattern: "~skills * {role}") != nil)
        #expect(try assistant.coverage(of: "hello there", byPattern: "~skills * {role}") == nil)
        let error = try #require(throws: Diagnostic.self) { try assistant.coverage(of: "hi", byPattern: "what ~skils") }
        #expect(error.rendered().hasPrefix("pattern:1:6: error: unknown synonym list '~skils'"))
    }

    // MARK: what the fixed inputs must give

    /// Brackets nested past the limit are an error at the bracket that goes too deep, not a stack overflow.
    @Test func deepBracketsAreALocatedError() throws {
        let deep = String(repeating: "(", count: 100) + "a" + String(repeating: ")", count: 100)
        let error = try #require(throws: Diagnostic.self) {
            try Fixtures.shipped.coverage(of: "what is a", byPattern: deep)
        }
        #expect(error.rendered() == "pattern:1:9: error: brackets nested more than 8 deep")
        let optional = String(repeating: "[", count: 9) + "a" + String(repeating: "]", count: 9) + " b"
        #expect(throws: Diagnostic.self) { try Fixtures.shipped.coverage(of: "a b", byPattern: optional) }
    }

    /// 8 levels still compile and match like one level does. (Optional brackets: with required ones
    /// the exponential bug above would make this test run for days instead of failing.)
    @Test func nestingUpToTheLimitMatches() throws {
        let nested = String(repeating: "[", count: 8) + "statistics" + String(repeating: "]", count: 8) + " {role}"
        let deep = try Fixtures.shipped.coverage(of: "statistics data scientist", byPattern: nested)
        let flat = try Fixtures.shipped.coverage(of: "statistics data scientist", byPattern: "[statistics] {role}")
        #expect(deep != nil && deep == flat)
    }

    /// The same limit holds in a data file, reported at the pattern's own line.
    @Test func deepBracketsInADataFileAreReported() throws {
        let diagnostics = FuzzHarness.load(try Self.bytes("loader", "deep-pattern-nesting"), shipped: Self.shippedFiles)
        #expect(
            diagnostics.contains {
                $0.location.file == "Intents/fuzz.yaml" && $0.location.line == 3 && $0.severity == .error
                    && ($0.message.hasPrefix("brackets nested more than 8 deep")
                        || $0.message.hasSuffix("a pattern may have at most 1000"))
            }, "\(diagnostics.map { $0.rendered() })")
    }

    /// NULs and invalid UTF-8 in questions are answered like any other text (the fallback), one reply per line.
    @Test func controlBytesInQuestionsAreAnswered() throws {
        let replies = FuzzHarness.conversation(
            try Self.bytes("conversation", "nul-and-invalid-utf8"), assistant: Fixtures.shipped)
        #expect(replies.first?.intent == "role.overview")
        #expect(replies[1].intent == "fallback" && replies[1].input == "\u{FFFD}\u{FFFD}\u{FFFD}")
    }
}
