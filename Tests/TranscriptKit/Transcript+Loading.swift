import CareerEngine
import Foundation

extension Transcript {
    /// Reads and parses a transcript of the repository (`Tests/Transcripts/...`), as `mlcareers test` does.
    public static func load(_ path: String) throws -> Transcript {
        try parse(DataFile(path: path, text: String(contentsOf: Fixtures.url(path), encoding: .utf8)))
    }

    /// Plays every dialogue with `assistant` and returns each failing turn as `mlcareers test` prints it.
    public func failures(with assistant: Assistant) -> [String] {
        TranscriptPlayer(assistant: assistant).play(self).joined().filter { !$0.passed }.map(\.rendered)
    }
}
