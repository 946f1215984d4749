/// Reads the fields of one YAML mapping against a known set of keys, collecting located errors.
///
/// Unknown keys are reported with a "did you mean" suggestion; a missing required key points at the
/// mapping itself. Reading never stops at the first problem, so one `check` run lists them all.
struct FieldReader {
    let node: YAMLNode
    let what: String
    /// The entries with allowed keys, each key once, in the file's order. A list, not a dictionary:
    /// mappings have a few keys, and thousands of intents are read at each start.
    private(set) var entries: [YAMLNode.Entry] = []

    /// Reads `node` as a mapping of `what`, reporting keys outside `allowed` into `problems`.
    init?(_ node: YAMLNode, what: String, allowed: [String], problems: inout [Diagnostic]) {
        self.node = node
        self.what = what
        guard case .mapping(let list) = node.value else {
            problems.append(.error(node.location, "\(what) must be \(YAMLNode.mappingName), not \(node.kindName)"))
            return nil
        }
        for entry in list {
            if entries.contains(where: { $0.key == entry.key }) {
                problems.append(.error(entry.keyLocation, "'\(entry.key)' is given twice in \(what)"))
            } else if !allowed.contains(entry.key) {
                let hint = Suggestion.hint(for: entry.key, in: allowed)
                problems.append(
                    .error(
                        entry.keyLocation,
                        "unknown key '\(entry.key)' in \(what)\(hint); expected one of: \(allowed.joined(separator: ", "))"
                    ))
            } else {
                entries.append(entry)
            }
        }
    }

    subscript(key: String) -> YAMLNode? { entry(key)?.value }

    func entry(_ key: String) -> YAMLNode.Entry? { entries.first { $0.key == key } }

    /// A required single text value.
    func text(_ key: String, problems: inout [Diagnostic]) -> (String, SourceLocation)? {
        guard let value = self[key] else {
            problems.append(.error(node.location, "\(what) has no '\(key)'"))
            return nil
        }
        return Self.text(value, key: key, problems: &problems)
    }

    /// An optional single text value.
    func optionalText(_ key: String, problems: inout [Diagnostic]) -> (String, SourceLocation)? {
        self[key].flatMap { Self.text($0, key: key, problems: &problems) }
    }

    /// A list of text values; a single value counts as a list of one. Missing: empty.
    func texts(_ key: String, problems: inout [Diagnostic]) -> [(String, SourceLocation)] {
        guard let value = self[key] else { return [] }
        return Self.texts(value, key: key, problems: &problems)
    }

    /// An optional text read as a template; a missing one is reported when `required`, as missing from `intent`.
    func template(_ key: String, required: Bool, intent: String, problems: inout [Diagnostic]) -> Template? {
        guard let (text, location) = optionalText(key, problems: &problems) else {
            if required { problems.append(.error(node.location, "the intent '\(intent)' has no '\(key)'")) }
            return nil
        }
        do throws(DataProblems) {
            return try TemplateParser.parse(text, at: location)
        } catch {
            problems += error.diagnostics
            return nil
        }
    }

    static func text(_ node: YAMLNode, key: String, problems: inout [Diagnostic]) -> (String, SourceLocation)? {
        guard case .scalar(let string) = node.value else {
            problems.append(.error(node.location, "'\(key)' must be a single value, not \(node.kindName)"))
            return nil
        }
        return (string, node.location)
    }

    /// The items of a list section, reporting a section that is not a list (then there are none).
    static func items(_ node: YAMLNode, key: String, problems: inout [Diagnostic]) -> [YAMLNode] {
        guard case .sequence(let items) = node.value else {
            problems.append(
                .error(node.location, "'\(key)' must be a list (lines starting with '- '), not \(node.kindName)"))
            return []
        }
        return items
    }

    static func texts(_ node: YAMLNode, key: String, problems: inout [Diagnostic]) -> [(String, SourceLocation)] {
        switch node.value {
        case .scalar(let string):
            return string.isEmpty ? [] : [(string, node.location)]
        case .sequence(let items):
            return items.compactMap { text($0, key: key, problems: &problems) }
        case .mapping:
            problems.append(.error(node.location, "'\(key)' must be a list, not \(node.kindName)"))
            return []
        }
    }
}

extension YAMLNode {
    static let mappingName = "a set of 'key: value' lines"
}
