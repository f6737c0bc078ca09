import BriefingCore
import BriefingTestSupport
import Testing

@testable import BriefingLayout

/// Blocks taller than a page (a 244 pt body, 180 pt wide): each is split or cut, and nothing is
/// placed past the margins or over other text.
@Suite struct TallBlockTests {
    let theme = TestTheme.make()
    let typesetter = FixedMetricsTypesetter()

    func layout(_ body: [Block]) -> LaidOutDocument {
        DocumentLayout.layout(TestTheme.spec(body), theme: theme, typesetter: typesetter)
    }

    /// Every page keeps its items inside the margins and its text apart.
    func expectContained(_ document: PagedDocument) {
        for (index, page) in document.pages.enumerated() {
            #expect(page.items(outside: theme.contentRect).isEmpty, "page \(index + 1)")
            #expect(page.overlappingText().isEmpty, "page \(index + 1)")
        }
    }

    /// The words "w0000", "w0001", … set on the pages.
    func words(_ document: PagedDocument) -> [Substring] {
        document.pages.flatMap { $0.textLines() }.flatMap { $0.split(whereSeparator: \.isWhitespace) }
            .filter { $0.hasPrefix("w") }
    }

    @Test func aHeadingTallerThanAPageIsSplitBetweenLinesKeepingAllOfIt() {
        // 400 words at 12 pt (36 pt a word): 5 a line, 80 lines of 14.4 pt, 16 to a 244 pt page: 5
        // full pages, and "after" on a sixth
        // (level 2: a level-1 heading would also be the pages' running header).
        let heading = Heading(level: 2, text: TestTheme.words(400).plainText, anchor: "long")
        let laidOut = layout([.heading(heading), .paragraph("after")])
        #expect(laidOut.document.pages.count == 6)
        #expect(laidOut.warnings.isEmpty)
        expectContained(laidOut.document)
        #expect(words(laidOut.document).count == 400)
        #expect(laidOut.document.outline.map(\.page) == [0], "one outline entry, on the heading's first page")
    }

    @Test func aContentsEntryTallerThanAPageIsSplitBetweenLines() {
        // 400 words at 10 pt (30 pt a word) in 140 pt: 4 a line, 100 lines of 12 pt, over 5 pages.
        let heading = Heading(level: 2, text: TestTheme.words(400).plainText, anchor: "long")
        let laidOut = layout([.contents(title: "Contents"), .pageBreak, .heading(heading)])
        expectContained(laidOut.document)
        // The heading's own lines and its entry's: twice the words.
        #expect(words(laidOut.document).count == 800)
    }

    @Test func aTableHeaderTallerThanAPageIsSetOnceAndItsRowsFollow() {
        // A one-column header of 300 words: 5 a line in 170 pt, 60 lines of 12 pt = 720 pt (3 pages).
        let table = TableBlock(
            columns: [.init(alignment: .left)], header: [[.text(TestTheme.words(300))]],
            body: (0..<40).map { [TableCell.text(RichText("row \($0)"))] })
        let laidOut = layout([.table(table)])
        expectContained(laidOut.document)
        #expect(words(laidOut.document).count == 300, "the header is not repeated")
        let rows = laidOut.document.pages.flatMap { $0.textLines() }.filter { $0.hasPrefix("row ") }
        #expect(rows == (0..<40).map { "row \($0)" })
        // 720 pt of header and 40 rows of 19 pt (12 pt and 2 × 3.5 pt padding): 1480 pt, at most 244 a page.
        #expect(laidOut.document.pages.count <= 8)
    }

    @Test func aFootnoteTallerThanAQuarterPageIsCutWithAWarning() {
        let body: [Block] = [
            .paragraph(RichText([Span("cited"), Span("1", footnote: 1)])),
            .footnotes([Footnote(number: 1, text: TestTheme.words(2000))]),
        ]
        let laidOut = layout(body)
        // 8 pt lines of 9.6 pt: 3 fit in a quarter of the shorter body, the landscape pages' 144 pt
        // (200 - 20 margins - 2 × 18 running bands). "1  " and 7 words of 6
        // characters (4 pt each, 45 to the line) fill each line: 286 lines.
        #expect(laidOut.warnings.map(\.message) == ["footnote 1 is too long for a page: 3 of its 286 lines are shown"])
        expectContained(laidOut.document)
    }

    @Test func aDocumentOfMoreThanTenThousandPagesIsAnError() {
        func pages(_ count: Int) -> [Block] {
            [.heading(Heading(level: 1, text: "Annex", anchor: "annex"))]
                + (0..<count).flatMap { _ in [Block.paragraph("page"), .pageBreak] }
        }
        let full = layout(pages(10_000))
        #expect(full.error == nil)
        #expect(full.document.pages.count == 10_000)
        let over = layout(pages(10_001))
        #expect(
            over.error
                == "the document would have more than 10,000 pages; it grows past them in the section 'Annex' (text, tables or theme sizes too large for the page)"
        )
    }
}
