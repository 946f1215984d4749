/// Reads the booth sections: `quiz:` (the "which role fits me?" questions) and `tour:` (the guided demo).
/// Both need the roles, and the tour needs the intents.
enum BoothReader {
    static let quizKeys = [
        "intro", "questions", "stop-words", "back-words", "skip-words", "ordinals", "numbers", "last-words",
        "ordinal-endings",
    ]
    static let questionKeys = ["ask", "options"]
    static let optionKeys = ["answer", "also", "weights"]
    static let tourKeys = ["steps"]
    static let stepKeys = ["say", "ask", "expect", "roles"]

    /// Reads a `quiz:` section into `quiz`, refusing a second one. `lexicon` reads the words typed as answers.
    static func readQuiz(
        _ node: YAMLNode, into quiz: inout Quiz?, lexicon: Lexicon, knowledge: KnowledgeBase,
        problems: inout [Diagnostic]
    ) {
        guard quiz == nil else {
            return problems.append(.error(node.location, "a second 'quiz:' section; only one quiz is played"))
        }
        quiz = Self.quiz(node, lexicon: lexicon, knowledge: knowledge, problems: &problems)
    }

    /// Reads a quiz, or nil when the section is not a mapping.
    private static func quiz(_ node: YAMLNode, lexicon: Lexicon, knowledge: KnowledgeBase, problems: inout [Diagnostic])
        -> Quiz?
    {
        guard let reader = FieldReader(node, what: "the quiz", allowed: quizKeys, problems: &problems) else {
            return nil
        }
        let intro = reader.text("intro", problems: &problems)?.0 ?? ""
        let normalizer = Normalizer(lexicon: lexicon)
        let questions = Self.questions(of: reader, normalizer: normalizer, knowledge: knowledge, problems: &problems)
        func phrases(_ key: String) -> Set<String> {
            Set(
                reader.texts(key, problems: &problems).map {
                    Quiz.phrase(normalizer.words($0.0).map(\.stem), fillers: lexicon.fillers)
                })
        }
        var quiz = Quiz(
            intro: intro, questions: questions, stopWords: phrases("stop-words"), backWords: phrases("back-words"),
            skipWords: phrases("skip-words"))
        func words(_ key: String) -> [String] { reader.texts(key, problems: &problems).map { Normalizer.fold($0.0) } }
        (quiz.ordinals, quiz.numberWords, quiz.ordinalEndings) = (
            words("ordinals"), words("numbers"), words("ordinal-endings")
        )
        quiz.lastWords = Set(words("last-words"))
        return quiz
    }

    /// The questions of the quiz, reporting none, too few or too many.
    private static func questions(
        of reader: FieldReader, normalizer: Normalizer, knowledge: KnowledgeBase,
        problems: inout [Diagnostic]
    ) -> [Quiz.Question] {
        guard let list = reader["questions"] else {
            problems.append(.error(reader.node.location, "the quiz has no 'questions'"))
            return []
        }
        var questions: [Quiz.Question] = []
        for item in FieldReader.items(list, key: "questions", problems: &problems) {
            if let question = Self.question(item, normalizer: normalizer, knowledge: knowledge, problems: &problems) {
                questions.append(question)
            }
        }
        if !Quiz.questionRange.contains(questions.count), case .sequence = list.value {
            problems.append(
                .error(
                    list.location,
                    "the quiz has \(questions.count) questions; give \(Quiz.questionRange.lowerBound) to \(Quiz.questionRange.upperBound)"
                ))
        }
        return questions
    }

    private static func question(
        _ node: YAMLNode, normalizer: Normalizer, knowledge: KnowledgeBase, problems: inout [Diagnostic]
    ) -> Quiz.Question? {
        guard let reader = FieldReader(node, what: "a quiz question", allowed: questionKeys, problems: &problems),
            let (text, location) = reader.text("ask", problems: &problems)
        else { return nil }
        guard let list = reader["options"] else {
            problems.append(.error(node.location, "a quiz question has no 'options'"))
            return nil
        }
        var options: [Quiz.Option] = []
        for item in FieldReader.items(list, key: "options", problems: &problems) {
            if let option = Self.option(item, normalizer: normalizer, knowledge: knowledge, problems: &problems) {
                options.append(option)
            }
        }
        if !Quiz.optionRange.contains(options.count), case .sequence = list.value {
            problems.append(
                .error(
                    list.location,
                    "this question has \(options.count) options; give \(Quiz.optionRange.lowerBound) to \(Quiz.optionRange.upperBound)"
                ))
        }
        return Quiz.Question(text: text, options: options, location: location)
    }

