import Testing

@testable import CareerEngine

/// How titles are read from their parts (`titles:` in the data), on a tiny fixture of its own.
@Suite struct TitlesTests {
    static let fixture: Assistant = {
        let text = """
            language:
              fillers: [the, a]
              function-words: [about, me, in, of, for, what, and]
              joiners: [and, or]
              references:
                recent: [they, them]
            roles:
              - id: baker
                name: baker
                aliases: [bread team lead, bakery manager]
                summary:
                  added: [Bakers bake bread.]
              - id: potter
                name: potter
                aliases: [pottery team lead, clay potter]
                summary:
                  added: [Potters shape clay.]
            titles:
              heads: [baker, potter, lead, manager]
              not-in-titles: [good, hire, baking]
              domains: [bread, bakery, pottery]
              field-links: [in, of]
              tails: [person, folks]
              not-covered:
                glassblower: ""
              field-forms:
                pottery: potter
              compared-fields:
                baking: baker
            synonyms:
              compare: [difference, versus]
            intents:
              - id: fallback
                answer: Sorry, I don't know that.
              - id: careers.overview
                patterns: why choose baking
                answer: All the crafts.
              - id: role.overview
                patterns: |
                  tell me about {role}
                  why choose {role}
                answer: About {role.name}.
              - id: roles.compare
                patterns: ~compare * {role}
                answer: "{role1.name} against {role2.name}."
              - id: role.skills
                patterns: what (makes|make) {role}
                answer: Skills of {role.name}.
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

    /// "teams in ML": a word before a field link ends a title only when a role's name ends with it or
    /// links a field with it ("ML team lead" holds "team", but no name ends with it).
    @Test func aTitleBeforeAFieldLinkEndsAsANameEnds() {
        #expect(Self.roles("tell me about the team in bread").isEmpty)
        #expect(Self.roles("tell me about the lead in bread") == ["baker"])
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

    /// "the difference between ML and data science": a field in a comparison stands for its role.
    @Test func aComparedFieldStandsForItsRole() {
        var conversation = Conversation(Self.fixture)
        let reply = conversation.respond(to: "the difference between baking and a potter")
        #expect(reply.intents == ["roles.compare"])
        #expect(reply.roles == ["baker", "potter"])
        var other = Conversation(Self.fixture)
        let plain = other.respond(to: "the difference between glazing and a potter")
        #expect(plain.roles.count < 2)
    }

    /// "data science or AI/ML research": a field right in front of a title describes it and is not
    /// compared on its own.
    @Test func aFieldInFrontOfATitleIsNotCompared() {
        var conversation = Conversation(Self.fixture)
        let reply = conversation.respond(to: "the difference between a baking potter and glazing")
        #expect(!reply.roles.contains("baker"))
        #expect(reply.roles.count < 2)
    }

    /// "Why choose AI & data science?": a role's field beside a compared field is the field at large,
    /// unless the question compares them.
    @Test func aRolesFieldBesideAComparedFieldIsTheFieldAtLarge() {
        let questions = [
            "why choose baking and clay pottery", "why choose clay pottery or baking",
            "why choose baking and clay pottery folks",
        ]
        for question in questions {
            var conversation = Conversation(Self.fixture)
            let reply = conversation.respond(to: question)
            #expect(reply.intents == ["careers.overview"], "\(question)")
            #expect(reply.roles.isEmpty, "\(question)")
        }
        var single = Conversation(Self.fixture)
        #expect(single.respond(to: "why choose clay pottery").roles == ["potter"])
        var compared = Conversation(Self.fixture)
        #expect(compared.respond(to: "the difference between baking and clay pottery").roles == ["baker", "potter"])
    }

    /// A compared field must name a role the data has; `check` says which entry does not.
    @Test func aComparedFieldNeedsAKnownRole() throws {
        let text = """
            roles:
              - id: baker
                name: baker
                summary:
                  added: [Bakers bake bread.]
            titles:
              compared-fields:
                baking: bakr
            intents:
              - id: fallback
                answer: Sorry.
            """
        do {
            _ = try Assistant(files: [DataFile(path: "F/f.yaml", text: text)])
            Issue.record("a compared field naming an unknown role was accepted")
        } catch {
            #expect(
                error.diagnostics.map { $0.rendered() }.contains {
                    $0.hasPrefix("F/f.yaml:8:5: error: unknown role 'bakr' for the field 'baking'")
                })
        }
    }

    /// "Kilns and glazes, what makes them so hard?": "them" follows words no rule explains, so it means
    /// them, not a role, and the answer is the fallback instead of "which role do you mean?".
    @Test func aReferenceAfterUnexplainedWordsIsNoRole() {
        var conversation = Conversation(Self.fixture)
        let after = conversation.respond(to: "kilns and glazes, what makes them")
        #expect(after.intents == ["fallback"])
        var fresh = Conversation(Self.fixture)
        let alone = fresh.respond(to: "what makes them")
        #expect(alone.intents == ["role.skills"])
    }

    /// "a search engineer": a word that starts no title, in front of a head noun, makes a title on no
    /// list, so a role not covered; a describing word or a verb of `not-in-titles` does not.
    @Test func aWordInFrontOfAHeadMakesATitleNotCovered() {
        let tokens = Self.fixture.matcher.tokenizer.tokens("tell me about a wedding baker")
        guard case .uncovered(let role, _) = tokens.last?.kind else {
            Issue.record("no uncovered title")
            return
        }
        #expect(role.title == "wedding baker")
        #expect(Self.roles("tell me about a good baker") == ["baker"])
        #expect(Self.roles("we hire baker") == ["baker"])
        #expect(Self.roles("tell me about a baker") == ["baker"])
    }
}
