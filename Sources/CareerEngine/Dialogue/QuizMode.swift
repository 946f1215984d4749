/// The "which role fits me?" quiz, played a question at a time. While it runs, each line is read as an
/// answer first: an option's number ("2", "option 2", "second"), words of an option ("research"),
/// "back" or "stop". A line that is none of these but a clear question is answered, and the quiz waits.
/// The quiz's progress in the state is written only by this mode.
struct QuizMode {
    let assistant: Assistant
    let state: DialogueState

    /// The intents quiz turns report.
    static let intents = ["quiz.start", "quiz.answer", "quiz.back", "quiz.retry", "quiz.result", "quiz.stop"]
    /// Lines on other subjects after which an unanswered quiz is dropped.
    static let patience = 3

    private var texts: ReplyTexts { assistant.texts }

    /// Starts the quiz (or starts it again); `intent` is what the turn reports.
    func start(intent: String, into turn: inout Turn) {
        guard let quiz = assistant.quiz, !quiz.questions.isEmpty else {
            return turn.add(intent: intent, courtesy: false, answer: texts.reply(.quizNoQuiz), roles: [])
        }
        turn.change(.quiz(QuizProgress()))
        turn.add(
            intent: intent, courtesy: false, answer: Answer.paragraph(quiz.intro) + question(0, of: quiz), roles: [])
    }

    /// Reads a line as a quiz answer. Returns false when the line is a question to answer normally.
    func read(_ input: String, interpretation: Interpretation, into turn: inout Turn) -> Bool {
        guard let quiz = assistant.quiz, let progress = state.quiz else { return false }
        let normalizer = assistant.matcher.tokenizer.normalizer
        let phrase = Quiz.phrase(normalizer.words(input).map(\.stem), fillers: normalizer.lexicon.fillers)
        if quiz.stopWords.contains(phrase) { return stop(.quizStopped, into: &turn) }
        if quiz.backWords.contains(phrase) { return goBack(progress, quiz, into: &turn) }
        if quiz.skipWords.contains(phrase) { return record(nil, progress, quiz, into: &turn) }
        let isQuestion = asksQuestion(interpretation)
        let asked = quiz.questions[progress.current]
        switch choice(in: input, for: asked, of: quiz, question: isQuestion) {
        case .option(let index): return record(index, progress, quiz, into: &turn)
        case .ambiguous(let indices):
            askAgain(
                texts.reply(.quizAmbiguous, values: ["text": indices.map { String($0 + 1) }.joined(separator: " or ")]),
                progress, quiz, into: &turn)
        case .outOfRange:
            askAgain(
                texts.reply(.quizNoSuchNumber, values: ["total": "\(asked.options.count)"]), progress, quiz, into: &turn
            )
        case .none:
            return notAnAnswer(progress, quiz, isQuestion: isQuestion, into: &turn)
        }
        return true
    }

    private func stop(_ key: Replies.Key, into turn: inout Turn) -> Bool {
        turn.change(.quiz(nil))
        turn.add(intent: "quiz.stop", courtesy: false, answer: texts.reply(key), roles: [])
        return true
    }

    private func goBack(_ progress: QuizProgress, _ quiz: Quiz, into turn: inout Turn) -> Bool {
        var progress = progress
        let first = progress.current == 0
        if !first {
            progress.current -= 1
            progress.chosen.removeLast()
        }
        turn.change(.quiz(progress))
        let note = texts.reply(first ? .quizFirstQuestion : .quizBack)
        turn.add(intent: "quiz.back", courtesy: false, answer: note + question(progress.current, of: quiz), roles: [])
        return true
    }

    /// The answer to the current question (nil: passed on); the next question, or the result after the last.
    private func record(_ choice: Int?, _ progress: QuizProgress, _ quiz: Quiz, into turn: inout Turn) -> Bool {
        var progress = progress
        progress.chosen.append(choice)
        progress.current += 1
        progress.ignored = 0
        progress.retried = false
        guard progress.current < quiz.questions.count else {
            turn.change(.quiz(nil))
            finish(quiz, chosen: progress.chosen, into: &turn)
            return true
        }
        turn.change(.quiz(progress))
        turn.add(intent: "quiz.answer", courtesy: false, answer: question(progress.current, of: quiz), roles: [])
        return true
    }

    /// Not an answer. A question the assistant understands is answered while the quiz waits; a person
    /// who keeps talking about other things has left the quiz; a second line in a row that is neither
    /// ends it, saying so.
    private func notAnAnswer(_ progress: QuizProgress, _ quiz: Quiz, isQuestion: Bool, into turn: inout Turn) -> Bool {
        var progress = progress
        if !isQuestion, progress.retried { return stop(.quizGaveUp, into: &turn) }
        guard isQuestion else {
            askAgain(
                texts.reply(.quizNotUnderstood, values: ["total": "\(quiz.questions[progress.current].options.count)"]),
                progress, quiz, into: &turn)
            return true
        }
        progress.ignored += 1
        progress.retried = false
        turn.change(.quiz(progress.ignored >= Self.patience ? nil : progress))
        return false
    }

    /// The line was not a usable answer: say why and ask the same question again.
    private func askAgain(_ why: Answer, _ progress: QuizProgress, _ quiz: Quiz, into turn: inout Turn) {
        var progress = progress
        progress.retried = true
        turn.change(.quiz(progress))
        turn.add(intent: "quiz.retry", courtesy: false, answer: why + question(progress.current, of: quiz), roles: [])
    }

    /// True when a line read during the quiz is something else the assistant understands: a question,
    /// a courtesy, one it declines (salaries...), "start over", "restart the quiz".
    private func asksQuestion(_ interpretation: Interpretation) -> Bool {
        guard let part = interpretation.parts.first else { return false }
        let rule = assistant.rules.rules[part.rule]
        return interpretation.confidence >= Matcher.threshold
            || (rule.declines && part.coverage >= Matcher.priorityFloor)
    }

    /// A reminder added to an answer given while the quiz waits (`state` is the turn's end).
    static func reminder(_ state: DialogueState, _ assistant: Assistant) -> Answer? {
        guard let progress = state.quiz, let quiz = assistant.quiz else { return nil }
        return assistant.texts.reply(
            .quizReminder, values: ["number": "\(progress.current + 1)", "total": "\(quiz.questions.count)"])
    }

    private func question(_ index: Int, of quiz: Quiz) -> Answer {
        let question = quiz.questions[index]
        let values = ["number": "\(index + 1)", "total": "\(quiz.questions.count)", "text": question.text]
        return texts.reply(.quizQuestion, as: .heading, values: values)
            + Answer([.numbered(question.options.map { [.text($0.text)] })]) + texts.reply(.quizHelp)
    }
}
