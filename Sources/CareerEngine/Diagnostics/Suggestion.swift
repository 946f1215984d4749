/// "Did you mean ...?" for names in data files (and commands the command line offers), by edit distance.
public enum Suggestion {
    /// The candidate nearest to `name`, if it is close enough to be a likely typo.
    public static func nearest(to name: String, in candidates: some Sequence<String>) -> String? {
        let limit = max(1, name.count / 3)
        var best: (String, Int)?
        for candidate in candidates {
            let distance = EditDistance.between(name, candidate, limit: limit)
            if distance <= limit, distance < (best?.1 ?? .max) { best = (candidate, distance) }
        }
        return best?.0
    }

    /// ` (did you mean 'x'?)` or nothing.
    static func hint(for name: String, in candidates: some Sequence<String>) -> String {
        nearest(to: name, in: candidates).map { " (did you mean '\($0)'?)" } ?? ""
    }
}
