internal import Foundation

/// An article's heading pasted as a question ("AI Management Track: Leading Technical Teams in ML
/// Organizations", "What AI Engineers Actually Do (And Why It Matters for Your Path)"): written in
/// Title Case, with no question mark, its subject is the title before the subtitle or the aside.
enum Heading {
    /// Where a heading's title ends: a colon, a dash or bar between spaces, an opening bracket.
    static let separators = [":", " — ", " – ", " - ", " | ", " ("]
    /// Words this long or longer are capitalised in Title Case; shorter ones ("of", "to", "and") may not be.
    static let capitalisedLength = 4
    /// The share of the longer words that must start with a capital letter.
    static let capitalisedShare = 0.75

    /// The title of `text` and what follows it, when `text` is a heading with a subtitle or an aside.
    static func parts(of text: String) -> (title: String, rest: String)? {
        let ascii = text.utf8.allSatisfy { $0 < 0x80 }
        guard ascii ? !text.utf8.contains(UInt8(ascii: "?")) : !text.contains("?"), isTitleCase(text, ascii: ascii),
            let end = titleEnd(in: text)
        else { return nil }
        let title = text[..<end].trimmingCharacters(in: .whitespaces)
        let rest = text[end...].dropFirst().trimmingCharacters(in: .whitespaces)
        return title.isEmpty || rest.isEmpty ? nil : (title, rest)
    }

    /// Foundation's search finds each separator only as itself (none has another spelling), so one
    /// that is not among the text's bytes is not looked for: most headings hold one or none.
    private static func titleEnd(in text: String) -> String.Index? {
        var bytes = text
        let present = bytes.withUTF8 { bytes in separators.filter { contains(bytes, Array($0.utf8)) } }
        return present.compactMap { text.range(of: $0)?.lowerBound }.min()
    }

    private static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ part: [UInt8]) -> Bool {
        guard !part.isEmpty, part.count <= bytes.count else { return part.isEmpty }
        for start in 0...bytes.count - part.count where bytes[start] == part[0] {
            if part.indices.allSatisfy({ bytes[start + $0] == part[$0] }) { return true }
        }
        return false
    }

    /// Most of the longer words start with a capital letter, and there are at least two of them.
    private static func isTitleCase(_ text: String, ascii: Bool) -> Bool {
        let (long, capitalised) = ascii ? asciiLongWords(text) : longWords(text)
        guard long >= 2 else { return false }
        return Double(capitalised) >= capitalisedShare * Double(long)
    }

    /// How many words (runs of letters) have `capitalisedLength` letters or more, and how many of
    /// those start with a capital.
    private static func longWords(_ text: String) -> (Int, Int) {
        let long = text.split { !$0.isLetter }.filter { $0.count >= capitalisedLength }
        return (long.count, long.filter { $0.first?.isUppercase == true }.count)
    }

    /// `longWords` of ASCII text, on its bytes (where a letter is a byte).
    private static func asciiLongWords(_ text: String) -> (Int, Int) {
        var (long, capitalised, length, first) = (0, 0, 0, UInt8(0))
        for byte in text.utf8 + [0] {
            let isLetter = (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
            if isLetter {
                if length == 0 { first = byte }
                length += 1
                continue
            }
            if length >= capitalisedLength {
                long += 1
                if (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(first) { capitalised += 1 }
            }
            length = 0
        }
        return (long, capitalised)
    }
}
