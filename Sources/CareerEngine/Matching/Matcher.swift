/// Scores the rules' patterns against a question and picks the best intent, or several for a
/// compound question.
///
/// A pattern's score is its coverage: the weight of the question's tokens it accounts for, divided by
/// the weight of all of them (content words weigh most, fillers least), minus a little when a role slot
/// had to stay empty. Only patterns whose required words all occur in the question are tried (`RuleSet.candidates`).
/// Rules rank by `priority` first, then coverage, then the more specific pattern, then the rule written
/// first (`outranks`). A positive priority counts only once the pattern covers at least `priorityFloor`
/// (0.3) of the question, and counts as 0 below that; a negative priority always counts. So a priority-1
/// rule covering a third of a question beats a priority-0 rule covering all of it; covering a quarter,
/// it does not.
struct Matcher: Sendable {
    let rules: RuleSet
    let tokenizer: Tokenizer

    /// Below this coverage nothing is recognised and the fallback answers.
    static let threshold = 0.45
    /// A higher-priority rule outranks others only when it covers at least this much.
    static let priorityFloor = 0.3
    /// How much better a split into parts must cover the question than any single intent.
    static let compoundMargin = 0.1
    /// Longer questions are cut here: nothing a person asks needs more, and matching stays fast.
    static let maximumTokens = 80

    struct Scored {
        let ref: RuleSet.PatternRef
        let covered: Double
        let coverage: Double
        let missingRole: Bool
        let priority: Int
        let specificity: Int
    }

    /// `roleInFocus`: the conversation has a role in focus, which "it" may mean.
    /// A heading with a subtitle is read by its title when the title alone is understood and the
    /// subtitle names no other role ("Getting Into ML: Researchers Guide" is about researchers).
    /// A title that only names a role answers as that role when nothing else in the heading is understood
    /// ("AI Management Track: Leading Technical Teams in ML Organizations" is about ML managers), and a
    /// subtitle on a topic declined is answered beside the title ("...: Salary Ranges and Pay Bands").
    func interpret(_ text: String, roleInFocus: Bool = false) -> Interpretation {
        let whole = { interpret(tokens: tokens(text, roleInFocus: roleInFocus)) }
        guard let (title, rest) = Heading.parts(of: text) else { return whole() }
        let titled = interpret(tokens: tokens(title, roleInFocus: roleInFocus))
        let subtitle = tokens(rest, roleInFocus: roleInFocus)
        guard Set(subtitle.flatMap(\.roles)).isSubset(of: titled.roles) else { return whole() }
        let reading = whole()
        // "Data Science Leadership: Negotiating a Higher Salary": a subtitle on a topic declined decides.
        if understood(titled), !declines(reading) { return titled }
        // "AI Engineer: Best Laptops for ...": a word nothing knows may be what the heading is about.
        let unknown = subtitle.contains { $0.weight == Tokenizer.Weight.unknown }
        return !answers(reading) && !unknown && namesARole(titled) ? titled : reading
    }

    /// True when the interpretation is answered: recognised, or a declining rule (salaries...), which
    /// answers even when it covers less of the question than others need.
    func answers(_ interpretation: Interpretation) -> Bool {
        guard let first = interpretation.parts.first else { return false }
        if interpretation.confidence >= Self.threshold { return true }
        return rules.rules[first.rule].declines && first.coverage >= Self.priorityFloor
    }

    private func declines(_ interpretation: Interpretation) -> Bool {
        answers(interpretation) && interpretation.parts.contains { rules.rules[$0.rule].declines }
    }

    /// "AI Management Track": a title recognised only as the name of a role.
    private func namesARole(_ interpretation: Interpretation) -> Bool {
        guard let (first, rule, pattern) = recognised(interpretation) else { return false }
        return pattern.namesOnlyRoles && !first.roles.isEmpty && rule.action == .answer
    }

