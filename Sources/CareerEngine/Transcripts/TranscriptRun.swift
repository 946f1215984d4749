/// The outcome of playing a set of transcripts, as `mlcareers test` reports it: the failing turns,
/// the open cases that pass now, and the counts.
public struct TranscriptRun: Sendable {
    /// Turns that missed an expectation, outside `open-cases.txt`.
    public private(set) var failures: [TranscriptPlayer.Result] = []
    /// Open cases (each dialogue of `open-cases.txt`) whose every turn passes now.
    public private(set) var openCasesPassing: [TranscriptPlayer.Result] = []
    public private(set) var openCasesFailing = 0
    public private(set) var passed = 0

    public var failed: Int { failures.count }

    /// Plays each transcript with `assistant`.
    public init(_ transcripts: [Transcript], assistant: Assistant) {
        let player = TranscriptPlayer(assistant: assistant)
        for transcript in transcripts {
            for dialogue in player.play(transcript) {
                transcript.isOpenCases ? addOpenCase(dialogue) : add(dialogue)
            }
        }
    }

    private mutating func add(_ dialogue: [TranscriptPlayer.Result]) {
        passed += dialogue.filter(\.passed).count
        failures += dialogue.filter { !$0.passed }
    }

    private mutating func addOpenCase(_ dialogue: [TranscriptPlayer.Result]) {
        guard let first = dialogue.first else { return }
        if dialogue.allSatisfy(\.passed) { openCasesPassing.append(first) } else { openCasesFailing += 1 }
    }

    /// The report: each failure, the open cases that pass now, and the closing `N passed, N failed`.
    public var rendered: String {
        var parts = failures.map(\.rendered)
        parts += openCasesPassing.map {
            "\($0.file):\($0.turn.line): open case passes now: \"\($0.turn.input)\" (move it out of open-cases.txt)"
        }
        if openCasesFailing + openCasesPassing.count > 0 {
            parts.append("\(openCasesFailing) open cases still fail (known misses, not counted)")
        }
        parts.append("\(passed) passed, \(failed) failed")
        return parts.joined(separator: "\n")
    }
}
