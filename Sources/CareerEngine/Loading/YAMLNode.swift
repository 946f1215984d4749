internal import Yams

/// A YAML value with the position it was read from, so every later error can point at it.
struct YAMLNode: Equatable, Sendable {
    enum Value: Equatable, Sendable {
        case scalar(String)
        case sequence([YAMLNode])
        case mapping([Entry])
    }

    struct Entry: Equatable, Sendable {
        let key: String
        let keyLocation: SourceLocation
        let value: YAMLNode
    }

    let value: Value
    let location: SourceLocation

    var kindName: String {
        switch value {
        case .scalar: "a single value"
        case .sequence: "a list"
        case .mapping: "a set of 'key: value' lines"
        }
    }

    /// Parses one YAML document; nil for an empty file. Syntax errors are located diagnostics.
    /// Files in the plain subset the data files use are read by `PlainYAML`; the others, and every
    /// file with a mistake, by Yams.
    static func parse(_ text: String, file: String) throws(Diagnostic) -> YAMLNode? {
        if let node = PlainYAML.parse(text, file: file) { return node }
        return try parseWithYams(text, file: file)
    }

    /// `parse` through Yams alone (what `PlainYAML` must agree with).
    static func parseWithYams(_ text: String, file: String) throws(Diagnostic) -> YAMLNode? {
        let node: Node?
        do {
            // Every value is read as text (the readers say what each must be), so no tag is resolved:
            // the default resolver runs regular expressions on every scalar.
            node = try Yams.compose(yaml: text, .basic)
        } catch let error as YamlError {
            throw diagnostic(for: error, file: file, lines: text.lines)
        } catch {
            throw .error(SourceLocation(file: file, line: 1, column: 1), "cannot read YAML: \(error)")
        }
        let lines = text.lines
        return try node.map { node throws(Diagnostic) in try convert(node, file: file, lines: lines, depth: 0) }
    }

    /// How deep lists and mappings may nest: the data formats need 4 levels, so 32 is only hostile input.
    static let maximumDepth = 32

    private static func convert(_ node: Node, file: String, lines: [Substring], depth: Int) throws(Diagnostic)
        -> YAMLNode
    {
        let location = SourceLocation(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
        guard depth < maximumDepth else {
            throw .error(location, "nesting deeper than \(maximumDepth) levels; the data formats never need this")
        }
        switch node {
        case .scalar(let scalar):
            // Point inside quotes, so a column counted in the value lands on the right character.
            switch scalar.style {
            case .singleQuoted, .doubleQuoted:
                return YAMLNode(value: .scalar(scalar.string), location: location.shifted(by: 1))
            case .literal, .folded:
                return YAMLNode(value: .scalar(scalar.string), location: blockStart(after: location, lines: lines))
            default:
                return YAMLNode(value: .scalar(scalar.string), location: location)
            }
        case .sequence(let sequence):
            var items: [YAMLNode] = []
            for item in sequence { items.append(try convert(item, file: file, lines: lines, depth: depth + 1)) }
            return YAMLNode(value: .sequence(items), location: location)
        case .mapping(let mapping):
            var entries: [Entry] = []
            for (key, value) in mapping {
                let keyLocation = SourceLocation(file: file, line: key.mark?.line ?? 1, column: key.mark?.column ?? 1)
                guard case .scalar(let name) = key else { throw .error(keyLocation, "a key must be a plain name") }
                entries.append(
                    Entry(
                        key: name.string, keyLocation: keyLocation,
                        value: try convert(value, file: file, lines: lines, depth: depth + 1)))
            }
            return YAMLNode(value: .mapping(entries), location: location)
        case .alias:
            throw .error(location, "YAML aliases (*name) are not supported in these files; write the value out")
        }
    }

    /// Where the text of a `|` or `>` block starts: the first character of the next line.
    private static func blockStart(after location: SourceLocation, lines: [Substring]) -> SourceLocation {
        guard location.line < lines.count else { return location }
        let next = lines[location.line]
        let indent = next.prefix { $0 == " " }.count
        return SourceLocation(file: location.file, line: location.line + 1, column: indent + 1)
    }

    private static func diagnostic(for error: YamlError, file: String, lines: [Substring]) -> Diagnostic {
        switch error {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let location = SourceLocation(file: file, line: mark.line, column: mark.column)
            // libyaml stops at 1,000 levels with a message naming its own API.
            if problem.hasPrefix("Maximum nesting level") {
                return .error(location, "nesting deeper than \(maximumDepth) levels; the data formats never need this")
            }
            let because = context.map { " \($0.text)" } ?? ""
            guard let plain = YAMLMistake.explanation(of: problem, at: location, lines: lines) else {
                return .error(location, "malformed YAML: \(problem)\(because)")
            }
            return .error(location, "malformed YAML: \(plain) (YAML says: \(problem))")
        case .reader(let problem, _, _, _):
            return .error(SourceLocation(file: file, line: 1, column: 1), "cannot read the file: \(problem)")
        default:
            return .error(SourceLocation(file: file, line: 1, column: 1), "malformed YAML: \(error)")
        }
    }
}
