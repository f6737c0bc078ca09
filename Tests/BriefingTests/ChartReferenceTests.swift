import BriefingTestSupport
import Foundation
import Testing

@testable import Briefing
@testable import BriefingRender

/// Charts of the example brief at 72 dpi against reference PNGs in Tests/Fixtures/reference, with a
/// tolerance. When a chart changes on purpose, look at the actual image the failure names, and
/// record it with `BRIEFING_UPDATE_REFERENCES=1 swift test --filter ChartReferenceTests`.
@Suite struct ChartReferenceTests {
    static let references = Support.packageRoot.appendingPathComponent("Tests/Fixtures/reference").path

    @Test(arguments: [
        ("ranking", Support.example, "ranking-en"),
        ("ranking", Support.example + "/brief.zh.yaml", "ranking-zh"),
        ("city-monthly", Support.example + "/brief.zh.yaml", "city-monthly-zh"),
    ])
    func chartLooksAsRecorded(id: String, path: String, reference: String) throws {
        let mismatch = try ImageComparison().mismatch(
            actual: png(of: id, in: path), reference: "\(Self.references)/\(reference).png")
        #expect(mismatch == nil, "\(mismatch ?? "")")
    }

    @Test func aChangedChartIsCaughtAndShown() throws {
        var image = try RasterImage(png: png(of: "ranking", in: Support.example))
        // A 40 × 10 pixel patch of black: about 0.3% of the pixels, a bar's value label hidden.
        for y in 60..<70 { for x in 200..<240 { image.pixels[y * image.width + x] = 0xFF00_0000 } }
        let reference = "\(Self.references)/ranking-en.png"
        let mismatch = try #require(try ImageComparison().mismatch(actual: image.png(), reference: reference))
        #expect(mismatch.contains("pixels differ from \(reference)"), "\(mismatch)")
        let diff = FileManager.default.temporaryDirectory.appendingPathComponent(
            "briefing-reference-failures/ranking-en.diff.png")
        #expect(mismatch.hasSuffix("\(diff.path)"))
        let written = try RasterImage(png: Array(try Data(contentsOf: diff)))
        #expect(written.pixels[65 * written.width + 220] == 0xFFFF_0000)
    }

    /// The chart `id` of the brief at `path` as a 72 dpi PNG, exported as `briefing chart` does.
    func png(of id: String, in path: String) throws -> [UInt8] {
        let folder = try Support.temporaryFolder()
        let report = try ChartExporter.export(
            path, charts: .id(id), options: ChartExporter.Options(format: .png, dpi: 72), to: folder)
        return Array(try #require(report.outputs.first.flatMap { FileManager.default.contents(atPath: $0) }))
    }
}
