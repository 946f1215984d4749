/// One problem found in the data files: where it is, how bad, and what is wrong.
public struct Diagnostic: Hashable, Sendable, Error {
    public enum Severity: String, Sendable { case error, warning }

    public let severity: Severity
    public let location: SourceLocation
    public let message: String

    public init(_ severity: Severity, at location: SourceLocation, _ message: String) {
        self.severity = severity
        self.location = location
        self.message = message
    }

    static func error(_ location: SourceLocation, _ message: String) -> Diagnostic {
        Diagnostic(.error, at: location, message)
    }

    static func warning(_ location: SourceLocation, _ message: String) -> Diagnostic {
        Diagnostic(.warning, at: location, message)
    }

    /// `FILE:LINE:COLUMN: error: MESSAGE`, then the source line and a caret when `source` has it.
    public func rendered(source: String? = nil) -> String {
        var text = "\(location): \(severity.rawValue): \(message)"
        guard let source, let line = Self.line(location.line, of: source) else { return text }
        let visible = String(line.map { $0 == "\t" ? " " : $0 })
        text += "\n    \(visible)\n    \(String(repeating: " ", count: max(0, location.column - 1)))^"
        return text
    }

    private static func line(_ number: Int, of source: String) -> Substring? {
        var current = 1
        for line in source.lines {
            if current == number { return line.hasSuffix("\r") ? line.dropLast() : line }
            current += 1
        }
        return nil
    }
}

/// The errors and warnings found while loading data. Thrown when any is an error.
public struct DataProblems: Error, Sendable {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
}
