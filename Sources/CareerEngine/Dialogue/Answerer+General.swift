/// Intents that take no role: a plain answer, "who does X?" (`{found}`) and "which role fits me?" (`{ranking}`).
extension Answerer {
    /// The roles a search found, and the answer's values for them.
    private struct Search {
        var context = AnswerWriter.Context()
        /// The roles the answer is about: those found, or the top of the ranking.
        var focus: [String] = []
        var searched = false
        var nothingFound: Bool { searched && context.found.isEmpty && context.ranking.isEmpty }
    }

    func answerWithoutRoles(_ rule: Rule, part: Interpretation.Part?, into turn: inout Turn) {
        let named = part.map { $0.namesRoles && $0.roles.count >= 2 ? $0.roles : [] } ?? []
        let search = search(for: rule, topic: part?.topic ?? [], among: named, into: &turn)
        if search.nothingFound, rule.noMatchAction == .quiz {
            return QuizMode(assistant: assistant, state: state).start(intent: rule.reportedIntent, into: &turn)
        }
        guard let template = search.nothingFound ? rule.noMatchTemplate ?? rule.template : rule.template else { return }
        let answer = turn.render(template, search.context, by: assistant.writer)
        if search.focus.isEmpty, let specific = assistant.rules.roleVersion(of: rule.id) {
            rememberGeneral(specific, into: &turn)
        }
        // "I couldn't find a role that does that" answers nothing: it reports `fallback`, like a decline.
        let intent = search.nothingFound ? "fallback" : rule.reportedIntent
        turn.add(intent: intent, courtesy: rule.courtesy, answer: answer, roles: search.focus)
        if !search.focus.isEmpty {
            turn.change(.focus(search.focus))
            turn.touchedContext = true
        }
    }

    /// Searches the roles' facts for the question's topic when the answer lists what it finds. A
    /// recommendation among roles the question names ("data scientist or ML engineer, which suits
    /// me?") ranks only those, and is about all of them.
    private func search(for rule: Rule, topic: [String], among named: [String], into turn: inout Turn) -> Search {
        let placeholders = rule.template?.placeholders ?? []
        var search = Search()
        if placeholders.contains(.found) {
            let results = assistant.finder.rank(
                topic: topic, fields: [.summary, .responsibilities, .applications, .skills]
            ).prefix(3)
            search.context.found = results.map(\.line)
            search.focus = results.map(\.role.id)
            (turn.shown, turn.shownRanked) = (search.focus, true)
        }
        if placeholders.contains(.ranking) {
            let boost: [RoleField: Double] = [.interests: 2, .education: 0.5, .workplaces: 0.5]
            let ranked = assistant.finder.rank(topic: topic, fields: Set(RoleField.allCases), boost: boost)
            let results = leadersLast(
                named.isEmpty ? ranked : ranked.filter { named.contains($0.role.id) }, topic: topic
            )
            .prefix(3)
            search.context.ranking = results.map(\.line)
            search.focus = named.isEmpty ? results.first.map { [$0.role.id] } ?? [] : results.map(\.role.id)
            turn.change(.ranking(Array(results), byQuiz: false))
            (turn.shown, turn.shownRanked) = (results.map(\.role.id), true)
        }
        search.searched = placeholders.contains(.found) || placeholders.contains(.ranking)
        return search
    }

    /// The leadership roles after the others, unless the person said something about leading
    /// ("I like SQL and pipelines" does not make anyone an AI architect first).
    func leadersLast(_ results: [RoleFinder.Result], topic: [String]) -> [RoleFinder.Result] {
        let lexicon = assistant.matcher.tokenizer.lexicon
        guard !topic.contains(where: lexicon.leadershipWords.contains) else { return results }
        let paths = Set(assistant.knowledge.growthPaths)
        return results.filter { !paths.contains($0.role.id) } + results.filter { paths.contains($0.role.id) }
    }
}
