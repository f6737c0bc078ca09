import BriefingCore
import Testing

@testable import BriefingLayout

/// Break decisions on slices of known height: a 100 pt page holds ten 10 pt lines.
@Suite struct PaginatorTests {
    /// `count` lines of a paragraph with widow/orphan control of 2, as BlockStacker makes them.
    func paragraph(_ count: Int, space: Double = 0, orphans: Int = 2, widows: Int = 2) -> [VBox] {
        (0..<count).map { index in
            let before = index + 1
            let allowed = before >= orphans && count - before >= widows
            return VBox(height: 10, spaceBefore: index == 0 ? space : 0, keepWithNext: index < count - 1 && !allowed)
        }
    }

    func pageSizes(_ boxes: [VBox], pageHeight: Double = 100) -> [Int] {
        var paginator = Paginator(pageHeight: pageHeight)
        return paginator.paginate(boxes).map { $0.filter { $0.index != nil }.count }
    }

    @Test(arguments: [
        // (lines already on the page, lines of the paragraph) → lines on each page
        (0, 10, [10]),
        (0, 11, [9, 2]),  // a widow is avoided: two lines go over
        (0, 12, [10, 2]),
        (9, 5, [9, 5]),  // an orphan is avoided: the paragraph starts on the next page
        (8, 5, [10, 3]),
        (8, 3, [8, 3]),  // three lines cannot split 2 + 1 or 1 + 2
    ])
    func widowsAndOrphans(before: Int, lines: Int, expected: [Int]) {
        let boxes = (0..<before).map { _ in VBox(height: 10) } + paragraph(lines)
        #expect(pageSizes(boxes) == expected)
    }

    @Test func headingNeverEndsAPage() {
        let heading = VBox(height: 15, keepWithNext: true, heading: Heading(level: 1, text: "H", anchor: "h"))
        // 8 lines (80 pt) + a heading (15 pt) fill 95 pt; the paragraph after it cannot start there.
        let boxes = paragraph(8) + [heading] + paragraph(4)
        var paginator = Paginator(pageHeight: 100)
        let pages = paginator.paginate(boxes)
        #expect(pages.count == 2)
        #expect(pages[1].first?.box.heading?.anchor == "h")
        #expect(pages[0].last?.box.heading == nil)
    }

    @Test func spaceBeforeIsDroppedAtTheTopOfAPage() {
        var paginator = Paginator(pageHeight: 100)
        let pages = paginator.paginate(paragraph(10) + paragraph(3, space: 20))
        #expect(pages.count == 2)
        #expect(pages[1].first?.y == 0)
    }

    @Test func tableHeaderRepeatsAndTotalStaysWithABodyRow() {
        let header = [VBox(height: 10, keepWithNext: true)]
        var rows = (0..<12).map { _ in VBox(height: 10, continuationHeader: header) }
        rows[11].keepWithNext = true  // the last body row keeps with the total
        let total = VBox(height: 10)
        var paginator = Paginator(pageHeight: 100)
        let pages = paginator.paginate(header + rows + [total])
        #expect(pages.count == 2)
        // The second page starts with the repeated header (no index), then body rows.
        #expect(pages[1].first?.index == nil)
        #expect(pages[1].count >= 3)
        #expect(pages[1].last?.index == 13)
        // The total's page also holds at least one body row.
        #expect(pages[1].contains { ($0.index ?? 0) >= 1 && ($0.index ?? 0) <= 12 })
    }

    @Test func aHeaderThatLeavesNoRoomForARowIsNotRepeated() {
        // A 60 pt header and 50 pt rows: header and row (110 pt) never fit a 100 pt page together.
        let header = [VBox(height: 60, keepWithNext: true)]
        let rows = (0..<10).map { _ in VBox(height: 50, continuationHeader: header) }
        var paginator = Paginator(pageHeight: 100)
        let pages = paginator.paginate(header + rows)
        // The header alone (its keep cannot be honoured), then two rows a page.
        #expect(pages.map { $0.map(\.index) } == [[0]] + (0..<5).map { [1 + 2 * $0, 2 + 2 * $0] })
    }

    @Test func forcedBreakStartsANewPage() {
        #expect(pageSizes(paragraph(3) + [.pageBreak] + paragraph(3)) == [3, 3])
    }

    @Test func sliceTallerThanAPageIsPlacedAndReported() {
        var paginator = Paginator(pageHeight: 100)
        let pages = paginator.paginate(paragraph(2) + [VBox(height: 150)] + paragraph(2))
        #expect(pages.count == 3)
        #expect(paginator.warnings.count == 1)
    }
}
