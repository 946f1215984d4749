/// Splits folded text into words and boundaries ("" stands for a boundary), one scalar at a time.
///
/// Sentence punctuation (`? ! . ; , :`) and dashes between spaces are boundaries; apostrophes join
/// ("what's" -> "whats"); `&` and `+` are "and". A dot between two letters joins them, and the dot
/// ending such a word is no boundary: "Ph.D. in ML" is "phd in ml", "e.g." is "eg".
struct WordSplitter {
    /// Short forms whose dot ends no sentence ("vs.", "etc.").
    static let abbreviations: Set<String> = ["vs", "etc", "eg", "ie"]

    private(set) var words: [String] = []
    private var current = String.UnicodeScalarView()
    /// True while the current word has a dot inside it ("ph.d").
    private var dotted = false

    static func split(_ text: String) -> [String] {
        var splitter = WordSplitter()
        var previous: Unicode.Scalar = " "
        var scalars = text.unicodeScalars.makeIterator()
        var scalar = scalars.next()
        while let this = scalar {
            let next = scalars.next()
            splitter.take(this, previous: previous, next: next ?? " ")
            (previous, scalar) = (this, next)
        }
        return splitter.finished()
    }

    mutating func take(_ scalar: Unicode.Scalar, previous: Unicode.Scalar, next: Unicode.Scalar) {
        if scalar == "—" || scalar == "–" || (scalar == "-" && previous == " ") {
            flush()
            boundary()
        } else if Self.isLetterOrDigit(scalar) {
            current.append(scalar)
        } else if "'’ʼ`".unicodeScalars.contains(scalar) {
            return
        } else if scalar == ".", previous.properties.isAlphabetic, next.properties.isAlphabetic {
            dotted = true
        } else if "&+".unicodeScalars.contains(scalar) {
            flush()
            words.append("and")
        } else {
            let abbreviation = scalar == "." && (dotted || Self.abbreviations.contains(current.isEmpty ? words.last ?? "" : String(current)))
            flush()
            if "?!.;,:".unicodeScalars.contains(scalar), !abbreviation { boundary() }
        }
    }

    mutating func finished() -> [String] {
        flush()
        while words.last == "" { words.removeLast() }
        while words.first == "" { words.removeFirst() }
        return words
    }

    private static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
    }

    private mutating func boundary() {
        if words.last != "" { words.append("") }
    }

    private mutating func flush() {
        if !current.isEmpty { words.append(String(current)) }
        current = String.UnicodeScalarView()
        dotted = false
    }
}
