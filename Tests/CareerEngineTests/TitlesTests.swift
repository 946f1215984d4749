import Testing

@testable import CareerEngine

/// How titles are read from their parts (`titles:` in the data), on a tiny fixture of its own.
@Suite struct TitlesTests {
    static let fixture: Assistant = {
        let text = """
            language:
              fillers: [the, a]
              function-words: [about, me, in, of, for]
            roles:
              - id: baker
                name: baker
                aliases: [bread team lead, bakery manager]
                summary:
                  added: [Bakers bake bread.]
              - id: potter
                name: potter
                aliases: [pottery team lead]
                summary:
                  added: [Potters shape clay.]
            titles:
              heads: [baker, potter, lead, manager]
              domains: [bread, bakery, pottery]
              field-links: [in, of]
              tails: [person, folks]
              not-covered:
                glassblower: ""
            intents:
              - id: fallback
                answer: Sorry, I don't know that.
              - id: role.overview
                patterns: tell me about {role}
                answer: About {role.name}.
            """
        return try! Assistant(files: [DataFile(path: "Fixture/fixture.yaml", text: text)])
    }()

    static func roles(_ question: String) -> [String] {
        fixture.matcher.tokenizer.tokens(question).flatMap(\.roles)
    }

    /// "team lead in data science" is the data science team lead: the field after a link word is read
    /// as the words in front of the title.
    @Test(arguments: ["tell me about a team lead in bread", "tell me about the manager of bakery"])
    func aFieldAfterTheTitleNamesTheRole(_ question: String) {
        #expect(Self.roles(question) == ["baker"])
    }

    /// The longest field that makes a title: "manager of machine learning teams" leaves "teams" out.
    @Test func aFieldIsCutToTheWordsThatMakeATitle() {
        #expect(Self.roles("tell me about the manager of bakery bread") == ["baker"])
    }

    /// A field no role's name holds with the title is never matched to a role.
    @Test func aFieldThatNoNameHoldsNamesNoRole() {
        #expect(Self.roles("tell me about a manager in pottery").isEmpty)
    }

    /// "an MLOps person", "data science folks": a tail word is part of the title, not a word left over.
    @Test func aTailWordIsPartOfTheTitle() {
        let tokens = Self.fixture.matcher.tokenizer.tokens("tell me about a baker person")
        #expect(tokens.last?.roles == ["baker"])
        #expect(tokens.last?.original == "baker person")
    }

    /// An uncovered title is named back as the question wrote it, so it keeps its tail word out.
    @Test func anUncoveredTitleTakesNoTail() {
        let tokens = Self.fixture.matcher.tokenizer.tokens("tell me about a glassblower person")
        #expect(tokens.map(\.original).suffix(2) == ["glassblower", "person"])
    }
}
