import CareerEngine
import Foundation

/// What each fuzz target does with one input. The fuzz targets call these on libFuzzer's bytes, and
/// the regression tests (which compile this same file) replay the saved inputs through them.
///
/// Each function fails with `preconditionFailure` when the engine breaks a promise that holds for
/// any input (a diagnostic with no position, a confidence outside 0...1), so libFuzzer reports it
/// like a crash.
public enum FuzzHarness {
    /// The shipped data files, read from `directory` (the repository's `Intents/`), sorted by name.
    public static func dataFiles(in directory: URL) -> [DataFile] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted().map { name in
            let text = (try? String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)) ?? ""
            return DataFile(path: "Intents/\(name)", text: text)
        }
    }

    /// The shipped assistant; stops the process when the shipped data does not load.
    public static func assistant(_ files: [DataFile]) -> Assistant {
        do throws(DataProblems) {
            return try Assistant(files: files)
        } catch {
            fatalError("the shipped Intents/ do not load: \(error.diagnostics.map { $0.rendered() })")
        }
    }

    // MARK: loader

    /// The input as a data file: its first byte says what to do with the rest: 0 adds it as
    /// `Intents/fuzz.yaml` beside the shipped files, 1 loads it alone (quick, but cross-references stay
    /// unresolved), 2 and up replace shipped file (byte - 2) modulo their count, in name order. (0 and 1
    /// keep their meaning when a data file is added to Intents/.) The rest is its text. An input that loads is also
    /// checked like `mlcareers check` does and must then answer a short conversation.
    /// Returns the diagnostics, each checked and rendered with its source line.
    @discardableResult
    public static func load(_ bytes: [UInt8], shipped: [DataFile]) -> [Diagnostic] {
        let files = dataFiles(for: bytes, shipped: shipped)
        let assistant: Assistant
        do throws(DataProblems) {
            assistant = try Assistant(files: files)
        } catch {
            precondition(!error.errors.isEmpty, "Assistant(files:) threw without an error")
            for diagnostic in error.diagnostics { check(diagnostic, files: files) }
            return error.diagnostics
        }
        let report = DataCheck.run(files)
        for diagnostic in report.diagnostics { check(diagnostic, files: files) }
        var conversation = Conversation(assistant)
        for question in ["hi", "what does a data scientist do?", "and their skills?", "tell me more", "why?", "xyzzy"] {
            check(conversation.respond(to: question))
        }
        return report.diagnostics
    }

    /// The files one loader input stands for.
    public static func dataFiles(for bytes: [UInt8], shipped: [DataFile]) -> [DataFile] {
        let choice = Int(bytes.first ?? 0)
        let text = String(decoding: bytes.dropFirst(), as: UTF8.self)
        if choice == 1 || shipped.isEmpty { return [DataFile(path: "Intents/fuzz.yaml", text: text)] }
        var files = shipped
        if choice == 0 {
            files.append(DataFile(path: "Intents/fuzz.yaml", text: text))
        } else {
            let index = (choice - 2) % files.count
            files[index] = DataFile(path: files[index].path, text: text)
        }
        return files
    }

    private static func check(_ diagnostic: Diagnostic, files: [DataFile]) {
        let location = diagnostic.location
        precondition(location.line >= 1 && location.column >= 1, "diagnostic without a position: \(diagnostic)")
        precondition(!diagnostic.message.isEmpty, "diagnostic without a message at \(location)")
        let source = files.first { $0.path == location.file }?.text
        _ = diagnostic.rendered(source: source)
    }

    // MARK: pattern

    /// The input's first line as a pattern, compiled with the shipped language and synonyms; each
    /// further line (at most 8) a question matched against it.
    @discardableResult
    public static func pattern(_ bytes: [UInt8], assistant: Assistant) -> [Double?] {
        let lines = self.lines(bytes)
        let source = lines.first ?? ""
        var questions = Array(lines.dropFirst().prefix(8))
        if questions.isEmpty { questions = ["what does a data scientist do?"] }
        var results: [Double?] = []
        for question in questions {
            do throws(Diagnostic) {
                let coverage = try assistant.coverage(of: question, byPattern: source)
                if let coverage { precondition((0...1).contains(coverage), "coverage \(coverage) outside 0...1") }
                results.append(coverage)
            } catch {
                let location = error.location
                precondition(location.line == 1 && location.column >= 1, "pattern diagnostic at \(location)")
                _ = error.rendered(source: source)
                return results
            }
        }
        return results
    }

    // MARK: conversation

    /// Each line of the input is one turn of one conversation with the shipped assistant.
    @discardableResult
    public static func conversation(_ bytes: [UInt8], assistant: Assistant) -> [Reply] {
        var conversation = Conversation(assistant)
        return lines(bytes).map { line in
            let reply = conversation.respond(to: line)
            check(reply)
            return reply
        }
    }

    /// The input split into lines as `mlcareers` reads piped input (readLine: at "\n", and "\r\n" as one
    /// break), each decoded as UTF-8 with invalid bytes replaced.
    public static func lines(_ bytes: [UInt8]) -> [String] {
        bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { line in
            String(decoding: line.last == UInt8(ascii: "\r") ? line.dropLast() : line, as: UTF8.self)
        }
    }

    private static func check(_ reply: Reply) {
        precondition(reply.confidence.isFinite && (0...1).contains(reply.confidence), "confidence \(reply.confidence)")
        precondition(!reply.intent.isEmpty, "no intent for '\(reply.input)'")
        // Render everything a front end shows: plain text, every block, the explanation and the context.
        _ = reply.answer.plainText
        for block in reply.answer.blocks {
            switch block {
            case .heading(let spans), .paragraph(let spans): _ = Answer.text(spans)
            case .bullets(let items), .numbered(let items): _ = items.map(Answer.text)
            }
        }
        _ = reply.explanation.matched.map { "\($0.pattern) [\($0.intent)]" }
        _ = reply.explanation.runnerUps.map { "\($0.intent) \($0.score)" }
        _ = (reply.explanation.fromContext, reply.explanation.normalized, reply.suggestions, reply.rule?.fileAndLine)
        _ = reply.context
    }
}