    /// `normalizer` reads the option's words the way questions are read, so typed answers find it.
    private static func option(
        _ node: YAMLNode, normalizer: Normalizer, knowledge: KnowledgeBase, problems: inout [Diagnostic]
    ) -> Quiz.Option? {
        guard let reader = FieldReader(node, what: "a quiz option", allowed: optionKeys, problems: &problems),
            let (text, location) = reader.text("answer", problems: &problems)
        else { return nil }
        let also = reader.texts("also", problems: &problems).map(\.0)
        let weights = Self.weights(of: reader, knowledge: knowledge, problems: &problems)
        let lexicon = normalizer.lexicon
        let stems = Set(
            normalizer.words(([text] + also).joined(separator: " ")).lazy.map(\.stem).filter {
                !$0.isEmpty && !lexicon.fillers.contains($0) && !lexicon.functionWords.contains($0)
            })
        return Quiz.Option(text: text, stems: stems, weights: weights, location: location)
    }

    /// How much an option counts for each role id (`weights:`), each from -10 to 10.
    private static func weights(of reader: FieldReader, knowledge: KnowledgeBase, problems: inout [Diagnostic])
        -> [String: Double]
    {
        guard let node = reader["weights"] else {
            problems.append(
                .error(reader.node.location, "a quiz option has no 'weights' (how much it counts for each role id)"))
            return [:]
        }
        guard
            let fields = FieldReader(
                node, what: "the weights of a quiz option", allowed: knowledge.roles.map(\.id), problems: &problems)
        else { return [:] }
        var weights: [String: Double] = [:]
        for entry in fields.entries {
            let id = entry.key
            guard let (value, valueLocation) = FieldReader.text(entry.value, key: id, problems: &problems) else {
                continue
            }
            guard let weight = Double(value), (-10...10).contains(weight) else {
                problems.append(.error(valueLocation, "a weight must be a number from -10 to 10, not '\(value)'"))
                continue
            }
            weights[id] = weight
        }
        return weights
    }

    /// Reads a `tour:` section into `tour`, refusing a second one.
    static func readTour(
        _ node: YAMLNode, into tour: inout Tour?, rules: RuleSet, knowledge: KnowledgeBase, problems: inout [Diagnostic]
    ) {
        guard tour == nil else {
            return problems.append(
                .error(node.location, "a second 'tour:' section; give other tours to `mlcareers demo --script FILE`"))
        }
        tour = Self.tour(node, rules: rules, knowledge: knowledge, problems: &problems)
    }

    /// Reads a `tour:` section, checking its intents and roles against the loaded rules and roles.
    static func tour(_ node: YAMLNode, rules: RuleSet, knowledge: KnowledgeBase, problems: inout [Diagnostic]) -> Tour {
        guard let reader = FieldReader(node, what: "the tour", allowed: tourKeys, problems: &problems) else {
            return Tour(steps: [])
        }
        guard let list = reader["steps"], case .sequence(let items) = list.value else {
            problems.append(
                .error(node.location, "the tour needs 'steps': a list of questions with the intent each must get"))
            return Tour(steps: [])
        }
        let intents = (rules.rules.map(\.reportedIntent) + QuizMode.intents).uniqued()
        var steps: [Tour.Step] = []
        for item in items {
            if let step = Self.step(item, intents: intents, knowledge: knowledge, problems: &problems) {
                steps.append(step)
            }
        }
        if steps.isEmpty, problems.isEmpty { problems.append(.error(list.location, "the tour has no steps")) }
        return Tour(steps: steps)
    }

    /// One step of the tour, or nil when it has no question to ask or no intent it must get.
    private static func step(
        _ node: YAMLNode, intents: [String], knowledge: KnowledgeBase, problems: inout [Diagnostic]
    ) -> Tour.Step? {
        guard let step = FieldReader(node, what: "a tour step", allowed: stepKeys, problems: &problems),
            let (ask, location) = step.text("ask", problems: &problems),
            let (expect, expectLocation) = step.text("expect", problems: &problems)
        else { return nil }
        if !intents.contains(expect) {
            problems.append(
                .error(expectLocation, "unknown intent '\(expect)'\(Suggestion.hint(for: expect, in: intents))"))
        }
        let roles = Self.roles(of: step, knowledge: knowledge, problems: &problems)
        return Tour.Step(
            say: step.optionalText("say", problems: &problems)?.0, ask: ask, expect: expect, roles: roles,
            location: location)
    }

    /// The roles a step must show (`roles:`; `none` for none), or nil when the step does not say.
    private static func roles(of step: FieldReader, knowledge: KnowledgeBase, problems: inout [Diagnostic]) -> [String]?
    {
        guard step["roles"] != nil else { return nil }
        var roles: [String] = []
        for (id, location) in step.texts("roles", problems: &problems) where id != "none" {
            if knowledge.role(id) == nil {
                problems.append(
                    .error(
                        location, "unknown role id '\(id)'\(Suggestion.hint(for: id, in: knowledge.roles.map(\.id)))"))
            }
            roles.append(id)
        }
        return roles
    }
}
