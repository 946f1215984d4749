/// A reader for the plain subset of YAML that data files are written in: block mappings and lists,
/// plain, quoted and `|` values, one-line `[a, b]` lists, comments. It gives the nodes Yams gives, at
/// the same places, several times faster. For anything else, and for every mistake, it gives nil and
/// the file is read by Yams, whose errors the diagnostics explain: so no error is ever its own.
enum PlainYAML {
    /// The file's nodes, or nil when the file is empty or leaves the subset.
    static func parse(_ text: String, file: String) -> YAMLNode? {
        var contiguous = text
        return contiguous.withUTF8 { bytes in
            guard bytes.last == UInt8(ascii: "\n"), readableCharacters(bytes, of: text) else { return nil }
            var reader = PlainYAMLReader(bytes: bytes, file: file)
            do throws(PlainYAMLReader.Unsupported) {
                return try reader.document()
            } catch {
                return nil
            }
        }
    }

    /// No control character, tab or carriage return, and none of the characters libyaml refuses or
    /// reads as a line break (next line, line and paragraph separators, byte order marks).
    static func readableCharacters(_ bytes: UnsafeBufferPointer<UInt8>, of text: String) -> Bool {
        for byte in bytes where byte < 0x20 || byte >= 0x7F {
            guard byte == UInt8(ascii: "\n") else { return byte >= 0x80 && unicodeReadable(text) }
        }
        return true
    }

    private static func unicodeReadable(_ text: String) -> Bool {
        !text.unicodeScalars.contains { scalar in
            switch scalar.value {
            case 0x0A, 0x20...0x7E: false
            case 0x00...0x9F, 0x2028, 0x2029, 0xFEFF, 0xFFFE, 0xFFFF: true
            default: false
            }
        }
    }
}

/// The cursor of `PlainYAML`: a line at a time, each construct one function.
struct PlainYAMLReader {
    /// The text leaves the subset here (or is malformed): Yams reads it instead.
    struct Unsupported: Error {}

    let bytes: UnsafeBufferPointer<UInt8>
    let file: String
    /// Where each line starts; the last entry is the end of the text.
    private let starts: [Int]
    /// The line read next, from 0.
    private var line = 0
    /// Deeper than this the reader gives up, and Yams says how deep is too deep.
    static let maximumDepth = 20

    init(bytes: UnsafeBufferPointer<UInt8>, file: String) {
        self.bytes = bytes
        self.file = file
        var starts = [0]
        for index in bytes.indices where bytes[index] == UInt8(ascii: "\n") { starts.append(index + 1) }
        self.starts = starts
    }

    private var lineCount: Int { starts.count - 1 }

    mutating func document() throws(Unsupported) -> YAMLNode {
        try checkLineStarts()
        let root = try block(above: -1, depth: 0)
        skipBlank()
        guard line == lineCount, case .mapping = root.value else { throw Unsupported() }
        return root
    }

    /// Document markers and directives are left to Yams.
    private func checkLineStarts() throws(Unsupported) {
        for start in starts.dropLast() {
            let first = bytes[start]
            if first == UInt8(ascii: "%")
                || ((first == UInt8(ascii: "-") || first == UInt8(ascii: ".")) && start + 3 <= bytes.count
                    && bytes[start + 1] == first && bytes[start + 2] == first)
            {
                throw Unsupported()
            }
        }
    }

    // MARK: Lines

    private func indent(_ line: Int) -> Int {
        var index = starts[line]
        while bytes[index] == UInt8(ascii: " ") { index += 1 }
        return index - starts[line]
    }

    /// Only spaces, or a comment.
    private func isBlank(_ line: Int) -> Bool {
        let first = bytes[starts[line] + indent(line)]
        return first == UInt8(ascii: "\n") || first == UInt8(ascii: "#")
    }

    private mutating func skipBlank() {
        while line < lineCount, isBlank(line) { line += 1 }
    }

