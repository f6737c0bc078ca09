import BriefingCore
import BriefingTestSupport
import Foundation
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
            #expect(outside.isEmpty, "page \(index + 1): \(outside)")
        }
    }

    @Test func noTextOverlapsOtherText() {
        for (index, page) in layout(mixedBody).pages.enumerated() {
            let pairs = page.overlappingText()
            #expect(pairs.isEmpty, "page \(index + 1): \(pairs)")
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

/// The logical structure layout records for tagged PDF.
@Suite struct StructureTests {
    let theme = TestTheme.make()

    func pages(_ body: [Block]) -> [Frame] {
        DocumentLayout.layout(TestTheme.spec(body), theme: theme, typesetter: FixedMetricsTypesetter()).document.pages
    }

    /// The structure path of the text item reading `text`.
    func structure(of text: String, in pages: [Frame]) -> [String] {
        for page in pages {
            for leaf in page.leaves() {
                guard case .text(let item) = leaf.item.item else { continue }
                let bytes = Array(item.paragraph.spec.text.plainText.utf8)
                let content = item.lines.map {
                    String(decoding: bytes[item.paragraph.lines[$0].byteRange], as: UTF8.self)
                }
                .joined()
                if content.trimmingCharacters(in: .whitespaces) == text {
                    return leaf.item.structure.map(\.role.pdfName)
                }
            }
        }
        return []
    }

    @Test func everyKindOfBlockHasItsTags() {
        let table = TableBlock(
            columns: [.init(alignment: .left), .init(alignment: .right)], header: [["Park", "Value"]],
            body: [["Zixing", "1.5"]], caption: "Table 1")
        let pages = pages([
            .heading(Heading(level: 2, text: "Heading", anchor: "h")), .paragraph("A paragraph."),
            .list(ListBlock(ordered: true, items: [[.paragraph("An item.")]])), .quote([.paragraph("Quoted.")]),
            .table(table),
        ])
        #expect(structure(of: "Heading", in: pages) == ["H2"])
        #expect(structure(of: "A paragraph.", in: pages) == ["P"])
        #expect(structure(of: "1.", in: pages) == ["L", "LI", "Lbl"])
        #expect(structure(of: "An item.", in: pages) == ["L", "LI", "LBody", "P"])
        #expect(structure(of: "Quoted.", in: pages) == ["BlockQuote", "P"])
        #expect(structure(of: "Table 1", in: pages) == ["Table", "Caption"])
        #expect(structure(of: "Park", in: pages) == ["Table", "TR", "TH"])
        #expect(structure(of: "1.5", in: pages) == ["Table", "TR", "TD"])
        // Running header and footer are not content.
        #expect(structure(of: "Header", in: pages) == [])
    }

    @Test func oneParagraphIsOneElementOnEachPage() {
        let pages = pages([.paragraph(TestTheme.words(200))])
        for page in pages {
            let ids = Set(page.leaves().compactMap { $0.item.structure.first?.id })
            #expect(ids.count == 1)
        }
    }

    @Test func rowTallerThanAPageIsSplitBetweenLines() {
        // One cell of 400 words: far taller than the 244 pt body.
        let table = TableBlock(
            columns: [.init(alignment: .left), .init(alignment: .left)], header: [["Name", "Text"]],
            body: [["long", .text(TestTheme.words(400))], ["short", "end"]])
        let document = DocumentLayout.layout(
            TestTheme.spec([.table(table)]), theme: theme, typesetter: FixedMetricsTypesetter())
        #expect(document.document.pages.count >= 3)
        for page in document.document.pages {
            #expect(page.items(outside: theme.contentRect).isEmpty)
            #expect(page.textLines().contains("Name"), "the header row repeats on every page")
        }
        let words = document.document.pages.flatMap { $0.textLines() }.filter { $0.hasPrefix("w") }
            .flatMap { $0.split(whereSeparator: \.isWhitespace) }
        #expect(words.count == 400)
    }

    @Test func figureTallerThanAPageIsScaledWithAWarning() {
        let figure = Figure(
            frame: Frame(size: Size(width: 180, height: 600)), caption: "Tall", source: nil, alternativeText: "tall")
        let laidOut = DocumentLayout.layout(
            TestTheme.spec([.figure(figure)]), theme: theme, typesetter: FixedMetricsTypesetter())
        #expect(laidOut.document.pages.count == 1)
        #expect(laidOut.document.pages[0].items(outside: theme.contentRect).isEmpty)
        #expect(laidOut.warnings.map(\.message).contains { $0.contains("'Tall'") && $0.contains("scaled") })
    }
}

@Suite struct FootnoteTests {
    let theme = TestTheme.make()

    @Test func footnoteSitsAtTheFootOfThePageThatCitesIt() {
        var body: [Block] = (0..<12).map { _ in .paragraph(TestTheme.words(18)) }
        body.append(.paragraph(RichText([Span("cited here"), Span("1", footnote: 1), Span(" and more text")])))
        body += (0..<12).map { _ in .paragraph(TestTheme.words(18)) }
        body.append(.footnotes([Footnote(number: 1, text: "the footnote text")]))
        let pages = DocumentLayout.layout(TestTheme.spec(body), theme: theme, typesetter: FixedMetricsTypesetter())
            .document.pages
        #expect(pages.count > 1)
        let citing = pages.firstIndex { $0.textLines().contains { $0.hasPrefix("cited here") } }
        let noted = pages.firstIndex { $0.textLines().contains { $0.contains("the footnote text") } }
        #expect(citing != nil && citing == noted)
        for page in pages {
            #expect(page.items(outside: theme.contentRect).isEmpty)
            #expect(page.overlappingText().isEmpty)
        }
        // Below every line of text on its page (above only the footer).
        if let index = noted {
            let leaves = pages[index].leaves().filter {
                if case .text = $0.item.item { return true } else { return false }
            }
            let note = leaves.first { $0.item.textContent.contains("the footnote text") }
            let body = leaves.filter {
                !$0.item.textContent.contains("the footnote text") && !$0.item.textContent.hasPrefix("Page ")
            }
            #expect(body.allSatisfy { $0.bounds.maxY <= (note?.bounds.minY ?? 0) + 0.5 })
        }
    }
}

extension PositionedItem {
    /// The text of a text item.
    fileprivate var textContent: String {
        guard case .text(let text) = item else { return "" }
        return text.paragraph.spec.text.plainText
    }
}

@Suite struct LinkTests {
    @Test func linkSpansBecomeClickableAreasOverTheirWords() {
        let text = RichText([
            Span("see "), Span("the table", link: "#table"), Span(" or "), Span("the web", link: "https://example.org"),
        ])
        let theme = TestTheme.make()
        let page = DocumentLayout.layout(
            TestTheme.spec([.paragraph(text)]), theme: theme, typesetter: FixedMetricsTypesetter()
        )
        .document.pages[0]
        let links = page.items.compactMap { item -> (Double, Double, Link.Target)? in
            if case .link(let link) = item.item { return (item.position.x, link.size.width, link.target) }
            return nil
        }
        // Fixed metrics: 5 pt a character; "see " is 20 pt, "the table" 45 pt, " or " 20 pt, "the web" 35 pt.
        let left = theme.contentRect.minX
        #expect(links.count == 2)
        #expect(links.first?.0 == left + 20 && links.first?.1 == 45)
        #expect(links.first?.2 == .destination("table"))
        #expect(links.last?.0 == left + 85 && links.last?.1 == 35)
        #expect(links.last?.2 == .uri("https://example.org"))
    }
}

@Suite struct LandscapeTests {
    @Test func landscapeBlocksGetPagesOfTheirOwnTurnedAQuarter() {
        let theme = TestTheme.make()
        let rows = (0..<30).map { [TableCell.text(RichText("park \($0)")), .text(RichText(String($0)))] }
        let table = TableBlock(
            columns: [.init(alignment: .left), .init(alignment: .right)], header: [["Park", "Value"]], body: rows)
        let body: [Block] = [
            .paragraph("Before."),
            .landscape([.heading(Heading(level: 1, text: "Wide", anchor: "wide")), .table(table)]),
            .paragraph("After."),
        ]
        let pages = DocumentLayout.layout(TestTheme.spec(body), theme: theme, typesetter: FixedMetricsTypesetter())
            .document.pages
        let portrait = theme.pageSize
        let landscape = Size(width: portrait.height, height: portrait.width)
        #expect(pages.first?.size == portrait && pages.last?.size == portrait)
        let turned = pages.filter { $0.size == landscape }
        #expect(turned.count >= 2)
        #expect(pages.first?.textLines().contains("Before.") == true)
        #expect(pages.last?.textLines().contains("After.") == true)
        let landscapeContent = Rect(x: 10, y: 10, width: landscape.width - 20, height: landscape.height - 20)
        for page in turned {
            #expect(page.items(outside: landscapeContent).isEmpty)
            #expect(page.textLines().contains("Park"))
        }
    }
}

@Suite struct GraphicCellTests {
    @Test func aDrawingInACellSitsInItsColumnAndSetsTheRowHeight() {
        let theme = TestTheme.make()
        let spark = Frame(size: Size(width: 40, height: 30))
        let table = TableBlock(
            columns: [.init(alignment: .left), .init(alignment: .center)], header: [["Park", "Trend"]],
            body: [["hitech", .graphic(spark)]])
        let page = DocumentLayout.layout(
            TestTheme.spec([.table(table)]), theme: theme, typesetter: FixedMetricsTypesetter()
        )
        .document.pages[0]
        let groups = page.items.filter { if case .group = $0.item { return true } else { return false } }
        #expect(groups.count == 1)
        let bounds = groups[0].bounds
        #expect(bounds.size == spark.size)
        // Inside the second column, and the row is tall enough for it.
        let park = page.leaves().first {
            if case .text(let t) = $0.item.item {
                return t.paragraph.spec.text.plainText == "hitech"
            } else {
                return false
            }
        }
        #expect((park?.bounds.maxX ?? 0) < bounds.minX)
        #expect(bounds.maxX <= theme.contentRect.maxX)
        #expect(page.items(outside: theme.contentRect).isEmpty)
        #expect(groups[0].structure.map(\.role.pdfName) == ["Table", "TR", "TD"])
    }
}
