/// The "which role fits me?" quiz, played a question at a time. While it runs, each line is read as an
/// answer first: an option's number ("2", "option 2", "second"), words of an option ("research"),
/// "back" or "stop". A line that is none of these but a clear question is answered, and the quiz waits.
extension Conversation {
    /// The intents quiz turns report.
    public static let quizIntents = ["quiz.start", "quiz.answer", "quiz.back", "quiz.retry", "quiz.result", "quiz.stop"]

    static let ordinals = ["first", "second", "third", "fourth", "fifth", "sixth"]
    static let numberWords = ["one", "two", "three", "four", "five", "six"]

    /// Starts the quiz (or starts it again); `intent` is what the turn reports.
    mutating func startQuiz(intent: String, into turn: inout Turn) {
        guard let quiz = assistant.quiz, !quiz.questions.isEmpty else {
            return turn.add(intent: intent, courtesy: false, answer: reply(.quizNoQuiz), roles: [])
        }
        state.quiz = QuizProgress()
        var answer = Answer.paragraph(quiz.intro)
        answer = answer + question(0, of: quiz)
        turn.add(intent: intent, courtesy: false, answer: answer, roles: [])
    }

    /// Reads a line as a quiz answer. Returns false when the line is a question to answer normally.
    mutating func continueQuiz(_ input: String, interpretation: Interpretation, into turn: inout Turn) -> Bool {
        guard let quiz = assistant.quiz, let progress = state.quiz else { return false }
        let normalizer = assistant.matcher.tokenizer.normalizer
        let stems = normalizer.words(input).map(\.stem)
        let phrase = Quiz.phrase(stems, fillers: normalizer.lexicon.fillers)
        if quiz.stopWords.contains(phrase) { return stopQuiz(.quizStopped, into: &turn) }
        if quiz.backWords.contains(phrase) { return goBack(progress, quiz, into: &turn) }
        if quiz.skipWords.contains(phrase) { return record(nil, progress, quiz, into: &turn) }
        let isQuestion = asksQuestion(interpretation)
        let asked = quiz.questions[progress.current]
        let words = Normalizer.split(Normalizer.fold(input)).filter { !normalizer.lexicon.fillers.contains($0) }
        switch choice(words, in: asked, question: isQuestion) {
        case .option(let index): return record(index, progress, quiz, into: &turn)
        case .ambiguous(let indices):
            askAgain(reply(.quizAmbiguous, values: ["text": indices.map { String($0 + 1) }.joined(separator: " or ")]), progress, quiz, into: &turn)
        case .outOfRange:
            askAgain(reply(.quizNoSuchNumber, values: ["total": "\(asked.options.count)"]), progress, quiz, into: &turn)
        case .none:
            return notAnAnswer(progress, quiz, isQuestion: isQuestion, into: &turn)
        }
        return true
    }

    private mutating func stopQuiz(_ key: Replies.Key, into turn: inout Turn) -> Bool {
        state.quiz = nil
        turn.add(intent: "quiz.stop", courtesy: false, answer: reply(key), roles: [])
        return true
    }

    private mutating func goBack(_ progress: QuizProgress, _ quiz: Quiz, into turn: inout Turn) -> Bool {
        var progress = progress
        let first = progress.current == 0
        if !first {
            progress.current -= 1
            progress.chosen.removeLast()
        }
        state.quiz = progress
        let note = reply(first ? .quizFirstQuestion : .quizBack)
        turn.add(intent: "quiz.back", courtesy: false, answer: note + question(progress.current, of: quiz), roles: [])
        return true
    }

    /// The answer to the current question (nil: passed on); the next question, or the result after the last.
    private mutating func record(_ choice: Int?, _ progress: QuizProgress, _ quiz: Quiz, into turn: inout Turn) -> Bool {
        var progress = progress
        progress.chosen.append(choice)
        progress.current += 1
        progress.ignored = 0
        progress.retried = false
        guard progress.current < quiz.questions.count else {
            state.quiz = nil
            finishQuiz(quiz, chosen: progress.chosen, into: &turn)
            return true
        }
        state.quiz = progress
        turn.add(intent: "quiz.answer", courtesy: false, answer: question(progress.current, of: quiz), roles: [])
        return true
    }

    /// Not an answer. A question the assistant understands is answered while the quiz waits; a person
    /// who keeps talking about other things has left the quiz; a second line in a row that is neither
    /// ends it, saying so.
    private mutating func notAnAnswer(_ progress: QuizProgress, _ quiz: Quiz, isQuestion: Bool, into turn: inout Turn) -> Bool {
        var progress = progress
        if !isQuestion, progress.retried { return stopQuiz(.quizGaveUp, into: &turn) }
        guard isQuestion else {
            askAgain(reply(.quizNotUnderstood, values: ["total": "\(quiz.questions[progress.current].options.count)"]), progress, quiz, into: &turn)
            return true
        }
        progress.ignored += 1
        progress.retried = false
        state.quiz = progress.ignored >= Self.quizPatience ? nil : progress
        return false
    }

    /// The line was not a usable answer: say why and ask the same question again.
    private mutating func askAgain(_ why: Answer, _ progress: QuizProgress, _ quiz: Quiz, into turn: inout Turn) {
        var progress = progress
        progress.retried = true
        state.quiz = progress
        turn.add(intent: "quiz.retry", courtesy: false, answer: why + question(progress.current, of: quiz), roles: [])
    }

    /// Lines on other subjects after which an unanswered quiz is dropped.
    static let quizPatience = 3

