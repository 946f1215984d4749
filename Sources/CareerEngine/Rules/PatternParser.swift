/// Parses the pattern syntax (see `Pattern`) into elements: a cursor and one function per construct.
struct PatternParser {
    let normalizer: Normalizer
    /// Synonym lists by name, each phrase already normalized into stems.
    let synonyms: [String: [[String]]]
    /// Stems of the plain-word runs already normalized: patterns repeat the same runs ("what do") often.
    private let stems: StemCache

    init(normalizer: Normalizer, synonyms: [String: [[String]]]) {
        self.normalizer = normalizer
        self.synonyms = synonyms
        stems = StemCache(normalizer: normalizer)
    }

    static let slotNames = ["role", "role!", "roles", "topic"]

    /// Limits that keep loading and matching bounded whatever a data file holds. The shipped patterns
    /// are under 200 characters, nest brackets 2 deep and compile to a few hundred states.
    static let maximumLength = 1_000
    static let maximumNesting = 8
    static let maximumStates = 5_000

    func parse(_ source: String, at location: SourceLocation, vocabulary: inout Vocabulary) throws(Diagnostic)
        -> Pattern
    {
        // Most patterns are plain words, some with wildcards: they need no cursor, are built from word
        // ids, and cannot be too long or too large.
        if source.utf8.count <= Self.maximumLength, let words = stems.plainWords(of: source, vocabulary: &vocabulary),
            !words.ids.isEmpty
        {
            return words.wildcards.isEmpty
                ? plain(source, at: location, words.ids)
                : wildcarded(source, at: location, words.items, vocabulary: vocabulary)
        }
        let scalars = Array(source.unicodeScalars)
        guard scalars.count <= Self.maximumLength else {
            throw .error(
                location,
                "the pattern is \(scalars.count) characters long; a pattern may have at most \(Self.maximumLength)")
        }
        var cursor = Cursor(scalars: scalars, location: location)
        let options = try sequenceOptions(&cursor, closing: nil)
        let elements = options.count == 1 ? options[0] : [.choice(options, optional: false)]
        guard elements.contains(where: { $0 != .wildcard }) else {
            throw .error(location, "the pattern '\(source)' has no words or slots, so it would match anything")
        }
        let states = elements.reduce(1) { $0 + $1.stateCount }
        guard states <= Self.maximumStates else {
            throw .error(
                location,
                "the pattern is too large once its synonym lists and alternatives are spelled out (\(states) steps; at most \(Self.maximumStates)): split it into several patterns"
            )
        }
        return compiled(source, at: location, elements, vocabulary: &vocabulary)
    }

    /// A pattern of plain words, given as ids: one list for both its automaton and its required words.
    private func plain(_ source: String, at location: SourceLocation, _ ids: [Int]) -> Pattern {
        Pattern(
            source: source, location: location,
            automaton: PatternAutomaton(words: ids, shape: stems.plainShape(ids.count)),
            requiredIDs: RequiredWords(words: ids))
    }

    /// A pattern of plain words and wildcards, given as ids (nil for a wildcard): its elements as the
    /// general path spells them, its automaton and required words built from the ids.
    private func wildcarded(_ source: String, at location: SourceLocation, _ items: [Int?], vocabulary: Vocabulary)
        -> Pattern
    {
        let words = items.compactMap { $0 }
        return Pattern(
            source: source, location: location,
            elements: items.map { $0.map { .word(vocabulary.words[$0]) } ?? .wildcard },
            automaton: PatternAutomaton(items: items), requiredIDs: RequiredWords(words: words), roleSlots: 0,
            specificity: words.count)
    }

    private func compiled(
        _ source: String, at location: SourceLocation, _ elements: [PatternElement], vocabulary: inout Vocabulary
    ) -> Pattern {
        let requiredIDs = RequiredWords(elements, vocabulary: &vocabulary)
        return Pattern(
            source: source, location: location, elements: elements,
            automaton: PatternAutomaton(elements, vocabulary: &vocabulary), requiredIDs: requiredIDs,
            roleSlots: elements.filter(\.isRoleSlot).count,
            specificity: elements.reduce(0) { $0 + $1.requiredCount })
    }

    /// Alternatives separated by `|` up to `closing` (or the end).
    private func sequenceOptions(_ cursor: inout Cursor, closing: Unicode.Scalar?) throws(Diagnostic)
        -> [[PatternElement]]
    {
        var options: [[PatternElement]] = [[]]
        while let scalar = cursor.peek() {
            if scalar == closing { break }
            switch scalar {
            case " ", "\t": cursor.advance()
            case "|":
                guard !options[options.count - 1].isEmpty else { throw cursor.error("empty alternative before '|'") }
                cursor.advance()
                options.append([])
            case ")", "]", "}": throw cursor.error("'\(scalar)' without a matching opening bracket")
            default: options[options.count - 1] += try element(&cursor)
            }
        }
        if let closing {
            guard cursor.peek() == closing else { throw cursor.error("missing '\(closing)'") }
            cursor.advance()
        }
        if options.last?.isEmpty == true, options.count > 1 { throw cursor.error("empty alternative after '|'") }
        return options
    }

    private func element(_ cursor: inout Cursor) throws(Diagnostic) -> [PatternElement] {
        switch cursor.peek() {
        case "*":
            cursor.advance()
            return [.wildcard]
        case "(": return [try group(&cursor, closing: ")", optional: false)]
        case "[": return [try group(&cursor, closing: "]", optional: true)]
        case "{": return [try slot(&cursor)]
        case "~": return [try synonym(&cursor)]
        default: return try words(&cursor)
        }
    }