    /// The first part of a recognised interpretation, with its rule and pattern.
    private func recognised(_ interpretation: Interpretation) -> (Interpretation.Part, Rule, Pattern)? {
        guard interpretation.confidence >= Self.threshold, let first = interpretation.parts.first else { return nil }
        return (
            first, rules.rules[first.rule], rules.pattern(RuleSet.PatternRef(rule: first.rule, pattern: first.pattern))
        )
    }

    private func tokens(_ text: String, roleInFocus: Bool) -> [Token] {
        Array(tokenizer.tokens(text, pronounsPointAtRoles: roleInFocus).prefix(Self.maximumTokens))
    }

    /// A title recognised as a question of its own: not one that only names roles ("MLOps Engineer:
    /// Roles, Skills, and Career Path" is about what the subtitle says), nor a courtesy or a command
    /// of the conversation ("The Expanding Horizon" asks for no "more").
    private func understood(_ interpretation: Interpretation) -> Bool {
        guard let (_, rule, pattern) = recognised(interpretation) else { return false }
        return !rule.courtesy && rule.action == .answer && !pattern.namesOnlyRoles
    }

    /// "Why choose AI & data science?" is about the field at large unless it compares the two: a question
    /// naming a role's field beside a general one is read again without the role's field, and that
    /// reading answers when it is understood.
    func interpret(tokens: [Token]) -> Interpretation {
        let reading = reading(tokens)
        guard let general = tokenizer.generalFields(tokens), !compares(reading) else { return reading }
        let generalReading = self.reading(general)
        return generalReading.confidence >= Self.threshold ? generalReading : reading
    }

    private func compares(_ interpretation: Interpretation) -> Bool {
        interpretation.parts.contains { rules.rules[$0.rule].rolesNeeded >= 2 }
    }

    private func reading(_ tokens: [Token]) -> Interpretation {
        let roles = tokens.flatMap(\.roles).uniqued()
        let ranked = rank(tokens)
        var parts = ranked.first.map { [part(for: $0, tokens: tokens, question: tokens)] } ?? []
        if let compound = compoundParts(tokens, whole: ranked.first?.coverage ?? 0) {
            parts = compound
        } else if (ranked.first?.coverage ?? 0) < Self.threshold,
            let sentence = bestSentence(tokens, questionRoles: roles)
        {
            parts = [sentence]
        }
        // "and the second one, what does it build?": another sentence may say which roles "it" is.
        let pointers = tokens.compactMap(\.reference).filter { !$0.isGeneral }
        parts = parts.map { $0.pointing(at: pointers) }
        for index in parts.indices {
            let pattern = rules.pattern(RuleSet.PatternRef(rule: parts[index].rule, pattern: parts[index].pattern))
            parts[index].pointsIntoText = pointsIntoText(tokens, excluding: pattern)
            parts[index] = withComparedFields(parts[index], tokens: tokens)
        }
        let chosen = Set(parts.map(\.rule))
        var seen = chosen
        let runnerUps = ranked.filter { seen.insert($0.ref.rule).inserted }.prefix(3).map {
            (intent: rules.rules[$0.ref.rule].id, score: $0.coverage)
        }
        return Interpretation(tokens: tokens, parts: parts, runnerUps: Array(runnerUps), roles: roles)
    }

    /// Every candidate pattern that matches, best first, one per rule.
    func rank(_ tokens: [Token]) -> [Scored] {
        let total = tokens.reduce(0) { $0 + $1.weight }
        guard total > 0 else { return [] }
        var best: [Int: Scored] = [:]
        let inputs = tokens.map(PatternAutomaton.Input.init)
        for ref in rules.candidates(for: tokens) {
            let pattern = rules.pattern(ref)
            guard let (covered, missing) = pattern.automaton.bestCoverage(of: inputs), covered > 0 else { continue }
            let penalty = missing ? PatternAutomaton.missingRoleCost : 0
            let scored = Scored(
                ref: ref, covered: covered, coverage: min(1, max(0, covered / total - penalty)),
                missingRole: missing, priority: rules.rules[ref.rule].priority,
                specificity: pattern.specificity)
            if let current = best[ref.rule], !Self.outranks(scored, current) { continue }
            best[ref.rule] = scored
        }
        return best.values.sorted(by: Self.outranks)
    }

