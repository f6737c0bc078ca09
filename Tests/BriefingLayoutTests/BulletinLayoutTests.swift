import BriefingCore
import BriefingTestSupport
import Foundation
import Testing

@testable import BriefingLayout

/// A bulletin's masthead on page 1 and its closing block at the foot of the last page, checked on
/// the layout model with fixed metrics (every glyph 0.5 em, CJK 1 em) on the 200 × 300 pt test page.
@Suite struct BulletinLayoutTests {
    static let red = Color(red: 0.8, green: 0, blue: 0)
    let theme = TestTheme.make().with {
        $0.accent = red
        $0.masthead = MastheadStyle(
            name: TextStyle(family: "Test", size: 24, lineHeight: 1.2),
            title: TextStyle(family: "Test", size: 14, weight: .bold, lineHeight: 1.2))
    }
    let typesetter = FixedMetricsTypesetter()
    /// The body's area: the content (10…190 × 10…290) less a running band of 5 × 1.2 + 12 pt above and below.
    let body = Rect(x: 10, y: 28, width: 180, height: 244)

    let masthead = Masthead(
        classification: "内部资料", name: "工作简报", issue: "第3期", organisation: "发改委", date: "2014年3月12日",
        title: "园区发展情况")
    let closing = ClosingBlock(
        distribution: [
            .init(label: "报：", names: "市委办公室、市政府办公室、市人大常委会办公室、市政协办公室"),
            .init(label: "发：", names: "各园区"),
        ], printedBy: "发改委办公室", printed: "2014年3月12日印发", printRun: "（共印50份）")

    func layout(_ body: [Block], masthead: Masthead? = nil, closing: ClosingBlock? = nil) -> LaidOutDocument {
        var spec = TestTheme.spec(body)
        spec.masthead = masthead
        spec.closing = closing
        return DocumentLayout.layout(spec, theme: theme, typesetter: typesetter)
    }

    /// The text items of `page` whose text is `text`, with their boxes.
    func texts(_ text: String, on page: Frame) -> [(item: PositionedItem, bounds: Rect)] {
        page.leaves().filter {
            guard case .text(let item) = $0.item.item else { return false }
            return item.paragraph.spec.text.plainText == text
        }
    }

    func shapes(on page: Frame) -> [(fill: Color?, bounds: Rect)] {
        page.leaves().compactMap {
            guard case .shape(let shape) = $0.item.item else { return nil }
            return (shape.fill, $0.bounds)
        }
    }

    @Test func theMastheadOpensPageOneInOrder() throws {
        let document = layout([.paragraph(TestTheme.words(10))], masthead: masthead).document
        #expect(document.pages.count == 1)
        let page = document.pages[0]
        let name = try #require(texts("工作简报", on: page).first)
        // Centred: 4 CJK characters of 24 pt = 96 pt, from 10 + (180 − 96) / 2 = 52.
        #expect(abs(name.bounds.minX - 52) < 0.01 && abs(name.bounds.maxX - 148) < 0.01, "\(name.bounds)")
        guard case .text(let nameText) = name.item.item else { return }
        #expect(nameText.paragraph.spec.style.color == Self.red)
        let classification = try #require(texts("内部资料", on: page).first)
        #expect(abs(classification.bounds.minX - body.minX) < 0.01)
        #expect(classification.bounds.maxY <= name.bounds.minY)
        let issue = try #require(texts("第3期", on: page).first)
        #expect(issue.bounds.minY >= name.bounds.maxY)
        let unit = try #require(texts("发改委", on: page).first)
        let date = try #require(texts("2014年3月12日", on: page).first)
        // One line: unit at the left edge, date ending at the right edge, on the same top.
        #expect(abs(unit.bounds.minX - body.minX) < 0.01 && abs(date.bounds.maxX - body.maxX) < 0.01)
        #expect(abs(unit.bounds.minY - date.bounds.minY) < 0.01 && unit.bounds.minY >= issue.bounds.maxY)
        // The rule in the accent colour across the width, below that line; the title below the rule.
        let rule = try #require(shapes(on: page).first { $0.fill == Self.red })
        #expect(abs(rule.bounds.minX - body.minX) < 0.01 && abs(rule.bounds.width - body.width) < 0.01)
        #expect(rule.bounds.minY >= date.bounds.maxY)
        let title = try #require(texts("园区发展情况", on: page).first)
        #expect(title.bounds.minY >= rule.bounds.maxY + MastheadStacker.titleSpace - 0.01)
        // Six CJK characters of 14 pt = 84 pt, centred.
        #expect(abs((title.bounds.minX + title.bounds.maxX) / 2 - 100) < 0.01, "\(title.bounds)")
        // The body text follows on the same page, below the title.
        let first = try #require(page.textLines().firstIndex { $0.hasPrefix("w0000") })
        #expect(page.textLines()[..<first] == ["内部资料", "工作简报", "第3期", "发改委", "2014年3月12日", "园区发展情况"])
    }

