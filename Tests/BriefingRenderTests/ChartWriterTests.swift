import BriefingCore
import BriefingTestSupport
import Foundation
import Testing

@testable import BriefingRender

/// Charts written on their own: PNG size and recorded resolution, white background, pixels where
/// the frame put them; SVG and PDF the size of the frame in points.
@Suite struct ChartWriterTests {
    /// A 100 × 50 pt frame with a red 20 × 10 pt box at (10, 10) and a line of text.
    func frame(typesetter: PangoTypesetter) -> Frame {
        var frame = Frame(size: Size(width: 100, height: 50))
        let box = Rect(origin: Point(x: 10, y: 10), size: Size(width: 20, height: 10))
        frame.append(.shape(Shape(path: .rect(box), fill: Color(red: 1, green: 0, blue: 0))))
        let style = TextStyle(family: "Noto Sans", size: 8, lineHeight: 1.2, language: "en")
        frame.append(
            typesetter.typeset(ParagraphSpec(RichText("Hi-tech 412.3"), style: style)), at: Point(x: 40, y: 30))
        return frame
    }

    func typesetter() throws -> PangoTypesetter {
        try FontConfiguration.use(configFile: PangoTypesetterTests.fonts)
        return try PangoTypesetter(monospaceFamily: "Noto Sans Mono")
    }

    /// The value of a big-endian 32-bit number at `offset`.
    func uint32(_ bytes: [UInt8], at offset: Int) -> UInt32 {
        bytes[offset..<offset + 4].reduce(0) { $0 << 8 | UInt32($1) }
    }

    @Test func crcMatchesThePNGSpecification() {
        // The CRC every PNG's IEND chunk carries, and the CRC-32 check value.
        #expect(PNGChunks.crc32(Array("IEND".utf8)) == 0xAE42_6082)
        #expect(PNGChunks.crc32(Array("123456789".utf8)) == 0xCBF4_3926)
    }

    @Test func pngHasThePixelSizeAndRecordsTheResolution() throws {
        let typesetter = try typesetter()
        let png = try ChartWriter.render(frame(typesetter: typesetter), as: .png, dpi: 144, fonts: typesetter.fonts)
        #expect(Array(png[0..<8]) == PNGChunks.signature)
        // IHDR first: 200 × 100 pixels for 100 × 50 pt at twice 72 dpi.
        #expect(String(decoding: png[12..<16], as: UTF8.self) == "IHDR")
        #expect(uint32(png, at: 16) == 200)
        #expect(uint32(png, at: 20) == 100)
        // pHYs right after: 144 dpi is 5669 pixels per metre, unit 1 (metre), with a valid CRC.
        let phys = 8 + 25
        #expect(uint32(png, at: phys) == 9)
        #expect(String(decoding: png[phys + 4..<phys + 8], as: UTF8.self) == "pHYs")
        #expect(uint32(png, at: phys + 8) == 5669)
        #expect(uint32(png, at: phys + 12) == 5669)
        #expect(png[phys + 16] == 1)
        #expect(uint32(png, at: phys + 17) == PNGChunks.crc32(Array(png[phys + 4..<phys + 17])))
    }

    @Test func pngIsWhiteWithTheShapeWhereTheFramePutsIt() throws {
        let typesetter = try typesetter()
        let png = try ChartWriter.render(frame(typesetter: typesetter), as: .png, dpi: 144, fonts: typesetter.fonts)
        let image = try RasterImage(png: png)
        #expect(image.width == 200 && image.height == 100)
        func pixel(_ x: Int, _ y: Int) -> UInt32 { image.pixels[y * image.width + x] }
        #expect(pixel(0, 0) == 0xFFFF_FFFF)
        #expect(pixel(199, 99) == 0xFFFF_FFFF)
        // The box covers 20…60 × 20…40 pixels.
        #expect(pixel(21, 21) == 0xFFFF_0000)
        #expect(pixel(58, 38) == 0xFFFF_0000)
        #expect(pixel(61, 41) == 0xFFFF_FFFF)
        // Some text was drawn to the right of x = 80.
        #expect((80..<200).contains { x in (60..<90).contains { y in pixel(x, y) != 0xFFFF_FFFF } })
        // Encoding the pixels again and decoding them gives the same image.
        #expect(try RasterImage(png: image.png()) == image)
    }

    @Test func svgIsTheFramesSizeInPoints() throws {
        let typesetter = try typesetter()
        let svg = try ChartWriter.render(frame(typesetter: typesetter), as: .svg, fonts: typesetter.fonts)
        let text = String(decoding: svg, as: UTF8.self)
        #expect(text.contains(#"width="100pt" height="50pt" viewBox="0 0 100 50""#), "\(text.prefix(300))")
    }

    @Test func svgIsTheSameWhateverTheProcessDrewBefore() throws {
        let typesetter = try typesetter()
        let frame = frame(typesetter: typesetter)
        let first = try ChartWriter.render(frame, as: .svg, fonts: typesetter.fonts)
        // Other surfaces advance cairo's process-wide surface counter.
        _ = try ChartWriter.render(frame, as: .png, dpi: 72, fonts: typesetter.fonts)
        _ = try ChartWriter.render(frame, as: .svg, fonts: typesetter.fonts)
        #expect(try ChartWriter.render(frame, as: .svg, fonts: typesetter.fonts) == first)
    }

    @Test func surfaceIdsAreRenumberedWithTheirReferences() {
        let svg = ##"<g id="surface26"><use xlink:href="#surface31"/></g><g id="surface31"/><path d="M 1 2"/>"##
        let expected = ##"<g id="surface1"><use xlink:href="#surface2"/></g><g id="surface2"/><path d="M 1 2"/>"##
        #expect(String(decoding: SVGSurfaceIDs.renumbered(Array(svg.utf8)), as: UTF8.self) == expected)
    }

    @Test func pdfStartsAsAPDFAndIsDeterministic() throws {
        let typesetter = try typesetter()
        let metadata = ChartWriter.Metadata(title: "Figure 1", creationDate: Date(timeIntervalSince1970: 0))
        let render = {
            try ChartWriter.render(
                self.frame(typesetter: typesetter), as: .pdf, metadata: metadata, fonts: typesetter.fonts)
        }
        let pdf = try render()
        #expect(String(decoding: pdf.prefix(5), as: UTF8.self) == "%PDF-")
        #expect(try render() == pdf)
    }

    @Test func tooManyPixelsIsAnErrorNotACrash() throws {
        let typesetter = try typesetter()
        let huge = Frame(size: Size(width: 14400, height: 100))
        #expect(throws: RenderError.self) { try ChartWriter.render(huge, as: .png, dpi: 600, fonts: typesetter.fonts) }
    }
}
