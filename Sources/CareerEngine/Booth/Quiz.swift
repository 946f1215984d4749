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
    /// What stops the quiz, goes back a question, or passes on one, as `phrase` makes them.
    let stopWords: Set<String>
    let backWords: Set<String>
    let skipWords: Set<String>
    /// Words that pick an answer by its place, in order from the first: "second", "two", "last", the
    /// ending of "2nd". The first number word counts only on its own ("the first one" is the first).
    var ordinals: [String] = []
    var numberWords: [String] = []
    var lastWords: Set<String> = []
    var ordinalEndings: [String] = []

    /// A typed line as the word lists hold it: its stems without fillers, joined by spaces.
    static func phrase(_ stems: [String], fillers: Set<String>) -> String {
        stems.filter { !$0.isEmpty && !fillers.contains($0) }.joined(separator: " ")
    }

    /// The fewest and most questions and options a quiz may have: short enough to finish at a booth.
    static let questionRange = 2...8
    static let optionRange = 2...6
}

/// Where a conversation is in the quiz.
struct QuizProgress: Sendable {
    /// The question being asked (index into `Quiz.questions`).
    var current = 0
    /// The option chosen for each question answered so far; nil for one passed on ("skip").
    var chosen: [Int?] = []
    /// Lines in a row that were about something else; the quiz is dropped after a few.
    var ignored = 0
    /// True when the last line was not understood and the question was asked again.
    var retried = false
}
