import Testing
import TranscriptKit

@testable import CareerEngine

/// The required words of a pattern, kept in one flat array, answer as the nested lists did.
@Suite struct RequiredWordsTests {
    let words = RequiredWords([[0, 3], [1], [2, 4]])

    @Test func everyElementNeedsOneOfItsWords() {
        #expect(words.count == 3)
        #expect(words.areSatisfied(by: [true, true, false, false, true]))
        #expect(!words.areSatisfied(by: [true, false, true, true, true]))
        #expect(!words.areSatisfied(by: [false, true, true, false, false]))
        #expect(RequiredWords([]).areSatisfied(by: []))
    }

    @Test func theCheapestElementIsTheFirstOfEquals() {
        let costs = [5, 2, 1, 0, 2]
        #expect(words.cheapest { costs[$0] }.map(Array.init) == [1])
        #expect(words.cheapest { _ in 1 }.map(Array.init) == [1])
        #expect(RequiredWords([[7], [8]]).cheapest { _ in 0 }.map(Array.init) == [7])
        #expect(RequiredWords([]).cheapest { _ in 0 } == nil)
        #expect(Array(words.all) == [0, 3, 1, 2, 4])
    }

    /// The automaton names by id exactly the words the pattern's elements name (`literals`).
    @Test func theAutomatonNamesThePatternsLiterals() {
        let rules = Fixtures.shipped.rules
        for pattern in rules.rules.flatMap(\.patterns) {
            let literals = pattern.literals(in: rules.vocabulary)
            for (id, word) in rules.vocabulary.words.enumerated() {
                #expect(pattern.automaton.consumesWord(id) == literals.contains(word), "\(pattern.source): \(word)")
            }
        }
        #expect(!rules.rules[0].patterns[0].automaton.consumesWord(-1))
    }
}