    static func outranks(_ a: Scored, _ b: Scored) -> Bool {
        let priorityA = a.coverage >= priorityFloor ? a.priority : min(a.priority, 0)
        let priorityB = b.coverage >= priorityFloor ? b.priority : min(b.priority, 0)
        if priorityA != priorityB { return priorityA > priorityB }
        if abs(a.coverage - b.coverage) > 1e-9 { return a.coverage > b.coverage }
        if a.specificity != b.specificity { return a.specificity > b.specificity }
        return (a.ref.rule, a.ref.pattern) < (b.ref.rule, b.ref.pattern)
    }

    /// The part `scored` reads in `tokens`, a piece of the whole `question`: its roles are those the
    /// piece names, or else those the question names.
    private func part(for scored: Scored, tokens: [Token], question: [Token]) -> Interpretation.Part {
        let rule = rules.rules[scored.ref.rule]
        let own = askedRoles(tokens, rule: rule)
        let pattern = rules.pattern(scored.ref)
        return Interpretation.Part(
            rule: scored.ref.rule, pattern: scored.ref.pattern, coverage: scored.coverage,
            missingRole: scored.missingRole, roles: own.isEmpty ? askedRoles(question, rule: rule) : own,
            references: tokens.compactMap { if case .reference(let r) = $0.kind { r } else { nil } },
            topic: topicWords(in: tokens, excluding: pattern), namesField: namesField(tokens),
            namesRoles: !own.isEmpty)
    }

    /// The roles a part names. An answer about one role at a time leaves out a role named as the
    /// person's background when others are named: "from data scientist to ML engineer" asks about
    /// becoming an ML engineer, while a comparison takes both.
    private func askedRoles(_ tokens: [Token], rule: Rule) -> [String] {
        let named = tokens.flatMap(\.roles).uniqued()
        guard rule.rolesNeeded == 1 else { return named }
        let asked = tokens.filter { !$0.isBackground }.flatMap(\.roles).uniqued()
        return asked.isEmpty ? named : asked
    }

    /// "What is the difference between ML and data science?": a comparison short of roles takes the
    /// fields compared for their roles.
    private func withComparedFields(_ part: Interpretation.Part, tokens: [Token]) -> Interpretation.Part {
        guard rules.rules[part.rule].rolesNeeded >= 2, part.roles.count < 2 else { return part }
        let roles = tokenizer.titles.comparedRoles(in: tokens)
        return roles.count >= 2 ? part.naming(roles) : part
    }

    /// "Siri, Alexa and Cortana: what are they?": the last strong reference of the question comes after
    /// content words the part's pattern did not account for, which are what it most likely means.
    private func pointsIntoText(_ tokens: [Token], excluding pattern: Pattern) -> Bool {
        guard let last = tokens.lastIndex(where: Self.isStrongReference) else { return false }
        return !topicWords(in: Array(tokens[..<last]), excluding: pattern).isEmpty
    }

    /// Splits at sentence ends and at "and"/"also"; keeps the split when its parts name different intents,
    /// each recognised, and together cover the question clearly better than the best single intent.
    private func compoundParts(_ tokens: [Token], whole: Double) -> [Interpretation.Part]? {
        compoundPartsInOrder(tokens, whole: whole).map(generalLast)
    }

    /// "Careers in AI: what does an AI engineer do?": a general part that names no role (often a
    /// heading) comes after the parts about a role, which is what the question is mainly about.
    private func generalLast(_ parts: [Interpretation.Part]) -> [Interpretation.Part] {
        let general = { (part: Interpretation.Part) in
            !part.namesRoles && rules.rules[part.rule].rolesNeeded == 0 && !rules.rules[part.rule].courtesy
        }
        guard parts.contains(where: \.namesRoles) else { return parts }
        return parts.filter { !general($0) } + parts.filter(general)
    }

