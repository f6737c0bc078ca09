import BriefingCore
import BriefingLayout
import BriefingRender

/// The text of a table header cell: the name broken only between words (Chinese at the word
/// boundaries ICU's dictionaries find, never inside a word), and the unit below it on a line of
/// its own, smaller, never broken.
enum HeaderText {
    /// Forbids a line break on either side and takes no room (UAX #14 class WJ).
    static let wordJoiner: Character = "\u{2060}"
    /// The unit's size, as a fraction of the header's.
    static let unitScale = 0.85

    /// A header cell for `name`, with `unit` (already bracketed as the language writes it) on its own line.
    static func cell(_ name: String, unit: String? = nil, language: Language) -> TableCell {
        var spans = [Span(breakable(name, language: language))]
        if let unit, !unit.isEmpty { spans.append(Span("\n" + unbreakable(unit), scale: unitScale)) }
        return .text(RichText(spans))
    }

    /// `text` with a word joiner between the characters of each word, so that the line breaker
    /// breaks only between words. Only Chinese needs it: other languages break at spaces (and
    /// hyphens), never inside a word.
    static func breakable(_ text: String, language: Language) -> String {
        guard language == .zh else { return text }
        return WordBoundaries.pieces(of: text, locale: "zh").map { unbreakable(String($0)) }.joined()
    }

    /// `text` as one piece no line breaks inside: no-break spaces for spaces, word joiners between characters.
    static func unbreakable(_ text: String) -> String {
        var result = ""
        for character in text {
            if !result.isEmpty { result.append(wordJoiner) }
            result.append(character == " " ? "\u{00A0}" : character)
        }
        return result
    }
}
