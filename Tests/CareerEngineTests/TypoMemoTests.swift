import Testing

@testable import CareerEngine

/// The typo corrections memo answers as the index does, and stays within its limit.
@Suite struct TypoMemoTests {
    static let words: Set<String> = ["scientist", "engineer", "salary", "where", "hello", "help", "model"]
    static let asked = ["scintist", "enginer", "salray", "wher", "helo", "modle", "zzzz", "engineer", "xy", "heyyy"]

    @Test func theMemoGivesTheIndexsAnswers() {
        let index = TypoIndex(words: Self.words)
        let memo = LazyTypoIndex(words: Self.words)
        for _ in 0..<3 {
            for word in Self.asked { #expect(memo.correction(for: word) == index.correction(for: word), "\(word)") }
        }
        #expect(memo.memoCount == Set(Self.asked).count)
    }

    @Test func aFullMemoStillAnswersAndGrowsNoMore() {
        let index = TypoIndex(words: Self.words)
        let memo = LazyTypoIndex(words: Self.words, memoLimit: 3)
        for word in Self.asked + Self.asked { #expect(memo.correction(for: word) == index.correction(for: word)) }
        #expect(memo.memoCount == 3)
    }
}
