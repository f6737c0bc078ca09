import BriefingCore
import BriefingTestSupport
internal import CCairo
import Foundation
import Testing

@testable import BriefingRender

/// Glyph runs from Pango and drawn without it: fonts named by file, glyph ids of the font's own
/// character map, clusters back to the text, decorations, and PDFs drawn by no typesetter.
@Suite struct GlyphRunRenderTests {
    let english = TextStyle(family: "Noto Sans, Noto Sans CJK SC", size: 10, lineHeight: 1.4, language: "en")

    func typesetter() throws -> PangoTypesetter { try PangoTypesetterTests().typesetter() }

    /// The glyph ids and advance-summed positions cairo finds for `text` in `font` at `size` from
    /// the whole font's character map alone (no shaping).
    func mapped(_ text: String, font: FontReference, size: Double) throws -> [(id: UInt32, x: Double)] {
        let face = try FontFaceCache.prepared.wholeFace(FontSource(path: font.file, index: font.index))
        var matrix = cairo_matrix_t()
        cairo_matrix_init_scale(&matrix, size, size)
        var identity = cairo_matrix_t()
        cairo_matrix_init_identity(&identity)
        let options = FontFaceCache.pinnedOptions()
        defer { cairo_font_options_destroy(options) }
        let scaled = try #require(cairo_scaled_font_create(face.pointer, &matrix, &identity, options))
        defer { cairo_scaled_font_destroy(scaled) }
        var glyphs: UnsafeMutablePointer<cairo_glyph_t>?
        var count: Int32 = 0
        let status = cairo_scaled_font_text_to_glyphs(
            scaled, 0, 0, text, Int32(text.utf8.count), &glyphs, &count, nil, nil, nil)
        defer { cairo_glyph_free(glyphs) }
        #expect(status == CAIRO_STATUS_SUCCESS)
        let mapped = UnsafeBufferPointer(start: glyphs, count: Int(count))
        return mapped.map { (UInt32($0.index), $0.x) }
    }

    @Test func latinRunsAreTheFontsOwnGlyphsAtTheirAdvances() throws {
        let typesetter = try typesetter()
        // Digits and a space: no kerning or ligatures, so shaping is the character map.
        let text = "2014 1234"
        let run = try #require(typesetter.line(RichText(text), style: english).lines.first?.runs.first)
        let font = try #require(typesetter.fonts[run.font])
        #expect(font == FontReference(file: "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf"))
        #expect(run.size == 10)
        #expect(run.text == text)
        let expected = try mapped(text, font: font, size: 10)
        #expect(run.glyphs.map(\.id) == expected.map(\.id))
        // Pango keeps each advance to 1/1024 pt: the n-th glyph may be n/1024 pt off.
        for (index, (glyph, reference)) in zip(run.glyphs, expected).enumerated() {
            #expect(abs(glyph.x - reference.x) <= Double(index + 1) / 1024)
        }
        #expect(run.clusters == Array(repeating: GlyphRun.Cluster(bytes: 1, glyphs: 1), count: text.utf8.count))
    }

