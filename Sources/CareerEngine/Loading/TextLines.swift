extension StringProtocol {
    /// The text without the spaces (and a carriage return) at its end.
    var trimmingTrailingSpaces: SubSequence {
        var end = endIndex
        while end > startIndex, self[index(before: end)] == " " || self[index(before: end)] == "\r" {
            end = index(before: end)
        }
        return self[startIndex..<end]
    }

    /// The text without any of `characters` at either end.
    func trimmed(of characters: String) -> String {
        guard let first = firstIndex(where: { !characters.contains($0) }),
            let last = lastIndex(where: { !characters.contains($0) })
        else { return "" }
        return String(self[first...last])
    }

    /// The lines of the text, empty ones too, split at each "\n" (a "\r" before it stays). Scans bytes:
    /// `split(separator:)` compares whole characters, and a data file's "\r\n" is one character.
    var lines: [SubSequence] {
        var lines: [SubSequence] = []
        var start = startIndex
        for index in utf8.indices where utf8[index] == UInt8(ascii: "\n") {
            lines.append(self[start..<index])
            start = utf8.index(after: index)
        }
        lines.append(self[start..<endIndex])
        return lines
    }
}