    /// True when a line read during the quiz is something else the assistant understands: a question,
    /// a courtesy, one it declines (salaries...), "start over", "restart the quiz".
    private func asksQuestion(_ interpretation: Interpretation) -> Bool {
        guard let part = interpretation.parts.first else { return false }
        let rule = assistant.rules.rules[part.rule]
        return interpretation.confidence >= Matcher.threshold || (rule.declines && part.coverage >= Matcher.priorityFloor)
    }

    /// A reminder added to an answer given while the quiz waits.
    func quizReminder() -> Answer? {
        guard let progress = state.quiz, let quiz = assistant.quiz else { return nil }
        return reply(.quizReminder, values: ["number": "\(progress.current + 1)", "total": "\(quiz.questions.count)"])
    }

    /// What a line says as an answer: an option, several options, a number no option has, or nothing.
    private enum Choice { case option(Int), ambiguous([Int]), outOfRange, none }

    /// The position a word names: 2 for "2", "2nd", "second" or "two"; the count for "last". "one" only
    /// counts on its own ("the first one" is the first).
    static func position(of word: String, count: Int, alone: Bool) -> Int? {
        if let number = Int(word) { return number }
        if ["st", "nd", "rd", "th"].contains(where: word.hasSuffix), let number = Int(word.dropLast(2)) { return number }
        if let index = ordinals.firstIndex(of: word) { return index + 1 }
        if let index = numberWords.firstIndex(of: word), word != "one" || alone { return index + 1 }
        return word == "last" ? count : nil
    }

    /// `question` tells that the line also reads as a question; one shared word in a sentence is then
    /// not enough ("where do they work?" is not the answer "planning the work of a team"; "PhD" is an answer).
    private func choice(_ words: [String], in question: Quiz.Question, question isQuestion: Bool) -> Choice {
        let count = question.options.count
        // A short line with one number or ordinal in it picks by position: "2", "option 2", "2nd",
        // "the second one", "I guess the first", "number four", "the last one".
        if words.count <= 4 {
            let positions = Set(words.compactMap { Self.position(of: $0, count: count, alone: words.count == 1) })
            if positions.count == 1, let position = positions.first {
                return (1...count).contains(position) ? .option(position - 1) : .outOfRange
            }
        }
        let ignored = assistant.matcher.tokenizer.normalizer.lexicon.fillers.union(assistant.matcher.tokenizer.normalizer.lexicon.functionWords)
        let stems = Set(assistant.matcher.tokenizer.normalizer.words(words.joined(separator: " ")).map(\.stem)).subtracting(ignored).subtracting([""])
        guard !stems.isEmpty else { return .none }
        let scores = question.options.map { option in
            stems.filter { stem in option.stems.contains { RoleFinder.related(stem, $0) } }.count
        }
        // Words of an answer make up most of what is typed ("the PhD", "leading a team"); one shared
        // word in a longer sentence ("I love statistics, which role fits me?") is a question, not an answer.
        let best = scores.max() ?? 0
        guard best > 0, best * 2 >= stems.count, best >= 2 || words.count <= 2 || !isQuestion else { return .none }
        let winners = scores.indices.filter { scores[$0] == best }
        return winners.count == 1 ? .option(winners[0]) : .ambiguous(winners)
    }

    private func question(_ index: Int, of quiz: Quiz) -> Answer {
        let question = quiz.questions[index]
        let heading = reply(.quizQuestion, as: .heading, values: ["number": "\(index + 1)", "total": "\(quiz.questions.count)", "text": question.text])
        return heading + Answer([.numbered(question.options.map { [.text($0.text)] })]) + reply(.quizHelp)
    }

    /// Ranks the roles by the weights of the answers chosen; the reasons are the roles' facts that
    /// share words with those answers, and the next steps are the best role's skills and where it leads.
    private mutating func finishQuiz(_ quiz: Quiz, chosen: [Int?], into turn: inout Turn) {
        let options = zip(quiz.questions, chosen).compactMap { question, index in index.map { question.options[$0] } }
        let results = Self.ranking(of: options, among: assistant.knowledge.roles)
        guard let best = results.first?.role else {
            state.quizResult = []
            return turn.add(intent: "quiz.result", courtesy: false, answer: reply(.quizNoFit), roles: [])
        }
        // Each role is shown with its own facts that share words with the answers; "why?" gives the
        // answers that ranked it.
        let found = assistant.finder.rank(topic: options.flatMap(\.stems), fields: Set(RoleField.allCases), boost: [.interests: 2])
        let lines = results.map { result in
            Self.findLine(found.first { $0.role.id == result.role.id } ?? RoleFinder.Result(role: result.role, score: 0, reasons: result.role.facts(.interests) + result.role.facts(.summary)))
        }
        var answer = reply(.quizResultHeading, as: .heading) + Answer([.numbered(lines)])
        answer = answer + reply(.quizNextSteps, as: .heading, roles: [best])
        let skills = best.facts(.skills).prefix(4).map { [Answer.Span.text($0.text)] }
        if !skills.isEmpty { answer = answer + reply(.quizSkills) + Answer([.bullets(skills)]) }
        answer = answer + reply(.quizLeadsTo, listed: best.leadsTo.compactMap(assistant.knowledge.role)) + reply(.quizFooter)
        (state.lastRanking, state.rankedByQuiz, state.quizResult) = (results, true, results.map(\.role.id))
        turn.add(intent: "quiz.result", courtesy: false, answer: answer, roles: results.map(\.role.id))
        turn.shownRanked = true
        state.focus(on: [best.id])
        turn.touchedContext = true
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
            let counting = options.filter { ($0.weights[role.id] ?? 0) > 0 }.sorted { $0.weights[role.id]! > $1.weights[role.id]! }
            return RoleFinder.Result(role: role, score: totals[role.id]!, reasons: counting.map { Fact(text: $0.text, fromSeed: false, location: $0.location) })
        }
    }
}
