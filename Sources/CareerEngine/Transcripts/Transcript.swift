internal import Foundation

/// A conversation test written as plain text (the format of `Tests/Transcripts/`, see its README):
///
///     # A comment line starts with '#'.
///     > what does an mlops engineer do?
///     intent: role.overview
///     roles: mlops-engineer
///     says: monitoring
///
/// `> ` is what the user types; the lines under it are what its answer must have. `---` starts a new
/// conversation. A file in a `dialogues/` folder is played as conversations (each turn sees the turns
/// before it); any other file asks each question in a fresh conversation.
public struct Transcript: Sendable {
    /// How the questions of a file are played.
    public enum Mode: Sendable { case conversations, eachQuestionAlone }

    /// One question and what its answer must have.
    public struct Turn: Sendable {
        public var input: String
        public var line: Int
        /// The intents the answer must have, the main part first; empty to not check.
        public var intents: [String] = []
        /// The roles the answer must be about, in order; nil to not check.
        public var roles: [String]?
        public var says: [String] = []
        public var notSays: [String] = []
        /// A statement of the seed text the answer must contain (`seed-coverage.txt`).
        public var seed: String?
    }

    public let file: String
    public let mode: Mode
    public let dialogues: [[Turn]]

    /// Every turn of every dialogue, in file order.
    public var turns: [Turn] { dialogues.flatMap { $0 } }

    /// `open-cases.txt` lists known misses: its failures are expected, its passes are news.
    public var isOpenCases: Bool { Self.isOpenCases(file) }

    static func isOpenCases(_ path: String) -> Bool {
        path.split(separator: "/").last == "open-cases.txt"
    }

    /// Files in a `dialogues/` folder are conversations; all others ask each question alone.
    public static func mode(forPath path: String) -> Mode {
        path.split(separator: "/").dropLast().contains("dialogues") ? .conversations : .eachQuestionAlone
    }

    /// Reads a transcript; a line it cannot read is a located error.
    public static func parse(_ file: DataFile) throws(Diagnostic) -> Transcript {
        let mode = mode(forPath: file.path)
        var parser = TranscriptParser(file: file.path, eachQuestionAlone: mode == .eachQuestionAlone)
        for (index, line) in file.text.lines.enumerated() {
            try parser.read(line, number: index + 1)
        }
        return Transcript(file: file.path, mode: mode, dialogues: parser.dialogues.filter { !$0.isEmpty })
    }

    /// Lowercase letters and digits, single spaces: so punctuation and line wrapping never matter.
    public static func normalized(_ text: String) -> String {
        let kept = text.lowercased().unicodeScalars.map {
            CharacterSet.alphanumerics.contains($0) ? Character($0) : " "
        }
        return String(kept).split(separator: " ").joined(separator: " ")
    }
}
