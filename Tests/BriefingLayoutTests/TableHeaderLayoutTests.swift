import BriefingCore
import BriefingTestSupport
import Testing

@testable import BriefingLayout

/// Header cells with fixed metrics (5 pt a Latin character, 10 pt a CJK one at 10 pt; 10 pt of
/// padding a cell): word joiners hold characters together, and column widths give every header
/// at most three lines when the page allows. Expected figures are worked out by hand.
@Suite struct TableHeaderLayoutTests {
    let typesetter = FixedMetricsTypesetter()
    let theme = TestTheme.make()

    @Test func aWordJoinerForbidsTheBreakBetweenIdeographs() {
        // 工业增加值 joined as 工业 | 增加值: at 35 pt (three ideographs) the break falls between the words.
        let text = RichText("工\u{2060}业增\u{2060}加\u{2060}值")
        let paragraph = typesetter.typeset(ParagraphSpec(text, style: theme.body, width: 35))
        let lines = paragraph.lines.map { String(decoding: Array(text.plainText.utf8)[$0.byteRange], as: UTF8.self) }
        #expect(lines == ["工\u{2060}业", "增\u{2060}加\u{2060}值"])
        #expect(paragraph.lines.map(\.width) == [20, 30])
    }

    /// A label column of names ("Name one two three": 90 pt), an indicator column whose header
    /// is "aaaa bbbb cccc dddd eeee" (120 pt) with its unit "(xx)" on a line of its own, and
    /// `numbers` columns of "12345.6" (35 pt): 45 pt with padding.
    func table(numbers: Int) -> TableBlock {
        TableBlock(
            columns: [.init(alignment: .left), .init(alignment: .right, remedy: "give indicator 'a' a short name")]
                + Array(repeating: .init(alignment: .right), count: numbers),
            header: [["n", .text(RichText("aaaa bbbb cccc dddd eeee\n(xx)"))] + Array(repeating: "b", count: numbers)],
            body: [["Name one two three", "1.0"] + Array(repeating: "12345.6", count: numbers)], caption: "Table 8")
    }

    /// `widths` equal to `expected` to the search's tenth of a point.
    func close(_ widths: [Double], _ expected: [Double]) -> Bool {
        widths.count == expected.count && zip(widths, expected).allSatisfy { abs($0 - $1) <= 0.1 + 1e-9 }
    }

    @Test func headerWidthsAreMeasuredForEachHeightOfTheHeaderRowTheUnitLineCounted() {
        let widths = ColumnWidths(table(numbers: 1), width: 180, theme: theme, typesetter: typesetter)
        // The label's widest word "three" (25 pt), the header's "aaaa" and "(xx)" (20 pt), the number.
        #expect(widths.minimum == [35, 30, 45])
        // One line cannot hold a name and a unit: the natural width, 130 pt. Two lines: the name on
        // one (130); three: "aaaa bbbb cccc" (70 + 10); four: names of three lines, "aaaa bbbb" (45 + 10);
        // five: still three lines of name at most, the unit's line counted, so 55; six: five lines of name, one word each.
        let expected: [Double] = [130, 130, 80, 55, 55, 30, 30, 30]
        for (index, width) in expected.enumerated() {
            // No column is narrower than its widest unbreakable piece: the label's "three", the number.
            #expect(
                close(widths.shortHeaders[index], [35, width, 45]), "\(index + 1) lines: \(widths.shortHeaders[index])")
        }
        // The name on one line (90 + 10), on two ("two three", 45 + 10), on three ("one two", 35 + 10).
        #expect(close(widths.shortBody[0], [100, 30, 45]))
        #expect(close(widths.shortBody[1], [55, 30, 45]))
        #expect(close(widths.shortBody[2], [45, 30, 45]))
    }

    @Test func theFewestHeaderLinesBesideNamesOnOneLineComeFirst() {
        let widths = ColumnWidths(table(numbers: 1), width: 230, theme: theme, typesetter: typesetter)
        // 230 pt: names on one line (100) with a header of three lines (80) and the number (45) take
        // 225 pt; the 5 pt left cannot take a header line away (two lines need 130), so they are
        // shared equally.
        let third = 5.0 / 3
        #expect(close(widths.fitting([0, 1, 2], width: 230), [100 + third, 80 + third, 45 + third]))
        // 280 pt: the 55 pt left take the header to two lines (130, 50 pt more); the 5 pt after that are shared.
        #expect(close(widths.fitting([0, 1, 2], width: 280), [100 + third, 130 + third, 45 + third]))
        // 200 pt: a header of four lines (55) beside names on one line, exactly.
        #expect(close(widths.fitting([0, 1, 2], width: 200), [100, 55, 45]))
        // 190 pt: names on one line leave no room for a header of four lines (200 pt); on two
        // lines (55) they leave room for a header of three (180), and the 10 pt left widen the
        // names toward one line.
        #expect(close(widths.fitting([0, 1, 2], width: 190), [65, 80, 45]))
    }

    @Test func aHeaderTallerThanThreeLinesOfNameWarnsWithItsRemedy() {
        // Two number columns: names of three lines (45) beside a header of four lines (55) need
        // 190 pt, more than the test page's 180; six lines (a name of five) fit in 165, the rest
        // (15 pt) widening the names. Names of two lines fit beside a header of three in 225 pt.
        let widths = ColumnWidths(table(numbers: 2), width: 180, theme: theme, typesetter: typesetter)
        #expect(close(widths.fitting([0, 1, 2, 3], width: 180), [60, 30, 45, 45]))
        let laidOut = DocumentLayout.layout(
            TestTheme.spec([.table(table(numbers: 2))]), theme: theme, typesetter: typesetter)
        #expect(
            laidOut.warnings.map(\.message) == [
                "table 'Table 8': the header 'aaaa bbbb cccc dddd eeee' takes 5 lines at the widths the page allows, more than 3; give indicator 'a' a short name"
            ])
    }
}
