import BriefingCore
import BriefingTestSupport
import Testing

@testable import BriefingLayout

/// Footnote numbers, units and dates stay attached in the layout model; cover titles are balanced.
/// The fixed-metrics typesetter sets 10 pt characters 5 pt wide, so widths below count characters.
@Suite struct KeepTogetherLayoutTests {
    let typesetter = FixedMetricsTypesetter()
    let style = TextStyle(family: "Test", size: 10, lineHeight: 1.38)

    func lines(_ text: RichText, characters: Int) -> [String] {
        let paragraph = typesetter.typeset(ParagraphSpec(text, style: style, width: Double(characters) * 5))
        let bytes = Array(text.plainText.utf8)
        return paragraph.lines.map { String(decoding: bytes[$0.byteRange], as: UTF8.self) }
    }

    @Test func aFootnoteNumberGoesWithTheCharacterBeforeIt() {
        // "aaaa bbbb " fills 10 characters; the reference after the space would start line 2.
        let text = RichText([Span("aaaa bbbb "), Span("7", footnote: 7), Span(" cc")])
        #expect(lines(text, characters: 10) == ["aaaa ", "bbbb 7 cc"])
        #expect(lines(RichText("aaaa bbbb 7 cc"), characters: 10) == ["aaaa bbbb ", "7 cc"])
    }

    @Test func numbersKeepTheirUnitsAndDatesTheirParts() {
        // Without the rules the 16-character lines would end "…241.10 bn" and "…12 March".
        #expect(lines("Up to 241.10 bn yuan in all", characters: 16) == ["Up to ", "241.10 bn yuan ", "in all"])
        #expect(
            lines("Held on 12 March 2014 in the city", characters: 16) == ["Held on ", "12 March 2014 in ", "the city"])
        #expect(
            KeepTogether.ranges(in: "by 2014年3月12日") == [3..<11, 10..<15, 14..<19],
            "2014年 with the 3 after it, 3月 with the 1, 12日")
    }

    @Test func aRangesDashIsJoinedToItsNeighbours() {
        // "in " is 3 bytes, "2012" 4, the en dash 3; "Q1–Q3" starts at byte 19. Word joiners go on each side of a range's dash: bytes 7 and 10, 21 and 24.
        #expect(KeepTogether.dashJoins(in: "in 2012\u{2013}2013 and Q1\u{2013}Q3") == [7, 10, 21, 24])
        // 1月 is 4 bytes, the em dash 3; a dash between words takes none.
        #expect(KeepTogether.dashJoins(in: "1月\u{2014}3月") == [4, 7])
        #expect(KeepTogether.dashJoins(in: "1\u{2013}3 March, well\u{2013}known") == [1, 4])
    }

    /// A run the rules would glue past `maxGluedCharacters` is not glued: a number before a
    /// 300-letter word, a chain of dates, a word of range dashes. Set in a column narrower than
    /// the run, its lines break inside it instead of running past the column.
    @Test func noGluedRunIsLongerThanTheLimit() {
        let long = String(repeating: "x", count: 300)
        #expect(KeepTogether.ranges(in: RichText("in 2013, \(long) then")) == [])
        #expect(KeepTogether.ranges(in: RichText(String(repeating: "1年", count: 30))) == [])
        #expect(KeepTogether.dashJoins(in: String(repeating: "1\u{2013}", count: 30) + "1") == [])
        // At the limit the rules still hold.
        let forty = String(repeating: "x", count: 34)
        #expect(KeepTogether.ranges(in: RichText("in 2013, \(forty) then")) == [3..<43])
        for line in typesetter.typeset(ParagraphSpec(RichText("in 2013, \(long) then"), style: style, width: 100))
            .lines
        {
            #expect(line.x + line.width <= 100, "\(line)")
        }
    }

    @Test func theRulesGlueNoOrdinaryWords() {
        #expect(KeepTogether.ranges(in: "the parks grew fast in spring") == [])
        #expect(KeepTogether.ranges(in: "Indicator 01 (bn yuan)") == [])
        // A date's year is not glued on to the next word.
        #expect(KeepTogether.ranges(in: "on 12 March 2014 the") == [3..<16])
        // A year takes no unit, and a numbered item no word after it.
        #expect(KeepTogether.ranges(in: "so that targets for 2014 are met") == [])
        #expect(KeepTogether.ranges(in: "Figure 5. Contributions") == [])
    }

    @Test func coverTitleLinesAreBalanced() {
        let theme = TestTheme.make()
        let cover = CoverPage(theme: theme, typesetter: typesetter)
        // 20 pt title: "word" is 40 pt wide, 50 with its space; one word more than a line holds.
        let perLine = Int((theme.contentRect.width + 10) / 50)
        let title = Array(repeating: "word", count: perLine + 1).joined(separator: " ")
        let spec = ParagraphSpec(RichText(title), style: theme.coverTitle, width: theme.contentRect.width)
        let unbalanced = typesetter.typeset(spec).lines.map(\.width)
        let balanced = cover.balanced(spec).lines.map(\.width)
        #expect(unbalanced.count == 2 && balanced.count == 2)
        #expect(
            perLine >= 3 && unbalanced == [Double(perLine) * 50 - 10, 40],
            "the full width leaves one word on the last line")
        #expect(balanced.min()! >= 0.75 * balanced.max()!, "\(balanced)")
    }
}
