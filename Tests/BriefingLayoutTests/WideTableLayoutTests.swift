import BriefingCore
import BriefingTestSupport
import Foundation
import Testing

@testable import BriefingLayout

/// Tables too wide for their page, laid out with fixed metrics (5 pt a character at 10 pt, 10 pt
/// of padding a cell): set in parts of a few columns, the label column repeated in each, and no
/// number ever broken. Expected widths and groups are worked out by hand from those metrics.
@Suite struct WideTableLayoutTests {
    /// A 500 pt page with 10 pt margins: 480 pt between them.
    let theme = TestTheme.make(pageHeight: 400).with { $0.pageSize = Size(width: 500, height: 400) }
    let typesetter = FixedMetricsTypesetter()

    /// The value of row `row`, column `column`: seven characters ("105,012"), 45 pt with padding.
    static func value(_ row: Int, _ column: Int) -> String { "\(100 + column),\(String(format: "%03d", row))" }

    /// "Park" and 23 indicators ("Indicator 07 (bn yuan)": its longest word is 55 pt with padding),
    /// `rows` parks ("park 12": kept whole, 45 pt with padding) and a total row.
    static func wideTable(rows: Int = 12) -> TableBlock {
        let columns = 1...23
        return TableBlock(
            columns: [.init(alignment: .left)] + columns.map { _ in .init(alignment: .right) },
            header: [
                ["Park"] + columns.map { TableCell.text(RichText(String(format: "Indicator %02d (bn yuan)", $0))) }
            ],
            body: (1...rows).map { row in
                [TableCell.text(RichText("park \(row)"))] + columns.map { .text(RichText(value(row, $0))) }
            },
            footer: [["Total"] + columns.map { .text(RichText(value(999, $0))) }],
            caption: "Table 1", continuedCaption: "Table 1 (continued)", source: "Source: test")
    }

    func layout(_ blocks: [Block]) -> LaidOutDocument {
        DocumentLayout.layout(TestTheme.spec(blocks), theme: theme, typesetter: typesetter)
    }

    /// Every text item of the pages as (page, x, y, text), its lines (without the spaces they end
    /// with) joined by newlines.
    func texts(_ pages: [Frame]) -> [(page: Int, x: Double, y: Double, text: String)] {
        pages.enumerated().flatMap { index, page in
            page.leaves().compactMap { leaf -> (Int, Double, Double, String)? in
                guard case .text(let text) = leaf.item.item else { return nil }
                let bytes = Array(text.paragraph.spec.text.plainText.utf8)
                let lines = text.lines.map {
                    String(decoding: bytes[text.paragraph.lines[$0].byteRange], as: UTF8.self)
                        .trimmingCharacters(in: .whitespaces)
                }
                return (index, leaf.bounds.minX, leaf.bounds.minY, lines.joined(separator: "\n"))
            }
        }
    }

    @Test func groupsOfColumnsEachFitWithTheLabelColumnFirst() {
        // 480 pt: the label column's 40 pt (its names on one line) leaves 440 pt, eight columns of
        // 55 pt; 23 columns in as few groups (3 of 8 would be 24), evenly: 8, 8, 7.
        let minimum = [40.0] + Array(repeating: 55.0, count: 23)
        let parts = TableColumnGroups(minimum: minimum, width: 480)
        #expect(parts.groups == [[0] + Array(1...8), [0] + Array(9...16), [0] + Array(17...23)])
        #expect(parts.tooWide.isEmpty)
        // Seven columns a group at most (45 + 7 × 60 = 465): 23 in four groups, 6, 6, 6, 5.
        let tighter = TableColumnGroups(minimum: [45.0] + Array(repeating: 60.0, count: 23), width: 480)
        #expect(tighter.groups.map(\.count) == [7, 7, 7, 6])
        #expect(tighter.groups.allSatisfy { $0.first == 0 })
        #expect(tighter.groups.flatMap { $0.dropFirst() } == Array(1...23))
    }

    @Test func aTableThatFitsIsOneGroup() {
        let parts = TableColumnGroups(minimum: [40, 100, 100, 100], width: 340)
        #expect(parts.groups == [[0, 1, 2, 3]])
        #expect(parts.tooWide.isEmpty)
    }

    @Test func aColumnTooWideBesideTheLabelIsAGroupOfItsOwn() {
        let parts = TableColumnGroups(minimum: [40, 100, 450, 100], width: 480)
        #expect(parts.groups == [[0, 1], [0, 2], [0, 3]])
        #expect(parts.tooWide == [2])
    }

