import Foundation
import Testing

@testable import BriefingRender

/// Subsets that keep glyph ids draw text shaped with the whole font unchanged: the same pixels,
/// the same extracted text, an embedded subset font, the same bytes every time.
@Suite struct FontSubsetTests {
    /// Noto Sans CJK SC Regular, as fontconfig finds it (a face inside a `.ttc` collection).
    static let notoSansCJK = FontSource.matching("Noto Sans CJK SC:style=Regular")

    static let lines = [
        "座谈会回顾了各园区2013年的发展成绩，并明确了2014年的目标任务。",
        "技工贸总收入达到2411.0亿元，增长37.6%；税收总额达到44亿元。",
        "Parks grew 37.6% in 2013 (revenue 241.1 bn yuan).",
    ]

    let text: ShapedText

    init() throws {
        text = try ShapedText(Self.lines, font: Self.notoSansCJK)
    }

    func pdfText(_ pdf: [UInt8]) throws -> [String] {
        let output = try QPDF.run(["pdftotext", try QPDF.file(pdf), "-"]).output
        return output.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces.union(["\u{0C}"])) }.filter {
            !$0.isEmpty
        }
    }

    /// `pdffonts` rows: the row, the font's name, and embedded, subset, ToUnicode.
    func pdfFonts(_ pdf: [UInt8]) throws -> [(row: String, name: String, flags: [String])] {
        try QPDF.run(["pdffonts", try QPDF.file(pdf)]).output.split(separator: "\n").dropFirst(2).map { row in
            let columns = row.split(separator: " ").map(String.init)
            return (String(row), columns[0], Array(columns.suffix(5).prefix(3)))
        }
    }

    /// The faces the themes set text in, of each kind: a CID-keyed CFF face in a collection,
    /// name-keyed CFF (FandolFang), TrueType outlines (Noto Sans, with English only).
    @Test(
        arguments: [
            ("Noto Sans CJK SC:style=Regular", lines), ("Noto Serif CJK SC:style=Bold", lines), ("FandolFang", lines),
            ("Noto Sans:style=Regular", Array(lines.suffix(1))),
        ], [PreparedFonts.Policy.perDocument, .commonSet])
    func subsetDrawsWhatTheWholeFaceDraws(font: (pattern: String, lines: [String]), policy: PreparedFonts.Policy)
        throws
    {
        let text = try ShapedText(font.lines, font: FontSource.matching(font.pattern))
        let fonts = PreparedFonts(policy: policy)
        let subset = try fonts.face(for: text.font, glyphs: text.glyphIDs, codePoints: text.codePoints)
        let whole = try fonts.wholeFace(text.font)
        #expect(subset.subset != nil)
        #expect(whole.subset == nil)

        let pixels = try text.pixels(with: subset)
        #expect(pixels == (try text.pixels(with: whole)))
        // Ink on the page: the comparison is not of two blank images.
        #expect(pixels.filter { $0 < 128 }.count > 500)

        let pdf = try text.pdf(with: subset)
        let extracted = try pdfText(pdf)
        #expect(extracted == font.lines, "\(extracted)")
        #expect(try pdfText(text.pdf(with: whole)) == font.lines)
        let fontRows = try pdfFonts(pdf)
        // The same font, type and encoding as with the whole face: one, embedded, subset, with
        // a ToUnicode map.
        #expect(fontRows.map(\.row) == (try pdfFonts(text.pdf(with: whole)).map(\.row)))
        #expect(fontRows.count == 1)
        #expect(fontRows.first?.flags == ["yes", "yes", "yes"])
    }

    @Test(arguments: [PreparedFonts.Policy.perDocument, .commonSet, .wholeFaces])
    func theSameDocumentGivesTheSameBytes(policy: PreparedFonts.Policy) throws {
        func pdf() throws -> [UInt8] {
            try text.pdf(
                with: PreparedFonts(policy: policy).face(
                    for: text.font, glyphs: text.glyphIDs, codePoints: text.codePoints))
        }
        #expect(try pdf() == pdf())
    }

    @Test func theCommonCharactersAreGB2312sFirstLevelAndSymbols() {
        let points = Set(CommonCharacters.codePoints)
        // GB 2312 level 1: 3,755 hanzi, from 啊 (B0A1) to 座 (D7F9); level 2 (亍 U+4E8D, D8A1) is out.
        #expect(points.filter { (0x4E00...0x9FFF).contains($0) }.count == 3_755)
        #expect(points.isSuperset(of: "啊座园区发展".unicodeScalars.map(\.value)))
        #expect(!points.contains(0x4E8D))
        // Chinese punctuation and full-width forms (rows 1 and 3), ASCII, typographic quotes.
        #expect(points.isSuperset(of: "，。、；：？！（）《》“”—…％０Ａa~ ‘’–".unicodeScalars.map(\.value)))
        // The minus sign briefing writes for negative numbers (GB 2312 has only the full-width －).
        #expect(points.contains(0x2212))
    }

    @Test func aGlyphOutsideTheCommonSetGetsTheWholeFace() throws {
        let fonts = PreparedFonts(policy: .commonSet)
        let common = try fonts.face(for: text.font, glyphs: text.glyphIDs, codePoints: text.codePoints)
        // 亍 is in GB 2312's level 2, 䶮 outside GB 2312: not in the common set.
        for rare in ["亍", "䶮"] {
            let line = try ShapedText(["园区\(rare)发展"], font: Self.notoSansCJK)
            let face = try fonts.face(for: line.font, glyphs: line.glyphIDs, codePoints: line.codePoints)
            #expect(face.subset == nil, "\(rare)")
            #expect(face === (try fonts.wholeFace(line.font)))
        }
        // Made once per process: the next document gets the same face.
        let next = try ShapedText(["园区发展"], font: Self.notoSansCJK)
        #expect(try fonts.face(for: next.font, glyphs: next.glyphIDs, codePoints: next.codePoints) === common)
    }

    @Test func commonSubsetsAreKeptOnDisk() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fonts-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        func pdf() throws -> [UInt8] {
            let fonts = PreparedFonts(policy: .commonSet, cacheFolder: folder)
            let face = try fonts.face(for: text.font, glyphs: text.glyphIDs, codePoints: text.codePoints)
            #expect(face.subset != nil)
            return try text.pdf(with: face)
        }
        let made = try pdf()
        let files = try FileManager.default.contentsOfDirectory(atPath: folder)
        #expect(files.count == 1)
        let file = try #require(files.first)
        #expect(file.hasPrefix("\((Self.notoSansCJK.path as NSString).lastPathComponent)-\(Self.notoSansCJK.index)-"))
        let path = folder + "/" + file
        let stored = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(stored.prefix(4) == Data("BFS1".utf8))
        // Read back: the same document.
        #expect(try pdf() == made)
        // A damaged file is made again, not used.
        try Data("BFS1".utf8 + [0, 0, 0, 0] + Array(repeating: 7, count: 64)).write(to: URL(fileURLWithPath: path))
        #expect(try pdf() == made)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == stored)
    }

    @Test func aDocumentsSubsetHoldsItsGlyphsAndLittleElse() throws {
        let subset = try #require(
            PreparedFonts(policy: .perDocument).face(for: text.font, glyphs: text.glyphIDs, codePoints: text.codePoints)
                .subset)
        #expect(subset.holds(text.glyphIDs))
        #expect(!subset.holds(try ShapedText(["亍"], font: Self.notoSansCJK).glyphIDs))
        // The glyphs drawn, .notdef, and what the font's substitutions reach from them.
        #expect(subset.glyphCount > text.glyphIDs.count)
        #expect(subset.glyphCount < text.glyphIDs.count * 2)
        let whole = try FontSubsetter(Self.notoSansCJK)
        #expect(whole.glyphCount > 60_000)
    }

    @Test func syntheticBoldIsKept() throws {
        let fonts = PreparedFonts(policy: .commonSet)
        var bold = text.font
        bold.emboldened = true
        func ink(_ source: FontSource) throws -> Int {
            try text.pixels(with: fonts.face(for: source, glyphs: text.glyphIDs, codePoints: text.codePoints))
                .filter { $0 < 128 }.count
        }
        #expect(try ink(bold) > ink(text.font) * 11 / 10)
    }

    @Test func missingFontsAreNamed() throws {
        let fonts = PreparedFonts(policy: .perDocument)
        #expect {
            try fonts.face(for: FontSource(path: "/nowhere/font.ttf"), glyphs: [1], codePoints: [])
        } throws: { error in
            (error as? RenderError)?.description
                == "hb_blob_create_from_file failed: cannot read the font file /nowhere/font.ttf"
        }
        #expect {
            try fonts.face(for: FontSource(path: Self.notoSansCJK.path, index: 99), glyphs: [1], codePoints: [])
        } throws: { error in
            (error as? RenderError)?.description == "hb_face_create failed: no font face 99 in \(Self.notoSansCJK.path)"
        }
        #expect {
            try PreparedFonts(policy: .wholeFaces).wholeFace(FontSource(path: "/nowhere/font.ttf"))
        } throws: { error in
            (error as? RenderError)?.description == "FT_New_Face failed: cannot open face 0 of /nowhere/font.ttf"
        }
    }
}
