/// The "which role fits me?" quiz: a few questions about what a person enjoys, each option weighing
/// on some roles. Written in the data (`quiz:` section), played by `Conversation`.
public struct Quiz: Sendable {
    public struct Option: Sendable {
        /// The answer as shown: "Digging into data to find patterns".
        public let text: String
        /// Word stems that pick this option when typed instead of its number (its own words and `also:`).
        let stems: Set<String>
        /// How much choosing it counts for each role id.
        public let weights: [String: Double]
        public let location: SourceLocation
    }

    public struct Question: Sendable {
        public let text: String
        public let options: [Option]
        public let location: SourceLocation
    }

    /// Said before the first question.
    public let intro: String
    public let questions: [Question]

    /// The fewest and most questions and options a quiz may have: short enough to finish at a booth.
    static let questionRange = 2...8
    static let optionRange = 2...6
}

/// Where a conversation is in the quiz.
struct QuizProgress: Sendable {
    /// The question being asked (index into `Quiz.questions`).
    var current = 0
    /// The option chosen for each question answered so far.
    var chosen: [Int] = []
    /// Lines in a row that were about something else; the quiz is dropped after a few.
    var ignored = 0
    /// True when the last line was not understood and the question was asked again.
    var retried = false
}
