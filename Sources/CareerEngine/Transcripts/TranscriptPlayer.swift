/// Plays transcripts through an assistant and gathers what passed and what did not.
public struct TranscriptPlayer: Sendable {
    /// One turn played: the answer and the expectations it missed (none when it passed).
    public struct Result: Sendable {
        public let file: String
        public let turn: Transcript.Turn
        public let reply: Reply
        public let mismatches: [TurnCheck.Mismatch]

        public var passed: Bool { mismatches.isEmpty }
    }

    public let assistant: Assistant

    public init(assistant: Assistant) { self.assistant = assistant }

    /// Every turn of `transcript`, each dialogue in its own conversation.
    public func play(_ transcript: Transcript) -> [[Result]] {
        transcript.dialogues.map { play($0, file: transcript.file) }
    }

    private func play(_ dialogue: [Transcript.Turn], file: String) -> [Result] {
        var conversation = Conversation(assistant)
        return dialogue.map { turn in
            let reply = conversation.respond(to: turn.input)
            return Result(file: file, turn: turn, reply: reply, mismatches: TurnCheck.mismatches(turn, reply))
        }
    }
}

extension TranscriptPlayer.Result {
    /// How many answer lines a failure shows: enough to see what was said, not a screenful.
    static let shownAnswerLines = 8

    /// `FILE:LINE: expected ..., got ...` for each miss, then the question and the answer, indented.
    public var rendered: String {
        let location = "\(file):\(turn.line)"
        var lines = mismatches.map { "\(location): \($0)" }
        lines.append("    > \(turn.input)")
        let answer = reply.answer.plainText.lines
        lines += answer.prefix(Self.shownAnswerLines).map { "    \($0)" }
        if answer.count > Self.shownAnswerLines {
            lines.append("    (\(answer.count - Self.shownAnswerLines) more lines)")
        }
        return lines.joined(separator: "\n")
    }
}
