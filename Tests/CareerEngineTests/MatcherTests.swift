@testable import CareerEngine
import TranscriptKit
import Testing

/// Normalization, typo tolerance, role recognition and scoring, on the shipped rules.
@Suite struct MatcherTests {
    let assistant = Fixtures.shipped

    func read(_ text: String) -> String { assistant.normalized(text) }

    @Test(arguments: [
        ("What's a DATA Scientist?!", "what is a {data-scientist}"),
        ("what’s a data scientist", "what is a {data-scientist}"),
        ("Café, résumé & naïve", "cafe | resum and naiv"),
        ("don't u need a PhD", "do not you need a doctorat"),
        ("deploying   models", "deploy model"),
        ("responsibilities", "responsibility"),
        ("data-scientists vs. ML engineers", "{data-scientist} versus {ml-engineer}"),
        ("so - where do they work", "so | wher do {recent:they} work"),
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

    @Test(arguments: ["mlops", "pytorch", "cook", "earn", "kubernetes"])
    func neverCorrectsKnownOrDomainWords(_ word: String) {
        let tokens = assistant.matcher.tokenizer.tokens(word)
        #expect(tokens.count == 1)
        #expect(tokens.first?.original == word || tokens.first?.roles == ["mlops-engineer"])
        if word != "mlops" { #expect(tokens.first?.word == Stemmer.stem(word)) }
    }

    @Test(arguments: [
        ("MLE", ["ml-engineer"]), ("DS", ["data-scientist"]), ("CAIO", ["chief-ai-officer"]),
        ("ML ops engineer", ["mlops-engineer"]), ("MLOps", ["mlops-engineer"]), ("AI researcher", ["research-scientist"]),
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

    @Test func aMissingRoleCostsALittle() {
        let with = assistant.matcher.interpret("what skills does a data scientist need").parts[0]
        let without = assistant.matcher.interpret("what skills does one need to know").parts[0]
        #expect(!with.missingRole)
        #expect(without.coverage < 1)
    }

    @Test(arguments: ["what skills does a DS need", "asdfgh", "the weather in Paris", "???", "", "🙂🙂", "مرحبا كيف حالك"])
    func confidenceStaysBetweenZeroAndOne(_ text: String) {
        var conversation = Conversation(assistant)
        let reply = conversation.respond(to: text)
        #expect((0...1).contains(reply.confidence))
    }

    @Test(arguments: ["what's the weather in Paris", "tell me a joke", "qwpoeiruty", "how do I bake bread"])
    func unrelatedQuestionsFallBackWithSuggestions(_ text: String) {
        var conversation = Conversation(assistant)
        let reply = conversation.respond(to: text)
        #expect(reply.intent == "fallback")
        #expect((2...3).contains(reply.suggestions.count))
        #expect(reply.answer.plainText.contains("Did you mean"))
    }

    @Test(arguments: [
        ("how much does a data scientist earn", "salary"), ("does google hire ML engineers", "companies"),
        ("can I get a visa as an MLE", "visas"), ("is AI going to take my job", "predict"),
        ("how do I prepare for a data science interview", "interviews"), ("which course should I take for ML", "courses"),
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
        let parser = PatternParser(normalizer: Normalizer(lexicon: Lexicon()), synonyms: ["pay": [["salary"], ["pay"]]])
        let pattern = try parser.parse("(what|which) [exactly] * ~pay {role}", at: SourceLocation(file: "t", line: 1, column: 1), vocabulary: &vocabulary)
        #expect(pattern.roleSlots == 1)
        #expect(pattern.anchors == ["what", "which"] || pattern.anchors == ["salary", "pay"])
        #expect(pattern.literals == ["what", "which", "exactly", "salary", "pay"])
    }

    @Test(arguments: [("(a|", 4, "missing ')'"), ("a ] b", 3, "']' without a matching opening bracket"), ("[]", 1, "empty brackets"),
                      ("*", 1, "the pattern '*' has no words or slots, so it would match anything"), ("(a||b)", 4, "empty alternative before '|'")])
    func patternSyntaxErrors(_ source: String, _ column: Int, _ message: String) {
        var vocabulary = Vocabulary()
        let parser = PatternParser(normalizer: Normalizer(lexicon: Lexicon()), synonyms: [:])
        #expect(throws: Diagnostic.error(SourceLocation(file: "t", line: 1, column: column), message)) {
            try parser.parse(source, at: SourceLocation(file: "t", line: 1, column: 1), vocabulary: &vocabulary)
        }
    }
}