    @Test func theTitleIsTheHeadingAndTheNameAParagraph() throws {
        let document = layout([.paragraph(TestTheme.words(10))], masthead: masthead).document
        let page = document.pages[0]
        let title = try #require(texts("园区发展情况", on: page).first)
        #expect(title.item.structure.map(\.role) == [.heading(level: 1)])
        for text in ["内部资料", "工作简报", "第3期", "发改委", "2014年3月12日"] {
            #expect(try #require(texts(text, on: page).first).item.structure.map(\.role) == [.paragraph], "\(text)")
        }
        #expect(document.outline == [OutlineEntry(title: "园区发展情况", level: 1, page: 0, destination: "masthead")])
        // No running header over the masthead: nothing above the body's top on page 1.
        #expect(page.leaves().allSatisfy { $0.bounds.minY >= body.minY - 0.01 })
    }

    @Test func theStandardCoverIsUnchangedWithoutAMasthead() {
        let cover = Cover(title: "T", subtitle: nil, organisation: "O", date: "D", classification: nil)
        let plain = DocumentLayout.layout(
            TestTheme.spec([.paragraph(TestTheme.words(10))], cover: cover), theme: theme, typesetter: typesetter)
        #expect(plain.document.pages.count == 2)
        #expect(plain.document.pages[1].textLines().contains("Header"))
    }

    /// A paragraph of exactly `lines` full lines at the body's width.
    func paragraph(lines: Int) -> Block {
        var count = lines
        while typesetter.typeset(ParagraphSpec(TestTheme.words(count + 1), style: theme.body, width: body.width)).lines
            .count <= lines
        {
            count += 1
        }
        return .paragraph(TestTheme.words(count))
    }

    /// The closing block's items on `page`: the text of its division.
    func closingTexts(on page: Frame) -> [(item: PositionedItem, bounds: Rect)] {
        page.leaves().filter { $0.item.structure.first?.role == .division }
    }

