/// Turns a question into weighted tokens: normalizes, corrects typos against the rules' own words,
/// recognises role names and references, and joins lists of roles ("MLE, DS and AI engineers").
struct Tokenizer: Sendable {
    let normalizer: Normalizer
    let roleNames: RoleNames
    let titles: Titles
    private(set) var vocabulary: Vocabulary
    let typos: LazyTypoIndex
    /// Stems of the knowledge base's facts: what `{topic}` slots accept.
    let topicWords: Set<String>
    /// The first stems of the lexicon's references: only at one of them can a reference start.
    private let referenceStarts: Set<String>

    /// Word weights: how much a token says about what is asked.
    enum Weight {
        static let content = 1.0
        static let unknown = 0.4
        static let function = 0.15
        static let filler = 0.05
    }

    var lexicon: Lexicon { normalizer.lexicon }

    init(
        normalizer: Normalizer, roleNames: RoleNames, vocabulary: Vocabulary, topicWords: Set<String>,
        titles: Titles = Titles()
    ) {
        self.normalizer = normalizer
        self.roleNames = roleNames
        let lexicon = normalizer.lexicon
        var titles = titles
        titles.learn(roleNames, ignoring: lexicon.functionWords.union(lexicon.fillers).subtracting(lexicon.fieldWords))
        self.titles = titles
        self.vocabulary = vocabulary
        self.topicWords = topicWords.subtracting(lexicon.fillers).subtracting(lexicon.functionWords).subtracting(
            lexicon.framingWords)
        // Fillers and grammar words are targets too: "actualy" becomes "actually", which patterns pass over.
        var known = Set(vocabulary.words).union(roleNames.allStems).union(self.topicWords).union(titles.words)
        known.formUnion(lexicon.fillers.union(lexicon.functionWords).filter { $0.count >= 5 })
        // And the words of phrases that are replaced ("artifical intelligence" must become "ai").
        known.formUnion(lexicon.stemmedPhrases.keys.joined())
        known.formUnion(lexicon.references.keys.joined())
        self.typos = LazyTypoIndex(words: known)
        referenceStarts = Set(lexicon.references.keys.compactMap(\.first))
    }

    /// The same tokenizer knowing more rule words (a pattern tried on its own, see `Assistant.coverage`).
    /// Typos are still corrected only towards the words it was made with, so its typo index is shared.
    func knowing(_ vocabulary: Vocabulary) -> Tokenizer {
        var tokenizer = self
        tokenizer.vocabulary = vocabulary
        return tokenizer
    }

    /// `pronounsPointAtRoles`: a role is in focus, so "it" and "that" most likely mean it (see
    /// `weighReferences`).
    func tokens(_ text: String, pronounsPointAtRoles: Bool = false) -> [Token] {
        var words = normalizer.words(text)
        var corrected = false
        for index in words.indices where !words[index].isBoundary { corrected = correct(&words[index]) || corrected }
        if corrected { words = normalizer.replacingPhrases(in: words) }
        return weighReferences(
            weak: pronounsPointAtRoles,
            quietingRelatives(removingNegatedRoles(joinRoleLists(mergingRepeatedRoles(recognise(words))))))
    }

    /// "a software developer who uses AI tools": a relative word right after a job title (a role, an
    /// uncovered title, a title's head noun or a word for people, "practitioners who...") describes it;
    /// it becomes a word patterns pass over, so no "who ...?" starts there.
    private func quietingRelatives(_ tokens: [Token]) -> [Token] {
        var tokens = tokens
        for index in tokens.indices.dropFirst() where tokens[index].word.map(lexicon.relativeWords.contains) == true {
            guard namesPeople(tokens[index - 1]) else { continue }
            tokens[index] = Token(
                kind: .word(""), original: tokens[index].original, weight: Weight.filler, skippable: true)
        }
        return tokens
    }

    private func namesPeople(_ token: Token) -> Bool {
        if case .uncovered = token.kind { return true }
        guard let word = token.word else { return !token.roles.isEmpty }
        return titles.heads.contains(word) || titles.tails.contains(word)
    }

    /// "data scientists, not ML engineers": a role right after a negation (fillers such as "the" may
    /// come between) is not what the question is about, so it becomes a word patterns pass over.
    private func removingNegatedRoles(_ tokens: [Token]) -> [Token] {
        guard !lexicon.negations.isEmpty else { return tokens }
        var tokens = tokens
        for index in tokens.indices where !tokens[index].roles.isEmpty && followsNegation(tokens[..<index]) {
            tokens[index] = Token(
                kind: .word(""), original: tokens[index].original, weight: Weight.filler, skippable: true)
        }
        return tokens
    }

