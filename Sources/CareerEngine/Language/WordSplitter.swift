/// Splits folded text into words and boundaries ("" stands for a boundary), one scalar at a time.
///
/// Sentence punctuation (`? ! . ; , : …`) and dashes between spaces are boundaries; apostrophes join
/// ("what's" -> "whats"); `&` and `+` are "and". A dot between two letters joins them, and the dot
/// ending such a word is no boundary: "Ph.D. in ML" is "phd in ml", "e.g." is "eg".
struct WordSplitter {
    /// Short forms whose dot ends no sentence ("vs.", "etc.").
    static let abbreviations: Set<String> = ["vs", "etc", "eg", "ie"]

    private(set) var words: [String] = []
    /// The word being read, as UTF-8 bytes (growing a String scalar by scalar costs far more).
    private var current: [UInt8] = []
    /// True while the current word has a dot inside it ("ph.d").
    private var dotted = false

    static func split(_ text: String) -> [String] {
        var text = text
        if let words = text.withUTF8({ $0.allSatisfy { $0 < 0x80 } ? splitASCII($0) : nil }) { return words }
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

    /// `split` for ASCII text, byte by byte: decoding scalars costs more than the rest.
    private static func splitASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> [String] {
        var splitter = WordSplitter()
        splitter.words.reserveCapacity(bytes.count / 4 + 1)
        for index in bytes.indices {
            let previous = index > 0 ? bytes[index - 1] : UInt8(ascii: " ")
            let next = index + 1 < bytes.count ? bytes[index + 1] : UInt8(ascii: " ")
            splitter.take(Unicode.Scalar(bytes[index]), previous: Unicode.Scalar(previous), next: Unicode.Scalar(next))
        }
        return splitter.finished()
    }

    @inline(__always)
    mutating func take(_ scalar: Unicode.Scalar, previous: Unicode.Scalar, next: Unicode.Scalar) {
        if scalar == "—" || scalar == "–" || (scalar == "-" && previous == " ") {
            flush()
            boundary()
        } else if Self.isLetterOrDigit(scalar) {
            if scalar.isASCII {
                current.append(UInt8(scalar.value))
            } else {
                current.append(contentsOf: UTF8.encode(scalar)!)
            }
        } else if Self.isApostrophe(scalar) {
            return
        } else if scalar == ".", Self.isLetter(previous), Self.isLetter(next) {
            dotted = true
        } else if scalar == "&" || scalar == "+" {
            flush()
            words.append("and")
        } else {
            let abbreviation =
                scalar == "."
                && (dotted
                    || Self.abbreviations.contains(
                        current.isEmpty ? words.last ?? "" : String(decoding: current, as: UTF8.self)))
            flush()
            if Self.endsSentence(scalar), !abbreviation { boundary() }
        }
    }

    mutating func finished() -> [String] {
        flush()
        while words.last == "" { words.removeLast() }
        while words.first == "" { words.removeFirst() }
        return words
    }

    /// ASCII answers without a Unicode property lookup: nearly every scalar of a question is ASCII.
    private static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? isASCIILetter(scalar) || ("0"..."9").contains(scalar) : scalar.properties.isAlphabetic
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? isASCIILetter(scalar) : scalar.properties.isAlphabetic
    }

    private static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }

    private static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "'", "’", "ʼ", "`": true
        default: false
        }
    }

    private static func endsSentence(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "?", "!", ".", ";", ",", ":", "…": true
        default: false
        }
    }

    private mutating func boundary() {
        if words.last != "" { words.append("") }
    }

    private mutating func flush() {
        if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
        current.removeAll(keepingCapacity: true)
        dotted = false
    }
}
