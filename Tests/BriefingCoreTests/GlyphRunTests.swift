import BriefingCore
import BriefingTestSupport
import Testing

/// Glyph runs without fonts: the fixed-metrics typesetter's, and the font book's numbering.
@Suite struct GlyphRunTests {
    let style = TextStyle(family: "Test", size: 10, lineHeight: 1.2)

    @Test func eachFixedMetricsLineIsOneRunOfItsScalars() throws {
        // "ab 中" then "文": at 10 pt a Latin letter or space is 5 pt wide, an ideograph 10 pt.
        let paragraph = FixedMetricsTypesetter().typeset(ParagraphSpec(RichText("ab 中文"), style: style, width: 25))
        #expect(paragraph.lines.count == 2)
        let run = try #require(paragraph.lines.first?.runs.first)
        #expect(paragraph.lines.allSatisfy { $0.runs.count == 1 })
        #expect(run.text == "ab 中")
        #expect(run.glyphs.map(\.id) == [0x61, 0x62, 0x20, 0x4E2D])
        #expect(run.glyphs.map(\.x) == [0, 5, 10, 15])
        #expect(
            run.clusters == [
                .init(bytes: 1, glyphs: 1), .init(bytes: 1, glyphs: 1), .init(bytes: 1, glyphs: 1),
                .init(bytes: 3, glyphs: 1),
            ])
        #expect(run.font == 0 && run.size == 10 && run.color == nil)
        #expect(FixedMetricsTypesetter().fonts[run.font] == FixedMetricsTypesetter.font)
        #expect(paragraph.lines[1].runs.first?.text == "文")
    }

    @Test func aWordJoinerIsAGlyphThatTakesNoRoom() throws {
        let run = try #require(
            FixedMetricsTypesetter().typeset(ParagraphSpec(RichText("a\u{2060}b"), style: style)).lines.first?.runs
                .first)
        #expect(run.glyphs.map(\.x) == [0, 5, 5])
    }

    @Test func theFontBookNumbersFontsInOrderOfFirstUse() {
        var book = FontBook()
        let regular = FontReference(file: "/fonts/Regular.otf")
        let bold = FontReference(file: "/fonts/Regular.otf", emboldened: true)
        #expect(book.id(for: bold) == 0)
        #expect(book.id(for: regular) == 1)
        #expect(book.id(for: bold) == 0)
        #expect(book.fonts == [bold, regular])
        #expect(book[1] == regular)
        #expect(book[2] == nil)
    }

    @Test func theDumpShowsTheRunsText() {
        var frame = Frame(size: Size(width: 100, height: 20))
        frame.append(FixedMetricsTypesetter().typeset(ParagraphSpec(RichText("Hi 中"), style: style)), at: .zero)
        #expect(frame.dump() == "frame 100x20\n  text @0,0 x0 w25 \"Hi 中\"\n")
    }
}