    /// The location of the byte at `index` of the current line; its column counts characters, so
    /// only ASCII may come before it.
    private func location(at index: Int) throws(Unsupported) -> SourceLocation {
        let start = starts[line]
        guard bytes[start..<index].allSatisfy({ $0 < 0x80 }) else { throw Unsupported() }
        return SourceLocation(file: file, line: line + 1, column: index - start + 1)
    }

    private func isEntry(at index: Int) -> Bool {
        bytes[index] == UInt8(ascii: "-")
            && (bytes[index + 1] == UInt8(ascii: " ") || bytes[index + 1] == UInt8(ascii: "\n"))
    }

    private func skippingSpaces(from index: Int) -> Int {
        var index = index
        while bytes[index] == UInt8(ascii: " ") { index += 1 }
        return index
    }

    /// After a value: nothing but spaces, or a comment after a space.
    private func checkLineEnd(from index: Int) throws(Unsupported) {
        let next = skippingSpaces(from: index)
        guard bytes[next] == UInt8(ascii: "\n") || (bytes[next] == UInt8(ascii: "#") && next > index) else {
            throw Unsupported()
        }
    }

    // MARK: Blocks

    /// The mapping or list starting on the next line that is not blank, indented more than `parent`.
    private mutating func block(above parent: Int, depth: Int) throws(Unsupported) -> YAMLNode {
        skipBlank()
        guard line < lineCount, depth < Self.maximumDepth else { throw Unsupported() }
        let column = indent(line)
        guard column > parent else { throw Unsupported() }
        if isEntry(at: starts[line] + column) { return try sequence(indent: column, depth: depth) }
        return try mapping(indent: column, from: starts[line] + column, depth: depth)
    }

    /// `key: value` lines at `indent`, the first of them starting at `first` on the current line.
    private mutating func mapping(indent: Int, from first: Int, depth: Int) throws(Unsupported) -> YAMLNode {
        var entries: [YAMLNode.Entry] = []
        var keys = Set<String>()
        var start = first
        while true {
            let entry = try entry(at: start, indent: indent, depth: depth)
            // Yams refuses a key given twice, and says so.
            guard keys.insert(entry.key).inserted else { throw Unsupported() }
            entries.append(entry)
            skipBlank()
            guard line < lineCount, self.indent(line) >= indent else { break }
            start = starts[line] + indent
            guard self.indent(line) == indent, !isEntry(at: start) else { throw Unsupported() }
        }
        return YAMLNode(value: .mapping(entries), location: entries[0].keyLocation)
    }

    private mutating func entry(at start: Int, indent: Int, depth: Int) throws(Unsupported) -> YAMLNode.Entry {
        let colon = try keyEnd(from: start)
        var end = colon
        while end > start, bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
        let key = String(decoding: bytes[start..<end], as: UTF8.self)
        let keyLocation = try location(at: start)
        let value = skippingSpaces(from: colon + 1)
        if bytes[value] == UInt8(ascii: "\n") || bytes[value] == UInt8(ascii: "#") {
            line += 1
            return YAMLNode.Entry(key: key, keyLocation: keyLocation, value: try nested(in: indent, depth: depth + 1))
        }
        return YAMLNode.Entry(
            key: key, keyLocation: keyLocation, value: try inline(at: value, indent: indent, depth: depth + 1))
    }

    /// The `:` ending the plain key at `start`: a simple name, no quotes, brackets or comment.
    private func keyEnd(from start: Int) throws(Unsupported) -> Int {
        guard !Self.startsSpecially(bytes[start]) else { throw Unsupported() }
        var index = start
        while bytes[index] != UInt8(ascii: "\n") {
            let byte = bytes[index]
            if byte == UInt8(ascii: ":"),
                bytes[index + 1] == UInt8(ascii: " ") || bytes[index + 1] == UInt8(ascii: "\n")
            {
                guard index - start <= 1_000 else { throw Unsupported() }
                return index
            }
            guard !Self.isFlowCharacter(byte),
                byte != UInt8(ascii: "#") || bytes[index - 1] != UInt8(ascii: " ")
            else { throw Unsupported() }
            index += 1
        }
        throw Unsupported()
    }

