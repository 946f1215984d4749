/// A position in a data file: the file's display path and a 1-based line and column.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `FILE:LINE:COLUMN`, as compilers print it.
    public var description: String { "\(file):\(line):\(column)" }

    /// `FILE:LINE`, the short form used in replies.
    public var fileAndLine: String { "\(file):\(line)" }

    /// The same line, `offset` columns further right.
    func shifted(by offset: Int) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column + offset)
    }
}
