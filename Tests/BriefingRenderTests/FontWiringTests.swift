import BriefingCore
import Testing

@testable import BriefingRender

/// Which face a document's glyph runs draw with: chosen per document and font number from every
/// glyph the document draws with it.
@Suite struct FontWiringTests {
    static let cjk = FontReference(file: "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", index: 2)

    /// A line of one run per `(font, glyph ids)`.
    func line(_ runs: [(Int, [UInt32])]) -> TypesetLine {
        TypesetLine(
            byteRange: 0..<1, x: 0, width: 10, top: 0, height: 12, baseline: 10,
            runs: runs.map { font, ids in
                GlyphRun(
                    font: font, size: 10, x: 0, glyphs: ids.map { GlyphRun.Glyph(id: $0, x: 0) }, text: "x",
                    clusters: [GlyphRun.Cluster(bytes: 1, glyphs: ids.count)])
            })
    }

    func paragraph(_ lines: [TypesetLine]) -> TypesetParagraph {
        TypesetParagraph(spec: ParagraphSpec("x", style: TextStyle(family: "Noto Sans", size: 10)), lines: lines)
    }

    @Test func theGlyphsOfAFontAreThoseOfTheLinesShownOnEveryPageAndInNestedGroups() {
        var first = Frame(size: Size(width: 100, height: 100))
        // Line 0 is shown on another page (not in this document): its glyphs do not count.
        let split = paragraph([line([(0, [1, 2])]), line([(0, [3]), (1, [7])]), line([(1, [7, 8])])])
        first.append(.text(TextItem(paragraph: split, lines: 1..<3)))
        var inner = Frame(size: Size(width: 50, height: 50))
        inner.append(.text(TextItem(paragraph: paragraph([line([(0, [4])])]))))
        var group = Frame(size: Size(width: 50, height: 50))
        group.append(.text(TextItem(paragraph: paragraph([line([(2, [9])])]))))
        group.append(inner, at: Point(x: 5, y: 5), role: .artifact)
        var second = Frame(size: Size(width: 100, height: 100))
        second.append(.group(Group(frame: group, scale: 0.5)))
        #expect(GlyphRunPainter.glyphsByFont([first, second]) == [0: [3, 4], 1: [7, 8], 2: [9]])
    }

    @Test func aDocumentWithinTheCommonSetDrawsWithTheSubsetAndOneBeyondItWithTheWholeFace() throws {
        // Glyph ids from the whole face's character map: 园 is a level-1 hanzi of GB 2312, 龘 is
        // in no row of GB 2312.
        let common = try GlyphRunRenderTests().mapped("园区", font: Self.cjk, size: 10).map(\.id)
        let rare = try GlyphRunRenderTests().mapped("龘", font: Self.cjk, size: 10).map(\.id)
        #expect(!common.contains(0) && !rare.contains(0))
        let subset = try #require(FontFaceCache.face(for: Self.cjk, glyphs: Set(common)))
        #expect(subset.subset != nil)
        let whole = try #require(FontFaceCache.face(for: Self.cjk, glyphs: Set(common + rare)))
        #expect(whole.subset == nil)
        // Both are kept for the process: a later document gets the same faces.
        #expect(FontFaceCache.face(for: Self.cjk, glyphs: []) === subset)
        #expect(FontFaceCache.face(for: Self.cjk, glyphs: Set(rare)) === whole)
    }

    @Test func aFaceWithVariationsIsMadeFromAPatternOnce() throws {
        var font = Self.cjk
        font.variations = "wght=700"
        let face = try #require(FontFaceCache.face(for: font, glyphs: []))
        #expect(face.subset == nil)
        #expect(FontFaceCache.face(for: font, glyphs: [1]) === face)
    }

    @Test func aFontFileThatCannotBeReadGivesNoFace() {
        #expect(FontFaceCache.face(for: FontReference(file: "/nonexistent/font.ttf"), glyphs: []) == nil)
    }
}
