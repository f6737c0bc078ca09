import Foundation
import Testing

@testable import BriefingRender

/// The patch that adds `/Lang` and `/Alt`: parsed, not pattern-matched; on files in every
/// cross-reference layout; figures found by their place in the structure tree; loud on anything
/// it cannot read. Results are read back with qpdf.
@Suite("PDF structure patch")
struct PDFStructurePatchTests {
    /// Figures 6 and 8 of `PDFFixture.tagged` are at 0.0 and 0.2 (the `P` is 0.1).
    static let figures = [
        PDFStructurePatch.Figure(path: [0, 0], alternativeText: "Bar chart (2013) \\ growth) 37.6%"),
        PDFStructurePatch.Figure(path: [0, 2], alternativeText: "折线图：增长 — “quoted”\nsecond line"),
    ]

    /// Patches `pdf`, checks it with qpdf and returns qpdf's reading of its objects.
    func patched(_ pdf: [UInt8], language: String = "en-GB") throws -> [String: Any] {
        let result = try PDFStructurePatch.apply(to: pdf, language: language, figures: Self.figures)
        #expect(result.starts(with: pdf))  // an incremental update: the original bytes stay
        let check = try QPDF.check(result)
        #expect(check.clean, "\(check.output)")
        return try QPDF.objects(result)
    }

    func expectPatched(_ objects: [String: Any], language: String = "en-GB") {
        #expect(QPDF.dictionary(1, in: objects)["/Lang"] as? String == "u:" + language)
        #expect(QPDF.dictionary(6, in: objects)["/Alt"] as? String == "u:" + Self.figures[0].alternativeText)
        #expect(QPDF.dictionary(8, in: objects)["/Alt"] as? String == "u:" + Self.figures[1].alternativeText)
        #expect(QPDF.dictionary(7, in: objects)["/Alt"] == nil)
        // Nothing else changed in them.
        #expect(QPDF.dictionary(1, in: objects)["/StructTreeRoot"] as? String == "3 0 R")
        #expect(QPDF.dictionary(6, in: objects)["/K"] as? Int == 0)
        let trailer = (objects["trailer"] as? [String: Any]) ?? [:]
        #expect(trailer["/Root"] as? String == "1 0 R")
        #expect((trailer["/ID"] as? [String])?.first == "b:00112233445566778899aabbccddeeff")
    }

    @Test(arguments: [1, 3, 10])
    func tablesWithSeveralSubsections(_ subsections: Int) throws {
        expectPatched(try patched(PDFFixture.tagged.bytes(.table(subsections: subsections))))
    }

    @Test func crossReferenceStream() throws {
        let objects = try patched(PDFFixture.tagged.bytes(.stream))
        expectPatched(objects)
        #expect((objects["trailer"] as? [String: Any])?["/Size"] as? Int == 12)  // the stream was 10, ours is 11
    }