    @Test func theClosingBlockSitsAtTheFootOfTheLastPage() throws {
        let document = layout([.paragraph(TestTheme.words(10))], closing: closing).document
        #expect(document.pages.count == 1)
        let page = document.pages[0]
        let texts = closingTexts(on: page)
        #expect(
            texts.map(\.item).compactMap { item -> String? in
                guard case .text(let text) = item.item else { return nil }
                return text.paragraph.spec.text.plainText
            } == [
                "报：", "市委办公室、市政府办公室、市人大常委会办公室、市政协办公室", "发：", "各园区", "发改委办公室", "2014年3月12日印发",
                "（共印50份）",
            ])
        // Rules: 1 pt above and below, 0.5 pt between the distribution and the printing line;
        // the last ends at the foot of the body.
        let rules = shapes(on: page).filter { $0.bounds.minY > 100 && $0.bounds.minY < body.maxY }
        #expect(rules.map { ($0.bounds.height * 10).rounded() / 10 } == [1, 0.5, 1])
        let last = try #require(rules.last)
        #expect(abs(last.bounds.maxY - body.maxY) < 0.01, "\(last.bounds)")
        // The names wrap under the first name: 17 CJK characters of 10 pt leave 180 − 20 = 160 pt a line.
        let names = try #require(self.texts("市委办公室、市政府办公室、市人大常委会办公室、市政协办公室", on: page).first)
        let label = try #require(self.texts("报：", on: page).first)
        #expect(abs(names.bounds.minX - label.bounds.maxX) < 0.01 && abs(label.bounds.width - 20) < 0.01)
        guard case .text(let namesText) = names.item.item else { return }
        #expect(namesText.paragraph.lines.count == 2)
        // Each line a paragraph inside one division.
        let divisions = Set(texts.map { $0.item.structure[0] })
        #expect(divisions.count == 1 && texts.allSatisfy { $0.item.structure.map(\.role) == [.division, .paragraph] })
    }

    /// The most 12 pt lines of text that leave ``ClosingBlockStacker/spaceAbove`` above the block
    /// at the foot of the page, the block's top taken from its first rule on a short page.
    func fittingLines() throws -> Int {
        let one = layout([.paragraph(TestTheme.words(10))], closing: closing).document
        let top = try #require(
            shapes(on: one.pages[0]).filter { $0.bounds.minY > 100 && $0.bounds.minY < body.maxY }.map(\.bounds.minY)
                .min())
        return Int(((top - ClosingBlockStacker.spaceAbove - body.minY) / 12).rounded(.down))
    }

    @Test func theClosingBlockMovesWholeToANewPageWhenItDoesNotFit() throws {
        let document = layout([paragraph(lines: try fittingLines() + 1)], closing: closing).document
        #expect(document.pages.count == 2)
        #expect(closingTexts(on: document.pages[0]).isEmpty)
        #expect(closingTexts(on: document.pages[1]).count == 7)
        #expect(document.pages[1].textLines().allSatisfy { !$0.hasPrefix("w0") })
        let last = try #require(
            shapes(on: document.pages[1]).filter { $0.bounds.minY > body.minY && $0.bounds.minY < body.maxY }.last)
        #expect(abs(last.bounds.maxY - body.maxY) < 0.01)
    }

    @Test func theClosingBlockStaysOnThePageWhenItJustFits() throws {
        let document = layout([paragraph(lines: try fittingLines())], closing: closing).document
        #expect(document.pages.count == 1)
        #expect(closingTexts(on: document.pages[0]).count == 7)
        #expect(document.pages[0].overlappingText().isEmpty)
    }

    @Test func theClosingBlockStandsAboveTheLastPagesFootnotes() throws {
        let body: [Block] = [
            .paragraph(RichText([Span("cited"), Span("1", footnote: 1)])),
            .footnotes([Footnote(number: 1, text: "the note")]),
        ]
        let page = try #require(layout(body, closing: closing).document.pages.last)
        let note = try #require(
            page.leaves().first {
                guard case .text(let item) = $0.item.item else { return false }
                return item.paragraph.spec.text.plainText.contains("the note")
            })
        let rules = shapes(on: page).filter { $0.bounds.minY > 100 && $0.bounds.minY < self.body.maxY }
        let last = try #require(rules.last)
        #expect(last.bounds.maxY <= note.bounds.minY, "\(last.bounds) \(note.bounds)")
        #expect(page.overlappingText().isEmpty)
    }

    @Test func aMastheadAloneMakesAPage() throws {
        let document = layout([], masthead: masthead).document
        #expect(document.pages.count == 1)
        let lines = try #require(document.pages.first).textLines()
        #expect(lines == ["内部资料", "工作简报", "第3期", "发改委", "2014年3月12日", "园区发展情况", "Page 1 of 1"])
    }
}