    @Test func aNarrowTableKeepsItsWidths() throws {
        // "park 1" whole 40 pt, "Value" 35 pt, "Growth" 40 pt at the narrowest; all on one line in
        // 115 pt, the 65 pt left shared equally: 61.67, 56.67, 61.67.
        let table = TableBlock(
            columns: [.init(alignment: .left), .init(alignment: .right), .init(alignment: .right)],
            header: [["Park", "Value", "Growth"]], body: [["park 1", "1.5", "+2.0%"]])
        let measured = ColumnWidths(table, width: 180, theme: TestTheme.make(), typesetter: typesetter)
        #expect(TableColumnGroups(minimum: measured.minimum, width: 180).groups == [[0, 1, 2]])
        let widths = measured.fitting([0, 1, 2], width: 180)
        let expected: [Double] = [40 + 65 / 3.0, 35 + 65 / 3.0, 40 + 65 / 3.0]
        #expect(zip(widths, expected).allSatisfy { abs($0 - $1) < 1e-9 }, "\(widths)")
        // Laid out, the "Growth" column's right edge is the page's: the table is one part.
        let page = try #require(
            DocumentLayout.layout(TestTheme.spec([.table(table)]), theme: TestTheme.make(), typesetter: typesetter)
                .document.pages.first)
        #expect(page.textLines().filter { $0 == "Park" }.count == 1)
    }

    @Test func aWideTableIsSetInPartsWithEveryValueOnceAndWhole() {
        let laidOut = layout([.table(Self.wideTable())])
        #expect(laidOut.warnings.isEmpty, "\(laidOut.warnings)")
        let pages = laidOut.document.pages
        let texts = texts(pages)
        for (index, page) in pages.enumerated() {
            #expect(page.items(outside: theme.contentRect).isEmpty, "page \(index + 1)")
            #expect(page.overlappingText().isEmpty, "page \(index + 1)")
        }
        // Label column 45 pt ("park 12" whole); each indicator 55 pt (its longest word): 7 fit
        // beside it in 480 pt, so 23 take four parts, evenly 6, 6, 6 and 5.
        #expect(texts.filter { $0.text == "Table 1" }.count == 1)
        #expect(texts.filter { $0.text == "Table 1 (continued)" }.count == 3)
        let headers = texts.filter { $0.text.hasPrefix("Indicator") }.sorted {
            ($0.page, $0.y, $0.x) < ($1.page, $1.y, $1.x)
        }
        #expect(headers.map { String($0.text.prefix(12)) } == (1...23).map { String(format: "Indicator %02d", $0) })
        var sizes: [Int] = []
        for (index, header) in headers.enumerated() {
            if index == 0 || (header.page, header.y) != (headers[index - 1].page, headers[index - 1].y) {
                sizes.append(0)
            }
            sizes[sizes.count - 1] += 1
        }
        #expect(sizes == [6, 6, 6, 5])
        #expect(texts.filter { $0.text == "Source: test" }.count == 1)
        // Every value of every row and of the total row once, on one line.
        for row in [Array(1...12), [999]].joined() {
            for column in 1...23 {
                let value = Self.value(row, column)
                #expect(texts.filter { $0.text == value }.count == 1, "\(value)")
            }
        }
        #expect(!texts.contains { $0.text.contains("\n") && $0.text.first?.isNumber == true })
        // Every part repeats the label column at the left, with every park and the total.
        let left = theme.contentRect.minX + TableStacker.cellPadding.horizontal
        for label in ["Park", "park 1", "park 12", "Total"] {
            let cells = texts.filter { $0.text == label }
            #expect(cells.count == 4, "\(label)")
            #expect(cells.allSatisfy { abs($0.x - left) < 0.01 }, "\(label)")
        }
        // Headers are broken between words only (or whole, where the width left over takes a line away).
        let headerLines = Set(
            texts.filter { $0.text.hasPrefix("Indicator") }.flatMap { $0.text.split(separator: "\n") })
        let numbers = (1...23).map { String(format: "%02d", $0) }
        let words: Set<String> = Set(
            ["Indicator", "(bn yuan)", "(bn", "yuan)"] + numbers.map { "Indicator \($0)" }
                + numbers.map { "Indicator \($0) (bn yuan)" })
        #expect(headerLines.allSatisfy { words.contains(String($0)) }, "\(headerLines)")
    }

    @Test func rowsPaginateWithinEachPartWithTheHeaderRepeated() {
        let laidOut = layout([.table(Self.wideTable(rows: 60))])
        let texts = texts(laidOut.document.pages)
        let pagesWithHeader = Set(texts.filter { $0.text == "Park" }.map(\.page))
        #expect(pagesWithHeader == Set(texts.map(\.page)), "every page of the table shows its header")
        #expect(texts.filter { $0.text == "Park" }.count > 4, "each part's header repeats on its later pages")
        for row in 1...60 {
            #expect(texts.filter { $0.text == Self.value(row, 23) }.count == 1)
            #expect(texts.filter { $0.text == "park \(row)" }.count == 4)
        }
    }

    @Test func aColumnThatCannotFitIsWrappedWithAWarning() {
        // "Huge" holds a 40-digit number, 210 pt with padding; beside "park 1" (40 pt) 250 pt, more
        // than the 180 pt between the test page's margins.
        let table = TableBlock(
            columns: [.init(alignment: .left), .init(alignment: .right), .init(alignment: .right)],
            header: [["Park", "Small", "Huge"]],
            body: [["park 1", "1.5", .text(RichText(String(repeating: "9", count: 40)))]], caption: "Table 9")
        let laidOut = DocumentLayout.layout(
            TestTheme.spec([.table(table)]), theme: TestTheme.make(), typesetter: typesetter)
        #expect(
            laidOut.warnings.map(\.message) == [
                "table 'Table 9' is too wide for the page even in parts: its first column and column 'Huge' need 250 pt at the narrowest, the page is 180 pt wide between its margins; the cells are wrapped inside words and numbers"
            ])
        let page = laidOut.document.pages[0]
        #expect(page.items(outside: TestTheme.make().contentRect).isEmpty)
        #expect(page.textLines().filter { $0 == "Park" }.count == 2, "the wide column is a part of its own")
    }

    @Test func numbersAndShortCellsAreWhole() {
        #expect(ColumnWidths.isWhole("143,093.25"))
        #expect(ColumnWidths.isWhole("-1 234 567.8%"))
        #expect(ColumnWidths.isWhole("—"))
        #expect(ColumnWidths.isWhole("n/a"))
        #expect(!ColumnWidths.isWhole("Chenzhou Hi-tech Zone"))
        #expect(!ColumnWidths.isWhole("12 parks in the city"))
    }
}
