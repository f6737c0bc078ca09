import BriefingCore
import Foundation

/// A YAML file written line by line with comments, remembering where each key it was told to
/// check lands, so that `briefing init` can report `brief.yaml:LINE:COL: warning: …`.
struct YAMLLines {
    /// A message about the key on `line` at `column`.
    struct Mark: Hashable {
        var line: Int
        var column: Int
        var severity: Diagnostic.Severity
        var message: String
    }

    private(set) var lines: [String] = []
    private(set) var marks: [Mark] = []
    /// The word a check comment starts with (`CHECK`, or `请核对` in Chinese).
    let checkWord: String

    /// The longest comment line written before wrapping, in characters.
    static let width = 100

    init(checkWord: String) { self.checkWord = checkWord }

    /// A blank line.
    mutating func blank() { lines.append("") }

    /// `# text`, wrapped at ``width``, indented by `indent` spaces. A line break in `text` (a
    /// column or file name may hold one) is written as an escape, so that the comment stays one
    /// comment and what follows it is not read as YAML.
    mutating func comment(_ text: String, indent: Int = 0) {
        lines += Self.wrap(
            Self.escapingBreaks(text), first: String(repeating: " ", count: indent) + "# ",
            rest: String(repeating: " ", count: indent) + "#   ")
    }

    /// `key`, a line of YAML such as `title: x` or `- cover`, indented by `indent` spaces, with
    /// `note` as a comment after it; each of `checks` is written as a `# CHECK: …` comment above
    /// it and marked at the key.
    mutating func line(
        _ text: String, indent: Int = 0, note: String? = nil, checks: [(Diagnostic.Severity, String)] = []
    ) {
        for (_, message) in checks { comment("\(checkWord): \(message)", indent: indent) }
        for (severity, message) in checks {
            marks.append(Mark(line: lines.count + 1, column: indent + 1, severity: severity, message: message))
        }
        let body = String(repeating: " ", count: indent) + text
        guard let note else {
            lines.append(body)
            return
        }
        let padded = body.count < 40 ? body.padding(toLength: 40, withPad: " ", startingAt: 0) : body + " "
        if padded.count + note.count + 2 <= Self.width {
            lines.append(padded + "# " + note)
        } else {
            comment(note, indent: indent)
            lines.append(body)
        }
    }

    /// The file's text.
    var text: String { lines.joined(separator: "\n") + "\n" }

    /// `text` as comment lines starting with `first` (then `rest`), each at most ``width`` characters
    /// where the words allow.
    static func wrap(_ text: String, first: String, rest: String) -> [String] {
        var result: [String] = []
        var current = first
        var hasWord = false
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            if hasWord, current.count + 1 + word.count > width {
                result.append(current)
                current = rest + word
            } else {
                current += (hasWord ? " " : "") + word
            }
            hasWord = true
        }
        result.append(current)
        return result
    }

    /// `text` as a YAML scalar inside flow collections: plain when it is safe (letters, digits,
    /// `_`, `-`, `.`, inner spaces, not a word YAML reads as a boolean or null), else double-quoted.
    static func scalar(_ text: String) -> String {
        let reserved: Set<String> = ["y", "n", "yes", "no", "true", "false", "on", "off", "null", "~"]
        let isPlain =
            !text.isEmpty && text.first.map { $0.isLetter || $0 == "_" } == true
            && text.last.map { $0 != " " } == true
            && text.allSatisfy { $0.isLetter || $0.isNumber || "_-. ".contains($0) }
            && !reserved.contains(text.lowercased())
        guard !isPlain else { return text }
        let quotesEscaped = text.replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "\"", with: "\\\"")
        return "\"" + escapingBreaks(quotesEscaped) + "\""
    }

    /// `text` with every character YAML reads as a line break, or refuses as unprintable, written
    /// as a double-quoted scalar's escape (`\n`, `\u2028`); other text as it is.
    static func escapingBreaks(_ text: String) -> String {
        var escaped = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": escaped += "\\n"
            case "\r": escaped += "\\r"
            case "\t": escaped += "\\t"
            default:
                if isPrintable(scalar) {
                    escaped.unicodeScalars.append(scalar)
                } else {
                    escaped +=
                        scalar.value <= 0xFF
                        ? String(format: "\\x%02X", scalar.value) : String(format: "\\u%04X", scalar.value)
                }
            }
        }
        return escaped
    }

    /// Whether YAML takes `scalar` as it is inside a scalar or comment: not a control character,
    /// not one of the line breaks of YAML 1.1 (U+0085, U+2028, U+2029), not a byte order mark
    /// or a non-character.
    private static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x20, 0x7F...0x9F, 0x2028, 0x2029, 0xFEFF, 0xFFFE, 0xFFFF: false
        default: true
        }
    }

    /// `[a, b, "c, d"]`.
    static func list(_ items: [String]) -> String { "[" + items.map(scalar).joined(separator: ", ") + "]" }
}
