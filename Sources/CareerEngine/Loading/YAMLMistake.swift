/// The common YAML mistakes of someone editing data files by hand, said in plain words instead of
/// libyaml's ("mapping values are not allowed in this context"), which is kept in brackets after them.
enum YAMLMistake {
    /// What the editor probably did, or nil for a problem without a plainer wording.
    static func explanation(of problem: String, at location: SourceLocation, lines: [Substring]) -> String? {
        let line = location.line >= 1 && location.line <= lines.count ? lines[location.line - 1] : ""
        if line.prefix(while: { $0 == " " || $0 == "\t" }).contains("\t") || problem.contains("tab character") {
            return "a tab character in the indentation: indent with spaces only"
        }
        if problem.hasPrefix("mapping values are not allowed") {
            if let above = lineAbove(location.line, in: lines), let key = keyWithoutSpace(above.text) {
                return
                    "line \(above.number) has no space after '\(key):': write '\(key): \(above.text.split(separator: ":", maxSplits: 1).last ?? "")'"
            }
            return
                "this line is indented further than the line above it: keys of the same item start in the same column"
        }
        if problem.hasPrefix("did not find expected key") {
            return
                "this line is indented differently from the keys above it: keys of the same item start in the same column"
        }
        if problem.hasPrefix("did not find expected '-' indicator") {
            return
                "this line is indented differently from the lines above it: the '- ' of each list item, and each key inside an item, start in the same column as the ones above"
        }
        if problem.hasPrefix("could not find expected ':'") {
            return "a line without 'key: value' where one was expected: add the ':' and a space after it"
        }
        return nil
    }

    /// The nearest line above `number` that is not blank or a comment, with its number.
    private static func lineAbove(_ number: Int, in lines: [Substring]) -> (number: Int, text: Substring)? {
        var index = min(number - 1, lines.count) - 1
        while index >= 0 {
            let text = lines[index].trimmingTrailingSpaces.drop { $0 == " " }
            if !text.isEmpty, !text.hasPrefix("#") {
                return (index + 1, text.hasPrefix("- ") ? text.dropFirst(2) : text)
            }
            index -= 1
        }
        return nil
    }

    /// `id` for `id:data-scientist`: a plain key glued to its value, not a URL or a time.
    private static func keyWithoutSpace(_ text: Substring) -> Substring? {
        guard let colon = text.firstIndex(of: ":"), colon != text.startIndex else { return nil }
        let key = text[..<colon]
        let after = text[text.index(after: colon)...]
        guard let next = after.first, next != " ", next != "/", !next.isNumber else { return nil }
        return key.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" } ? key : nil
    }
}
