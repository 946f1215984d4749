/// A small suffix stripper so that "scientists", "deploying" and "deployed" meet their patterns.
///
/// It is applied to rule words and to questions alike, so a stem only has to be consistent,
/// not a real word ("machine" becomes "machin" on both sides). Works on ASCII bytes; words with
/// other letters are left as they are (accents are already folded away by the normalizer).
enum Stemmer {
    static func stem(_ word: String) -> String {
        // Every rule below removes an ending in s, g (-ing), d (-ed) or e: other words stay as they are.
        guard word.utf8.count > 3, let last = word.utf8.last, "sgde".utf8.contains(last) else { return word }
        var bytes = Array(word.utf8)
        guard bytes.count > 3, bytes.allSatisfy({ (0x61...0x7A).contains($0) }) else { return word }
        stripPlural(&bytes)
        stripVerbEnding(&bytes)
        if bytes.count > 4, bytes.last == UInt8(ascii: "e") { bytes.removeLast() }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func ends(_ bytes: [UInt8], _ suffix: StaticString) -> Bool {
        let count = suffix.utf8CodeUnitCount
        guard bytes.count > count else { return false }
        return suffix.withUTF8Buffer { tail in
            var index = 0
            while index < count, bytes[bytes.count - count + index] == tail[index] { index += 1 }
            return index == count
        }
    }

    private static func stripPlural(_ s: inout [UInt8]) {
        if ends(s, "ies"), s.count > 4 {
            s.removeLast(3)
            s.append(UInt8(ascii: "y"))
        } else if ends(s, "sses") || ends(s, "shes") || ends(s, "ches") || ends(s, "xes") {
            s.removeLast(2)
        } else if ends(s, "s"), !ends(s, "ss"), !ends(s, "us"), !ends(s, "is") {
            s.removeLast()
        }
    }

    private static func stripVerbEnding(_ s: inout [UInt8]) {
        if ends(s, "ing"), s.count >= 6 {
            s.removeLast(3)
        } else if ends(s, "ed"), s.count >= 5 {
            s.removeLast(2)
        } else {
            return
        }
        undoubleFinalConsonant(&s)
    }

    /// "running" -> "runn" -> "run"; but "install" keeps its double l.
    private static func undoubleFinalConsonant(_ s: inout [UInt8]) {
        guard s.count >= 3, let last = s.last, s[s.count - 2] == last,
            !Array("aeiouylsz".utf8).contains(last)
        else { return }
        s.removeLast()
    }
}