    /// The value of a key written on the lines below it: more indented, or a list at the same indent.
    private mutating func nested(in indent: Int, depth: Int) throws(Unsupported) -> YAMLNode {
        skipBlank()
        guard line < lineCount, depth < Self.maximumDepth else { throw Unsupported() }
        if self.indent(line) == indent, isEntry(at: starts[line] + indent) {
            return try sequence(indent: indent, depth: depth)
        }
        return try block(above: indent, depth: depth)
    }

    /// `- item` lines at `indent`.
    private mutating func sequence(indent: Int, depth: Int) throws(Unsupported) -> YAMLNode {
        let location = try location(at: starts[line] + indent)
        var items: [YAMLNode] = []
        while line < lineCount, self.indent(line) == indent, isEntry(at: starts[line] + indent) {
            let start = skippingSpaces(from: starts[line] + indent + 1)
            let first = bytes[start]
            guard first != UInt8(ascii: "\n"), first != UInt8(ascii: "#"), start > starts[line] + indent + 1 else {
                throw Unsupported()
            }
            if startsKey(at: start) {
                items.append(try mapping(indent: start - starts[line], from: start, depth: depth + 1))
            } else {
                items.append(try inline(at: start, indent: indent, depth: depth + 1))
            }
            skipBlank()
        }
        return YAMLNode(value: .sequence(items), location: location)
    }

    /// True when a plain `key:` starts at `start` (a list item holding a mapping).
    private func startsKey(at start: Int) -> Bool {
        guard !Self.startsSpecially(bytes[start]) else { return false }
        var index = start
        while bytes[index] != UInt8(ascii: "\n") {
            if bytes[index] == UInt8(ascii: ":"),
                bytes[index + 1] == UInt8(ascii: " ") || bytes[index + 1] == UInt8(ascii: "\n")
            {
                return true
            }
            if bytes[index] == UInt8(ascii: "#"), bytes[index - 1] == UInt8(ascii: " ") { return false }
            index += 1
        }
        return false
    }

    // MARK: Values on one line

    /// A value written after its key or dash; the line after it is read next.
    private mutating func inline(at start: Int, indent: Int, depth: Int) throws(Unsupported) -> YAMLNode {
        guard depth < Self.maximumDepth else { throw Unsupported() }
        switch bytes[start] {
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            let (text, end) = try quoted(at: start)
            try checkLineEnd(from: end)
            let node = YAMLNode(value: .scalar(text), location: try location(at: start).shifted(by: 1))
            line += 1
            return node
        case UInt8(ascii: "["), UInt8(ascii: "{"): return try flowCollection(at: start, indent: indent, depth: depth)
        case UInt8(ascii: "|"): return try literal(at: start, indent: indent)
        default: return try plain(at: start)
        }
    }

    private mutating func plain(at start: Int) throws(Unsupported) -> YAMLNode {
        guard !Self.startsSpecially(bytes[start]) else { throw Unsupported() }
        var end = start
        while bytes[end] != UInt8(ascii: "\n"), bytes[end] != UInt8(ascii: "#") || bytes[end - 1] != UInt8(ascii: " ") {
            // "a: b" would be a mapping in a mapping: a mistake that Yams explains.
            if bytes[end] == UInt8(ascii: ":"),
                bytes[end + 1] == UInt8(ascii: " ") || bytes[end + 1] == UInt8(ascii: "\n")
            {
                throw Unsupported()
            }
            end += 1
        }
        while bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
        let node = YAMLNode(
            value: .scalar(String(decoding: bytes[start..<end], as: UTF8.self)), location: try location(at: start))
        line += 1
        return node
    }

