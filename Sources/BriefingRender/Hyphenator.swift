import BriefingCore

/// Finds where justified English paragraphs may be hyphenated: words of at least `minimumLetters`
/// letters, not acronyms, outside code, links and footnote marks, and not in tokens that look like
/// addresses, paths or numbers. One per typesetter (per worker thread), keeping the words it has
/// looked up, since body text repeats its words; the dictionary itself is shared.
final class Hyphenator {
    /// Shorter words are never hyphenated.
    static let minimumLetters = 6

    private let dictionary: HyphenationDictionary
    private var breaksByWord: [Substring: [Int]] = [:]

    init(dictionary: HyphenationDictionary) { self.dictionary = dictionary }

    /// The soft hyphens for `spec`: none unless the paragraph is justified English with a width.
    func softHyphens(for spec: ParagraphSpec) -> InvisibleMarks {
        guard spec.alignment == .justify, spec.width != nil, spec.style.language.hasPrefix("en") else {
            return InvisibleMarks(softHyphens: [])
        }
        var offsets: [Int] = []
        var spanStart = 0
        for span in spec.text.spans {
            defer { spanStart += span.text.utf8.count }
            guard !span.code, span.link == nil, span.footnote == nil else { continue }
            for token in span.text.split(whereSeparator: \.isWhitespace) where Self.isProse(token) {
                let tokenStart = spanStart + span.text.utf8.distance(from: span.text.startIndex, to: token.startIndex)
                for word in Self.words(in: token) {
                    let wordStart = tokenStart + token.utf8.distance(from: token.startIndex, to: word.startIndex)
                    offsets += breaks(in: word).map { wordStart + $0 }
                }
            }
        }
        return InvisibleMarks(softHyphens: offsets)
    }

    /// Byte offsets in `word` where it may break, from the cache or the dictionary; none inside
    /// the f-ligatures fonts form (ff, fi, fl: a soft hyphen inside one would be part of the
    /// ligature's text, and text extraction would show it where the line does not break).
    private func breaks(in word: Substring) -> [Int] {
        if let cached = breaksByWord[word] { return cached }
        let scalars = word.unicodeScalars
        let offsets = dictionary.breaks(in: word).compactMap { count -> Int? in
            let index = scalars.index(scalars.startIndex, offsetBy: count)
            let before = scalars[scalars.index(before: index)].properties.lowercaseMapping
            let after = scalars[index].properties.lowercaseMapping
            if before == "f", ["f", "i", "l"].contains(after) { return nil }
            return word.utf8.distance(from: word.startIndex, to: index)
        }
        breaksByWord[word] = offsets
        return offsets
    }

    /// Whether a whitespace-separated token is prose rather than a number, an address, a path or
    /// code-like text (digits, `/`, `@`, `_`, `\`, `=`, `<`, `>`, or a full stop between letters).
    static func isProse(_ token: Substring) -> Bool {
        var previous: Character?
        var afterStop = false
        for character in token {
            if character.isNumber || "/@_\\=<>".contains(character) { return false }
            if afterStop, character.isLetter { return false }
            afterStop = character == "." && previous?.isLetter == true
            previous = character
        }
        return true
    }

    /// The runs of letters in `token` long enough to hyphenate, acronyms (all capitals) left out.
    static func words(in token: Substring) -> [Substring] {
        token.split(whereSeparator: { !$0.isLetter }).filter { word in
            word.count >= minimumLetters && word.contains(where: \.isLowercase)
        }
    }
}
