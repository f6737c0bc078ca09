import BriefingCore

/// Builds the rich text of one paragraph, heading or cell from cmark's inline events:
/// merges neighbouring spans of the same formatting and decides what a soft line break becomes.
struct NoteInlineCollector {
    /// The formatting in force at an inline node.
    struct Style: Equatable {
        var bold = false
        var italic = false
        var code = false
        var strikethrough = false
        var link: String?
        /// A footnote reference's number.
        var footnote: Int?
    }

    private var spans: [Span] = []
    private var styles: [Style] = []
    /// A soft break waiting for the next text, and the formatting it was in.
    private var pendingBreak: Style?

    var richText: RichText { RichText(spans) }

    /// Adds `text` in `style`, after any soft break waiting before it.
    mutating func append(_ text: String, _ style: Style) {
        guard let first = text.unicodeScalars.first else { return }
        if let breakStyle = pendingBreak {
            pendingBreak = nil
            if let last = spans.last?.text.unicodeScalars.last, !Self.joinsWithoutSpace(last, first) {
                appendMerging(" ", breakStyle)
            }
        }
        appendMerging(text, style)
    }

    /// A soft line break (a line ending inside a paragraph): a space between words, nothing
    /// between two CJK characters. Decided when the next text arrives; dropped at the ends.
    mutating func softBreak(_ style: Style) {
        if !spans.isEmpty { pendingBreak = style }
    }

    /// A hard line break (two spaces or a backslash before the line ending): `"\n"`.
    mutating func hardBreak(_ style: Style) {
        pendingBreak = nil
        appendMerging("\n", style)
    }

    private mutating func appendMerging(_ text: String, _ style: Style) {
        if let last = styles.last, last == style {
            spans[spans.count - 1].text += text
        } else {
            spans.append(
                Span(
                    text, bold: style.bold, italic: style.italic, code: style.code,
                    strikethrough: style.strikethrough, link: style.link, footnote: style.footnote))
            styles.append(style)
        }
    }

    /// Whether a line break between `before` and `after` disappears, as CSS Text 3 does for
    /// segment breaks: both characters are East Asian wide (or half-width) and neither is Hangul.
    static func joinsWithoutSpace(_ before: Unicode.Scalar, _ after: Unicode.Scalar) -> Bool {
        isWideNonHangul(before) && isWideNonHangul(after)
    }

    /// CJK ideographs, kana, bopomofo, CJK punctuation and full-width forms; Hangul excluded,
    /// Korean separating words with spaces.
    static func isWideNonHangul(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2E80...0x303F, 0x3040...0x30FF, 0x3100...0x312F, 0x3190...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xF900...0xFAFF, 0xFE10...0xFE1F, 0xFE30...0xFE4F, 0xFF01...0xFF60,
            0xFF61...0xFF9F, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