    /// A `"..."` or `'...'` value on one line, and the index after its closing quote.
    private func quoted(at start: Int) throws(Unsupported) -> (String, Int) {
        let quote = bytes[start]
        // Most quoted values hold no escape: copied in one go, rather than byte by byte.
        var end = start + 1
        while bytes[end] != quote, bytes[end] != UInt8(ascii: "\\"), bytes[end] != UInt8(ascii: "\n") { end += 1 }
        if bytes[end] == quote, quote == UInt8(ascii: "\"") || bytes[end + 1] != quote {
            return (String(decoding: UnsafeBufferPointer(rebasing: bytes[(start + 1)..<end]), as: UTF8.self), end + 1)
        }
        var text: [UInt8] = []
        var index = start + 1
        while true {
            let byte = bytes[index]
            guard byte != UInt8(ascii: "\n") else { throw Unsupported() }
            if byte == quote {
                guard quote == UInt8(ascii: "'"), bytes[index + 1] == quote else { break }
                index += 1
            } else if byte == UInt8(ascii: "\\"), quote == UInt8(ascii: "\"") {
                index += 1
                text.append(try Self.escaped(bytes[index]))
                index += 1
                continue
            }
            text.append(bytes[index])
            index += 1
        }
        return (String(decoding: text, as: UTF8.self), index + 1)
    }

