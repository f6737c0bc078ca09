import BriefingCore
import BriefingTestSupport
import Testing

@testable import BriefingLayout

/// A layout warning names where its block was written (``Block/location``): the block's own
/// place, else that of the block enclosing it; none when no block says.
@Suite struct LayoutWarningLocationTests {
    let theme = TestTheme.make()
    let typesetter = FixedMetricsTypesetter()

    static func at(_ line: Int) -> BriefingCore.SourceLocation {
        BriefingCore.SourceLocation(path: "notes.md", line: line, column: 1)
    }

    func warnings(_ body: [Block], cover: Cover? = nil) -> [LayoutWarning] {
        DocumentLayout.layout(TestTheme.spec(body, cover: cover), theme: theme, typesetter: typesetter).warnings
    }

    @Test func aFigureScaledToFitIsReportedAtTheFigure() {
        let figure = Figure(
            frame: Frame(size: Size(width: 180, height: 600)), caption: "Tall", source: nil, alternativeText: "tall")
        let found = warnings([.paragraph("before"), Block.figure(figure).located(at: Self.at(7))])
        #expect(found.map(\.location) == [Self.at(7)])
    }

    @Test func aQuoteTooDeepIsReportedAtTheOutermostBlockThatSays() {
        var block = Block.paragraph("deepest")
        for _ in 0..<60 { block = .quote([block]) }
        #expect(warnings([block.located(at: Self.at(3))]).map(\.location) == [Self.at(3)])
        // A nested list without a place of its own is reported at the enclosing list.
        var list = Block.paragraph("deepest")
        for _ in 0..<60 { list = .list(ListBlock(ordered: false, items: [[list]])) }
        #expect(warnings([.paragraph("x"), list.located(at: Self.at(5))]).map(\.location) == [Self.at(5)])
        // Without one, nowhere.
        #expect(warnings([block]).map(\.location) == [nil])
    }

    @Test func aTableTooWideIsReportedAtTheTable() {
        let table = TableBlock(
            columns: [.init(alignment: .left), .init(alignment: .right)], header: [["Name", "Huge"]],
            body: [["park 1", .text(RichText(String(repeating: "9", count: 40)))]], caption: "Table 9")
        let found = warnings([Block.table(table).located(at: Self.at(12))])
        #expect(found.count == 1)
        #expect(found.first?.location == Self.at(12))
    }

    @Test func aFootnoteCutShortIsReportedAtItsDefinition() {
        var note = Footnote(number: 1, text: TestTheme.words(2000))
        note.location = Self.at(40)
        let found = warnings([.paragraph(RichText([Span("cited"), Span("1", footnote: 1)])), .footnotes([note])])
        #expect(found.map(\.location) == [Self.at(40)])
    }

    @Test func aCoverTitleTooLongIsReportedAtTheTitle() {
        var cover = Cover(
            title: TestTheme.words(400).plainText, subtitle: nil, organisation: nil, date: "today", classification: nil)
        let title = BriefingCore.SourceLocation(path: "brief.yaml", line: 2, column: 8)
        cover.locations[.title] = title
        let found = warnings([.paragraph("body")], cover: cover)
        #expect(found.map(\.location) == [title])
        #expect(found.first?.message.contains("is too long for the cover") == true)
    }

    @Test func aClosingBlockTallerThanAPageIsReportedAtItsDistribution() {
        let names = Array(repeating: "各园区管委会办公室", count: 120).joined(separator: "、")
        var closing = ClosingBlock(
            distribution: [.init(label: "报：", names: names)], printedBy: "发改委办公室", printed: "2014年3月12日印发",
            printRun: nil)
        let distribution = BriefingCore.SourceLocation(path: "brief.yaml", line: 9, column: 15)
        closing.location = distribution
        var spec = TestTheme.spec([.paragraph("body")])
        spec.closing = closing
        let found = DocumentLayout.layout(spec, theme: theme, typesetter: typesetter).warnings
        #expect(found.map(\.location) == [distribution])
        #expect(found.first?.message.hasPrefix("the closing block (") == true)
    }
}
