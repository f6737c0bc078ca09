import BriefingCore
import Testing

@testable import BriefingRender

/// Hyphenation of justified English text with libhyphen and the en_US patterns, the soft hyphens
/// kept out of the paragraph's own text, and the ragged-right fallback past the widest word gap.
@Suite struct HyphenationTests {
    let style = TextStyle(family: "Noto Serif", size: 10, language: "en")

    func typesetter() throws -> PangoTypesetter {
        try FontConfiguration.use(configFile: PangoTypesetterTests.fonts)
        return try PangoTypesetter(monospaceFamily: "Noto Sans Mono")
    }

    /// The patterns' own results (TeX's US English patterns, as `hyphen`'s example program prints
    /// them): hy-phen-ation, de-vel-op-ment, type-set-ting, jus-ti-fi-ca-tion; none in "through".
    @Test func breaksComeFromTheEnglishDictionary() throws {
        let dictionary = try #require(HyphenationDictionary.english)
        #expect(dictionary.breaks(in: "hyphenation") == [2, 6])
        #expect(dictionary.breaks(in: "Development") == [2, 5, 7])
        #expect(dictionary.breaks(in: "typesetting") == [4, 7])
        #expect(dictionary.breaks(in: "justification") == [3, 5, 7, 9])
        #expect(dictionary.breaks(in: "through") == [])
    }

