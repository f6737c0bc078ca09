/// Where a line must not break, whatever the typesetter: a footnote reference stays with the
/// character before it, a number with the word or unit after it, and a date's parts together.
/// Every `Typesetter` honours these ranges (Pango through its allow-breaks attribute), so the text
/// itself keeps ordinary spaces and extracts from the PDF as written.
///
/// The rules, on UTF-8 byte ranges of the paragraph's plain text:
/// - a span with `footnote` set is glued to the character before it (`…symposium.¹`, `…要求。¹`);
/// - a number (a digit, then digits, `.`, `,`; not a year of four digits, not ending in `.`) is
///   glued across one space to the word after it when that word starts with a letter (`241.10 bn`, `12 March`, not `01 (bn`), and on across the next space when that word is a lowercase
///   abbreviation of at most two letters (`bn yuan`, `m USD`) or is followed by a year of four
///   digits (`12 March 2014`); a capitalised word is glued to a four-digit year after it
///   (`March 2014`); a glued run does not chain on from its last word;
/// - a number is glued to the ideograph right after it and on through chains of numbers and
///   ideographs (`2014年3月12日`, `2411.0亿`).
///
/// A range written with an en or em dash next to a digit (`2012–2013`, `Q1–Q3`, `1–3 March`,
/// `2012年1月—2013年12月`) is not one of these ranges but ``dashJoins(in:)``: Pango 1.50 breaks after
/// a dash inside an allow-breaks range whatever the attribute says (measured: `volume, 2012– /
/// 2013`), and honours a word joiner (U+2060) there, so a typesetter that breaks at dashes puts a
/// word joiner on each side of such a dash, where it is neither drawn nor extracted.
///
/// No glued run is longer than ``maxGluedCharacters``: a number with its unit, or a date, is far
/// shorter, and a longer run (a number before a 300-letter "word", `1年1年…` over a line) could be
/// wider than the column, which a line that may not break inside it would run past.
public enum KeepTogether {
    /// The most characters ranges that overlap may hold together, and a word whose range dashes
    /// are joined; longer runs are left to break as the text's own rules allow.
    public static let maxGluedCharacters = 40

    /// Byte ranges inside which no line break is allowed (a break at a range's ends is allowed).
    public static func ranges(in text: RichText) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var offset = 0
        var previousCharacterStart: Int?
        for span in text.spans {
            let length = span.text.utf8.count
            if span.footnote != nil, length > 0, let start = previousCharacterStart {
                ranges.append(start..<(offset + length))
            }
            if let last = span.text.last { previousCharacterStart = offset + length - String(last).utf8.count }
            offset += length
        }
        let plain = text.plainText
        return shortRuns((ranges + numberRanges(in: plain)).sorted { $0.lowerBound < $1.lowerBound }, in: plain)
    }

    /// `ranges` (sorted by start) without the runs of overlapping ranges that together hold more
    /// than `maxGluedCharacters` characters of `text`.
    private static func shortRuns(_ ranges: [Range<Int>], in text: String) -> [Range<Int>] {
        guard !ranges.isEmpty else { return [] }
        let utf8 = Array(text.utf8)
        var kept: [Range<Int>] = []
        var run: [Range<Int>] = []
        func endRun() {
            guard let start = run.first?.lowerBound, let end = run.map(\.upperBound).max() else { return }
            // Characters are counted by their first bytes (continuation bytes are 10xxxxxx).
            let characters = utf8[max(start, 0)..<min(end, utf8.count)].lazy.filter { $0 & 0xC0 != 0x80 }.count
            if characters <= maxGluedCharacters { kept += run }
            run = []
        }
        for range in ranges {
            if let end = run.map(\.upperBound).max(), range.lowerBound >= end { endRun() }
            run.append(range)
        }
        endRun()
        return kept
    }

    /// The ranges gluing numbers to their units and a date's parts, by the rules above.
    static func numberRanges(in text: String) -> [Range<Int>] {
        let words = Word.split(text)
        var ranges: [Range<Int>] = []
        // The last word glued so far: a glued run does not chain on from its last word, so a
        // date's year is not glued again to the word after it.
        var gluedThrough = -1
        for (index, word) in words.enumerated() {
            ranges += word.numbersAndIdeographs
            guard index > gluedThrough else { continue }
            var end: Int?
            // A year takes no unit after it ("for 2014 are met"); a date's year is reached from its day.
            if word.isNumber, !word.isYear, index + 1 < words.count, words[index + 1].followsSpace,
                words[index + 1].startsWithLetter
            {
                let next = words[index + 1]
                end = next.bytes.upperBound
                gluedThrough = index + 1
                if index + 2 < words.count, words[index + 2].followsSpace,
                    next.isShortAbbreviation || words[index + 2].isYear
                {
                    end = words[index + 2].bytes.upperBound
                    gluedThrough = index + 2
                }
            } else if word.isCapitalised, index + 1 < words.count, words[index + 1].followsSpace,
                words[index + 1].isYear
            {
                end = words[index + 1].bytes.upperBound
                gluedThrough = index + 1
            }
            if let end { ranges.append(word.bytes.lowerBound..<end) }
        }
        return ranges
    }
}

