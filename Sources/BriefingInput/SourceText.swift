import BriefingCore

/// The lines of an input file (manifest, notes, theme), to turn cmark's byte positions and Yams's marks into
/// `SourceLocation`s (1-based line, column in Unicode scalars) with the line's text.
struct SourceText {
    let path: String
    /// The lines without their terminators (`\n`, `\r\n` or `\r`, as cmark counts them).
    let lines: [Substring]
    /// The document's fonts, when known: text they cannot draw is reported where it is written.
    let coverage: (any GlyphCoverage)?

    init(path: String, text: String, coverage: (any GlyphCoverage)? = nil) {
        self.path = path
        self.coverage = coverage
        var lines: [Substring] = []
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var index = start
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if scalar == "\n" || scalar == "\r" {
                lines.append(Substring(scalars[start..<index]))
                var next = scalars.index(after: index)
                if scalar == "\r", next < scalars.endIndex, scalars[next] == "\n" { next = scalars.index(after: next) }
                start = next
                index = next
            } else {
                index = scalars.index(after: index)
            }
        }
        lines.append(Substring(scalars[start..<scalars.endIndex]))
        self.lines = lines
    }

    /// The text of 1-based line `number`, if the file has it.
    func line(_ number: Int) -> String? {
        guard number >= 1, number <= lines.count else { return nil }
        return String(lines[number - 1])
    }

    /// A location from a 1-based line and a column counted in Unicode scalars.
    func location(line: Int, column: Int) -> SourceLocation {
        SourceLocation(path: path, line: max(line, 1), column: max(column, 1))
    }

    /// A location from cmark's 1-based line and 1-based byte column.
    func location(line: Int, byteColumn: Int) -> SourceLocation {
        guard let text = self.line(line) else { return location(line: line, column: byteColumn) }
        var bytes = 0
        var column = 1
        for scalar in text.unicodeScalars {
            if bytes >= byteColumn - 1 { break }
            bytes += UTF8.width(scalar)
            column += 1
        }
        return location(line: line, column: column)
    }

    /// A warning at `location` showing the line it is on.
    func warning(_ location: SourceLocation, _ message: String) -> Diagnostic {
        .warning(at: location, message, sourceLine: line(location.line))
    }

    /// An error at `location` showing the line it is on.
    func error(_ location: SourceLocation, _ message: String) -> Diagnostic {
        .error(at: location, message, sourceLine: line(location.line))
    }
}
