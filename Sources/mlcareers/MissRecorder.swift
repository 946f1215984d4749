import ArgumentParser
import CareerEngine
import Foundation

/// `--record-misses FILE`: appends each question the assistant declined or could not answer to FILE,
/// one JSON line: `{"time":"2026-05-02T14:03:11Z","question":"...","closest":"role.skills","unknown":["kaggle"]}`.
/// The file is created 0600 and opened for appending, so two assistants can share it (each line is one
/// `write`); when it cannot be written the session goes on, with one note.
final class MissRecorder {
    let path: String
    private var descriptor: Int32 = -1
    private var failed = false

    init(path: String) {
        self.path = path
        descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        if descriptor < 0 { fail(errno) }
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    /// Records `reply` when it is a miss.
    func record(_ reply: Reply, assistant: Assistant, at time: Date = Date()) {
        guard descriptor >= 0, let miss = Miss(reply, assistant: assistant) else { return }
        let bytes = Array((Self.line(miss, at: time) + "\n").utf8)
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress!, $0.count) }
        if written != bytes.count { fail(written < 0 ? errno : ENOSPC) }
    }

    static func line(_ miss: Miss, at time: Date) -> String {
        JSONLine.object([
            ("time", JSONLine.string(time.formatted(.iso8601))),
            ("question", JSONLine.string(miss.question)),
            ("closest", miss.closest.map(JSONLine.string) ?? "null"),
            ("unknown", JSONLine.array(miss.unknownWords)),
        ])
    }

    /// Says once that the file cannot be written, and stops trying.
    private func fail(_ error: Int32) {
        if descriptor >= 0 { close(descriptor) }
        descriptor = -1
        guard !failed else { return }
        failed = true
        Diagnostics.error(
            "note: cannot record misses in \(path) (\(String(cString: strerror(error)))); the chat goes on without recording them"
        )
    }
}

/// `--record-misses FILE`, for the chat (at the prompt, in kiosk mode and in scripts) and the demo.
struct MissOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Append each question I decline or cannot answer to this file, as a JSON line (time, question, closest intent, words not understood); see `mlcareers misses`.",
            valueName: "file"))
    var recordMisses: String?

    func recorder() -> MissRecorder? { recordMisses.map(MissRecorder.init) }
}