    @Test func onlyProseWordsOfJustifiedEnglishParagraphsAreHyphenated() throws {
        let hyphenator = Hyphenator(dictionary: try #require(HyphenationDictionary.english))
        var text = RichText("The hyphenation of UNESCO in 2014 and example.org/typesetting ")
        text.spans.append(Span("typesetting", code: true))
        text.spans.append(Span(" development"))
        let justified = ParagraphSpec(text, style: style, width: 200, alignment: .justify)
        let plain = Array(justified.text.plainText.utf8)
        let pieces = hyphenator.softHyphens(for: justified).offsets.map {
            String(decoding: plain[..<$0], as: UTF8.self)
        }
        #expect(
            pieces.map { $0.split(separator: " ").last.map(String.init) } == ["hy", "hyphen", "de", "devel", "develop"])
        var left = justified
        left.alignment = .left
        #expect(hyphenator.softHyphens(for: left).offsets.isEmpty)
        var chinese = justified
        chinese.style.language = "zh-CN"
        #expect(hyphenator.softHyphens(for: chinese).offsets.isEmpty)
        // dif-fi-cult, of-fi-cial: not inside the ffi ligature, after it.
        let ligatures = ParagraphSpec("difficult official", style: style, width: 200, alignment: .justify)
        let bytes = Array("difficult official".utf8)
        #expect(
            hyphenator.softHyphens(for: ligatures).offsets.map { String(decoding: bytes[..<$0], as: UTF8.self) }
                == ["diffi", "difficult offi"])
    }

    @Test func offsetsMapBetweenTheTwoTexts() {
        let hyphens = InvisibleMarks(softHyphens: [2, 6])
        let text = hyphens.inserted(into: "hyphenation")
        #expect(text == "hy\u{AD}phen\u{AD}ation")
        #expect(hyphens.marked(2) == 4)
        #expect(hyphens.marked(2, isEnd: true) == 2)
        #expect(hyphens.marked(11) == 15)
        #expect(hyphens.original(4) == 2)
        #expect(hyphens.original(2) == 2)
        #expect(hyphens.original(15) == 11)
    }

    /// A justified column of long words: lines break inside words at the dictionary's points, the
    /// lines' ranges cover the paragraph's own text without soft hyphens, and no line overflows.
    @Test func justifiedLinesBreakAtHyphenationPoints() throws {
        let sentences = ["The development of typesetting needs hyphenation.", "Justification, too.", "Development!"]
        let words = (0..<24).map { sentences[$0 % 3] }.joined(separator: " ")
        let spec = ParagraphSpec(RichText(words), style: style, width: 180, alignment: .justify)
        let paragraph = try typesetter().typeset(spec)
        let bytes = Array(words.utf8)
        let endings = paragraph.lines.dropLast().map { String(decoding: bytes[$0.byteRange], as: UTF8.self) }
        let inside = endings.filter { $0.last?.isLetter == true }
        #expect(!inside.isEmpty, "\(endings)")
        let allowed = [
            "hy", "hyphen", "de", "devel", "develop", "type", "typeset", "jus", "justi", "justifi", "justifica",
        ]
        for ending in inside {
            #expect(allowed.contains(ending.split(separator: " ").last?.lowercased() ?? ""), "\(ending)")
        }
        #expect(paragraph.lines.first?.byteRange.lowerBound == 0)
        #expect(paragraph.lines.last?.byteRange.upperBound == bytes.count)
        for (a, b) in zip(paragraph.lines, paragraph.lines.dropFirst()) {
            #expect(a.byteRange.upperBound == b.byteRange.lowerBound)
        }
        for line in paragraph.lines { #expect(line.x + line.width <= 180.01, "\(line)") }
    }

    /// Justified lines end exactly at the column, a line broken at a hyphenation point with its
    /// hyphen (Pango 1.50 sometimes stretched such a line before adding the hyphen), and share
    /// the extra width evenly among their spaces; the last line keeps its natural spacing.
    @Test func justifiedLinesFillTheColumnExactly() throws {
        let sentences = ["The development of typesetting needs hyphenation.", "Justification, too.", "Development!"]
        let words = (0..<24).map { sentences[$0 % 3] }.joined(separator: " ")
        let typesetter = try typesetter()
        let paragraph = typesetter.typeset(
            ParagraphSpec(RichText(words), style: style, width: 340, alignment: .justify))
        let bytes = Array(words.utf8)
        let unit = 1.0 / 1024
        let hyphenated = paragraph.lines.dropLast().filter { bytes[$0.byteRange.upperBound - 1] != 0x20 }
        #expect(!hyphenated.isEmpty)
        for (index, line) in paragraph.lines.enumerated() {
            let spaces = line.byteRange.filter { bytes[$0] == 0x20 && $0 + 1 < line.byteRange.upperBound }.map {
                typesetter.xRanges(of: $0..<($0 + 1), line: index, in: paragraph)
                    .map { $0.upperBound - $0.lowerBound }.max() ?? 0
            }
            if index == paragraph.lines.count - 1 {
                #expect(line.x + line.width < 340 - 1, "the last line is not stretched")
                #expect((spaces.max() ?? 0) - (spaces.min() ?? 0) < unit / 2, "\(spaces)")
            } else {
                #expect(abs(line.x + line.width - 340) <= unit, "line \(index) ends at \(line.x + line.width)")
                #expect((spaces.max() ?? 0) - (spaces.min() ?? 0) <= 1.5 * unit, "line \(index): \(spaces)")
            }
        }
    }

    /// In a column too narrow for even spacing, justification would open gaps of more than half
    /// an em: the paragraph is set ragged-right, every space its natural width.
    @Test func aNarrowColumnIsSetRaggedRight() throws {
        let words = "Short words do not fit well in a very narrow column at all, as we can see here in this text."
        let typesetter = try typesetter()
        let paragraph = typesetter.typeset(ParagraphSpec(RichText(words), style: style, width: 60, alignment: .justify))
        #expect(paragraph.lines.count > 4)
        #expect(paragraph.lines.dropLast().contains { $0.x + $0.width < 59 })
        let bytes = Array(words.utf8)
        for (index, line) in paragraph.lines.enumerated() {
            for offset in line.byteRange where bytes[offset] == 0x20 && offset + 1 < line.byteRange.upperBound {
                let gap =
                    typesetter.xRanges(of: offset..<(offset + 1), line: index, in: paragraph)
                    .map { $0.upperBound - $0.lowerBound }.max() ?? 0
                #expect(gap <= PangoTypesetter.maxWordGap * style.size, "line \(index): \(gap)")
            }
        }
    }
}
