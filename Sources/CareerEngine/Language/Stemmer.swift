/// A small suffix stripper so that "scientists", "deploying" and "deployed" meet their patterns.
///
/// It is applied to rule words and to questions alike, so a stem only has to be consistent,
/// not a real word ("machine" becomes "machin" on both sides).
enum Stemmer {
    static func stem(_ word: String) -> String {
        var scalars = Array(word.unicodeScalars)
        guard scalars.count > 3, scalars.allSatisfy({ $0.properties.isAlphabetic }) else { return word }
        stripPlural(&scalars)
        stripVerbEnding(&scalars)
        if scalars.count > 4, scalars.last == "e" { scalars.removeLast() }
        return String(String.UnicodeScalarView(scalars))
    }

    private static func ends(_ scalars: [Unicode.Scalar], _ suffix: String) -> Bool {
        let tail = Array(suffix.unicodeScalars)
        return scalars.count > tail.count && Array(scalars.suffix(tail.count)) == tail
    }

    private static func stripPlural(_ s: inout [Unicode.Scalar]) {
        if ends(s, "ies"), s.count > 4 {
            s.removeLast(3)
            s.append("y")
        } else if ends(s, "sses") || ends(s, "shes") || ends(s, "ches") || ends(s, "xes") {
            s.removeLast(2)
        } else if ends(s, "s"), !ends(s, "ss"), !ends(s, "us"), !ends(s, "is") {
            s.removeLast()
        }
    }

    private static func stripVerbEnding(_ s: inout [Unicode.Scalar]) {
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
    private static func undoubleFinalConsonant(_ s: inout [Unicode.Scalar]) {
        guard s.count >= 3, let last = s.last, s[s.count - 2] == last,
              !"aeiouylsz".unicodeScalars.contains(last) else { return }
        s.removeLast()
    }
}
