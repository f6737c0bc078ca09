import BriefingCore
import BriefingRender
import Foundation
import Testing

@testable import Briefing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// `briefing chart` end to end: the built binary exports the example's charts, and the files are
/// read back as a user's tools would: PNG size and resolution, SVG well-formed and the size of the
/// chart on the page, PDF fonts embedded, text extractable, page the chart's size.
@Suite struct ChartExportTests {
    static let zh = Support.example + "/brief.zh.yaml"

    /// The charts' natural sizes on the page, in order, with Pango as `briefing build` composes
    /// them: the size an export keeps (pagination may then draw a chart a little shorter or
    /// taller to fill its page).
    static func pageChartSizes(_ path: String) throws -> [Size] {
        try PageFillTests.figures(path).map(\.frame.size)
    }

    /// The ids of the charts the manifest at `path` declares, in order.
    static func chartIDs(_ path: String) throws -> [String] {
        try Brief.load(path).manifest.sections.flatMap { section -> [String] in
            if case .charts(let specs) = section { return specs.map(\.id) }
            return []
        }
    }

    /// Runs `briefing chart PATH ARGUMENTS -o FOLDER` into a new folder.
    func export(_ arguments: [String], path: String = Support.example) throws -> (folder: String, run: Support.Result) {
        let folder = try Support.temporaryFolder()
        return (folder, try Support.briefing(["chart", path] + arguments + ["-o", folder]))
    }

    /// The chunks of a PNG file, by type.
    func chunks(of png: [UInt8]) -> [String: [UInt8]] {
        var chunks: [String: [UInt8]] = [:]
        var offset = 8
        while offset + 12 <= png.count {
            let length = Int(uint32(png, at: offset))
            chunks[String(decoding: png[offset + 4..<offset + 8], as: UTF8.self)] = Array(
                png[offset + 8..<min(offset + 8 + length, png.count)])
            offset += 12 + length
        }
        return chunks
    }

    func uint32(_ bytes: [UInt8], at offset: Int) -> UInt32 {
        bytes[offset..<offset + 4].reduce(0) { $0 << 8 | UInt32($1) }
    }

    func bytes(_ path: String) throws -> [UInt8] { Array(try Data(contentsOf: URL(fileURLWithPath: path))) }