extension KeepTogether {
    /// Byte offsets of `text` before which a word joiner keeps a range's dash to its neighbours:
    /// the start and the end of each en or em dash with a digit right before or after it.
    /// A word longer than ``maxGluedCharacters`` gets none: joined, it could not break at all.
    public static func dashJoins(in text: String) -> [Int] {
        Word.split(text).filter { $0.text.count <= maxGluedCharacters }
            .flatMap { $0.rangeDashes.flatMap { [$0.lowerBound, $0.upperBound] } }
    }
}

/// A run of text between spaces, with its byte range. Words are read scalar by scalar: what the
/// rules look at (ASCII digits, letters, dashes, ideographs) never needs grapheme clusters, and
/// finding them was most of the time of laying out a table of numbers.
private struct Word {
    var text: Substring.UnicodeScalarView
    var bytes: Range<Int>
    /// Whether a single space comes right before the word.
    var followsSpace: Bool

    /// The words of `text`; none when it has no digit, which every rule needs.
    static func split(_ text: String) -> [Word] {
        guard text.utf8.contains(where: { $0 &- 0x30 < 10 }) else { return [] }
        let scalars = text.unicodeScalars
        var words: [Word] = []
        var start = scalars.startIndex
        var byte = 0
        var wordStartByte = 0
        var spaces = 0
        var spacesBefore = 0
        for index in scalars.indices {
            let scalar = scalars[index]
            let length = UTF8.width(scalar)
            if scalar == " " {
                if start < index {
                    words.append(
                        Word(text: scalars[start..<index], bytes: wordStartByte..<byte, followsSpace: spacesBefore == 1)
                    )
                    spaces = 0
                }
                spaces += 1
                start = scalars.index(after: index)
                wordStartByte = byte + length
            } else if start == index {
                spacesBefore = spaces
            }
            byte += length
        }
        if start < scalars.endIndex {
            words.append(Word(text: scalars[start...], bytes: wordStartByte..<byte, followsSpace: spacesBefore == 1))
        }
        return words
    }

    /// A figure: a digit first, then digits and separators (`241.10`, `12`, `1,024`).
    var isNumber: Bool {
        // `5.` numbers a list or a figure ("Figure 5. Contributions"), and takes no unit.
        guard let first = text.first, Self.isDigit(first), text.last != "." else { return false }
        return text.allSatisfy { Self.isDigit($0) || $0 == "." || $0 == "," }
    }

    /// Whether the word starts with a letter.
    var startsWithLetter: Bool { text.first?.properties.isAlphabetic == true }

    /// The byte ranges of the en and em dashes with a digit right before or after them: a range's
    /// dash (`2012–2013`, `Q1–Q3`, `1月—12月`), not a dash between words.
    var rangeDashes: [Range<Int>] {
        var dashes: [Range<Int>] = []
        var byte = bytes.lowerBound
        var previous: Unicode.Scalar?
        var scalars = text.makeIterator()
        var current = scalars.next()
        while let scalar = current {
            let next = scalars.next()
            let length = UTF8.width(scalar)
            if scalar == "\u{2013}" || scalar == "\u{2014}",
                previous.map(Self.isDigit) == true || next.map(Self.isDigit) == true
            {
                dashes.append(byte..<(byte + length))
            }
            byte += length
            previous = scalar
            current = next
        }
        return dashes
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value &- 0x30 < 10 }

    var isYear: Bool {
        text.count == 4 && text.allSatisfy(Self.isDigit)
    }

    /// `bn`, `m`, `k`: a scale's abbreviation.
    var isShortAbbreviation: Bool {
        (1...2).contains(text.count) && text.allSatisfy { $0.value &- 0x61 < 26 }
    }

    var isCapitalised: Bool {
        guard let first = text.first, first.properties.isUppercase, text.count > 1 else { return false }
        return text.dropFirst().allSatisfy { $0.properties.isAlphabetic && $0.properties.isLowercase }
    }

    /// Each number running straight into an ideograph, with that ideograph and the digit after it
    /// when one follows, so that a date's parts chain (`2014年3月12日`, `2411.0亿`).
    var numbersAndIdeographs: [Range<Int>] {
        var ranges: [Range<Int>] = []
        var byte = bytes.lowerBound
        var numberStart: Int?
        var open: Int?
        for scalar in text {
            let length = UTF8.width(scalar)
            let digit = Self.isDigit(scalar)
            if let start = open {
                ranges.append(start..<(byte + (digit ? length : 0)))
                open = nil
            }
            if scalar.isWide, let start = numberStart {
                open = start
            }
            numberStart = digit ? (numberStart ?? byte) : (scalar == "." ? numberStart : nil)
            byte += length
        }
        if let start = open { ranges.append(start..<byte) }
        return ranges
    }
}
