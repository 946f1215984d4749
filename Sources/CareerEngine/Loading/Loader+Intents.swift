/// The sections of templates: `intents:` (the rules: patterns and answers) and `replies:` (what the
/// conversation says on its own).
extension Loader {
    static let intentKeys = [
        "id", "patterns", "answer", "without-role", "suggest", "priority", "fallback", "action", "courtesy",
        "general-answer", "no-match", "no-match-action", "reported-as", "for-leadership",
    ]

    /// What intents say about each other, checked once every intent is read (a link may point into
    /// another file).
    private struct IntentLinks {
        /// The intents `without-role`, `reported-as` and `for-leadership` name, where they are named.
        var named: [(String, SourceLocation)] = []
        /// Intents written without patterns.
        var patternless: [(String, SourceLocation)] = []
        /// Each `for-leadership`: the intent that has it, the one it names, and where.
        var leadership: [(from: String, to: String, at: SourceLocation)] = []
    }

    /// Reads every `intents:` section, each dropped once read, then checks the links between intents.
    mutating func readIntents(_ sections: inout [YAMLNode.Entry]) {
        var links = IntentLinks()
        // One parser for the sections: it keeps the stems of the word runs it has read, which intents repeat.
        let parser = PatternParser(normalizer: Normalizer(lexicon: lexicon), synonyms: synonyms)
        // Room for every intent at once: grown by doubling, a list of 10,000 rules has thousands of empty places.
        rules.reserveCapacity(
            sections.reduce(0) { count, section in
                guard case .sequence(let items) = section.value.value else { return count }
                return count + items.count
            })
        while !sections.isEmpty {
            for item in FieldReader.items(sections.removeFirst().value, key: "intents", problems: &problems) {
                readIntent(item, parser: parser, links: &links)
            }
        }
        for (id, location) in links.named where rules.rule(id) == nil {
            problems.append(
                .error(location, "unknown intent '\(id)'\(Suggestion.hint(for: id, in: rules.rules.map(\.id)))"))
        }
        checkPatterns(links)
        links.leadership.forEach { checkLeadership(from: $0.from, to: $0.to, at: $0.at) }
    }

    /// Every intent has patterns but `fallback` and those reached only as another's `for-leadership`
    /// (a misspelt link is reported as unknown, so the intent it meant is not reported again).
    private mutating func checkPatterns(_ links: IntentLinks) {
        let ids = rules.rules.map(\.id)
        let targets = links.leadership.filter { $0.from != $0.to }.map {
            Suggestion.nearest(to: $0.to, in: ids) ?? $0.to
        }
        let reached = Set(targets + ["fallback"])
        for (id, location) in links.patternless where !reached.contains(id) {
            problems.append(.error(location, "the intent '\(id)' has no patterns"))
        }
    }

    /// `for-leadership` replaces an answer about one role with another intent's answer about that role.
    private mutating func checkLeadership(from id: String, to target: String, at location: SourceLocation) {
        guard let rule = rules.rule(id), let other = rules.rule(target) else { return }
        if let problem = Self.leadershipProblem(rule, other) { problems.append(.error(location, problem)) }
    }

    private static func leadershipProblem(_ rule: Rule, _ other: Rule) -> String? {
        guard rule.id != other.id else { return "'for-leadership' names the intent itself" }
        guard rule.rolesNeeded == 1 else {
            return "'for-leadership' is for intents that answer about one role, and '\(rule.id)' does not"
        }
        guard other.action == .answer, !other.declines, other.rolesNeeded == 1 else {
            return "'for-leadership' must name an intent that answers about one role, and '\(other.id)' does not"
        }
        return nil
    }

