/// "why?" after a recommendation or the quiz: what put each role in its place.
struct RankingExplainer {
    let assistant: Assistant
    let state: DialogueState

    func why(_ rule: Rule, into turn: inout Turn) {
        let texts = assistant.texts
        guard !state.lastRanking.isEmpty else {
            return turn.add(intent: rule.reportedIntent, courtesy: false, answer: texts.reply(.noRankingYet), roles: [])
        }
        var answer = texts.reply(.whyHeading, as: .heading)
        for (rank, result) in state.lastRanking.enumerated() {
            answer = answer + place(rank, result)
            answer.blocks.append(.bullets(result.reasons.prefix(4).map { [.text($0.text)] }))
        }
        answer = answer + texts.reply(state.rankedByQuiz ? .whyQuizFooter : .whyFooter)
        let roles = state.lastRanking.map(\.role.id)
        turn.add(intent: rule.reportedIntent, courtesy: false, answer: answer, roles: roles)
        turn.change(.focus([roles[0]]))
        turn.touchedContext = true
    }

    /// The line of one place: the facts a recommendation matched, or the quiz's points.
    private func place(_ rank: Int, _ result: RoleFinder.Result) -> Answer {
        let key: Replies.Key = state.rankedByQuiz ? .whyQuizPlace : result.reasons.count == 1 ? .whyPlaceOne : .whyPlace
        let total =
            state.rankedByQuiz
            ? (result.score.rounded() == result.score ? "\(Int(result.score))" : "\(result.score)")
            : "\(result.reasons.count)"
        return assistant.texts.reply(
            key, as: .paragraph, listed: [result.role], values: ["number": "\(rank + 1)", "total": total])
    }
}