    private func compoundPartsInOrder(_ tokens: [Token], whole: Double) -> [Interpretation.Part]? {
        let segments = split(tokens)
        guard segments.count > 1 else { return nil }
        let total = tokens.reduce(0) { $0 + $1.weight }
        var parts: [(part: Interpretation.Part, statement: Bool)] = []
        var covered = 0.0
        for segment in segments {
            guard let best = rank(segment).first, best.coverage >= Self.threshold,
                !parts.contains(where: { $0.part.rule == best.ref.rule })
            else { continue }
            parts.append((part(for: best, tokens: segment, question: tokens), isStatement(segment)))
            covered += best.covered
        }
        guard parts.count > 1, covered / total > whole + Self.compoundMargin else { return nil }
        // "AI engineer or ML engineer, how are they different?": a clause that only names roles says
        // what the other clauses are about; it is not a question of its own.
        let asking = parts.filter {
            !rules.pattern(RuleSet.PatternRef(rule: $0.part.rule, pattern: $0.part.pattern)).namesOnlyRoles
        }
        if !asking.isEmpty, asking.count < parts.count { parts = asking }
        // "I'm thinking about management - where do ML managers work?": the statement is context, not a question.
        let questions = parts.filter { !$0.statement }
        guard !questions.isEmpty, questions.count < parts.count else { return parts.map(\.part) }
        let context = segments.filter(isStatement).flatMap { $0 }
        return questions.map {
            $0.part.adding(
                topic: topicWords(
                    in: context,
                    excluding: rules.pattern(RuleSet.PatternRef(rule: $0.part.rule, pattern: $0.part.pattern)))
            )
        }
    }

    /// "I am a developer who likes automation": a first-person sentence without a question word; or
    /// a clause addressing people ("for those who work in ML, ...").
    private func isStatement(_ segment: [Token]) -> Bool {
        if addresses(segment) { return true }
        guard
            let first = segment.first(where: { $0.word.map { !tokenizer.lexicon.fillers.contains($0) } ?? true })?.word,
            tokenizer.lexicon.firstPersonWords.contains(first)
        else { return false }
        return !segment.contains { $0.isQuestionWord(in: tokenizer.lexicon) }
    }

    /// True when the segment opens with an address ("for those who work in ML").
    private func addresses(_ segment: [Token]) -> Bool {
        let stems = segment.prefix(6).map {
            $0.word.flatMap { $0.isEmpty ? nil : $0 } ?? Stemmer.stem($0.original.lowercased())
        }
        return tokenizer.lexicon.addressOpeners.contains { stems.starts(with: $0) }
    }

    /// Content words a pattern did not account for: the subject of "who deploys models?".
    private func topicWords(in tokens: [Token], excluding pattern: Pattern) -> [String] {
        tokens.compactMap { token in
            guard let word = token.word, !token.skippable, !pattern.automaton.consumesWord(token.wordID),
                !tokenizer.lexicon.framingWords.contains(word)
            else { return nil }
            return word
        }
    }

