/// The texts the conversation says on its own rather than as an intent's answer: asking which role,
/// the quiz's prompts, "tell me more" when nothing is left. Written in the `replies:` section of a data
/// file so editors can change them; `check` reports a missing one.
struct Replies: Sendable {
    /// Each reply the conversation can give, and the placeholders the conversation fills in it.
    enum Key: String, CaseIterable, Sendable {
        case whichRole = "which-role"
        case whichTwoRoles = "which-two-roles"
        case notShown = "not-shown"
        case tooLong = "too-long"
        case tooLongSuggestions = "too-long-suggestions"
        case didYouMean = "did-you-mean"
        case startingOver = "starting-over"
        case nothingMore = "nothing-more"
        case nothingMoreAboutCareers = "nothing-more-about-careers"
        case moreHeading = "more-heading"
        case moreLeadsTo = "more-leads-to"
        case moreSummary = "more-summary"
        case moreResponsibilities = "more-responsibilities"
        case moreSkills = "more-skills"
        case moreEducation = "more-education"
        case moreWorkplaces = "more-workplaces"
        case moreApplications = "more-applications"
        case moreInterests = "more-interests"
        case moreCareersSummary = "more-careers-summary"
        case moreCareersSkills = "more-careers-skills"
        case moreCareersGrowth = "more-careers-growth"
        case moreCareersConclusion = "more-careers-conclusion"
        case missingSummary = "missing-summary"
        case missingResponsibilities = "missing-responsibilities"
        case missingSkills = "missing-skills"
        case missingEducation = "missing-education"
        case missingWorkplaces = "missing-workplaces"
        case missingApplications = "missing-applications"
        case missingInterests = "missing-interests"
        case noRankingYet = "no-ranking-yet"
        case whyHeading = "why-heading"
        case whyPlace = "why-place"
        case whyPlaceOne = "why-place-one"
        case whyFooter = "why-footer"
        case whyQuizPlace = "why-quiz-place"
        case whyQuizFooter = "why-quiz-footer"
        case quizNoQuiz = "quiz-none"
        case quizStopped = "quiz-stopped"
        case quizGaveUp = "quiz-gave-up"
        case quizFirstQuestion = "quiz-first-question"
        case quizBack = "quiz-back"
        case quizAmbiguous = "quiz-ambiguous"
        case quizNoSuchNumber = "quiz-no-such-number"
        case quizNotUnderstood = "quiz-not-understood"
        case quizQuestion = "quiz-question"
        case quizHelp = "quiz-help"
        case quizNoFit = "quiz-no-fit"
        case quizResultHeading = "quiz-result-heading"
        case quizNextSteps = "quiz-next-steps"
        case quizSkills = "quiz-skills"
        case quizLeadsTo = "quiz-leads-to"
        case quizFooter = "quiz-footer"
        case quizReminder = "quiz-reminder"
        case summaryEmpty = "summary-empty"
        case summaryHeading = "summary-heading"
        case summaryQuiz = "summary-quiz"
        case summarySkills = "summary-skills"
        case summaryLeadsTo = "summary-leads-to"
        case summaryFrom = "summary-from"
        case summaryOthers = "summary-others"
        case noteAnsweredInstead = "note-answered-instead"
        case noteSteppedUp = "note-stepped-up"
        case noteRepeated = "note-repeated"
        case noteRolesFromContext = "note-roles-from-context"
        case noteComparedRecent = "note-compared-recent"
        case noteComparedWith = "note-compared-with"
        case noteReadAs = "note-read-as"
        case noteNotCovered = "note-not-covered"
        case noteContinued = "note-continued"
    }

    var templates: [Key: Template] = [:]

    /// The name "tell me more" gives facts of a kind ("what they build").
    static func more(_ field: RoleField) -> Key {
        switch field {
        case .summary: .moreSummary
        case .responsibilities: .moreResponsibilities
        case .skills: .moreSkills
        case .education: .moreEducation
        case .workplaces: .moreWorkplaces
        case .applications: .moreApplications
        case .interests: .moreInterests
        }
    }

    /// What an answer says for a role without facts of a kind, by kind (`missing-workplaces`...).
    var missingFacts: [RoleField: Template] {
        Dictionary(
            uniqueKeysWithValues: RoleField.allCases.compactMap { field in
                Key(rawValue: "missing-\(field.rawValue)").flatMap { templates[$0] }.map { (field, $0) }
            })
    }

    static func more(_ field: CareersField) -> Key {
        switch field {
        case .summary: .moreCareersSummary
        case .skills: .moreCareersSkills
        case .growth: .moreCareersGrowth
        case .conclusion: .moreCareersConclusion
        }
    }

    /// The reply rendered with the conversation's values; empty when the data does not write it.
    func render(_ key: Key, _ writer: AnswerWriter, _ context: AnswerWriter.Context = AnswerWriter.Context()) -> Answer
    {
        templates[key].map { writer.render($0, context).0 } ?? Answer()
    }
}

extension Answer.Block {
    /// The spans of the block, its items one after another.
    var spans: [Answer.Span] {
        switch self {
        case .heading(let spans), .paragraph(let spans): spans
        case .bullets(let items), .numbered(let items): Array(items.joined())
        }
    }
}
