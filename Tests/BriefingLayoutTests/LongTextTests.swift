import BriefingCore
import BriefingTestSupport
import Testing

@testable import BriefingLayout

/// Text that cannot be broken at spaces, nesting deeper than the page is wide, and footnotes cited
/// from footnotes: everything stays inside the text area and nothing is dropped.
@Suite struct LongTextTests {
    let theme = TestTheme.make()
    let typesetter = FixedMetricsTypesetter()

    /// The text drawn on every page, in order, line by line.
    func drawnText(_ document: PagedDocument) -> [String] {
        document.pages.flatMap { page in
            page.items.compactMap { placed -> [String]? in
                guard case .text(let item) = placed.item else { return nil }
                let bytes = Array(item.paragraph.spec.text.plainText.utf8)
                return item.lines.map { String(decoding: bytes[item.paragraph.lines[$0].byteRange], as: UTF8.self) }
            }.flatMap { $0 }
        }
    }

    @Test func aWordWiderThanTheColumnIsBrokenBetweenGraphemes() {
        // 180 pt of width at 5 pt a character: 36 characters a line. "Before " cannot take the
        // 29 letters that would fill its line, so the word starts the second line; 1,000 letters
        // make 27 full lines and one of 28 letters, which " after." (7 characters) joins.
        let word = String(repeating: "é", count: 1000)
        let paragraph = typesetter.typeset(
            ParagraphSpec(RichText("Before " + word + " after."), style: theme.body, width: 180))
        #expect(paragraph.lines.count == 29)
        for line in paragraph.lines { #expect(line.x + line.width <= 180 + 1e-9) }
        // "Before " alone on the first line, then 36 letters a line (2 bytes each).
        #expect(paragraph.lines[0].byteRange == 0..<7)
        #expect(paragraph.lines[1].byteRange == 7..<79)
        let bytes = Array(paragraph.spec.text.plainText.utf8)
        #expect(
            String(decoding: bytes[paragraph.lines[28].byteRange], as: UTF8.self)
                == String(repeating: "é", count: 28) + " after.")
    }

    @Test func aWordWiderThanTheColumnStaysInsideTheMargins() {
        let word = String(repeating: "x", count: 5000)
        let document = DocumentLayout.layout(
            TestTheme.spec(
                [.paragraph(RichText(word)), .quote([.paragraph(RichText(word))])],
                cover: Cover(title: word, subtitle: nil, organisation: nil, date: "Today", classification: nil)),
            theme: theme, typesetter: typesetter)
        for (index, page) in document.document.pages.enumerated() {
            let outside = page.items(outside: theme.contentRect)
            #expect(outside.isEmpty, "page \(index + 1): \(outside)")
        }
        // Every letter of both copies is drawn; the cover shows as much of the title as fits.
        let body = drawnText(document.document).joined().filter { $0 == "x" }.count
        #expect(body >= 2 * 5000)
        #expect(
            document.warnings.map(\.message).contains {
                $0.hasPrefix("'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…' is too long for the cover: ")
            })
    }

    @Test func quotesNestedDeeperThanThePageIsWideKeepTheirText() {
        var block = Block.paragraph(RichText("deepest words are kept"))
        for _ in 0..<60 { block = .quote([block]) }
        let document = DocumentLayout.layout(TestTheme.spec([block]), theme: theme, typesetter: typesetter)
        #expect(drawnText(document.document).joined(separator: " ").contains("deepest words are kept"))
        #expect(
            document.warnings.map(\.message) == [
                "lists and quotes nested deeper than the column allows are set without further indentation, at least 144 pt wide"
            ])
        for page in document.document.pages { #expect(page.items(outside: theme.contentRect).isEmpty) }
    }

    @Test func aFootnoteCitedFromAFootnoteIsSetOnTheSamePage() {
        let body: [Block] = [
            .paragraph(RichText([Span("Text"), Span("1", footnote: 1)])),
            .footnotes([
                Footnote(number: 1, text: RichText([Span("First note"), Span("2", footnote: 2)])),
                Footnote(number: 2, text: RichText("Second note")),
            ]),
        ]
        let document = DocumentLayout.layout(TestTheme.spec(body), theme: theme, typesetter: typesetter)
        #expect(document.document.pages.count == 1)
        let text = drawnText(document.document)
        #expect(text.contains("1  First note2"))
        #expect(text.contains("2  Second note"))
    }
}