    /// For a long question that no rule covers as a whole ("I'm a student - where do MLEs work?",
    /// "what skills are needed to run projects in the cloud?"): the best-covered sentence or head
    /// clause, its coverage scaled down a little since the rest went unexplained.
    private func bestSentence(_ tokens: [Token], questionRoles: [String]) -> Interpretation.Part? {
        var sentences = split(tokens, atWords: false)
        if sentences.count < 2 { sentences = split(tokens) }
        let whole = (sentences.count > 1 ? sentences : []).compactMap { sentence in
            rank(sentence).first { asks($0, sentence: sentence, questionRoles: questionRoles) }.map { (sentence, $0) }
        }
        let heads = sentences.flatMap(heads).compactMap { head in
            rank(head).first { isQuestion($0, head: head) }.map { (head, $0) }
        }
        let candidates = whole + heads
        // A greeting ("Hi all, I finished a degree... What does an MLOps engineer do?") is not the question either.
        let asking = candidates.filter { !rules.rules[$0.1.ref.rule].courtesy }
        let best = (asking.isEmpty ? candidates : asking).max { $0.1.coverage < $1.1.coverage }
        guard let (sentence, scored) = best, !courtesyBesideQuestion(scored, sentences) else { return nil }
        let part = part(for: scored, tokens: sentence, question: tokens)
        return part.with(coverage: scored.coverage * Self.sentenceDiscount)
    }

    /// "Great! But where do you even begin?": a courtesy beside a question not understood is no answer.
    private func courtesyBesideQuestion(_ scored: Scored, _ sentences: [[Token]]) -> Bool {
        rules.rules[scored.ref.rule].courtesy
            && sentences.contains { $0.contains { $0.isQuestionWord(in: tokenizer.lexicon) } }
    }

    /// A sentence that only names roles ("... between a data analyst and | a data scientist") is the
    /// subject of the others, not the question; one leaving its role slot empty ("I tried to build it
    /// myself.") is no question either, unless another sentence names the roles or it names the field.
    private func asks(_ scored: Scored, sentence: [Token], questionRoles: [String]) -> Bool {
        guard !rules.pattern(scored.ref).namesOnlyRoles else { return false }
        return !scored.missingRole || !questionRoles.isEmpty || namesField(sentence)
    }

    /// "how to break into ML?": the field stands for its roles.
    private func namesField(_ tokens: [Token]) -> Bool {
        tokens.contains { $0.word.map(tokenizer.lexicon.fieldWords.contains) == true }
    }

    /// A head clause must be a question of its own: "does it make | sense to..." and "which should
    /// you learn | for AI jobs?" ask about nothing they name.
    private func isQuestion(_ scored: Scored, head: [Token]) -> Bool {
        let pattern = rules.pattern(scored.ref)
        guard !pattern.namesOnlyRoles, !scored.missingRole, !rules.rules[scored.ref.rule].courtesy else { return false }
        return pattern.roleSlots == 0 || head.contains(where: Self.pointsAtRoles)
    }

    private static func isStrongReference(_ token: Token) -> Bool {
        guard let reference = token.reference else { return false }
        return reference != .weak
    }

    private static func pointsAtRoles(_ token: Token) -> Bool {
        !token.roles.isEmpty || isStrongReference(token)
    }

    /// The beginnings of a sentence that end before a word starting a clause of purpose or
    /// circumstance ("who owns the system | after go-live"), each holding at least one content word.
    private func heads(_ sentence: [Token]) -> [[Token]] {
        sentence.indices.compactMap { index in
            guard index > 0, let word = sentence[index].word, tokenizer.lexicon.clauseStarters.contains(word) else {
                return nil
            }
            let head = Array(sentence[..<index])
            return head.contains { $0.weight >= Tokenizer.Weight.content } ? head : nil
        }
    }

    /// How much a one-sentence match counts against a match of the whole question.
    static let sentenceDiscount = 0.9

    private func split(_ tokens: [Token], atWords: Bool = true) -> [[Token]] {
        var segments: [[Token]] = [[]]
        for token in tokens {
            let splits =
                token.kind == .boundary
                || atWords && token.word.map { tokenizer.lexicon.splitters.contains($0) } == true
            if splits {
                if !segments[segments.count - 1].isEmpty { segments.append([]) }
            } else {
                segments[segments.count - 1].append(token)
            }
        }
        return segments.filter { $0.contains { $0.weight > Tokenizer.Weight.filler } }
    }
}

extension Array where Element: Hashable {
    /// The elements in order, each only the first time it occurs.
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
