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

    /// `# text`, wrapped at ``width``, indented by `indent` spaces.
    mutating func comment(_ text: String, indent: Int = 0) {
        lines += Self.wrap(
            text, first: String(repeating: " ", count: indent) + "# ",
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
        var quoted = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": quoted += "\\\""
            case "\\": quoted += "\\\\"
            case "\n": quoted += "\\n"
            case "\t": quoted += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    quoted += String(format: "\\x%02X", scalar.value)
                } else {
                    quoted.unicodeScalars.append(scalar)
                }
            }
        }
        return quoted + "\""
    }

    /// `[a, b, "c, d"]`.
    static func list(_ items: [String]) -> String { "[" + items.map(scalar).joined(separator: ", ") + "]" }
}
