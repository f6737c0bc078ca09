import BriefingCore
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

    @Test func headersTakeAtMostThreeLinesWhenTheWidthAllows() {
        // Header "aaaa bbbb cccc dddd eeee" (24 characters, 120 pt on one line): three lines need
        // "aaaa bbbb" = 45 pt + 10 pt padding = 55 pt; the minimum is one word, 30 pt.
        let header = TableCell.text("aaaa bbbb cccc dddd eeee")
        let table = TableBlock(
            columns: [.init(alignment: .left), .init(alignment: .right), .init(alignment: .right)],
            header: [["n", header, header]], body: [["x", "1.0", "2.0"]])
        let widths = ColumnWidths(table, width: 180, theme: theme, typesetter: typesetter)
        #expect(widths.minimum == [15, 30, 30])
        #expect(widths.shortHeaders[0] == [15, 55, 55])
        // 180 pt: 15 + 55 + 55 = 125, the rest (55) toward one-line headers (105 more wanted each).
        let fitted = widths.fitting([0, 1, 2], width: 180)
        #expect(fitted.reduce(0, +) == 180)
        for column in 1...2 {
            let lines = typesetter.typeset(
                ParagraphSpec("aaaa bbbb cccc dddd eeee", style: theme.body, width: fitted[column] - 10))
            #expect(lines.lines.count <= 3, "column \(column) is \(fitted[column]) pt")
        }
        // 100 pt: three lines need 125 pt; four need "aaaa bbbb" too (45 pt: five words on four lines), so five: 30 pt each.
        let narrow = widths.fitting([0, 1, 2], width: 100)
        #expect(narrow.reduce(0, +) == 100)
        #expect(widths.shortHeaders[1] == [15, 55, 55] && widths.shortHeaders[2] == [15, 30, 30])
    }
}
