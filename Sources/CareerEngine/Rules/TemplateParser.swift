/// Parses answer templates (see `Template`), reporting unknown placeholders at their line and column:
/// every one of them, so that one `check` run shows all the mistakes of an answer.
enum TemplateParser {
    static func parse(_ text: String, at location: SourceLocation) throws(DataProblems) -> Template {
        var bytes = text
        if let line = bytes.withUTF8(plainLine) { return Template(lines: [line], location: location) }
        var lines: [Template.Line] = []
        var problems: [Diagnostic] = []
        for (number, raw) in text.lines.enumerated() {
            let lineLocation = SourceLocation(
                file: location.file, line: location.line + number, column: location.column)
            let trimmed = raw.drop { $0 == " " }
            guard !trimmed.trimmingTrailingSpaces.isEmpty else { continue }
            let (kind, body) = kindAndBody(of: trimmed)
            // Most lines hold no placeholder: their text is the whole segment, and no column is counted.
            guard body.utf8.contains(UInt8(ascii: "{")) else {
                let text = body.trimmingTrailingSpaces
                lines.append(Template.Line(kind: kind, segments: text.isEmpty ? [] : [.text(String(text))]))
                continue
            }
            let offset = raw.count - body.count
            lines.append(
                Template.Line(
                    kind: kind, segments: segments(of: body, at: lineLocation.shifted(by: offset), problems: &problems))
            )
        }
        if lines.isEmpty { problems.append(.error(location, "the answer is empty")) }
        guard problems.isEmpty else { throw DataProblems(problems) }
        return Template(lines: lines, location: location)
    }

    /// The one line of an ASCII answer with no placeholder and no line break (most answers), read
    /// from its bytes; nil for any other answer, and for an empty one.
    private static func plainLine(_ bytes: UnsafeBufferPointer<UInt8>) -> Template.Line? {
        guard !bytes.contains(where: { $0 >= 0x80 || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "{") }) else {
            return nil
        }
        var start = 0
        while start < bytes.count, bytes[start] == UInt8(ascii: " ") { start += 1 }
        var end = bytes.count
        while end > start, bytes[end - 1] == UInt8(ascii: " ") || bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        guard end > start else { return nil }
        var kind = Template.Line.Kind.paragraph
        // "# " and "- " are read before the end is trimmed, as `kindAndBody` does.
        if bytes.count - start >= 2, bytes[start + 1] == UInt8(ascii: " ") {
            if bytes[start] == UInt8(ascii: "#") { kind = .heading }
            if bytes[start] == UInt8(ascii: "-") { kind = .bullet }
            if kind != .paragraph { start += 2 }
        }
        end = max(end, start)
        let body = String(decoding: bytes[start..<end], as: UTF8.self)
        return Template.Line(kind: kind, segments: body.isEmpty ? [] : [.text(body)])
    }

    private static func kindAndBody(of line: Substring) -> (Template.Line.Kind, Substring) {
        if line.hasPrefix("# ") { return (.heading, line.dropFirst(2)) }
        if line.hasPrefix("- ") { return (.bullet, line.dropFirst(2)) }
        return (.paragraph, line)
    }

    private static func segments(of body: Substring, at location: SourceLocation, problems: inout [Diagnostic])
        -> [Template.Segment]
    {
        var segments: [Template.Segment] = []
        var text = ""
        var rest = body.trimmingTrailingSpaces
        while let open = rest.firstIndex(of: "{") {
            text += rest[..<open]
            let column = body.distance(from: body.startIndex, to: open)
            guard let close = rest[open...].firstIndex(of: "}") else {
                problems.append(.error(location.shifted(by: column), "'{' without a closing '}'"))
                return segments
            }
            if !text.isEmpty { segments.append(.text(text)) }
            text = ""
            let name = String(rest[rest.index(after: open)..<close])
            do throws(Diagnostic) {
                segments.append(.placeholder(try placeholder(name, at: location.shifted(by: column))))
            } catch {
                problems.append(error)
            }
            rest = rest[rest.index(after: close)...]
        }
        text += rest
        if !text.isEmpty { segments.append(.text(text)) }
        return segments
    }

    static let subjects = ["role", "role1", "role2", "careers", "roles", "found", "ranking", "uncovered"]

    static func placeholder(_ name: String, at location: SourceLocation) throws(Diagnostic) -> Placeholder {
        let parts = name.split(separator: ".", maxSplits: 1).map(String.init)
        switch (parts.first ?? "", parts.count > 1 ? parts[1] : nil) {
        case ("found", nil): return .found
        case ("ranking", nil): return .ranking
        case ("uncovered", nil): return .uncovered
        case ("listed", nil): return .listed
        case (let name, nil) where Placeholder.valueNames.contains(name): return .value(name)
        case ("roles", "names"): return .roleNames
        case ("roles", let field?) where RoleField(rawValue: field) != nil:
            return .everyRole(RoleField(rawValue: field)!)
        case ("careers", "paths"): return .careersPaths
        case ("careers", let field?):
            if let field = CareersField(rawValue: field) { return .careers(field) }
            let known = CareersField.allCases.map(\.rawValue) + ["paths"]
            throw .error(
                location,
                "'{\(name)}' names no fact: careers have no '\(field)'\(Suggestion.hint(for: field, in: known))")
        case (let subject, let field?) where ["role", "role1", "role2"].contains(subject):
            guard let property = RoleProperty.names[field] else {
                let hint = Suggestion.hint(for: field, in: RoleProperty.names.keys.sorted())
                throw .error(location, "'{\(name)}' names no fact: roles have no '\(field)'\(hint)")
            }
            return .role(index: subject == "role2" ? 1 : 0, property)
        case (let subject, _):
            let hint = Suggestion.hint(
                for: name, in: ["role.name", "role.skills", "careers.skills", "roles.names", "found", "ranking"])
            throw .error(location, "unknown placeholder '{\(name)}'\(subject.isEmpty ? "" : hint)")
        }
    }
}
