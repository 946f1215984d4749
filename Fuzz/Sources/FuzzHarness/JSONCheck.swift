import CareerEngine
import Foundation

extension FuzzHarness {
    /// Writes `reply` as the JSON line `mlcareers --json` prints (JSONLine.swift here is a link to the
    /// executable's file), which must parse back to the same input and hold no raw control character.
    /// Fuzz-only: the regression tests do not link the executable's code.
    public static func checkJSON(_ reply: Reply) {
        let line = JSONLine.encode(reply)
        precondition(!line.utf8.contains { $0 < 0x20 }, "a raw control character in \(line)")
        guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
            let input = object["input"] as? String
        else { preconditionFailure("not a JSON object: \(line)") }
        // Linux Foundation's JSONSerialization drops a U+FEFF that follows a \u escape ("\u0000\u{FEFF}"
        // decodes as "\u0000"), though the line is valid JSON: compare without it.
        let expected = Array(reply.input.unicodeScalars.filter { $0 != "\u{FEFF}" })
        precondition(
            Array(input.unicodeScalars.filter { $0 != "\u{FEFF}" }) == expected,
            "the JSON line's input \(input.debugDescription) is not \(reply.input.debugDescription)")
    }
}