    @Test(arguments: [(300, 11811), (96, 3780)]) func pngHasThePagesSizeAtTheDpiAndRecordsIt(dpi: Int, perMetre: UInt32)
        throws
    {
        let dpiArguments = dpi == 300 ? [] : ["--dpi", "\(dpi)"]  // 300 is the default
        let (folder, run) = try export(["--id", "ranking", "--format", "png"] + dpiArguments)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "wrote \(folder)/ranking.png\n")
        let png = try bytes(folder + "/ranking.png")
        let page = try #require(Self.pageChartSizes(Support.example).first)
        let header = try #require(chunks(of: png)["IHDR"])
        #expect(abs(Double(uint32(header, at: 0)) - page.width * Double(dpi) / 72) <= 1)
        #expect(abs(Double(uint32(header, at: 4)) - page.height * Double(dpi) / 72) <= 1)
        let phys = try #require(chunks(of: png)["pHYs"], "no pHYs chunk: the dpi is not recorded")
        #expect(uint32(phys, at: 0) == perMetre && uint32(phys, at: 4) == perMetre && phys[8] == 1)
    }

    @Test(arguments: [Support.example, zh]) func svgIsWellFormedAndThePagesChartSize(path: String) throws {
        let (folder, run) = try export(["--all", "--format", "svg"], path: path)
        #expect(run.status == 0, "\(run.stderr)")
        let pageSizes = try Self.pageChartSizes(path)
        let ids = try Self.chartIDs(path)
        #expect(pageSizes.count == ids.count)
        for (id, size) in zip(ids, pageSizes) {
            let parser = XMLParser(data: try Data(contentsOf: URL(fileURLWithPath: "\(folder)/\(id).svg")))
            let root = RootElement()
            parser.delegate = root
            #expect(parser.parse(), "\(id).svg: \(String(describing: parser.parserError))")
            #expect(root.name == "svg")
            let points = { (value: String?) in value.flatMap { Double($0.replacingOccurrences(of: "pt", with: "")) } }
            #expect(root.attributes["width"]?.hasSuffix("pt") == true)
            #expect(abs((points(root.attributes["width"]) ?? 0) - size.width) < 0.01, "\(id): \(root.attributes)")
            #expect(abs((points(root.attributes["height"]) ?? 0) - size.height) < 0.01, "\(id): \(root.attributes)")
        }
    }

    @Test(arguments: [(Support.example, ["Chenzhou Hi-tech Zone", "45.26"]), (zh, ["郴州高新区", "452.6"])])
    func pdfHasEmbeddedFontsRealTextAndThePagesChartSize(path: String, expected: [String]) throws {
        let (folder, run) = try export(["--id", "ranking", "--format", "pdf"], path: path)
        #expect(run.status == 0, "\(run.stderr)")
        let pdf = folder + "/ranking.pdf"
        let fonts = try Support.fonts(of: pdf)
        #expect(!fonts.isEmpty)
        for font in fonts { #expect(font.embedded && font.subset, "\(font.name)") }
        let text = try Support.text(of: pdf)
        for label in expected { #expect(text.contains(label), "\(label) not in \(text)") }
        let info = try Support.info(of: pdf)
        let size = try #require(Self.pageChartSizes(path).first)
        #expect(info["Pages"] == "1")
        #expect(info["Page size"] == String(format: "%g x %g pts", size.width, size.height))
        #expect(info["Title"]?.contains(path == Self.zh ? "图1" : "Figure 1.") == true, "\(info)")
    }

    @Test func allWritesOneFilePerChartNamedAfterItsId() throws {
        let (folder, run) = try export(["--all", "--format", "png", "--dpi", "72"])
        #expect(run.status == 0, "\(run.stderr)")
        let ids = try Self.chartIDs(Support.example)
        #expect(ids.count >= 4)
        #expect(run.stdout == ids.map { "wrote \(folder)/\($0).png\n" }.joined())
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ids.map { $0 + ".png" }.sorted())
    }

    @Test func widthAndHeightReplaceThePageSize() throws {
        let (folder, run) = try export(["--id", "tax-by-park", "--format", "pdf", "--width", "720", "--height", "405"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try Support.info(of: folder + "/tax-by-park.pdf")["Page size"] == "720 x 405 pts")
        // The chart is composed anew at that size, not stretched: its text keeps its size and stays whole.
        #expect(try Support.text(of: folder + "/tax-by-park.pdf").contains("Hi-tech Zone"))
    }

    @Test(arguments: [ChartFormat.png, .svg, .pdf]) func sameInputsGiveTheSameBytes(format: ChartFormat) throws {
        let arguments = ["--id", "city-monthly", "--format", format.rawValue]
        let first = try export(arguments).folder
        let second = try export(arguments).folder
        let name = "/city-monthly." + format.fileExtension
        #expect(try bytes(first + name) == bytes(second + name))
    }

    @Test func unknownIdListsTheChartsAndSuggestsOne() throws {
        let (folder, run) = try export(["--id", "rankng", "--format", "png"])
        #expect(run.status == 64)
        #expect(
            run.stderr
                == "error: no chart 'rankng' in \(Support.example)/brief.yaml; did you mean 'ranking'? "
                + "(its charts: \(try Self.chartIDs(Support.example).joined(separator: ", ")))\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
    }

    @Test func unknownIdSuggestsTheIdHoldingIt() {
        let known = ["ranking", "targets-bullet", "tax-shares"]
        let error = ChartExportError.unknownChart(id: "bullet", known: known, manifest: "b/brief.yaml")
        #expect(
            error.description
                == "no chart 'bullet' in b/brief.yaml; did you mean 'targets-bullet'? "
                + "(its charts: ranking, targets-bullet, tax-shares)")
        // Two ids hold "ta": no guess.
        #expect(!ChartExportError.unknownChart(id: "ta", known: known, manifest: "b").description.contains("mean"))
    }

    @Test(arguments: [
        (
            ["--id", "ranking", "--format", "gif"],
            "Error: The value 'gif' is invalid for '--format <format>'. Please provide one of 'png', 'svg' or 'pdf'."
        ),
        (["--id", "ranking", "--format", "png", "--dpi", "0"], "Error: --dpi must be from 10 to 2400, found 0.0"),
        (["--id", "ranking", "--format", "svg", "--dpi", "300"], "Error: --dpi applies to png only, not svg"),
        (
            ["--id", "ranking", "--format", "pdf", "--width", "10"],
            "Error: --width must be from 36 to 14400 points, found 10.0"
        ),
        (["--format", "png"], "Error: say which charts: --id ID or --all"),
        (["--id", "ranking", "--all", "--format", "png"], "Error: give either --id ID or --all, not both"),
    ])
    func badOptionsAreUsageErrors(arguments: [String], message: String) throws {
        let (folder, run) = try export(arguments)
        #expect(run.status == 64)
        #expect(run.stderr.hasPrefix(message + "\n"), "\(run.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
    }

    @Test func badInputIsReportedAndNothingWritten() throws {
        let brief = try Support.copyOfExample()
        let csv = brief + "/monthly.csv"
        var text = try String(contentsOfFile: csv, encoding: .utf8)
        text = text.replacingOccurrences(of: "hitech,tit_volume,2012-02,", with: "hitech,tit_volume,2012-02,x")
        try text.write(toFile: csv, atomically: true, encoding: .utf8)
        let (folder, run) = try export(["--all", "--format", "pdf"], path: brief)
        #expect(run.status == 65)
        #expect(run.stderr.contains("monthly.csv:3:"), "\(run.stderr)")
        #expect(run.stderr.hasSuffix("error: no chart written: 1 problem in the input\n"), "\(run.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
    }
}

/// Records the root element of an XML document.
final class RootElement: NSObject, XMLParserDelegate {
    var name: String?
    var attributes: [String: String] = [:]

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String]
    ) {
        guard name == nil else { return }
        name = elementName
        self.attributes = attributes
    }
}