    /// Reads one intent, noting its links to other intents in `links`.
    private mutating func readIntent(_ node: YAMLNode, parser: PatternParser, links: inout IntentLinks) {
        guard let reader = FieldReader(node, what: "an intent", allowed: Self.intentKeys, problems: &problems),
            let (id, idLocation) = reader.text("id", problems: &problems)
        else { return }
        if let first = rules.rule(id) {
            problems.append(
                .error(idLocation, "duplicate intent id '\(id)' (first defined at \(first.location.fileAndLine))"))
            return
        }
        let action = readAction(reader, key: "action") ?? .answer
        let sources = reader["patterns"].map { patternLines($0) } ?? []
        if sources.isEmpty { links.patternless.append((id, reader["patterns"]?.location ?? reader.node.location)) }
        let patterns = readPatterns(sources, parser: parser)
        let template = readTemplate(reader, key: "answer", required: action == .answer, intent: id)
        let suggestion = readTemplate(reader, key: "suggest", required: false, intent: id)
        let withoutRole = reader.optionalText("without-role", problems: &problems)
        let reportedAs = reader.optionalText("reported-as", problems: &problems)
        let forLeadership = reader.optionalText("for-leadership", problems: &problems)
        let rule = Rule(
            id: id, location: idLocation, patterns: patterns, template: template,
            generalTemplate: readTemplate(reader, key: "general-answer", required: false, intent: id),
            noMatchTemplate: readTemplate(reader, key: "no-match", required: false, intent: id),
            noMatchAction: readAction(reader, key: "no-match-action"),
            withoutRole: withoutRole?.0, forLeadership: forLeadership?.0, declines: readFlag(reader, "fallback"),
            priority: readPriority(reader), suggestion: suggestion, action: action,
            courtesy: readFlag(reader, "courtesy"), reportedAs: reportedAs?.0)
        checkFacts(of: rule)
        rules.add(rule)
        links.named += [withoutRole, reportedAs, forLeadership].compactMap { $0 }
        if let (target, location) = forLeadership { links.leadership.append((id, target, location)) }
    }

    private mutating func readAction(_ reader: FieldReader, key: String) -> Rule.Action? {
        guard let (name, location) = reader.optionalText(key, problems: &problems) else { return nil }
        if let action = Rule.Action(rawValue: name) { return action }
        let names = Rule.Action.allCases.map(\.rawValue)
        problems.append(
            .error(
                location,
                "unknown action '\(name)'\(Suggestion.hint(for: name, in: names)); expected one of: \(names.joined(separator: ", "))"
            ))
        return nil
    }

