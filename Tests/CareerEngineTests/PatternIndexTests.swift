import Testing

@testable import CareerEngine

/// The pattern index hands a question exactly the patterns whose every required element it has.
@Suite struct PatternIndexTests {
    /// Words 0-11; patterns with no, one and several required elements, shared words, an element
    /// whose words the next one shares, and an element too large to pair.
    static let required: [RequiredWords] = [
        RequiredWords([]),
        RequiredWords([[0]]),
        RequiredWords([[0], [1]]),
        RequiredWords([[0], [1], [2]]),
        RequiredWords([[1, 2], [3]]),
        RequiredWords([[4], [4, 5]]),
        RequiredWords([[0], [5], [6, 7]]),
        RequiredWords([Array(0..<9), Array(1..<10)]),
        RequiredWords([[8], [9], [10], [11]]),
        RequiredWords([[3], [0]]),
    ]
    static let index = PatternIndex(required: required, wordCount: 12)

    /// Every pattern the question satisfies, by brute force.
    static func satisfied(by words: [Int], mentionsRole: Bool) -> [Int] {
        let present = Self.present(words)
        return required.indices.filter { number in
            required[number].count == 0 ? mentionsRole : required[number].areSatisfied(by: present)
        }
    }

    static func present(_ words: [Int]) -> [Bool] { (0..<12).map(words.contains) }

    @Test(arguments: [
        [], [0], [0, 1], [1, 0, 2], [3, 2], [4], [4, 5], [0, 5, 7], [9, 1], [8, 9, 10, 11], [0, 3],
    ])
    func theIndexFindsExactlyTheSatisfiedPatterns(words: [Int]) {
        for mentionsRole in [false, true] {
            let found = Self.index.candidates(present: Self.present(words), words: words, mentionsRole: mentionsRole)
            #expect(found == Self.satisfied(by: words, mentionsRole: mentionsRole), "\(words)")
        }
    }

    @Test func everyQuestionOfFourWordsFindsTheSatisfiedPatterns() {
        var seed: UInt64 = 13
        for _ in 0..<500 {
            var words: [Int] = []
            for _ in 0..<4 {
                seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                let word = Int(seed >> 33) % 12
                if !words.contains(word) { words.append(word) }
            }
            let found = Self.index.candidates(present: Self.present(words), words: words, mentionsRole: false)
            #expect(found == Self.satisfied(by: words, mentionsRole: false), "\(words)")
        }
    }

    @Test func theTwoCheapestElementsComeCheapestFirst() {
        let words = RequiredWords([[0, 3], [1], [2, 4]])
        let costs = [5, 2, 1, 0, 2]
        let two = words.twoCheapest { costs[$0] }
        #expect(two.map { Array(words[$0.0]) } == [1])
        #expect(two?.1.map { Array(words[$0]) } == [2, 4])
        let one = RequiredWords([[7]])
        #expect(one.twoCheapest { _ in 0 }.map { Array(one[$0.0]) } == [7])
        #expect(RequiredWords([[7]]).twoCheapest { _ in 0 }?.1 == nil)
        #expect(RequiredWords([]).twoCheapest { _ in 0 } == nil)
    }
}
