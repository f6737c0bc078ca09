import BriefingCore
internal import CWordBreaks

/// Splits text into words with ICU's word break iterator, which finds the words of Chinese (and
/// Japanese, Thai…) text from its dictionaries: 规模工业增加值 → 规模 · 工业 · 增加值.
public enum WordBoundaries {
    /// The pieces of `text` between word boundaries for `locale` (a BCP 47 tag such as `zh`):
    /// words, and the spaces and punctuation between them. The whole text as one piece when ICU
    /// cannot segment it.
    public static func pieces(of text: String, locale: String) -> [Substring] {
        let units = Array(text.utf16)
        guard !units.isEmpty else { return [] }
        var offsets = [Int32](repeating: 0, count: units.count + 1)
        let count = briefing_word_boundaries(locale, units, Int32(units.count), &offsets, Int32(offsets.count))
        guard count > 0 else { return [text[...]] }
        var pieces: [Substring] = []
        var start = text.startIndex
        for offset in offsets.prefix(Int(count)) {
            // A boundary inside a character (never one ICU gives for valid text) joins the next piece.
            let utf16 = text.utf16.index(text.utf16.startIndex, offsetBy: Int(offset))
            guard let end = String.Index(utf16, within: text), end > start else { continue }
            pieces.append(text[start..<end])
            start = end
        }
        if start < text.endIndex { pieces.append(text[start...]) }
        return pieces
    }
}

extension WordBoundaries {
    /// UTF-8 byte ranges of the words of `text` that hold a Chinese character and more than one
    /// character: where display text must not break (规模 · 工业 · 增加值).
    static func chineseWordRanges(in text: String) -> [Range<Int>] {
        guard text.unicodeScalars.contains(where: \.isWide) else { return [] }
        var ranges: [Range<Int>] = []
        var offset = 0
        for piece in pieces(of: text, locale: "zh") {
            let length = piece.utf8.count
            if piece.count > 1, piece.unicodeScalars.contains(where: \.isWide) {
                ranges.append(offset..<(offset + length))
            }
            offset += length
        }
        return ranges
    }
}
