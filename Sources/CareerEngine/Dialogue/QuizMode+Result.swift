/// Reading a line as one of the quiz's options, and the result after the last question.
extension QuizMode {
    /// What a line says as an answer: an option, several options, a number no option has, or nothing.
    enum Choice: Equatable {
        case option(Int)
        case ambiguous([Int])
        case outOfRange, none
    }

    /// The position a word names, with the quiz's words for places: 2 for "2", "2nd", "second" or
    /// "two"; the count for "last". The first number word ("one") only counts on its own.
    static func position(of word: String, in quiz: Quiz, count: Int, alone: Bool) -> Int? {
        if let number = Int(word) { return number }
        if let ending = quiz.ordinalEndings.first(where: word.hasSuffix), let number = Int(word.dropLast(ending.count))
        {
            return number
        }
        if let index = quiz.ordinals.firstIndex(of: word) { return index + 1 }
        if let index = quiz.numberWords.firstIndex(of: word), index > 0 || alone { return index + 1 }
        return quiz.lastWords.contains(word) ? count : nil
    }

    /// `question` tells that the line also reads as a question; one shared word in a sentence is then
    /// not enough ("where do they work?" is not the answer "planning the work of a team"; "PhD" is an answer).
    func choice(in input: String, for question: Quiz.Question, of quiz: Quiz, question isQuestion: Bool) -> Choice {
        let lexicon = assistant.matcher.tokenizer.normalizer.lexicon
        let words = Normalizer.split(Normalizer.fold(input)).filter { !lexicon.fillers.contains($0) }
        let count = question.options.count
        // A short line with one number or ordinal in it picks by position: "2", "option 2", "2nd",
        // "the second one", "I guess the first", "number four", "the last one".
        if words.count <= 4 {
            let positions = Set(
                words.compactMap { Self.position(of: $0, in: quiz, count: count, alone: words.count == 1) })
            if positions.count == 1, let position = positions.first {
                return (1...count).contains(position) ? .option(position - 1) : .outOfRange
            }
        }
        return choice(byWords: words, in: question, question: isQuestion)
    }

    /// Words of an answer make up most of what is typed ("the PhD", "leading a team"); one shared
    /// word in a longer sentence ("I love statistics, which role fits me?") is a question, not an answer.
    private func choice(byWords words: [String], in question: Quiz.Question, question isQuestion: Bool) -> Choice {
        let normalizer = assistant.matcher.tokenizer.normalizer
        let ignored = normalizer.lexicon.fillers.union(normalizer.lexicon.functionWords)
        let stems = Set(normalizer.words(words.joined(separator: " ")).map(\.stem)).subtracting(ignored).subtracting([
            ""
        ])
        guard !stems.isEmpty else { return .none }
        let scores = question.options.map { option in
            stems.filter { stem in option.stems.contains { RoleFinder.related(stem, $0) } }.count
        }
        let best = scores.max() ?? 0
        guard best > 0, best * 2 >= stems.count, best >= 2 || words.count <= 2 || !isQuestion else { return .none }
        let winners = scores.indices.filter { scores[$0] == best }
        return winners.count == 1 ? .option(winners[0]) : .ambiguous(winners)
    }

    /// Ranks the roles by the weights of the answers chosen; the reasons are the roles' facts that
    /// share words with those answers, and the next steps are the best role's skills and where it leads.
    func finish(_ quiz: Quiz, chosen: [Int?], into turn: inout Turn) {
        let options = zip(quiz.questions, chosen).compactMap { question, index in index.map { question.options[$0] } }
        let results = Self.ranking(of: options, among: assistant.knowledge.roles)
        guard let best = results.first?.role else {
            turn.change(.quizResult([]))
            return turn.add(
                intent: "quiz.result", courtesy: false, answer: assistant.texts.reply(.quizNoFit), roles: [])
        }
        turn.change(.ranking(results, byQuiz: true))
        turn.change(.quizResult(results.map(\.role.id)))
        turn.add(
            intent: "quiz.result", courtesy: false, answer: result(results, options: options, best: best),
            roles: results.map(\.role.id))
        turn.shownRanked = true
        turn.change(.focus([best.id]))
        turn.touchedContext = true
    }

    /// Each role is shown with its own facts that share words with the answers ("why?" gives the
    /// answers that ranked it), then the best role's first skills and where it leads.
    private func result(_ results: [RoleFinder.Result], options: [Quiz.Option], best: Role) -> Answer {
        let texts = assistant.texts
        let found = assistant.finder.rank(
            topic: options.flatMap(\.stems), fields: Set(RoleField.allCases), boost: [.interests: 2])
        let lines = results.map { result in
            (found.first { $0.role.id == result.role.id }
                ?? RoleFinder.Result(
                    role: result.role, score: 0, reasons: result.role.facts(.interests) + result.role.facts(.summary)))
                .line
        }
        var answer = texts.reply(.quizResultHeading, as: .heading) + Answer([.numbered(lines)])
        answer = answer + texts.reply(.quizNextSteps, as: .heading, roles: [best])
        let skills = best.facts(.skills).prefix(4).map { [Answer.Span.text($0.text)] }
        if !skills.isEmpty { answer = answer + texts.reply(.quizSkills) + Answer([.bullets(skills)]) }
        return answer + texts.reply(.quizLeadsTo, listed: best.leadsTo.compactMap(assistant.knowledge.role))
            + texts.reply(.quizFooter)
    }

    /// The three roles with the highest totals of the chosen answers' weights (ties in the roles'
    /// order), each with the answers that counted for it, most first, as its reasons.
    static func ranking(of options: [Quiz.Option], among roles: [Role]) -> [RoleFinder.Result] {
        var totals: [String: Double] = [:]
        for option in options { for (role, weight) in option.weights { totals[role, default: 0] += weight } }
        let ranked = roles.filter { (totals[$0.id] ?? 0) > 0 }
            .enumerated().sorted { (totals[$0.element.id]!, -$0.offset) > (totals[$1.element.id]!, -$1.offset) }
            .map(\.element).prefix(3)
        return ranked.map { role in
            let counting = options.filter { ($0.weights[role.id] ?? 0) > 0 }.sorted {
                $0.weights[role.id]! > $1.weights[role.id]!
            }
            return RoleFinder.Result(
                role: role, score: totals[role.id]!,
                reasons: counting.map { Fact(text: $0.text, fromSeed: false, location: $0.location) })
        }
    }
}