    private mutating func readFlag(_ reader: FieldReader, _ key: String) -> Bool {
        guard let (value, location) = reader.optionalText(key, problems: &problems) else { return false }
        switch value.lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default:
            problems.append(.error(location, "'\(key)' must be true or false, not '\(value)'"))
            return false
        }
    }

    private mutating func readPriority(_ reader: FieldReader) -> Int {
        guard let (value, location) = reader.optionalText("priority", problems: &problems) else { return 0 }
        guard let number = Int(value), (-9...9).contains(number) else {
            problems.append(.error(location, "'priority' must be a whole number from -9 to 9, not '\(value)'"))
            return 0
        }
        return number
    }

    private mutating func readPatterns(_ sources: [(String, SourceLocation)], parser: PatternParser) -> [Pattern] {
        var patterns: [Pattern] = []
        patterns.reserveCapacity(sources.count)
        for (source, location) in sources {
            do throws(Diagnostic) {
                patterns.append(try parser.parse(source, at: location, vocabulary: &rules.vocabulary))
            } catch {
                problems.append(error)
            }
        }
        return patterns
    }

    /// Patterns are written one per line in a `|` block (so `{role}`, `[...]` and `*` need no quotes),
    /// or as a YAML list. Lines starting with `#` are comments.
    private mutating func patternLines(_ node: YAMLNode) -> [(String, SourceLocation)] {
        guard case .scalar(let text) = node.value, Self.hasLineBreak(text) else {
            return FieldReader.texts(node, key: "patterns", problems: &problems)
        }
        var bytes = text
        let lines = bytes.withUTF8 { $0.allSatisfy { $0 < 0x80 } ? Self.asciiPatternLines($0) : nil }
        return (lines ?? Self.patternLines(of: text)).map { pattern, offset, indent in
            let location = node.location
            return (
                pattern,
                SourceLocation(file: location.file, line: location.line + offset, column: location.column + indent)
            )
        }
    }

    /// True when `text` holds a line break: on its bytes in place when they are contiguous (a byte
    /// at a time through `utf8` costs more than splitting the block).
    private static func hasLineBreak(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { $0.contains(UInt8(ascii: "\n")) }
            ?? text.utf8.contains(UInt8(ascii: "\n"))
    }

    /// The patterns of a block, each with its line (from 0) and indentation: lines that are blank or
    /// start with `#` hold none.
    static func patternLines(of text: String) -> [(String, Int, Int)] {
        var lines: [(String, Int, Int)] = []
        for (offset, line) in text.lines.enumerated() {
            let indent = line.prefix { $0 == " " }.count
            let pattern = line.dropFirst(indent).trimmingTrailingSpaces
            guard !pattern.isEmpty, !pattern.hasPrefix("#") else { continue }
            lines.append((String(pattern), offset, indent))
        }
        return lines
    }

    /// `patternLines(of:)` for ASCII text, on its bytes (where a character is a byte).
    static func asciiPatternLines(_ bytes: UnsafeBufferPointer<UInt8>) -> [(String, Int, Int)] {
        var lines: [(String, Int, Int)] = []
        var (start, offset) = (0, 0)
        while start <= bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
            var first = start
            while first < end, bytes[first] == UInt8(ascii: " ") { first += 1 }
            var last = end
            while last > first, bytes[last - 1] == UInt8(ascii: " ") || bytes[last - 1] == UInt8(ascii: "\r") {
                last -= 1
            }
            if last > first, bytes[first] != UInt8(ascii: "#") {
                lines.append((String(decoding: bytes[first..<last], as: UTF8.self), offset, first - start))
            }
            (start, offset) = (end + 1, offset + 1)
        }
        return lines
    }

    mutating func readTemplate(_ reader: FieldReader, key: String, required: Bool, intent: String) -> Template? {
        reader.template(key, required: required, intent: intent, problems: &problems)
    }

    /// Reports template placeholders naming facts that no role (or no careers section) gives.
    private mutating func checkFacts(of rule: Rule) {
        guard let template = rule.template else { return }
        for placeholder in template.placeholders.uniqued() {
            switch placeholder {
            // Only when no role has them: a role without them is warned about at the role, by `check`.
            case .role(_, .facts(let field))
            where !knowledge.roles.isEmpty && knowledge.roles.allSatisfy({ $0.facts(field).isEmpty }):
                problems.append(
                    .error(
                        template.location,
                        "the answer of '\(rule.id)' names {role.\(field.rawValue)}, but no role has '\(field.rawValue)'"
                    ))
            case .careers(let field) where knowledge.careers(field).isEmpty:
                problems.append(
                    .error(
                        template.location,
                        "the answer of '\(rule.id)' names {careers.\(field.rawValue)}, but 'careers' has no '\(field.rawValue)'"
                    ))
            case .careersPaths where knowledge.growthPaths.isEmpty:
                problems.append(
                    .error(
                        template.location,
                        "the answer of '\(rule.id)' names {careers.paths}, but 'careers' has no 'paths'"))
            default:
                continue
            }
        }
    }

    /// Reads the `replies:` section: one template per reply the conversation gives on its own.
    mutating func readReplies(_ node: YAMLNode) {
        let keys = Replies.Key.allCases.map(\.rawValue)
        guard let reader = FieldReader(node, what: "'replies'", allowed: keys, problems: &problems) else { return }
        repliesLocation = repliesLocation ?? node.location
        for key in Replies.Key.allCases where reader[key.rawValue] != nil {
            replies.templates[key] = readTemplate(reader, key: key.rawValue, required: false, intent: "replies")
        }
    }

    /// The replies no file writes: `check` reports them, since the conversation would say nothing there.
    func missingReplies() -> [Diagnostic] {
        let missing = Replies.Key.allCases.filter { replies.templates[$0] == nil }.map(\.rawValue)
        guard !missing.isEmpty else { return [] }
        let location = repliesLocation ?? SourceLocation(file: "Intents", line: 1, column: 1)
        let section = repliesLocation == nil ? "no file has a 'replies:' section" : "'replies' has no"
        return [
            .error(
                location,
                "\(section) \(missing.joined(separator: ", ")): the conversation needs these texts (see replies.yaml)")
        ]
    }
}
