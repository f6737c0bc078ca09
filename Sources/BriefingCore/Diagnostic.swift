/// A position in an input file: 1-based line and column (columns count Unicode scalars).
public struct SourceLocation: Hashable, Sendable, Comparable {
    public var path: String
    public var line: Int
    public var column: Int

    public init(path: String, line: Int, column: Int) {
        self.path = path
        self.line = line
        self.column = column
    }

    /// A location naming a whole file (line and column 1).
    public static func file(_ path: String) -> SourceLocation { SourceLocation(path: path, line: 1, column: 1) }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.path, a.line, a.column) < (b.path, b.line, b.column)
    }
}

/// One problem found in the input, reported as `path:line:col: error: message`.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable, Comparable {
        case warning
        case error

        public static func < (a: Severity, b: Severity) -> Bool { a == .warning && b == .error }
    }

    public var location: SourceLocation
    public var severity: Severity
    public var message: String
    /// The text of the offending line, shown under the message with a caret at the column.
    public var sourceLine: String?

    public init(_ severity: Severity, at location: SourceLocation, _ message: String, sourceLine: String? = nil) {
        self.location = location
        self.severity = severity
        self.message = message
        self.sourceLine = sourceLine
    }

    public static func error(at location: SourceLocation, _ message: String, sourceLine: String? = nil) -> Diagnostic {
        Diagnostic(.error, at: location, message, sourceLine: sourceLine)
    }

    public static func warning(at location: SourceLocation, _ message: String, sourceLine: String? = nil) -> Diagnostic
    {
        Diagnostic(.warning, at: location, message, sourceLine: sourceLine)
    }

    /// The one-line form: `path:line:col: error: message`.
    public var summary: String {
        "\(location.path):\(location.line):\(location.column): \(severity.rawValue): \(message)"
    }

    /// The one-line form followed, when the source line is known, by that line and a caret.
    public var description: String {
        guard let sourceLine else { return summary }
        let caretPad = String(repeating: " ", count: max(0, location.column - 1))
        return "\(summary)\n    \(sourceLine)\n    \(caretPad)^"
    }
}

/// Thrown when input is invalid; carries every problem found, not just the first.
public struct DiagnosticError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

/// Collects diagnostics while reading input, so that all problems are reported together.
public struct DiagnosticBag: Sendable {
    public private(set) var diagnostics: [Diagnostic] = []

    public init() {}

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    public mutating func append(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

    public mutating func append(contentsOf other: [Diagnostic]) { diagnostics.append(contentsOf: other) }

    public mutating func error(_ location: SourceLocation, _ message: String, sourceLine: String? = nil) {
        diagnostics.append(.error(at: location, message, sourceLine: sourceLine))
    }

    public mutating func warning(_ location: SourceLocation, _ message: String, sourceLine: String? = nil) {
        diagnostics.append(.warning(at: location, message, sourceLine: sourceLine))
    }

    /// Throws a `DiagnosticError` holding everything collected if any of it is an error.
    public func throwIfErrors() throws(DiagnosticError) {
        if hasErrors { throw DiagnosticError(diagnostics) }
    }
}