    @Test func chineseIsSetInTheSimplifiedChineseFaceOfTheCollection() throws {
        let typesetter = try typesetter()
        let run = try #require(typesetter.line(RichText("园区"), style: english).lines.first?.runs.first)
        // `fc-scan NotoSansCJK-Regular.ttc`: face 2 is Noto Sans CJK SC.
        #expect(
            typesetter.fonts[run.font]
                == FontReference(file: "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", index: 2))
        #expect(run.clusters == [GlyphRun.Cluster(bytes: 3, glyphs: 1), GlyphRun.Cluster(bytes: 3, glyphs: 1)])
    }

    @Test func fangsongBoldIsTheRegularFaceEmboldenedAndNumberedByFirstUse() throws {
        let typesetter = try typesetter()
        let fang = TextStyle(family: "FandolFang", size: 12, language: "zh-CN")
        let text = RichText([Span("仿宋"), Span("加粗", bold: true)])
        let runs = try #require(typesetter.line(text, style: fang).lines.first?.runs)
        #expect(runs.map(\.text) == ["仿宋", "加粗"])
        let file = "/usr/local/share/fonts/briefing/FandolFang-Regular.otf"
        #expect(
            runs.map { typesetter.fonts[$0.font] } == [
                FontReference(file: file), FontReference(file: file, emboldened: true),
            ])
        #expect(runs[1].font == runs[0].font + 1)
    }

    @Test func aSoftHyphenEndingALineDrawsTheHyphen() throws {
        let typesetter = try typesetter()
        let words = String(repeating: "internationalization incomprehensibilities ", count: 6)
        let paragraph = typesetter.typeset(
            ParagraphSpec(RichText(words), style: english, width: 90, alignment: .justify))
        // Each soft hyphen is a cluster of its own: one glyph, the hyphen, where it ends a line,
        // none where it does not.
        var ending = 0
        var inside = 0
        for line in paragraph.lines {
            for (runIndex, run) in line.runs.enumerated() {
                let bytes = Array(run.text.utf8)
                var offset = 0
                for (index, cluster) in run.clusters.enumerated() {
                    defer { offset += cluster.bytes }
                    guard bytes[offset..<offset + cluster.bytes] == [0xC2, 0xAD] else { continue }
                    let endsLine = runIndex == line.runs.count - 1 && index == run.clusters.count - 1
                    #expect(cluster.glyphs == (endsLine ? 1 : 0))
                    if endsLine { ending += 1 } else { inside += 1 }
                }
            }
        }
        #expect(ending > 0 && inside > 0)
    }

    @Test func clustersAccountForEveryByteAndGlyph() throws {
        let typesetter = try typesetter()
        let text = RichText([
            Span("Parks 园区 grew 12.5% – "), Span("see", link: "https://example.org"), Span(" the "),
            Span("old", strikethrough: true), Span(" code", code: true), Span("1", footnote: 1),
        ])
        let paragraph = typesetter.typeset(ParagraphSpec(text, style: english, width: 120))
        for run in paragraph.lines.flatMap(\.runs) {
            #expect(run.clusters.map(\.bytes).reduce(0, +) == run.text.utf8.count)
            #expect(run.clusters.map(\.glyphs).reduce(0, +) == run.glyphs.count)
        }
        #expect(
            paragraph.lines.map { $0.runs.map(\.text).joined() }.joined().replacingOccurrences(of: "\u{2060}", with: "")
                == text.plainText)
    }

    @Test func linksAreUnderlinedAndStruckTextCrossedOut() throws {
        let typesetter = try typesetter()
        let text = RichText([
            Span("go "), Span("here", link: "https://example.org"), Span(" not "), Span("there", strikethrough: true),
        ])
        let paragraph = typesetter.line(text, style: english)
        let line = try #require(paragraph.lines.first)
        let decorations = line.runs.flatMap(\.decorations).map(\.rect)
        #expect(decorations.count == 2)
        let linkRange = try #require(typesetter.xRanges(of: 3..<7, line: 0, in: paragraph).first)
        let struckRange = try #require(typesetter.xRanges(of: 12..<17, line: 0, in: paragraph).first)
        // The underline below the baseline under the link; the strikethrough above it, across "there".
        let underline = decorations[0]
        #expect(underline.minY > 0 && underline.height > 0)
        #expect(abs(underline.minX - (linkRange.lowerBound - line.x)) < 0.5)
        #expect(abs(underline.maxX - (linkRange.upperBound - line.x)) < 0.5)
        let strike = decorations[1]
        #expect(strike.maxY < 0 && strike.minY > -10)
        #expect(
            strike.minX >= struckRange.lowerBound - line.x - 0.5 && strike.maxX <= struckRange.upperBound - line.x + 0.5
        )
    }

    /// A frame drawn after its typesetter is gone, from the document's font book: the same bytes
    /// as one another typesetter set, and the text comes back out of the PDF.
    @Test func framesDrawWithoutTheTypesetterThatSetThem() throws {
        func document() throws -> PagedDocument {
            let typesetter = try typesetter()
            var page = Frame(size: Size(width: 300, height: 200))
            page.append(
                typesetter.typeset(
                    ParagraphSpec(RichText("Parks grew 12.5% in 2013; 园区保持平稳较快增长。"), style: english, width: 200)),
                at: Point(x: 20, y: 20))
            let metadata = DocumentMetadata(
                title: "t", author: "a", subject: "s", creationDate: Date(timeIntervalSince1970: 0), language: "en")
            return PagedDocument(pages: [page], outline: [], metadata: metadata, fonts: typesetter.fonts)
        }
        let first = try PDFWriter.render(try document())
        #expect(try PDFWriter.render(try document()) == first)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("glyph-runs-\(getpid()).pdf").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data(first).write(to: URL(fileURLWithPath: path))
        let text = try QPDF.run(["pdftotext", path, "-"]).output
        #expect(text.replacingOccurrences(of: "\n", with: "") == "Parks grew 12.5% in 2013; 园区保持平稳较快增长。\u{0C}")
        let fonts = try QPDF.run(["pdffonts", path]).output
        #expect(fonts.contains("NotoSans-Regular") && fonts.contains("NotoSansCJKsc-Regular"))
    }

    /// A character no font has (U+16A0 RUNIC LETTER FEHU) is a box, not a glyph: its cluster draws
    /// no glyph, so nothing of it is extracted as text.
    @Test func aCharacterNoFontHasIsABox() throws {
        let runs = try #require(try typesetter().line(RichText("a\u{16A0}b"), style: english).lines.first?.runs)
        let missing = runs.flatMap(\.missing)
        #expect(missing.map(\.scalar) == [0x16A0])
        #expect(missing.allSatisfy { $0.box.width > 0 && $0.box.height > 0 && $0.box.maxY <= 0 })
        let run = try #require(runs.first { $0.text.contains("\u{16A0}") })
        #expect(run.clusters.contains(GlyphRun.Cluster(bytes: 3, glyphs: 0)))
        #expect(runs.flatMap(\.glyphs).count == 2)
    }

    /// The fixed-metrics typesetter's made-up font has no file: its runs draw nothing, and
    /// rendering them is no error.
    @Test func runsInAFontWithoutAFileDrawNothing() throws {
        var page = Frame(size: Size(width: 100, height: 50))
        page.append(FixedMetricsTypesetter().line("Hi", style: english), at: .zero)
        let drawn = try ChartWriter.render(page, as: .png, dpi: 72, fonts: FixedMetricsTypesetter().fonts)
        let blank = try ChartWriter.render(
            Frame(size: page.size), as: .png, dpi: 72, fonts: FixedMetricsTypesetter().fonts)
        #expect(drawn == blank)
    }
}
