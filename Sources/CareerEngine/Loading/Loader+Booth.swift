/// The booth sections: `quiz:` (the "which role fits me?" questions) and `tour:` (the guided demo).
extension Loader {
    static let quizKeys = ["intro", "questions", "stop-words", "back-words", "skip-words"]
    static let questionKeys = ["ask", "options"]
    static let optionKeys = ["answer", "also", "weights"]
    static let tourKeys = ["steps"]
    static let stepKeys = ["say", "ask", "expect", "roles"]

    mutating func readQuiz(_ node: YAMLNode) {
        guard quiz == nil else {
            return problems.append(.error(node.location, "a second 'quiz:' section; only one quiz is played"))
        }
        guard let reader = FieldReader(node, what: "the quiz", allowed: Self.quizKeys, problems: &problems) else { return }
        let intro = reader.text("intro", problems: &problems)?.0 ?? ""
        let normalizer = Normalizer(lexicon: lexicon)
        var questions: [Quiz.Question] = []
        if let list = reader["questions"] {
            forEachItem(of: list, section: "questions") { loader, item in
                if let question = loader.readQuestion(item, normalizer: normalizer) { questions.append(question) }
            }
            if !Quiz.questionRange.contains(questions.count), case .sequence = list.value {
                problems.append(.error(list.location, "the quiz has \(questions.count) questions; give \(Quiz.questionRange.lowerBound) to \(Quiz.questionRange.upperBound)"))
            }
        } else {
            problems.append(.error(node.location, "the quiz has no 'questions'"))
        }
        func phrases(_ key: String) -> Set<String> {
            Set(reader.texts(key, problems: &problems).map { Quiz.phrase(normalizer.words($0.0).map(\.stem), fillers: lexicon.fillers) })
        }
        quiz = Quiz(intro: intro, questions: questions, stopWords: phrases("stop-words"), backWords: phrases("back-words"), skipWords: phrases("skip-words"))
    }

    private mutating func readQuestion(_ node: YAMLNode, normalizer: Normalizer) -> Quiz.Question? {
        guard let reader = FieldReader(node, what: "a quiz question", allowed: Self.questionKeys, problems: &problems),
              let (text, location) = reader.text("ask", problems: &problems) else { return nil }
        guard let list = reader["options"] else {
            problems.append(.error(node.location, "a quiz question has no 'options'"))
            return nil
        }
        var options: [Quiz.Option] = []
        forEachItem(of: list, section: "options") { loader, item in
            if let option = loader.readOption(item, normalizer: normalizer) { options.append(option) }
        }
        if !Quiz.optionRange.contains(options.count), case .sequence = list.value {
            problems.append(.error(list.location, "this question has \(options.count) options; give \(Quiz.optionRange.lowerBound) to \(Quiz.optionRange.upperBound)"))
        }
        return Quiz.Question(text: text, options: options, location: location)
    }

    /// `normalizer` reads the option's words the way questions are read, so typed answers find it.
    private mutating func readOption(_ node: YAMLNode, normalizer: Normalizer) -> Quiz.Option? {
        guard let reader = FieldReader(node, what: "a quiz option", allowed: Self.optionKeys, problems: &problems),
              let (text, location) = reader.text("answer", problems: &problems) else { return nil }
        let also = reader.texts("also", problems: &problems).map(\.0)
        var weights: [String: Double] = [:]
        if let node = reader["weights"] {
            if let fields = FieldReader(node, what: "the weights of a quiz option", allowed: knowledge.roles.map(\.id), problems: &problems) {
                for (id, entry) in fields.entries {
                    guard let (value, valueLocation) = FieldReader.text(entry.value, key: id, problems: &problems) else { continue }
                    guard let weight = Double(value), (-10...10).contains(weight) else {
                        problems.append(.error(valueLocation, "a weight must be a number from -10 to 10, not '\(value)'"))
                        continue
                    }
                    weights[id] = weight
                }
            }
        } else {
            problems.append(.error(node.location, "a quiz option has no 'weights' (how much it counts for each role id)"))
        }
        let stems = Set((normalizer.words(([text] + also).joined(separator: " "))).map(\.stem))
            .subtracting(lexicon.fillers).subtracting(lexicon.functionWords).subtracting([""])
        return Quiz.Option(text: text, stems: stems, weights: weights, location: location)
    }

    mutating func readTour(_ node: YAMLNode) {
        guard tour == nil else {
            return problems.append(.error(node.location, "a second 'tour:' section; give other tours to `mlcareers demo --script FILE`"))
        }
        tour = Self.tour(node, rules: rules, knowledge: knowledge, problems: &problems)
    }

    /// Reads a `tour:` section, checking its intents and roles against the loaded rules and roles.
    static func tour(_ node: YAMLNode, rules: RuleSet, knowledge: KnowledgeBase, problems: inout [Diagnostic]) -> Tour {
        guard let reader = FieldReader(node, what: "the tour", allowed: tourKeys, problems: &problems) else { return Tour(steps: []) }
        guard let list = reader["steps"], case .sequence(let items) = list.value else {
            problems.append(.error(node.location, "the tour needs 'steps': a list of questions with the intent each must get"))
            return Tour(steps: [])
        }
        let intents = (rules.rules.map(\.reportedIntent) + QuizMode.intents).uniqued()
        var steps: [Tour.Step] = []
        for item in items {
            guard let step = FieldReader(item, what: "a tour step", allowed: stepKeys, problems: &problems),
                  let (ask, location) = step.text("ask", problems: &problems),
                  let (expect, expectLocation) = step.text("expect", problems: &problems) else { continue }
            if !intents.contains(expect) {
                problems.append(.error(expectLocation, "unknown intent '\(expect)'\(Suggestion.hint(for: expect, in: intents))"))
            }
            var roles: [String]?
            if step["roles"] != nil {
                roles = []
                for (id, idLocation) in step.texts("roles", problems: &problems) where id != "none" {
                    if knowledge.role(id) == nil {
                        problems.append(.error(idLocation, "unknown role id '\(id)'\(Suggestion.hint(for: id, in: knowledge.roles.map(\.id)))"))
                    }
                    roles?.append(id)
                }
            }
            steps.append(Tour.Step(say: step.optionalText("say", problems: &problems)?.0, ask: ask, expect: expect, roles: roles, location: location))
        }
        if steps.isEmpty, problems.isEmpty { problems.append(.error(list.location, "the tour has no steps")) }
        return Tour(steps: steps)
    }
}