    @Test func compressedObjectStreamsWrittenByQPDF() throws {
        // qpdf moves the structure elements into a flate-compressed object stream, indexed by a
        // cross-reference stream with a PNG predictor.
        let source = try QPDF.file(PDFFixture.tagged.bytes())
        let compressed = source + ".objstm.pdf"
        let run = try QPDF.run(["qpdf", "--object-streams=generate", "--compress-streams=y", source, compressed])
        #expect(run.status == 0)
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: compressed)))
        #expect(String(decoding: bytes, as: UTF8.self).contains("/ObjStm"))
        let objects = try patched(bytes)
        // qpdf renumbers: find the figures by reading its own output.
        let figures = objects.filter { ($0.value as? [String: Any])?["/S"] as? String == "/Figure" }
        #expect(
            Set(figures.compactMap { ($0.value as? [String: Any])?["/Alt"] as? String })
                == Set(Self.figures.map { "u:" + $0.alternativeText }))
    }

    @Test func incrementalUpdatesFollowPrev() throws {
        // An earlier update replaced the catalog (adding /PageMode) and the P element: the
        // patch must start from those versions.
        let base = PDFFixture.tagged.bytes(.table(subsections: 2))
        let updated = PDFFixture.update(
            base,
            with: [
                1:
                    "<< /Type /Catalog /Pages 2 0 R /StructTreeRoot 3 0 R /MarkInfo << /Marked true >> /PageMode /UseOutlines >>",
                7: "<< /Type /StructElem /S /P /P 5 0 R /Pg 4 0 R /K 1 /ActualText (updated) >>",
            ], size: 10,
            trailer: "/Root 1 0 R /ID [<00112233445566778899AABBCCDDEEFF> <FFEEDDCCBBAA99887766554433221100>]")
        let objects = try patched(updated)
        expectPatched(objects)
        #expect(QPDF.dictionary(1, in: objects)["/PageMode"] as? String == "/UseOutlines")
        #expect(QPDF.dictionary(7, in: objects)["/ActualText"] as? String == "u:updated")
    }

    @Test func languageWithSyntaxCharacters() throws {
        for language in ["en) /OpenAction (x", "zh-Hans-CN\\", "中文"] {
            expectPatched(try patched(PDFFixture.tagged.bytes(), language: language), language: language)
        }
    }

    @Test func aFigureWithoutAlternativeTextIsAnError() {
        #expect(throws: PDFPatchError("the /Figure at 0.2 of the structure tree has no alternative text")) {
            try PDFStructurePatch.apply(to: PDFFixture.tagged.bytes(), language: "en", figures: [Self.figures[0]])
        }
    }

    @Test func alternativeTextForSomethingNotAFigureIsAnError() {
        let wrong = [Self.figures[0], PDFStructurePatch.Figure(path: [0, 1], alternativeText: "x")]
        #expect(throws: PDFPatchError("the structure element at 0.1 is /P; expected a /Figure object")) {
            try PDFStructurePatch.apply(to: PDFFixture.tagged.bytes(), language: "en", figures: wrong)
        }
        let missing = Self.figures + [PDFStructurePatch.Figure(path: [0, 3], alternativeText: "x")]
        #expect(throws: PDFPatchError("no structure element at 0.3 of the structure tree; expected a /Figure")) {
            try PDFStructurePatch.apply(to: PDFFixture.tagged.bytes(), language: "en", figures: missing)
        }
    }

    @Test func missingStructureTreeIsAnError() {
        var fixture = PDFFixture.tagged
        fixture.objects[1] = "<< /Type /Catalog /Pages 2 0 R >>"
        #expect(throws: PDFPatchError("the catalog's /StructTreeRoot is missing")) {
            try PDFStructurePatch.apply(to: fixture.bytes(), language: "en", figures: Self.figures)
        }
    }

    @Test func truncatedOrGarbledFilesAreErrors() throws {
        let pdf = PDFFixture.tagged.bytes()
        let text = String(decoding: pdf, as: UTF8.self)
        func garbled(_ old: String, _ new: String) -> [UInt8] {
            Array(text.replacingOccurrences(of: old, with: new).utf8)
        }
        let cases: [([UInt8], String)] = [
            (Array(pdf.prefix(pdf.count / 2)), "no 'startxref' in the file; expected a complete PDF"),
            ([], "no 'startxref' in the file; expected a complete PDF"),
            (
                Array(pdf.dropLast(6)),
                "at byte \(pdf.count - 6): expected '%%EOF' after the startxref offset, found the end of the file"
            ),
            (garbled("/Root 1 0 R", "/Root [1 0 R]"), "the trailer has no /Root reference to the catalog"),
            // Same length, so every offset stays right: a string that never closes.
            (
                garbled("/Type /Catalog", "/Type (Catalog"),
                "at byte \(text.utf8.count - text[text.range(of: "/Type /Catalog")!.lowerBound...].utf8.count + 6): expected ')' closing the string that starts there, found the end of the file"
            ),
        ]
        for (bytes, message) in cases {
            #expect(throws: PDFPatchError(message)) {
                try PDFStructurePatch.apply(to: bytes, language: "en", figures: Self.figures)
            }
        }
        // Garbled syntax and offsets that point at the wrong bytes: whatever the message, it throws.
        for bytes in [garbled("/K [6 0 R 7 0 R 8 0 R]", "/K [6 0 R 7 0 R 8 0 R"), Array("12345".utf8) + pdf] {
            #expect(throws: PDFPatchError.self) {
                try PDFStructurePatch.apply(to: bytes, language: "en", figures: Self.figures)
            }
        }
    }

    @Test func aPrevLoopIsAnError() throws {
        let pdf = PDFFixture.tagged.bytes()
        let xref = PDFFixture.startxref(of: pdf)
        let looped = Array(
            String(decoding: pdf, as: UTF8.self).replacingOccurrences(
                of: "/Root 1 0 R", with: "/Root 1 0 R /Prev \(xref)"
            )
            .utf8)
        #expect(throws: PDFPatchError("the /Prev chain of cross-reference sections loops back to byte \(xref)")) {
            try PDFStructurePatch.apply(to: looped, language: "en", figures: Self.figures)
        }
    }
}

/// The patch's other additions: header cells' scope and the outline shown on opening.
@Suite("PDF structure patch: scope and page mode")
struct PDFStructurePatchScopeTests {
    @Test func aScopeForSomethingNotAHeaderCellIsAnError() {
        #expect(throws: PDFPatchError("the structure element at 0.1 is /P; expected a /TH object")) {
            try PDFStructurePatch.apply(
                to: PDFFixture.tagged.bytes(), language: "en", figures: PDFStructurePatchTests.figures,
                columnHeaders: [[0, 1]])
        }
    }

    @Test func theOutlineIsShownOnlyWhenThereIsOne() throws {
        #expect(throws: PDFPatchError("the catalog has no /Outlines to show when the file opens")) {
            try PDFStructurePatch.apply(
                to: PDFFixture.tagged.bytes(), language: "en", figures: PDFStructurePatchTests.figures,
                opensOutline: true)
        }
        let plain = try PDFStructurePatch.apply(
            to: PDFFixture.tagged.bytes(), language: "en", figures: PDFStructurePatchTests.figures)
        #expect(QPDF.dictionary(1, in: try QPDF.objects(plain))["/PageMode"] == nil)
    }
}