    private func followsNegation(_ before: ArraySlice<Token>) -> Bool {
        let words = before.reversed().drop { $0.word.map(lexicon.fillers.contains) == true }.prefix(3).map {
            $0.word ?? ""
        }
        return words.indices.contains { lexicon.negations.contains(words[...$0].reversed()) }
    }

    /// A reference is the subject of a question that names no role ("what skills do they need?"),
    /// but says little in one that does ("where can an ML engineer go in their career?").
    /// In a question that names no role, a weak reference ("it", "that") is one only while a role
    /// is in focus: otherwise it is a plain pronoun ("products that use ML").
    private func weighReferences(weak: Bool, _ tokens: [Token]) -> [Token] {
        guard !tokens.contains(where: { !$0.roles.isEmpty }) else { return tokens }
        return tokens.map { token in
            if !weak, case .reference(.weak) = token.kind { return Self.plainPronoun(token) }
            guard case .reference = token.kind else { return token }
            var weighty = token
            weighty.weight = Weight.content
            return weighty
        }
    }

    /// A weak reference as the plain word it is ("that" in "products that use ML").
    private static func plainPronoun(_ token: Token) -> Token {
        var word = token
        word.kind = .word(token.original.lowercased())
        word.skippable = true
        return word
    }

    /// Replaces a misspelt word by the rule word it was meant to be; true if it did.
    private func correct(_ word: inout Normalizer.Word) -> Bool {
        let stem = word.stem
        guard !vocabulary.contains(stem), !topicWords.contains(stem), !lexicon.knownWords.contains(stem),
            !lexicon.fillers.contains(stem),
            !lexicon.functionWords.contains(stem), stem.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic }),
            let corrected = typos.correction(for: stem)
        else { return false }
        word.stem = corrected
        return true
    }

    private func recognise(_ words: [Normalizer.Word]) -> [Token] {
        let stems = words.map(\.stem)
        var tokens: [Token] = []
        var index = 0
        while index < words.count {
            let (token, length) = token(at: index, stems: stems, words: words)
            tokens.append(token)
            index += length
        }
        return tokens
    }

    private func token(at index: Int, stems: [String], words: [Normalizer.Word]) -> (Token, Int) {
        let word = words[index]
        if word.isBoundary { return (Token(kind: .boundary, original: "", weight: 0, skippable: true), 1) }
        if var (match, length) = titleMatch(stems, at: index) {
            let byField = titles.namesField(stems[index..<index + length])
            if index + length < stems.count, lexicon.roleSuffixes.contains(stems[index + length]) { length += 1 }
            let original = words[index..<index + length].map(\.original).joined(separator: " ")
            if case .uncovered(let role) = match, role.title.isEmpty {
                match = .uncovered(UncoveredRole(title: original.lowercased(), closest: nil))
            }
            let place = titles.place(in: stems, before: index) {
                lexicon.fillers.contains($0) || titles.seniority.contains($0)
            }
            var token = titleToken(match, place: place, original: original)
            token.namesField = byField && !token.roles.isEmpty
            return (token, length)
        }
        if let (reference, length) = reference(at: index, stems: stems) {
            let original = words[index..<index + length].map(\.original).joined(separator: " ")
            // Light: "their" in "where can an ML engineer grow in their career" says little on its own.
            var token = Token(
                kind: .reference(reference), original: original, weight: Weight.function, skippable: false)
            if length == 1 { token.wordID = vocabulary.id(stems[index]) ?? -1 }
            return (token, length)
        }
        return (wordToken(word), 1)
    }

    /// A title the titles know at `index`, or one built from a word in front of a head noun.
    private func titleMatch(_ stems: [String], at index: Int) -> (Titles.Match, length: Int)? {
        if let found = titles.match(stems, at: index, roles: roleNames) { return found }
        let ordinary = { (word: String) in
            lexicon.functionWords.contains(word) || lexicon.fillers.contains(word) || lexicon.fieldWords.contains(word)
                || lexicon.questionWords.contains(word)
                || lexicon.references[[word]] != nil
        }
        guard let length = titles.openTitle(stems, at: index, roles: roleNames, ordinary: ordinary) else { return nil }
        return (.uncovered(UncoveredRole(title: "", closest: nil)), length)
    }

    /// A title's token, with its place in the question ("FROM data scientist", "I'm a ...").
    private func titleToken(_ match: Titles.Match, place: UncoveredRole.Place, original: String) -> Token {
        switch match {
        case .role(let role):
            var token = Token(kind: .role([role]), original: original, weight: Weight.content, skippable: false)
            token.isBackground = place == .background
            return token
        case .uncovered(let role):
            // An uncovered title weighs little: whether it is answered is decided by the conversation
            // (`Conversation.answersBeside`), not by how much of the question the rules cover. As the
            // person's background ("I'm a software engineer, ...") it is context, which patterns pass over.
            return Token(
                kind: .uncovered(role, place), original: original, weight: Weight.function,
                skippable: place == .background)
        }
    }

    private func reference(at start: Int, stems: [String]) -> (Reference, Int)? {
        guard referenceStarts.contains(stems[start]) else { return nil }
        for length in stride(from: min(3, stems.count - start), through: 1, by: -1) {
            if let reference = lexicon.references[Array(stems[start..<start + length])] { return (reference, length) }
        }
        return nil
    }

    /// The token a question would give for an already normalized word.
    func token(forStem stem: String) -> Token { wordToken(Normalizer.Word(stem: stem, original: stem)) }

    private func wordToken(_ word: Normalizer.Word) -> Token {
        let id = vocabulary.id(word.stem) ?? -1
        var token = Token(kind: .word(word.stem), original: word.original, weight: Weight.unknown, skippable: false)
        token.wordID = id
        token.isTopic = topicWords.contains(word.stem)
        if lexicon.fillers.contains(word.stem) {
            (token.weight, token.skippable) = (Weight.filler, true)
        } else if lexicon.functionWords.contains(word.stem) {
            (token.weight, token.skippable) = (Weight.function, true)
        } else if word.stem.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) {
            // "in 2025", "5 Things I Didn't Know About...": a number says little about what is asked,
            // even where a pattern names it ("top 5 roles"): the words around it carry the question.
            (token.weight, token.skippable) = (Weight.function, true)
        } else if id >= 0 || token.isTopic {
            token.weight = Weight.content
        }
        return token
    }

    /// "MLOps (Machine Learning Operations)", "ML engineer (MLE)": a role named again right after
    /// itself, in other words, is one mention.
    private func mergingRepeatedRoles(_ tokens: [Token]) -> [Token] {
        var result: [Token] = []
        for token in tokens {
            if case .role(let roles) = token.kind, let last = result.last, case .role(let previous) = last.kind,
                previous == roles
            {
                result[result.count - 1].original += " " + token.original
                continue
            }
            result.append(token)
        }
        return result
    }

    /// "AI & data science", "machine learning or data science": a role's field named beside a field that
    /// stands for a role only when compared is one field, machine learning at large. The tokens without
    /// the role's field and its joiner, or nil when the question names no such pair.
    func generalFields(_ tokens: [Token]) -> [Token]? {
        var kept = tokens
        var paired = false
        for index in tokens.indices.reversed() where tokens[index].namesField {
            guard let range = pairing(tokens, fieldAt: index) else { continue }
            kept.removeSubrange(range)
            paired = true
        }
        return paired ? kept : nil
    }

    /// The tokens to drop for the role's field at `index` when a compared field stands right before or
    /// after it, a joiner ("and", "or", "&") or nothing between: the role's field and the joiner.
    private func pairing(_ tokens: [Token], fieldAt index: Int) -> Range<Int>? {
        let words = tokens.map { $0.word ?? "" }
        let joins = { (at: Int) in words.indices.contains(at) && lexicon.joiners.contains(words[at]) }
        let before = joins(index - 1) ? index - 1 : index
        let after = joins(index + 1) ? index + 2 : index + 1
        for field in titles.comparedFields.keys {
            if before >= field.count, Array(words[(before - field.count)..<before]) == field {
                return before..<(index + 1)
            }
            if after + field.count <= words.count, Array(words[after..<(after + field.count)]) == field {
                return index..<after
            }
        }
        return nil
    }

    /// Merges `role (joiner|,) role ...` into one token naming all of them, in order.
    private func joinRoleLists(_ tokens: [Token]) -> [Token] {
        var result: [Token] = []
        var index = 0
        while index < tokens.count {
            var token = tokens[index]
            index += 1
            guard case .role(var roles) = token.kind else {
                result.append(token)
                continue
            }
            while let next = nextListedRole(in: tokens, after: index) {
                roles += next.roles.filter { !roles.contains($0) }
                token.original += " " + tokens[index...next.index].map(\.original).joined(separator: " ")
                index = next.index + 1
            }
            token.kind = .role(roles)
            result.append(token)
        }
        return result
    }

    /// The role after a joiner ("and", ",", "or") and any fillers ("and an ML engineer"), if one follows at `start`.
    private func nextListedRole(in tokens: [Token], after start: Int) -> (roles: [String], index: Int)? {
        guard start < tokens.count, isJoiner(tokens[start]) else { return nil }
        var index = start + 1
        while index < tokens.count, let word = tokens[index].word, lexicon.fillers.contains(word) { index += 1 }
        guard index < tokens.count, case .role(let roles) = tokens[index].kind else { return nil }
        return (roles, index)
    }

    private func isJoiner(_ token: Token) -> Bool {
        if token.kind == .boundary { return true }
        return token.word.map { lexicon.joiners.contains($0) } ?? false
    }
}
