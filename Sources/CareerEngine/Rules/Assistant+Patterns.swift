extension Assistant {
    /// Compiles `source` as one pattern line of an intent, with this assistant's language and synonym
    /// lists, and matches `question` against that pattern alone: the share of the question's weight it
    /// covers (0...1), or nil when it does not match. A bad pattern throws the diagnostic the loader gives.
    ///
    /// For tools that try a pattern before writing it into a file, and for fuzzing the pattern compiler.
    public func coverage(of question: String, byPattern source: String) throws(Diagnostic) -> Double? {
        let location = SourceLocation(file: "pattern", line: 1, column: 1)
        let normalizer = matcher.tokenizer.normalizer
        var vocabulary = rules.vocabulary
        let pattern = try PatternParser(normalizer: normalizer, synonyms: synonyms).parse(
            source, at: location, vocabulary: &vocabulary)
        // The pattern's new words weigh as rule words, as they would had the pattern been loaded with the rules.
        let tokens = Array(matcher.tokenizer.knowing(vocabulary).tokens(question).prefix(Matcher.maximumTokens))
        let total = tokens.reduce(0) { $0 + $1.weight }
        guard total > 0, let (covered, missingRole) = pattern.automaton.bestCoverage(of: tokens) else { return nil }
        let penalty = missingRole ? PatternAutomaton.missingRoleCost : 0
        return min(1, max(0, covered / total - penalty))
    }
}
