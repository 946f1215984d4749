/// `mlcareers check`: loads data files and also looks for patterns that can never win.
public enum DataCheck {
    public struct Report: Sendable {
        public var diagnostics: [Diagnostic]
        public var intents: Int
        public var roles: Int

        public var errors: Int { diagnostics.filter { $0.severity == .error }.count }
        public var warnings: Int { diagnostics.filter { $0.severity == .warning }.count }

        /// `11 files, 38 intents, 9 roles: 1 error, 0 warnings`: what loaded and what was found.
        public func summary(files: Int) -> String {
            "\(counted(files, "file")), \(counted(intents, "intent")), \(counted(roles, "role")): \(counted(errors, "error")), \(counted(warnings, "warning"))"
        }

        private func counted(_ number: Int, _ noun: String) -> String {
            "\(number) \(noun)\(number == 1 ? "" : "s")"
        }
    }

    public static func run(_ files: [DataFile]) -> Report {
        var loader = Loader()
        loader.load(files)
        let assistant: Assistant
        do {
            assistant = try Assistant(loaded: loader)
        } catch {
            // What did load is counted, so the summary says how far it got.
            return Report(
                diagnostics: error.diagnostics, intents: loader.rules.rules.count, roles: loader.knowledge.roles.count)
        }
        let tour = assistant.tour?.check(with: assistant).map(\.diagnostic) ?? []
        let diagnostics =
            assistant.warnings + assistant.missingReplies + missingRoleFacts(in: assistant)
            + missingIntents(in: assistant) + shadowedPatterns(in: assistant) + tour
        return Report(
            diagnostics: diagnostics, intents: assistant.rules.rules.count, roles: assistant.knowledge.roles.count)
    }

    /// The intents the conversation relies on by name (`Conversation.reliedOn`) that no file defines,
    /// each once, at the file of the `fallback` intent.
    static func missingIntents(in assistant: Assistant) -> [Diagnostic] {
        let file = assistant.rules.rule("fallback")?.location.file ?? "Intents"
        var seen = Set<String>()
        return Conversation.reliedOn.filter { assistant.rules.rule($0.id) == nil && seen.insert($0.id).inserted }.map {
            .error(
                SourceLocation(file: file, line: 1, column: 1),
                "no intent '\($0.id)': the conversation relies on it (\($0.use))")
        }
    }

    /// A pattern written twice can never win the second time: an error. A pattern whose own simplest
    /// example is answered by another intent is probably written too loosely elsewhere: a warning.
    static func shadowedPatterns(in assistant: Assistant) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var seen: [[PatternElement]: (rule: Rule, pattern: Pattern)] = [:]
        for rule in assistant.rules.rules {
            for pattern in rule.patterns {
                let elements = pattern.elements(in: assistant.rules.vocabulary)
                if let (first, firstPattern) = seen[elements] {
                    diagnostics.append(
                        .error(
                            pattern.location,
                            "this pattern can never win: '\(firstPattern.source)' at \(firstPattern.location.fileAndLine) (intent '\(first.id)') is the same and always comes first"
                        ))
                    continue
                }
                seen[elements] = (rule, pattern)
                if let warning = lostExample(pattern, of: rule, in: assistant) { diagnostics.append(warning) }
            }
        }
        return diagnostics
    }

    private static func lostExample(_ pattern: Pattern, of rule: Rule, in assistant: Assistant) -> Diagnostic? {
        let tokens = example(pattern.elements(in: assistant.rules.vocabulary), assistant: assistant)
        guard !tokens.isEmpty, let winner = assistant.matcher.rank(tokens).first else { return nil }
        let winningRule = assistant.rules.rules[winner.ref.rule]
        guard winningRule.id != rule.id, winningRule.action == rule.action else { return nil }
        let winningPattern = assistant.rules.pattern(winner.ref)
        let words = tokens.map(\.display).joined(separator: " ")
        return .warning(
            pattern.location,
            "this pattern never wins for its own simplest example ('\(words)'): '\(winningPattern.source)' at \(winningPattern.location.fileAndLine) (intent '\(winningRule.id)') beats it"
        )
    }

    /// The shortest question a pattern matches: first alternatives, no optional parts, empty wildcards.
    private static func example(_ elements: [PatternElement], assistant: Assistant) -> [Token] {
        let tokenizer = assistant.matcher.tokenizer
        return elements.flatMap { element -> [Token] in
            switch element {
            case .word(let stem): return [tokenizer.token(forStem: stem)]
            case .choice(let options, let optional): return optional ? [] : example(options[0], assistant: assistant)
            case .synonym(let options): return example(options[0], assistant: assistant)
            case .wildcard: return []
            case .roleSlot:
                let role = assistant.knowledge.roles.first?.id ?? ""
                return [Token(kind: .role([role]), original: role, weight: Tokenizer.Weight.content, skippable: false)]
            case .rolesSlot:
                let roles = assistant.knowledge.roles.prefix(2).map(\.id)
                return [
                    Token(
                        kind: .role(roles), original: roles.joined(separator: " or "), weight: Tokenizer.Weight.content,
                        skippable: false)
                ]
            case .topicSlot:
                guard let stem = tokenizer.topicWords.sorted().first else { return [] }
                return [tokenizer.token(forStem: stem)]
            }
        }
    }
}