    private func group(_ cursor: inout Cursor, closing: Unicode.Scalar, optional: Bool) throws(Diagnostic)
        -> PatternElement
    {
        let start = cursor
        // Parsing, compiling and comparing patterns recurse into brackets: a limit keeps the stack safe.
        guard cursor.depth < Self.maximumNesting else {
            throw start.error("brackets nested more than \(Self.maximumNesting) deep")
        }
        cursor.advance()
        cursor.depth += 1
        let options = try sequenceOptions(&cursor, closing: closing)
        cursor.depth -= 1
        guard options.count > 1 || !options[0].isEmpty else { throw start.error("empty brackets") }
        return .choice(options, optional: optional)
    }

    private func slot(_ cursor: inout Cursor) throws(Diagnostic) -> PatternElement {
        let start = cursor
        cursor.advance()
        let name = cursor.take(while: { $0 != "}" && $0 != " " })
        guard cursor.peek() == "}" else { throw start.error("missing '}' after '{\(name)'") }
        cursor.advance()
        guard Self.slotNames.contains(name) else {
            let hint = Suggestion.hint(for: name, in: Self.slotNames)
            let known = Self.slotNames.map { "{\($0)}" }.joined(separator: ", ")
            throw start.error("the slot '{\(name)}' names no entity\(hint); known slots: \(known)")
        }
        switch name {
        case "role", "role!": return .roleSlot(named: name == "role!")
        case "roles": return .rolesSlot
        default: return .topicSlot
        }
    }

    private func synonym(_ cursor: inout Cursor) throws(Diagnostic) -> PatternElement {
        let start = cursor
        cursor.advance()
        let name = cursor.take(while: Cursor.isWordScalar)
        guard let phrases = synonyms[name] else {
            let hint = Suggestion.hint(for: name, in: synonyms.keys.sorted())
            throw start.error("unknown synonym list '~\(name)'\(hint)")
        }
        return stems.synonym(name, phrases)
    }

    /// A run of plain words, normalized together so phrase replacements apply ("machine learning" -> "ml").
    private func words(_ cursor: inout Cursor) throws(Diagnostic) -> [PatternElement] {
        let start = cursor
        let text = cursor.take(while: { Cursor.isWordScalar($0) || $0 == " " || $0 == "\t" })
        guard !text.isEmpty else { throw start.error("unexpected '\(cursor.peek().map(String.init) ?? "")'") }
        return stems.stems(of: text, normalizer).map(PatternElement.word)
    }
}

/// The stems of each text normalized so far, the synonym lists as elements, and the shapes of plain
/// automata by length, for one parser's lifetime.
private final class StemCache {
    private var known: [String: [String]] = [:]
    private var synonyms: [String: PatternElement] = [:]
    /// Shared by every plain pattern of a length: three arrays fewer for each of thousands of patterns.
    private var shapes: [Int: PatternAutomaton.PlainShape] = [:]
    /// The plain words of the patterns read so far (`plainWords`): the ids it holds are of the one
    /// vocabulary the parser's patterns are interned in.
    private var memo: PlainWordMemo

    init(normalizer: Normalizer) { memo = PlainWordMemo(normalizer: normalizer) }

    func plainShape(_ length: Int) -> PatternAutomaton.PlainShape {
        if let shape = shapes[length] { return shape }
        let shape = PatternAutomaton.PlainShape(length: length)
        shapes[length] = shape
        return shape
    }

    func synonym(_ name: String, _ phrases: [[String]]) -> PatternElement {
        if let element = synonyms[name] { return element }
        let element = PatternElement.synonym(phrases.map { $0.map(PatternElement.word) })
        synonyms[name] = element
        return element
    }

    func stems(of text: String, _ normalizer: Normalizer) -> [String] {
        if let stems = plainStems(of: text) { return stems }
        if let stems = known[text] { return stems }
        let stems = normalizer.words(text).filter { !$0.isBoundary }.map(\.stem)
        known[text] = stems
        return stems
    }
}

extension StemCache {
    /// What the normalizer makes of a text of plain words (`PlainWordMemo.plainRuns`), through the
    /// memo of plain words: as stems, or (with wildcards) as ids in `vocabulary`; nil for any other text.
    func plainStems(of text: String) -> [String]? { memo.stems(of: text) }

    func plainWords(of text: String, vocabulary: inout Vocabulary) -> PlainWords? {
        memo.words(of: text, in: &vocabulary)
    }
}

/// A position in one pattern's text.
private struct Cursor {
    let scalars: [Unicode.Scalar]
    let location: SourceLocation
    var index = 0
    /// How many brackets are open here.
    var depth = 0

    func peek() -> Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

    mutating func advance() { index += 1 }

    mutating func take(while accept: (Unicode.Scalar) -> Bool) -> String {
        let start = index
        var bytes = 0
        while let scalar = peek(), accept(scalar) {
            bytes += UTF8.width(scalar)
            advance()
        }
        // Written as UTF-8 in one go: appending scalar by scalar grows the string many times.
        return String(unsafeUninitializedCapacity: bytes) { buffer in
            var count = 0
            for scalar in scalars[start..<index] {
                UTF8.encode(scalar) { byte in
                    buffer[count] = byte
                    count += 1
                }
            }
            return count
        }
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case " ", "\t", "(", ")", "[", "]", "{", "}", "|", "*", "~": false
        default: true
        }
    }

    func error(_ message: String) -> Diagnostic {
        .error(location.shifted(by: index), message)
    }
}
