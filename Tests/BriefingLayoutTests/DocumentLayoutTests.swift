import BriefingCore
import Testing

@testable import BriefingLayout

/// Whole documents laid out with the fixed-metrics typesetter, checked as a reader would check
/// the printed pages.
@Suite struct DocumentLayoutTests {
    let theme = TestTheme.make()
    let typesetter = FixedMetricsTypesetter()

    func layout(_ body: [Block], cover: Cover? = nil) -> PagedDocument {
        DocumentLayout.layout(TestTheme.spec(body, cover: cover), theme: theme, typesetter: typesetter).document
    }

    /// Every kind of block, enough of it to run over several pages.
    var mixedBody: [Block] {
        var blocks: [Block] = [.contents(title: "Contents"), .pageBreak]
        for section in 1...3 {
            blocks.append(.heading(Heading(level: 1, text: "Section \(section)", anchor: "s\(section)")))
            blocks.append(.paragraph(TestTheme.words(40)))
            blocks.append(
                .tiles([
                    Tile(label: "Tax", value: "4.40", unit: "bn yuan", change: "+29.6%", trend: .up, note: "target")
                ]))
            blocks.append(.heading(Heading(level: 2, text: "Sub \(section)", anchor: "s\(section)-a")))
            blocks.append(
                .list(
                    ListBlock(
                        ordered: true, items: [[.paragraph(TestTheme.words(8))], [.paragraph(TestTheme.words(12))]])))
            blocks.append(.quote([.paragraph(TestTheme.words(15))]))
            blocks.append(
                .table(
                    TableBlock(
                        columns: [.init(alignment: .left), .init(alignment: .right)], header: [["Park", "Value"]],
                        body: (0..<15).map { [TableCell.text(RichText("park \($0)")), .text(RichText(String($0)))] },
                        footer: [["Total", "105"]])))
            blocks.append(
                .figure(
                    Figure(
                        frame: Frame(size: Size(width: 180, height: 80)), caption: "Figure", source: "Source",
                        alternativeText: "alt")))
        }
        return blocks
    }

    @Test func nothingLiesOutsideTheMargins() {
        let document = layout(
            mixedBody,
            cover: Cover(
                title: "Title", subtitle: "Sub", organisation: "Org", date: "Today", classification: "Internal"))
        #expect(document.pages.count > 4)
        for (index, page) in document.pages.enumerated() {
            let outside = page.items(outside: theme.contentRect)
            #expect(outside.isEmpty, "page \(index + 1): \(outside.map(\.bounds))")
        }
    }

    @Test func noTextOverlapsOtherText() {
        for (index, page) in layout(mixedBody).pages.enumerated() {
            let pairs = page.overlappingText()
            #expect(pairs.isEmpty, "page \(index + 1): \(pairs.map { ($0.0.bounds, $0.1.bounds) })")
        }
    }

    @Test func headingIsNeverTheLastThingOnAPage() {
        for page in layout(mixedBody).pages {
            let body = page.textLines().filter { $0 != "Header" && !$0.hasPrefix("Page ") }
            #expect(!(body.last?.hasPrefix("Section") ?? false) && !(body.last?.hasPrefix("Sub") ?? false), "\(body)")
        }
    }

    @Test func footerCountsPagesAndCoverHasNone() {
        let document = layout(
            mixedBody,
            cover: Cover(title: "Title", subtitle: nil, organisation: nil, date: "Today", classification: nil))
        let total = document.pages.count
        #expect(!document.pages[0].textLines().contains { $0.hasPrefix("Page ") })
        for (index, page) in document.pages.enumerated().dropFirst() {
            #expect(page.textLines().contains("Page \(index + 1) of \(total)"))
            #expect(page.textLines().contains("Header"))
        }
    }

    @Test func contentsListsHeadingsWithTheirPages() {
        let document = layout(mixedBody)
        let contents = document.pages[0].textLines()
        for entry in document.outline where entry.destination != "contents" {
            let index = contents.firstIndex(of: entry.title)
            #expect(index != nil, "\(entry.title) missing from the contents")
            if let index { #expect(contents[index + 1] == String(entry.page + 1), "\(entry.title)") }
        }
    }

    @Test func outlineNestsHeadingsInOrder() {
        let outline = layout(mixedBody).outline
        #expect(outline.map(\.title) == ["Contents", "Section 1", "Sub 1", "Section 2", "Sub 2", "Section 3", "Sub 3"])
        #expect(outline.map(\.level) == [1, 1, 2, 1, 2, 1, 2])
        #expect(outline.map(\.page) == outline.map(\.page).sorted())
    }

    @Test func tableHeaderIsRepeatedOnEveryPageOfTheTable() {
        let rows = (0..<60).map { [TableCell.text(RichText("park \($0)")), .text(RichText(String($0)))] }
        let table = TableBlock(
            columns: [.init(alignment: .left), .init(alignment: .right)], header: [["Park", "Value"]], body: rows)
        let pages = layout([.table(table)]).pages
        // Rows are 12 pt of text + 7 pt of padding; 244 pt of body hold the header and 11 rows.
        #expect(pages.count == 6)
        for page in pages { #expect(page.textLines().contains("Park")) }
    }

    @Test func paragraphSplitsBetweenLinesKeepingAllOfIt() {
        let text = TestTheme.words(200)
        let pages = layout([.paragraph(text)]).pages
        #expect(pages.count > 1)
        let words = pages.flatMap { $0.textLines().filter { $0.hasPrefix("w") } }
            .joined(separator: " ").split(separator: " ")
        #expect(words.count == 200)
    }

    @Test func chineseBreaksBetweenCharacters() {
        let text = RichText(String(repeating: "园区发展座谈会。", count: 30))
        let pages = layout([.paragraph(text)]).pages
        let lines = pages[0].textLines().filter { $0.hasPrefix("园") || $0.hasPrefix("区") || $0.contains("会") }
        #expect(lines.count > 5)
        // 180 pt of 10 pt ideographs: 18 to a full line.
        #expect(lines.dropLast().allSatisfy { $0.unicodeScalars.count == 18 })
    }
}
