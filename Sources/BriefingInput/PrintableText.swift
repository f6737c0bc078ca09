import BriefingCore

/// Text from a brief made safe to print: explicit bidirectional controls removed (they reorder
/// what a reader sees, as in "Trojan Source", and no pinned font sets a right-to-left script),
/// control characters other than tab and line breaks removed (NUL would cut a PDF title short),
/// and runs of combining marks capped at `maxMarks` (a letter with thirty marks stacks them across
/// the running header, with a hundred thousand it is one cluster no line can break).
struct PrintableText {
    /// What was changed, at a scalar offset of the original text.
    enum Change: Hashable {
        case removedControl(Unicode.Scalar)
        case removedControlCharacter(Unicode.Scalar)
        /// `count` combining marks beyond `maxMarks` were dropped after the character at the offset.
        case droppedMarks(count: Int)
        /// No font of the document draws the character (kept: it prints as a box).
        case missingGlyph(Unicode.Scalar)

        var message: String {
            switch self {
            case .removedControl(let scalar):
                return
                    "the bidirectional control \(PrintableText.describe(scalar)) is removed: it would reorder the text on the page"
            case .removedControlCharacter(let scalar):
                return "the control character \(PrintableText.describe(scalar)) is removed: it cannot be printed"
            case .droppedMarks(let count):
                return
                    "a character is followed by \(count + PrintableText.maxMarks) combining marks; only the first \(PrintableText.maxMarks) are kept"
            case .missingGlyph(let scalar):
                return "\(PrintableText.describe(scalar)) has no glyph in the document's fonts; it prints as a box"
            }
        }
    }

    /// The most combining marks (canonical combining class above 0) kept in a row: no orthography
    /// stacks more on one letter (Vietnamese 2, Thai 3, pointed Hebrew 3 or 4), and four stay
    /// within a line's leading.
    static let maxMarks = 4

    /// U+061C, U+200E/F, U+202A–U+202E, U+2066–U+2069.
    static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// C0 controls but tab, line feed and carriage return; DEL; C1 controls.
    static func isControlCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return false
        case 0x00...0x1F, 0x7F...0x9F: return true
        default: return false
        }
    }

    /// `U+202E RIGHT-TO-LEFT OVERRIDE`.
    static func describe(_ scalar: Unicode.Scalar) -> String {
        let code = String(scalar.value, radix: 16, uppercase: true)
        let name = scalar.properties.name.map { " " + $0 } ?? ""
        return "U+" + String(repeating: "0", count: max(0, 4 - code.count)) + code + name
    }

    let text: String
    /// The changes with the scalar offset where each starts in the original text.
    let changes: [(offset: Int, change: Change)]

    /// - Parameter coverage: the document's fonts, to report characters they cannot draw.
    init(_ original: String, coverage: (any GlyphCoverage)? = nil) {
        // The common case, checked without building anything.
        let checksGlyphs = coverage != nil
        guard
            original.unicodeScalars.contains(where: {
                Self.isBidiControl($0) || Self.isControlCharacter($0) || Self.isMark($0)
                    || (checksGlyphs && $0.value >= 0x80)
            })
        else {
            text = original
            changes = []
            return
        }
        var scalars = String.UnicodeScalarView()
        var changes: [(offset: Int, change: Change)] = []
        var marks = 0
        var runStart = 0
        for (offset, scalar) in original.unicodeScalars.enumerated() {
            if Self.isBidiControl(scalar) {
                changes.append((offset, .removedControl(scalar)))
                continue
            }
            if Self.isControlCharacter(scalar) {
                changes.append((offset, .removedControlCharacter(scalar)))
                continue
            }
            if let coverage, Self.isDrawn(scalar), !coverage.covers(scalar) {
                changes.append((offset, .missingGlyph(scalar)))
            }
            guard Self.isMark(scalar) else {
                Self.closeRun(marks, at: runStart, into: &changes)
                marks = 0
                runStart = offset
                scalars.append(scalar)
                continue
            }
            marks += 1
            if marks <= Self.maxMarks { scalars.append(scalar) }
        }
        Self.closeRun(marks, at: runStart, into: &changes)
        text = String(scalars)
        self.changes = changes
    }

    /// One message per kind of change: the first, with how many more of the kind there are.
    var summary: [(offset: Int, message: String)] {
        var firsts: [(offset: Int, change: Change, more: Int)] = []
        for (offset, change) in changes {
            if let index = firsts.firstIndex(where: { Self.sameKind($0.change, change) }) {
                firsts[index].more += 1
            } else {
                firsts.append((offset, change, 0))
            }
        }
        return firsts.map { first in
            (first.offset, first.change.message + (first.more > 0 ? " (and \(first.more) more in this text)" : ""))
        }
    }

    /// The summary as warnings about a value written on one line from `start`, each message
    /// after `prefix` (e.g. `"'title': "`); at `start` itself unless `exact` (the text is written
    /// as it reads, not quoted or escaped, so that an offset in it is a column).
    func warnings(at start: SourceLocation, in source: SourceText, prefix: String, exact: Bool = true) -> [Diagnostic] {
        summary.map { offset, message in
            source.warning(
                source.location(line: start.line, column: start.column + (exact ? offset : 0)), prefix + message)
        }
    }

    private static func sameKind(_ a: Change, _ b: Change) -> Bool {
        switch (a, b) {
        case (.removedControl, .removedControl), (.removedControlCharacter, .removedControlCharacter),
            (.droppedMarks, .droppedMarks), (.missingGlyph, .missingGlyph):
            return true
        default: return false
        }
    }

    private static func closeRun(_ marks: Int, at offset: Int, into changes: inout [(offset: Int, change: Change)]) {
        if marks > maxMarks { changes.append((offset, .droppedMarks(count: marks - maxMarks))) }
    }

    /// Whether a font must have a glyph for `scalar`: not ASCII (which every text font has),
    /// not a control, format character, separator or other default-ignorable code point.
    private static func isDrawn(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.value >= 0x80, !scalar.properties.isDefaultIgnorableCodePoint else { return false }
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator, .surrogate, .unassigned: return false
        default: return true
        }
    }

    /// A scalar that joins the cluster before it without starting one (canonical combining
    /// class above zero: accents, diacritics, Indic and Arabic marks).
    private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x300 && scalar.properties.canonicalCombiningClass.rawValue != 0
    }
}
