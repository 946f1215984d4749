/// Reads data files into a knowledge base and a rule set, collecting every problem it finds.
///
/// A file may hold any of the top-level sections `language`, `words`, `synonyms`, `roles`, `careers`, `titles`,
/// `intents`, `replies`, `quiz`, `tour`; they are read in that order whatever the file names, since patterns need the language
/// and synonyms, templates and the quiz need the roles, and the tour needs the intents.
///
/// Each section has its reader: `language`, `words` and `synonyms` in `LanguageReader`, `roles` and `careers` in `RoleReader`,
/// `titles` in `TitleReader`, `quiz` and `tour` in `BoothReader`; `intents` and `replies` are read here (Loader+Intents.swift).
struct Loader {
    static let sections = [
        "language", "words", "synonyms", "roles", "titles", "careers", "intents", "replies", "quiz", "tour",
    ]

    var problems: [Diagnostic] = []
    var lexicon = Lexicon()
    var synonyms: [String: [[String]]] = [:]
    var knowledge = KnowledgeBase()
    var rules = RuleSet()
    var roleNames = RoleNames()
    var titles = Titles()
    /// The answer about a role the knowledge base does not cover (`titles: answer:`).
    var uncoveredTemplate: Template?
    /// The note when covered roles are answered beside an uncovered one (`titles: note:`).
    var uncoveredNote: Template?
    var quiz: Quiz?
    var tour: Tour?
    /// The texts of `replies:`, and where the first such section starts.
    var replies = Replies()
    var repliesLocation: SourceLocation?
    /// Role ids named by `leads-to` and `paths`, checked once every role is read.
    var pendingLinks: [(String, SourceLocation)] = []
    /// The errors that kept a whole file from being read (malformed YAML, an unknown section): most
    /// other errors then only follow from them, like every role the file held being unknown.
    var unreadFiles: [Diagnostic] = []

    /// Reads `files`, letting each file's text go once its sections are read: the text of thousands of
    /// intents need not stay beside the rules built from it.
    mutating func load(_ files: consuming [DataFile]) {
        var found: [String: [YAMLNode.Entry]] = [:]
        if files.isEmpty {
            problems.append(.error(SourceLocation(file: "Intents", line: 1, column: 1), "no data files (*.yaml) found"))
        }
        var unread = files
        while !unread.isEmpty {
            for entry in sections(of: unread.removeFirst()) { found[entry.key, default: []].append(entry) }
        }
        keepOneOfEachSingleSection(&found)
        read(&found)
        checkCompleteness(found)
        summarizeKnockOns()
    }

    /// When a file could not be read, shows only why, and counts the errors that follow from it.
    private mutating func summarizeKnockOns() {
        guard let last = unreadFiles.last else { return }
        let others = problems.filter { $0.severity == .error && !unreadFiles.contains($0) }.count
        guard others > 0 else { return }
        let cause = unreadFiles.count == 1 ? "this" : "these"
        let more = others == 1 ? "1 more error follows" : "\(others) more errors follow"
        let note =
            "; \(more) from \(cause) and \(others == 1 ? "is" : "are") not shown: fix \(cause) first and check again"
        problems = unreadFiles.dropLast() + [Diagnostic(.error, at: last.location, last.message + note)]
    }

    /// The sections a folder holds once: their fields would silently replace or merge with each other.
    /// Lists of named things (`roles`, `intents`, `synonyms`) may be spread over several files.
    static let singleSections = ["language", "words", "titles", "careers", "replies", "quiz", "tour"]

    /// A second `careers:` (a backup copy left in the folder) is an error naming both; the first is read.
    private mutating func keepOneOfEachSingleSection(_ found: inout [String: [YAMLNode.Entry]]) {
        for section in Self.singleSections {
            guard let entries = found[section], let first = entries.first, entries.count > 1 else { continue }
            for extra in entries.dropFirst() {
                problems.append(
                    .error(
                        extra.keyLocation,
                        "a second '\(section):' section: \(first.keyLocation.fileAndLine) has one too, and a data folder holds only one (is one of them a backup copy? move it out of the folder)"
                    ))
            }
            found[section] = [first]
        }
    }

    /// Reads the sections found, in the order they need each other. The `intents:` sections are
    /// left empty once read, so that each file's nodes are freed as soon as its rules are built.
    private mutating func read(_ found: inout [String: [YAMLNode.Entry]]) {
        found["language"]?.forEach { LanguageReader.readLanguage($0.value, into: &lexicon, problems: &problems) }
        found["words"]?.forEach { LanguageReader.readWords($0.value, into: &lexicon, problems: &problems) }
        found["synonyms"]?.forEach {
            LanguageReader.readSynonyms($0.value, into: &synonyms, lexicon: lexicon, problems: &problems)
        }
        found["roles"]?.forEach {
            RoleReader.readRoles(
                $0.value, lexicon: lexicon, into: &knowledge, names: &roleNames, links: &pendingLinks,
                problems: &problems)
        }
        found["careers"]?.forEach {
            RoleReader.readCareers($0.value, into: &knowledge, links: &pendingLinks, problems: &problems)
        }
        RoleReader.checkLinks(pendingLinks, knowledge: knowledge, problems: &problems)
        found["titles"]?.forEach { readTitles($0.value) }
        var intents = found["intents"] ?? []
        if found["intents"] != nil { found["intents"] = [] }
        readIntents(&intents)
        rules.buildIndex()
        found["replies"]?.forEach { readReplies($0.value) }
        found["quiz"]?.forEach {
            BoothReader.readQuiz($0.value, into: &quiz, lexicon: lexicon, knowledge: knowledge, problems: &problems)
        }
        found["tour"]?.forEach {
            BoothReader.readTour($0.value, into: &tour, rules: rules, knowledge: knowledge, problems: &problems)
        }
    }

    /// Reads one `titles:` section; its answer and note replace those of a section read before.
    private mutating func readTitles(_ node: YAMLNode) {
        let reader = TitleReader(normalizer: Normalizer(lexicon: lexicon), roleNames: roleNames, knowledge: knowledge)
        guard let texts = reader.readTitles(node, into: &titles, problems: &problems) else { return }
        uncoveredTemplate = texts.answer
        uncoveredNote = texts.note
    }

    private mutating func sections(of file: DataFile) -> [YAMLNode.Entry] {
        let node: YAMLNode?
        do throws(Diagnostic) {
            node = try YAMLNode.parse(file.text, file: file.path)
        } catch {
            problems.append(error)
            unreadFiles.append(error)
            return []
        }
        guard let node else {
            problems.append(.warning(SourceLocation(file: file.path, line: 1, column: 1), "the file is empty"))
            return []
        }
        let before = problems.count
        let reader = FieldReader(node, what: "a data file", allowed: Self.sections, problems: &problems)
        unreadFiles += problems[before...].filter { $0.severity == .error }
        return reader.map { reader in Self.sections.compactMap(reader.entry) } ?? []
    }

    private mutating func checkCompleteness(_ found: [String: [YAMLNode.Entry]]) {
        let anywhere = SourceLocation(file: "Intents", line: 1, column: 1)
        for section in ["roles", "intents"]
        where found[section] == nil && !problems.contains(where: { $0.severity == .error }) {
            problems.append(.error(anywhere, "no file has a '\(section):' section"))
        }
        if rules.rule("fallback") == nil, found["intents"] != nil {
            problems.append(.error(anywhere, "no intent 'fallback': the assistant needs it to answer what it cannot"))
        }
    }
}
