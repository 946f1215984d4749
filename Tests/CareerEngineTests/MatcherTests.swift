import Testing
import TranscriptKit

@testable import CareerEngine

/// Normalization, typo tolerance, role recognition and scoring, on the shipped rules; the mechanisms
/// themselves (typo protection, the missing-role cost, priority) on small fixtures of their own.
@Suite struct MatcherTests {
    let assistant = Fixtures.shipped

    func read(_ text: String) -> String { assistant.normalized(text) }

    @Test func dotsInsideAbbreviationsEndNoSentence() {
        #expect(WordSplitter.split("is a ph.d. in ml required?") == ["is", "a", "phd", "in", "ml", "required"])
        #expect(WordSplitter.split("skills, e.g. python. and sql") == ["skills", "", "eg", "python", "", "and", "sql"])
        #expect(WordSplitter.split("ml vs. ai; what's new") == ["ml", "vs", "ai", "", "whats", "new"])
        #expect(
            WordSplitter.split("version 2.0 is out. next") == ["version", "2", "", "0", "is", "out", "", "next"],
            "a dot between digits still splits")
    }

    /// An assistant made only of `intents` (list items, indented as under `intents:`), a `fallback`,
    /// the `language` section given, and two roles: a data analyst (alias "analyst", who knows Scala)
    /// and a model tester. Independent of the shipped Intents/.
    static func fixture(intents: String, language: String = "") throws -> Assistant {
        try Assistant(files: [fixtureFile(intents: intents, language: language)])
    }

    static func fixtureFile(intents: String, language: String = "") -> DataFile {
        let text = """
            \(language.isEmpty ? "" : "language:\n" + language + "\n")roles:
              - id: analyst
                name: data analyst
                aliases: [analyst]
                skills:
                  added: [Scala]
              - id: tester
                name: model tester
            intents:
              - id: fallback
                answer: Sorry.
            \(intents)
            """
        return DataFile(path: "Fixture/fixture.yaml", text: text)
    }

    @Test(arguments: [
        ("What's a DATA Scientist?!", "what is a {data-scientist}"),
        ("what’s a data scientist", "what is a {data-scientist}"),
        ("Café, résumé & naïve", "cafe | resum and naiv"),
        ("don't u need a PhD", "do not you need a doctorat"),
        ("doesn't need, didn't need, does not need", "do not need | do not need | do not need"),
        ("you've wouldn't", "you have would not"),
        ("deploying   models", "deploy model"),
        ("responsibilities", "responsibility"),
        ("data-scientists vs. ML engineers", "{data-scientist} versus {ml-engineer}"),
        ("so - where do they work", "so | wher do {recent:they} work"),
        ("so… where do they work", "so | wher do {recent:they} work"),
    ])
    func normalizes(_ text: String, _ expected: String) {
        #expect(read(text) == expected)
    }

    @Test(arguments: [
        ("data scintist", "{data-scientist}"),
        ("ML enginer", "{ml-engineer}"),
        ("responsibilites", "responsibility"),
        ("skils", "skill"),
        ("helo", "hello"),
        ("heyyy", "hey"),
        ("machine lerning engineer", "{ml-engineer}"),
    ])
    func correctsTyposAgainstTheRulesWords(_ text: String, _ expected: String) {
        #expect(read(text) == expected)
    }

    /// Each word is one typo away from a rule word of the fixture ("learn", "cool", "scale", "analyse"),
    /// and is left alone for its own reason: a known word, a four-letter word that is not a shortening
    /// of the rule word, a word of the roles' facts, a role name.
    static let typoFixture = try! fixture(
        intents: """
              - id: chat
                patterns: |
                  learn to analyse
                  cool
                  scale
                answer: Chat.
            """, language: "  known-words: [earn]")

    @Test(arguments: [("earn", "earn"), ("cook", "cook"), ("scala", "scala"), ("analyst", "{analyst}")])
    func neverCorrectsKnownOrDomainWords(_ word: String, _ expected: String) {
        #expect(Self.typoFixture.normalized(word) == expected)
    }

    /// An ordinary word of the `words:` section ("they all sound the same") is never corrected into the
    /// rule word it looks like ("found"); without the section it would be.
    @Test func neverCorrectsOrdinaryWords() throws {
        let intents = """
              - id: chat
                patterns: found it
                answer: Chat.
            """
        let plain = try Self.fixture(intents: intents)
        #expect(plain.normalized("sound") == "found")
        let words = DataFile(path: "Fixture/words.yaml", text: "words:\n  ordinary: [sound, sounds]\n")
        let base = Self.fixtureFile(intents: intents)
        let ordinary = try Assistant(files: [base, words])
        #expect(ordinary.normalized("sound") == "sound")
        #expect(ordinary.normalized("fuond") == "found")
    }

    /// The same fixture does correct real typos towards those rule words, so the words above are
    /// left alone by what protects them, not for want of a near rule word.
    @Test(arguments: [("lern", "learn"), ("coool", "cool"), ("analyze", "analys")])
    func theTypoFixtureCorrectsRealTypos(_ word: String, _ expected: String) {
        #expect(Self.typoFixture.normalized(word) == expected)
    }

    /// Two edits from the nearest rule word is too far for a short word ("motion" is not "option"),
    /// but not for a long one ("industires", whose stem is two edits from that of "industries").
    @Test func correctsShortWordsByOneEditAndLongOnesByTwo() throws {
        let fixture = try Self.fixture(
            intents: """
                  - id: chat
                    patterns: |
                      option
                      industries
                    answer: Chat.
                """)
        #expect(fixture.normalized("motion") == "motion")
        #expect(fixture.normalized("opton") == "option")
        #expect(fixture.normalized("industires") == "industry")
    }

    /// The shipped data's own domain words, as people type them (the mechanisms are pinned on the fixture above).
    @Test(arguments: [
        ("mlops", "{mlops-engineer}"), ("pytorch", "pytorch"), ("cook", "cook"), ("earn", "earn"),
        ("kubernetes", "kubernet"),
    ])
    func shippedDomainWordsAreLeftAlone(_ word: String, _ expected: String) {
        #expect(read(word) == expected)
    }

    @Test(arguments: [
        ("MLE", ["ml-engineer"]), ("DS", ["data-scientist"]), ("CAIO", ["chief-ai-officer"]),
        ("ML ops engineer", ["mlops-engineer"]), ("MLOps", ["mlops-engineer"]),
        ("AI researcher", ["research-scientist"]),
        ("machine learning engineers", ["ml-engineer"]), ("lead data scientist", ["lead-data-scientist"]),
        ("compare DS, MLE and AI engineers", ["data-scientist", "ml-engineer", "ai-engineer"]),
        ("is an MLOps engineer or a data scientist better", ["mlops-engineer", "data-scientist"]),
        ("AI engineer vs ML research scientist", ["ai-engineer", "research-scientist"]),
    ])
    func extractsRolesInOrderOfMention(_ text: String, _ roles: [String]) {
        #expect(assistant.matcher.interpret(text).roles == roles)
    }

    @Test func listsOfRolesBecomeOneToken() {
        let tokens = assistant.matcher.tokenizer.tokens("difference between a DS and an ML engineer")
        #expect(tokens.filter { !$0.roles.isEmpty }.map(\.roles) == [["data-scientist", "ml-engineer"]])
    }

    @Test func theMoreCoveringPatternWins() {
        let interpretation = assistant.matcher.interpret("what skills does a data scientist need")
        #expect(assistant.rules.rules[interpretation.parts[0].rule].id == "role.skills")
        #expect(interpretation.runnerUps.allSatisfy { $0.score < interpretation.parts[0].coverage })
    }

    @Test func higherPriorityWinsWhenItMatches() {
        // "pay" is both in the role's question and the salary rule (priority 1): the decline wins.
        let interpretation = assistant.matcher.interpret("what does a data scientist get paid")
        #expect(assistant.rules.rules[interpretation.parts[0].rule].id == "decline.salary")
    }

    /// A role named again right after itself ("data analyst (analyst)", "MLOps (Machine Learning
    /// Operations)") is one mention, so a list of roles after it is still read as a list.
    @Test func aRoleRepeatedInOtherWordsIsOneMention() throws {
        let assistant = try Self.fixture(
            intents: """
                  - id: compare
                    patterns: compare {roles}
                    answer: "{role1.name} and {role2.name}."
                """, language: "  joiners: [and]")
        #expect(assistant.normalized("compare data analyst (analyst) and model tester") == "compar {analyst,tester}")
        #expect(
            assistant.normalized("analyst, then analyst") == "{analyst} | then {analyst}",
            "a boundary between them keeps two mentions")
    }

    /// A positive priority counts once the rule covers `Matcher.priorityFloor` (0.3) of the question, and
    /// then outranks coverage; below that it counts as 0. A negative priority always counts.
    @Test func priorityOutranksCoverageFromTheFloor() throws {
        let matcher = try Self.fixture(
            intents: """
                  - id: declined
                    priority: 1
                    patterns: pay
                    answer: Declined.
                  - id: detailed
                    patterns: pay skills training [courses]
                    answer: Detailed.
                  - id: demoted
                    priority: -1
                    patterns: courses training
                    answer: Demoted.
                  # Never matches: it only makes "alpha" ... "delta" rule words, which weigh as much as "pay".
                  - id: padding
                    patterns: unrelated alpha beta gamma delta
                    answer: Padding.
                """
        ).matcher
        func ranking(_ question: String) -> [(id: String, coverage: Double)] {
            let interpretation = matcher.interpret(question)
            let winner = interpretation.parts[0]
            return [(matcher.rules.rules[winner.rule].id, winner.coverage)]
                + interpretation.runnerUps.map { ($0.intent, $0.score) }
        }
        let above = ranking("pay skills training")
        #expect(above.map(\.id) == ["declined", "detailed"], "a third of the question is enough for priority 1")
        #expect(above.map(\.coverage) == [1.0 / 3, 1], "though 'detailed' covers all of it")
        let below = ranking("pay skills training courses")
        #expect(
            below.map(\.id) == ["detailed", "declined"],
            "a quarter is not: 'declined' counts as priority 0 and coverage decides")
        #expect(below.map(\.coverage) == [1, 1.0 / 4])
        let negative = ranking("pay courses training alpha beta gamma delta")
        #expect(
            negative.map(\.id) == ["declined", "demoted"], "priority -1 counts below the floor too: 2/7 loses to 1/7")
    }

    @Test func aMissingRoleCostsALittle() throws {
        let matcher = try Self.fixture(
            intents: """
                  - id: role.skills
                    patterns: skills {role}
                    answer: Skills.
                """
        ).matcher
        let with = matcher.interpret("skills data analyst").parts[0]
        let without = matcher.interpret("skills").parts[0]
        #expect(!with.missingRole && with.coverage == 1)
        #expect(without.missingRole)
        #expect(without.coverage < with.coverage, "the empty role slot costs something")
        #expect(without.coverage >= Matcher.threshold, "but only a little: the question is still recognised")
    }

    /// A role after a background phrase ("from") is where the person comes from: an answer about one
    /// role is about the other role named, a comparison about both.
    @Test func aBackgroundRoleGivesWayInAnswersAboutOneRole() throws {
        let file = Self.fixtureFile(
            intents: """
                  - id: role.become
                    patterns: (move|moving) * to {role}
                    answer: Becoming {role.name}.
                  - id: roles.compare
                    patterns: compare * {role} * {role}
                    answer: "{role1.name} against {role2.name}."
                """)
        let titles = DataFile(path: "Fixture/titles.yaml", text: "titles:\n  background: [from]\n")
        let matcher = try Assistant(files: [file, titles]).matcher
        #expect(matcher.interpret("moving from data analyst to model tester").parts.first?.roles == ["tester"])
        #expect(matcher.interpret("moving to data analyst").parts.first?.roles == ["analyst"])
        #expect(
            matcher.interpret("compare from data analyst with model tester").parts.first?.roles == [
                "analyst", "tester",
            ])
    }

    /// `{role!}` matches only a role the question names: not a missing one, not "they".
    @Test func aNamedRoleSlotNeedsTheRoleInTheQuestion() throws {
        let matcher = try Self.fixture(
            intents: """
                  - id: roles.find
                    patterns: should {role!} test
                    answer: Found.
                """
        ).matcher
        let named = matcher.interpret("should data analysts test").parts.first
        #expect(named.map { matcher.rules.rules[$0.rule].id } == "roles.find")
        #expect(named?.coverage == 1 && named?.missingRole == false)
        #expect(matcher.interpret("should i test").parts.isEmpty, "no role: the pattern does not match")
        #expect(matcher.interpret("should they test").parts.isEmpty, "a reference is not a named role")
    }

    /// A number weighs like a grammar word, even where one pattern names it: "5 Things About Being a
    /// Data Analyst" is still about the analyst, while "top 5 roles" still matches its pattern.
    @Test func aNumberSaysLittleEvenWhereAPatternNamesIt() throws {
        let matcher = try Self.fixture(
            intents: """
                  - id: role.overview
                    patterns: things about being {role}
                    answer: About.
                  - id: roles.list
                    patterns: top [5|10] roles
                    answer: Roles.
                """
        ).matcher
        let plain = matcher.interpret("things about being a data analyst").parts[0].coverage
        let counted = matcher.interpret("5 things about being a data analyst").parts[0]
        #expect(counted.coverage > plain - 0.05, "the 5 costs about as much as an 'a': \(counted.coverage) vs \(plain)")
        let top = matcher.interpret("top 5 roles").parts[0]
        #expect(matcher.rules.rules[top.rule].id == "roles.list" && top.coverage == 1)
    }

    /// What the cost is for: when no role is named, a pattern that needs none beats an equally covering
    /// one whose role slot stays empty, even though the latter is more specific.
    @Test func aPatternWithoutARoleSlotWinsWhenNoRoleIsNamed() throws {
        let matcher = try Self.fixture(
            intents: """
                  - id: role.skills
                    patterns: skills {role}
                    answer: Skills.
                  - id: skills.general
                    patterns: skills
                    answer: General skills.
                """
        ).matcher
        func winner(_ question: String) -> String { matcher.rules.rules[matcher.interpret(question).parts[0].rule].id }
        #expect(winner("skills") == "skills.general")
        #expect(winner("skills data analyst") == "role.skills")
    }

    @Test(arguments: [
        "what skills does a DS need", "asdfgh", "the weather in Paris", "???", "", "🙂🙂", "مرحبا كيف حالك",
    ])
    func confidenceStaysBetweenZeroAndOne(_ text: String) {
        var conversation = Conversation(assistant)
        let reply = conversation.respond(to: text)
        #expect((0...1).contains(reply.confidence))
    }

    /// Off-topic questions fall back without "Did you mean" offers, which would be no near misses.
    @Test(arguments: ["tell me a joke", "qwpoeiruty", "how do I bake bread"])
    func unrelatedQuestionsFallBackWithoutSuggestions(_ text: String) {
        var conversation = Conversation(assistant)
        let reply = conversation.respond(to: text)
        #expect(reply.intent == "fallback")
        #expect(reply.suggestions.isEmpty, "\(reply.suggestions)")
        #expect(!reply.answer.plainText.contains("Did you mean"))
    }

    /// A question near ones the assistant answers (a role it knows, a weak match) gets 1-3 of them.
    @Test(arguments: [
        "what does a data scientist do in a large company with many teams", "what's the weather in Paris",
    ])
    func nearQuestionsFallBackWithSuggestions(_ text: String) {
        var conversation = Conversation(assistant)
        let reply = conversation.respond(to: text)
        #expect(reply.intent == "fallback")
        #expect((1...3).contains(reply.suggestions.count), "\(reply.suggestions)")
        #expect(reply.answer.plainText.contains("Did you mean"))
    }

    @Test(arguments: [
        ("how much does a data scientist earn", "salary"), ("does google hire ML engineers", "companies"),
        ("can I get a visa as an MLE", "visas"), ("is AI going to take my job", "predict"),
        ("how do I prepare for a data science interview", "interviews"),
        ("which course should I take for ML", "courses"),
        ("do data scientists work remotely", "remote work"), ("how many ML engineers are there in India", "predict"),
    ])
    func nearDomainQuestionsGetAnHonestFallback(_ text: String, _ phrase: String) {
        var conversation = Conversation(assistant)
        let reply = conversation.respond(to: text)
        #expect(reply.intent == "fallback")
        #expect(reply.answer.plainText.contains(phrase))
        #expect(reply.rule != nil, "the declining rule is named")
    }

    @Test func compoundQuestionsAnswerEveryPart() {
        var conversation = Conversation(assistant)
        let reply = conversation.respond(to: "what are the skills and responsibilities of an MLOps engineer?")
        #expect(reply.intent == "role.skills")
        #expect(reply.intents == ["role.skills", "role.responsibilities"])
        #expect(reply.roles == ["mlops-engineer"])
        #expect(reply.answer.plainText.contains("Skills for an MLOps engineer"))
        #expect(reply.answer.plainText.contains("MLOps engineer: responsibilities"))
    }

    /// "skills of a data analyst | to build robots for farms": when the whole question is not
    /// covered, the clause before a clause-starter is tried alone, and it must ask about what it names.
    /// A Title-Case heading is read by its title when the title is understood on its own, the subtitle
    /// names no other role and the title is more than a role's name or a command of the conversation.
    @Test func aHeadingIsReadByItsTitle() throws {
        let matcher = try Self.fixture(
            intents: """
                  - id: role.skills
                    patterns: skills [of] {role}
                    answer: Skills.
                  - id: role.overview
                    patterns: |
                      {role}
                      what (is|does) {role} [do]
                    answer: Overview.
                  - id: role.tools
                    patterns: |
                      {role} * spreadsheets * tools * dashboards
                    answer: Tools.
                  - id: more
                    action: more
                    patterns: expanding horizons
                  - id: role.leading
                    patterns: |
                      {role} * leading * teams * great * organizations * budgets
                    answer: Leading.
                  - id: decline.salary
                    fallback: true
                    patterns: salary bands
                    answer: No salaries.
                """
        ).matcher
        func intent(_ question: String) -> String? {
            let part = matcher.interpret(question).parts.first
            return part.flatMap { $0.coverage >= Matcher.threshold ? matcher.rules.rules[$0.rule].id : nil }
        }
        let subtitle = "Spreadsheets, Tools and Dashboards"
        #expect(intent("Skills of a Data Analyst: \(subtitle)") == "role.skills")
        #expect(intent("What Is a Data Analyst (\(subtitle))") == "role.overview")
        #expect(intent("What Is a Data Analyst – \(subtitle)") == "role.overview")
        #expect(
            intent("skills of a data analyst: spreadsheets, tools and dashboards") == "role.tools",
            "not in Title Case: the whole question counts")
        #expect(intent("Skills of a Data Analyst? \(subtitle)") == "role.tools", "a question mark: no heading")
        #expect(intent("Data Analyst: \(subtitle)") == "role.tools", "a title naming only a role")
        #expect(intent("Skills of a Data Analyst: \(subtitle) for a Model Tester") == "role.tools", "another role")
        #expect(intent("Expanding Horizons: Data Analysts, \(subtitle)") == "role.tools", "a command is no title")
        #expect(intent("What Is a Data Analyst") == "role.overview")
        #expect(
            intent("Data Analyst Track: Leading Teams, Great Organizations") == "role.overview",
            "a title naming only a role, beside a subtitle not understood")
        #expect(intent("Great Horizons: Leading Teams in Great Organizations") == nil, "no role, no answer")
        #expect(
            matcher.interpret("Skills of a Data Analyst: Salary Bands").parts.map { matcher.rules.rules[$0.rule].id }
                == ["role.skills", "decline.salary"],
            "a subtitle on a topic declined is answered too")
        #expect(
            intent("Data Analyst Track: Leading Zorbly Teams") == nil,
            "a subtitle with a word nothing knows may be about something else")
    }

    /// "who" right after a job title describes it ("a data analyst who uses spreadsheets"); elsewhere
    /// it still asks ("who uses spreadsheets?").
    @Test func aRelativeWordAfterATitleAsksNothing() throws {
        let matcher = try Self.fixture(
            intents: """
                  - id: roles.find
                    patterns: who uses {topic}
                    answer: Found.
                """, language: "  relative-words: [who]"
        ).matcher
        #expect(matcher.interpret("who uses scala").parts.first?.coverage ?? 0 >= Matcher.threshold)
        #expect(matcher.interpret("or just a data analyst who uses scala").parts.first == nil)
    }

    /// "For those who work as data analysts, what ...?": the clause addressing people says who is
    /// asked; only the question after it is answered.
    @Test func anAddressIsNoQuestionOfItsOwn() throws {
        let matcher = try Self.fixture(
            intents: """
                  - id: role.workplaces
                    patterns: |
                      work as {role}
                    answer: Workplaces.
                  - id: role.skills
                    patterns: |
                      what skills * use * [{role}]
                    answer: Skills.
                """, language: "  address-openers: [for those who]"
        ).matcher
        func intents(_ question: String) -> [String] {
            matcher.interpret(question).parts.map { matcher.rules.rules[$0.rule].id }
        }
        #expect(intents("for those who work as data analysts, what skills do you use") == ["role.skills"])
        #expect(
            intents("many of us work as data analysts, what skills do you use") == ["role.workplaces", "role.skills"])
    }

    @Test func aHeadClauseAnswersWhenTheRestOnlyAddsPurpose() throws {
        let matcher = try Self.fixture(
            intents: """
                  - id: role.skills
                    patterns: skills {role}
                    answer: Skills.
                  - id: role.build
                    patterns: (do|does) {role} build
                    answer: Builds.
                """, language: "  clause-starters: [to, after]\n  references:\n    weak: [it]"
        ).matcher
        func intent(_ question: String) -> String? {
            let part = matcher.interpret(question).parts.first
            return part.flatMap { $0.coverage >= Matcher.threshold ? matcher.rules.rules[$0.rule].id : nil }
        }
        #expect(intent("skills data analyst") == "role.skills")
        #expect(intent("does data analyst build to go on trains so crowded with people already") == "role.build")
        #expect(intent("skills data analyst to build robots for farms in spring") == "role.skills")
        #expect(
            intent("skills data analyst robots farms spring weather hills rain sun") == nil,
            "no clause-starter: nothing to cut")
        #expect(
            intent("does it build sense to go on trains so crowded with people already today again") == nil,
            "'it' points at no role it names")
        #expect(intent("skills to build robots for farms in spring") == nil, "an empty role slot: the rest named it")
    }

    /// "products that use ML": with no role in the question or in focus, "it" and "that" are plain
    /// words, not a role; with a role in focus, or one named in the question, they may point at it.
    @Test func aWeakPronounIsARoleOnlyWhenOneIsAround() throws {
        let matcher = try Self.fixture(
            intents: """
                  - id: role.skills
                    patterns: skills {role}
                    answer: Skills.
                """, language: "  references:\n    weak: [it]"
        ).matcher
        #expect(matcher.interpret("skills it").parts[0].missingRole, "a new conversation: 'it' is only a word")
        #expect(!matcher.interpret("skills it", roleInFocus: true).parts[0].missingRole)
        #expect(matcher.interpret("data analyst skills it").parts[0].roles == ["analyst"])
    }

    @Test func aGreetingIsNotTheMainPart() {
        var conversation = Conversation(assistant)
        let reply = conversation.respond(to: "hi! what does a data scientist do?")
        #expect(reply.intent == "role.overview")
        #expect(reply.intents == ["greeting", "role.overview"])
    }

    @Test func candidatesComeFromTheIndexNotAScan() {
        let tokens = assistant.matcher.tokenizer.tokens("where do research scientists work")
        let candidates = assistant.rules.candidates(for: tokens)
        let all = assistant.rules.rules.reduce(0) { $0 + $1.patterns.count }
        #expect(candidates.count < all / 2)
    }

    @Test func patternElements() throws {
        var vocabulary = Vocabulary()
        let parser = PatternParser(
            normalizer: Normalizer(lexicon: Lexicon()), synonyms: ["pay": [["salary"], ["pay"]]])
        let pattern = try parser.parse(
            "(what|which) [exactly] * ~pay {role}", at: SourceLocation(file: "t", line: 1, column: 1),
            vocabulary: &vocabulary)
        #expect(pattern.roleSlots == 1)
        #expect(pattern.requiredIDs.count == 2)
        #expect(pattern.literals(in: vocabulary) == ["what", "which", "exactly", "salary", "pay"])
    }

    @Test(arguments: [
        ("(a|", 4, "missing ')'"), ("a ] b", 3, "']' without a matching opening bracket"), ("[]", 1, "empty brackets"),
        ("*", 1, "the pattern '*' has no words or slots, so it would match anything"),
        ("(a||b)", 4, "empty alternative before '|'"),
    ])
    func patternSyntaxErrors(_ source: String, _ column: Int, _ message: String) {
        var vocabulary = Vocabulary()
        let parser = PatternParser(normalizer: Normalizer(lexicon: Lexicon()), synonyms: [:])
        #expect(throws: Diagnostic.error(SourceLocation(file: "t", line: 1, column: column), message)) {
            try parser.parse(source, at: SourceLocation(file: "t", line: 1, column: 1), vocabulary: &vocabulary)
        }
    }
}
