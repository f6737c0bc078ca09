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
    public enum Severity: String, Sendable, Comparable, CaseIterable {
        /// What briefing decided for the user (a frequency inferred, the year reported on): shown
        /// by `briefing check`, not counted as a problem.
        case note
        case warning
        case error

        /// Notes before warnings before errors.
        public static func < (a: Severity, b: Severity) -> Bool {
            allCases.firstIndex(of: a) ?? 0 < allCases.firstIndex(of: b) ?? 0
        }
    }

    public var location: SourceLocation
    public var severity: Severity
    public var message: String
    /// The offending line, shown under the message with a caret at the column; a long line is cut
    /// to a window around the column (see `SourceExcerpt`).
    public var excerpt: SourceExcerpt?
    /// How many more problems of its kind on its line this one stands for ("(and N more on this
    /// line)"); counted in totals.
    public var repeats = 0

    /// The problems this diagnostic reports: itself and its repeats.
    public var problemCount: Int { 1 + repeats }

    /// The text shown of the offending line.
    public var sourceLine: String? { excerpt?.text }

    /// A diagnostic showing `sourceLine`, cut around the column when it is long.
    public init(_ severity: Severity, at location: SourceLocation, _ message: String, sourceLine: String? = nil) {
        self.init(
            severity, at: location, message,
            excerpt: sourceLine.map { SourceExcerpt(line: $0, column: location.column) })
    }

    /// A diagnostic showing `excerpt`, already cut (a table cuts it from its bytes at O(1) cost).
    public init(_ severity: Severity, at location: SourceLocation, _ message: String, excerpt: SourceExcerpt?) {
        self.location = location
        self.severity = severity
        self.message = message
        self.excerpt = excerpt
    }

    public static func error(at location: SourceLocation, _ message: String, sourceLine: String? = nil) -> Diagnostic {
        Diagnostic(.error, at: location, message, sourceLine: sourceLine)
    }

    public static func warning(at location: SourceLocation, _ message: String, sourceLine: String? = nil) -> Diagnostic
    {
        Diagnostic(.warning, at: location, message, sourceLine: sourceLine)
    }

    public static func error(at location: SourceLocation, _ message: String, excerpt: SourceExcerpt?) -> Diagnostic {
        Diagnostic(.error, at: location, message, excerpt: excerpt)
    }

    /// What sort of problem this is: the message with each quoted part (`'x'`) shown as `'…'`, each
    /// run of digits as `N`, and a repeat count ("(and 3 more on this line)") left out. Problems of
    /// one kind differ only in the values they quote.
    public var kind: String {
        // On UTF-8 bytes: this runs for every diagnostic collected, a million for a bad long table.
        var body = message.utf8[...]
        let suffix = " more on this line)".utf8
        if body.count > suffix.count, body.suffix(suffix.count).elementsEqual(suffix),
            let open = body.lastIndex(of: UInt8(ascii: "(")), open > body.startIndex,
            body[open...].starts(with: "(and ".utf8)
        {
            body = body[..<body.index(before: open)]
        }
        let quote = UInt8(ascii: "'")
        var kind: [UInt8] = []
        kind.reserveCapacity(body.count)
        var quoted = false
        var inDigits = false
        for byte in body {
            if byte == quote {
                if quoted { kind.append(contentsOf: "…".utf8) }
                kind.append(quote)
                quoted.toggle()
                inDigits = false
            } else if quoted {
                continue
            } else if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                if !inDigits { kind.append(UInt8(ascii: "N")) }
                inDigits = true
            } else {
                kind.append(byte)
                inDigits = false
            }
        }
        return String(decoding: kind, as: UTF8.self)
    }

    /// The one-line form: `path:line:col: error: message`.
    public var summary: String {
        "\(location.path):\(location.line):\(location.column): \(severity.rawValue): \(message)"
    }

    /// The one-line form followed, when the source line is known, by that line and a caret.
    public var description: String {
        guard let excerpt else { return summary }
        let caretPad = String(repeating: " ", count: max(0, excerpt.caret - 1))
        return "\(summary)\n    \(excerpt.text)\n    \(caretPad)^"
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
///
/// Up to `shownPerLine` diagnostics of one kind (see `Diagnostic.kind`) and severity on one line of
/// one file are all kept; from the next one on, only the first is, reported with
/// "(and N more on this line)", so that a wide row of bad cells is one diagnostic, not thousands.
public struct DiagnosticBag: Sendable {
    /// How many diagnostics of one kind a line may show before they are summarised in one.
    public static let shownPerLine = 3

    private struct Place: Hashable {
        var severity: Diagnostic.Severity
        var kind: String
    }

    /// The diagnostics in the order collected; nil where one was folded into the first of its place.
    private var kept: [Diagnostic?] = []
    /// For each index in `kept` whose diagnostic summarises others, how many others.
    private var folded: [Int: Int] = [:]
    /// The line being collected, and for each kind on it the indices in `kept` of its diagnostics
    /// (only the first once summarised) and how many there are. Diagnostics come line by line, so
    /// only the last line is remembered: memory does not grow with the number of lines.
    private var line: (path: String, number: Int)?
    private var places: [Place: (indices: [Int], count: Int)] = [:]
    public private(set) var hasErrors = false

    public init() {}

    /// Everything collected, in the order collected, repeats summarised.
    public var diagnostics: [Diagnostic] {
        guard !folded.isEmpty else { return kept.compactMap { $0 } }
        var all = kept
        for (index, count) in folded {
            all[index]?.message += " (and \(count.groupedDigits) more on this line)"
            all[index]?.repeats = count
        }
        return all.compactMap { $0 }
    }

    public mutating func append(_ diagnostic: Diagnostic) {
        hasErrors = hasErrors || diagnostic.severity == .error
        let location = diagnostic.location
        if line?.path != location.path || line?.number != location.line {
            line = (location.path, location.line)
            places = [:]
        }
        let place = Place(severity: diagnostic.severity, kind: diagnostic.kind)
        guard var entry = places[place] else {
            places[place] = ([kept.count], 1)
            kept.append(diagnostic)
            return
        }
        entry.count += 1
        if entry.count <= Self.shownPerLine {
            entry.indices.append(kept.count)
            kept.append(diagnostic)
        } else {
            for index in entry.indices.dropFirst() { kept[index] = nil }
            entry.indices = [entry.indices[0]]
            folded[entry.indices[0]] = entry.count - 1
        }
        places[place] = entry
    }

    public mutating func append(contentsOf other: [Diagnostic]) {
        for diagnostic in other { append(diagnostic) }
    }

    public mutating func error(_ location: SourceLocation, _ message: String, sourceLine: String? = nil) {
        append(.error(at: location, message, sourceLine: sourceLine))
    }

    public mutating func warning(_ location: SourceLocation, _ message: String, sourceLine: String? = nil) {
        append(.warning(at: location, message, sourceLine: sourceLine))
    }

    /// Throws a `DiagnosticError` holding everything collected if any of it is an error.
    public func throwIfErrors() throws(DiagnosticError) {
        if hasErrors { throw DiagnosticError(diagnostics) }
    }
}

extension Sequence<Diagnostic> {
    /// How many problems of `severity` these diagnostics report, counting those each summarises.
    public func problemCount(_ severity: Diagnostic.Severity) -> Int {
        reduce(0) { $0 + ($1.severity == severity ? $1.problemCount : 0) }
    }
}
