/// The loaded assistant: knowledge base, rules and matcher. Immutable and shareable;
/// each conversation keeps its own state in a `Conversation`.
///
/// ```swift
/// let assistant = try Assistant(files: files)
/// var conversation = Conversation(assistant)
/// print(conversation.respond(to: "what does an MLOps engineer do?").answer.plainText)
/// ```
public struct Assistant: Sendable {
    public let knowledge: KnowledgeBase
    public let rules: RuleSet
    /// Problems in the data that do not stop the assistant.
    public let warnings: [Diagnostic]
    /// The "which role fits me?" quiz, when the data has one.
    public let quiz: Quiz?
    /// The guided demo of the data's `tour:` section, if any.
    public let tour: Tour?
    let matcher: Matcher
    let writer: AnswerWriter
    let finder: RoleFinder
    /// The answer about a role the knowledge base does not cover (`titles: answer:`), if the data has one.
    let uncoveredTemplate: Template?
    /// The note added when covered roles are answered beside an uncovered one (`titles: note:`).
    let uncoveredNote: Template?
    /// The texts the conversation gives on its own (`replies:`).
    let replies: Replies
    /// Replies no data file writes, reported by `check`.
    let missingReplies: [Diagnostic]
    /// Synonym lists by name, as patterns use them (`~name`).
    let synonyms: [String: [[String]]]

    /// The conversation's own texts, ready to fill.
    var texts: ReplyTexts { ReplyTexts(replies: replies, writer: writer, knowledge: knowledge) }

    /// Loads data files; throws every error found, located, when any is an error.
    /// The files are handed over: a caller that keeps no copy of them has each text freed once it is read.
    public init(files: consuming [DataFile]) throws(DataProblems) {
        var loader = Loader()
        loader.load(files)
        try self.init(loaded: loader)
    }

    /// The assistant of data already read; throws the loader's problems when any is an error.
    init(loaded loader: Loader) throws(DataProblems) {
        guard !loader.problems.contains(where: { $0.severity == .error }) else { throw DataProblems(loader.problems) }
        let normalizer = Normalizer(lexicon: loader.lexicon)
        knowledge = loader.knowledge
        rules = loader.rules
        finder = RoleFinder(knowledge: loader.knowledge, normalizer: normalizer)
        let tokenizer = Tokenizer(
            normalizer: normalizer, roleNames: loader.roleNames, vocabulary: loader.rules.vocabulary,
            topicWords: Self.topicWords(finder.roleCounts, roles: loader.knowledge.roles.count),
            titles: loader.titles)
        matcher = Matcher(rules: loader.rules, tokenizer: tokenizer)
        writer = AnswerWriter(knowledge: loader.knowledge, missingFacts: loader.replies.missingFacts)
        warnings = loader.problems
        quiz = loader.quiz
        tour = loader.tour
        synonyms = loader.synonyms
        uncoveredTemplate = loader.uncoveredTemplate
        uncoveredNote = loader.uncoveredNote
        replies = loader.replies
        missingReplies = loader.missingReplies()
    }

    /// Reads a tour from its own file (`mlcareers demo --script FILE`), checked against these rules.
    public func tour(from file: DataFile) throws(DataProblems) -> Tour {
        var problems: [Diagnostic] = []
        var tour: Tour?
        do throws(Diagnostic) {
            if let node = try YAMLNode.parse(file.text, file: file.path),
                let reader = FieldReader(node, what: "a tour file", allowed: ["tour"], problems: &problems)
            {
                if let section = reader["tour"] {
                    tour = BoothReader.tour(section, rules: rules, knowledge: knowledge, problems: &problems)
                } else {
                    problems.append(.error(node.location, "a tour file needs a 'tour:' section"))
                }
            } else if problems.isEmpty {
                problems.append(
                    .error(
                        SourceLocation(file: file.path, line: 1, column: 1),
                        "the file is empty; a tour file needs a 'tour:' section"))
            }
        } catch {
            problems.append(error)
        }
        guard let tour, !problems.contains(where: { $0.severity == .error }) else { throw DataProblems(problems) }
        return tour
    }

    /// Words of the roles' facts that tell roles apart: those in fewer than four fifths of the roles
    /// ("deploy", "statistics", "model"), not those nearly all share ("machine", "learning").
    static func topicWords(_ roleCounts: [String: Int], roles: Int) -> Set<String> {
        let limit = max(2, roles * 4 / 5)
        return Set(roleCounts.filter { $0.value < limit }.keys)
    }

    /// The words the matcher sees for `text`, after normalization, typo correction and role recognition.
    public func normalized(_ text: String) -> String {
        matcher.tokenizer.tokens(text).map(\.display).joined(separator: " ")
    }
}

extension Token {
    /// How explanations show a token: `{role:ml-engineer}`, `{they}`, `skill`, `|`.
    var display: String {
        switch kind {
        case .word(let word): word
        case .role(let roles): "{" + roles.joined(separator: ",") + "}"
        case .reference(let reference): "{\(reference.rawValue):\(original)}"
        case .uncovered(let role, .background): "{from:\(role.title)}"
        case .uncovered(let role, _): "{not-covered:\(role.title)}"
        case .boundary: "|"
        }
    }
}