    /// The common escapes of double quotes; others are left to Yams.
    private static func escaped(_ byte: UInt8) throws(Unsupported) -> UInt8 {
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): return byte
        case UInt8(ascii: "n"): return UInt8(ascii: "\n")
        case UInt8(ascii: "t"): return UInt8(ascii: "\t")
        default: throw Unsupported()
        }
    }

    /// `[a, b c, "d"]` or `{a: 1, b: 2}`, perhaps over several lines, each more indented than the
    /// key (`indent`).
    private mutating func flowCollection(at start: Int, indent: Int, depth: Int) throws(Unsupported) -> YAMLNode {
        let location = try location(at: start)
        let closing = bytes[start] == UInt8(ascii: "[") ? UInt8(ascii: "]") : UInt8(ascii: "}")
        guard depth + 1 < Self.maximumDepth else { throw Unsupported() }
        var items: [YAMLNode] = []
        var entries: [YAMLNode.Entry] = []
        var index = try flowSpace(from: start + 1, indent: indent)
        if bytes[index] != closing {
            while true {
                let end: Int
                if closing == UInt8(ascii: "]") {
                    let item: YAMLNode
                    (item, end) = try flowItem(at: index, closing: closing)
                    items.append(item)
                } else {
                    let entry: YAMLNode.Entry
                    (entry, end) = try flowEntry(at: index)
                    guard !entries.contains(where: { $0.key == entry.key }) else { throw Unsupported() }
                    entries.append(entry)
                }
                index = skippingSpaces(from: end)
                guard bytes[index] == UInt8(ascii: ",") else { break }
                index = try flowSpace(from: index + 1, indent: indent)
                // A comma before the bracket is left to Yams.
                guard bytes[index] != closing else { throw Unsupported() }
            }
        }
        guard bytes[index] == closing else { throw Unsupported() }
        try checkLineEnd(from: index + 1)
        line += 1
        let value: YAMLNode.Value = closing == UInt8(ascii: "]") ? .sequence(items) : .mapping(entries)
        return YAMLNode(value: value, location: location)
    }

    /// `key: value` in a `{...}` mapping, on one line, and where it ends.
    private func flowEntry(at start: Int) throws(Unsupported) -> (YAMLNode.Entry, Int) {
        guard !Self.startsSpecially(bytes[start]) else { throw Unsupported() }
        var colon = start
        while bytes[colon] != UInt8(ascii: ":") || bytes[colon + 1] != UInt8(ascii: " ") {
            guard bytes[colon] != UInt8(ascii: "\n"), !Self.isFlowCharacter(bytes[colon]),
                bytes[colon] != UInt8(ascii: "#")
            else { throw Unsupported() }
            colon += 1
        }
        var last = colon
        while last > start, bytes[last - 1] == UInt8(ascii: " ") { last -= 1 }
        let key = String(decoding: bytes[start..<last], as: UTF8.self)
        let (value, end) = try flowItem(at: skippingSpaces(from: colon + 1), closing: UInt8(ascii: "}"))
        return (YAMLNode.Entry(key: key, keyLocation: try location(at: start), value: value), end)
    }

    /// The next item or bracket of a `[...]` list, past spaces, comments and line breaks.
    private mutating func flowSpace(from start: Int, indent: Int) throws(Unsupported) -> Int {
        var index = skippingSpaces(from: start)
        while bytes[index] == UInt8(ascii: "\n") || bytes[index] == UInt8(ascii: "#") {
            guard bytes[index] == UInt8(ascii: "\n") || index == starts[line] || bytes[index - 1] == UInt8(ascii: " ")
            else { throw Unsupported() }
            line += 1
            guard line < lineCount, isBlank(line) || self.indent(line) > indent else { throw Unsupported() }
            index = skippingSpaces(from: starts[line])
        }
        return index
    }

    /// One item of a `[...]` list or value of a `{...}` mapping, on one line, and where it ends.
    private func flowItem(at start: Int, closing: UInt8) throws(Unsupported) -> (YAMLNode, Int) {
        if bytes[start] == UInt8(ascii: "\"") || bytes[start] == UInt8(ascii: "'") {
            let (text, end) = try quoted(at: start)
            return (YAMLNode(value: .scalar(text), location: try location(at: start).shifted(by: 1)), end)
        }
        guard !Self.startsSpecially(bytes[start]) else { throw Unsupported() }
        var end = start
        while bytes[end] != UInt8(ascii: ","), bytes[end] != closing {
            guard bytes[end] != UInt8(ascii: "\n"), !Self.isFlowCharacter(bytes[end]),
                bytes[end] != UInt8(ascii: ":"),
                bytes[end] != UInt8(ascii: "#")
            else { throw Unsupported() }
            end += 1
        }
        var last = end
        while last > start, bytes[last - 1] == UInt8(ascii: " ") { last -= 1 }
        guard last > start else { throw Unsupported() }
        let text = String(decoding: bytes[start..<last], as: UTF8.self)
        return (YAMLNode(value: .scalar(text), location: try location(at: start)), end)
    }

    /// A `|` block: the lines below, indented more than `indent`, without that indentation, each
    /// ending in a line break; blank lines at its end are dropped (YAML's "clip").
    private mutating func literal(at start: Int, indent: Int) throws(Unsupported) -> YAMLNode {
        try checkLineEnd(from: start + 1)
        guard bytes[skippingSpaces(from: start + 1)] == UInt8(ascii: "\n") else { throw Unsupported() }
        let first = line + 1
        guard first < lineCount else { throw Unsupported() }
        let width = self.indent(first)
        guard width > indent, bytes[starts[first] + width] != UInt8(ascii: "\n") else { throw Unsupported() }
        var last = first
        var next = first + 1
        while next < lineCount {
            let spaces = self.indent(next)
            if bytes[starts[next] + spaces] == UInt8(ascii: "\n") {
                guard spaces <= width else { throw Unsupported() }
            } else if spaces >= width {
                last = next
            } else {
                break
            }
            next += 1
        }
        let text = literalText(lines: first...last, width: width)
        line = last + 1
        return YAMLNode(value: .scalar(text), location: SourceLocation(file: file, line: first + 1, column: width + 1))
    }

    private func literalText(lines: ClosedRange<Int>, width: Int) -> String {
        var text: [UInt8] = []
        text.reserveCapacity(starts[lines.upperBound + 1] - starts[lines.lowerBound])
        for line in lines {
            let start = starts[line] + width
            let end = starts[line + 1]
            if start < end { text += bytes[start..<end] } else { text.append(UInt8(ascii: "\n")) }
        }
        return String(decoding: text, as: UTF8.self)
    }

    // MARK: Characters

    /// Brackets, commas and quotes: in a key, they are left to Yams. (Switches over bytes: these run for
    /// every byte of every key, where hashing each byte into a set was most of the cost of reading keys.)
    private static func isFlowCharacter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: ","),
            UInt8(ascii: "\""), UInt8(ascii: "'"):
            true
        default: false
        }
    }

    /// Characters that give a value or key another meaning at its start (YAML's indicators).
    private static func startsSpecially(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: "#"), UInt8(ascii: "&"),
            UInt8(ascii: "*"), UInt8(ascii: "!"), UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "%"),
            UInt8(ascii: "@"), UInt8(ascii: "`"):
            true
        default: isFlowCharacter(byte)
        }
    }
}
