import BriefingTestSupport
import Foundation
import Testing

@testable import BriefingRender

/// The bulletin fixture (Tests/Fixtures/bulletin: the Chinese example with a masthead theme and the
/// bulletin keys) built by the `briefing` executable next to the example's tables, read back from
/// the PDF; its masthead page against a reference PNG.
@Suite struct BulletinBriefTests {
    static let fixture = Support.packageRoot.appendingPathComponent("Tests/Fixtures/bulletin").path

    /// The example's folder with the fixture's manifest and theme laid over it.
    static func folder() throws -> String {
        let folder = try Support.copyOfExample()
        for name in try FileManager.default.contentsOfDirectory(atPath: fixture) {
            let target = folder + "/" + name
            try? FileManager.default.removeItem(atPath: target)
            try FileManager.default.copyItem(atPath: fixture + "/" + name, toPath: target)
        }
        return folder
    }

    /// The fixture built; the PDF's path.
    static func built() throws -> String {
        let folder = try folder()
        let result = try Support.briefing(["build", folder, "-o", folder + "/out.pdf"])
        #expect(result.status == 0, "\(result.stderr)")
        return folder + "/out.pdf"
    }

    static func text(of pdf: String, page: Int) throws -> String {
        try Support.run("pdftotext", ["-f", String(page), "-l", String(page), pdf, "-"]).stdout
    }

    @Test func pageOneOpensWithTheMastheadAndTheBodyFollows() throws {
        let pdf = try Self.built()
        let first = try Self.text(of: pdf, page: 1)
        let order = ["内部资料", "工业园区工作简报", "第3期", "郴州市发展和改革委员会", "2014年3月12日", "全市工业园区2013年发展情况及2014年目标", "主要指标"]
        let positions = order.map { first.range(of: $0)?.lowerBound }
        #expect(!positions.contains(nil), "\(first)")
        let found = positions.compactMap { $0 }
        #expect(found == found.sorted(), "\(first)")
        // No cover page: the pages are the body's, the title the outline's first entry.
        #expect(try Support.outline(of: pdf).first?.title == "全市工业园区2013年发展情况及2014年目标")
        #expect(try Support.outline(of: pdf).first?.depth == 1)
    }

    @Test func theLastPageEndsWithTheClosingBlock() throws {
        let pdf = try Self.built()
        let pages = try #require(Int(try Support.info(of: pdf)["Pages"] ?? ""))
        let last = try Self.text(of: pdf, page: pages)
        let lines = [
            "报：市委办公室、市政府办公室、市人大常委会办公室、市政协办公室", "送：各县（市、区）人民政府、市直有关单位", "发：各工业园区管委会",
            "郴州市发展和改革委员会办公室", "2014年3月12日印发", "（共印50份）",
        ]
        let positions = lines.map { last.range(of: $0)?.lowerBound }
        #expect(!positions.contains(nil), "\(last)")
        let found = positions.compactMap { $0 }
        #expect(found == found.sorted(), "\(last)")
        // Only on the last page.
        for page in 1..<pages { #expect(try !Self.text(of: pdf, page: page).contains("（共印50份）")) }
    }

    @Test func aBadIssueStopsTheBuildAtItsPlace() throws {
        let folder = try Self.folder()
        let manifest = folder + "/brief.yaml"
        let text = try String(contentsOfFile: manifest, encoding: .utf8)
        try text.replacingOccurrences(of: "issue: 3\n", with: "issue: 第期\n").write(
            toFile: manifest, atomically: true, encoding: .utf8)
        let line = try #require(text.components(separatedBy: "\n").firstIndex(of: "issue: 3")) + 1
        let result = try Support.briefing(["build", folder, "-o", folder + "/out.pdf"])
        #expect(result.status == 65)
        #expect(
            result.stderr.contains(
                "brief.yaml:\(line):8: error: expected 'issue' to be a whole number from 1 to 9999 (set as 第3期) or text holding the number such as '2014年第3期', found '第期'"
            ), "\(result.stderr)")
    }

    @Test func anUnknownCoverStyleIsAThemeError() throws {
        let folder = try Self.folder()
        try "cover: {style: mast}\n".write(toFile: folder + "/bulletin-theme.yaml", atomically: true, encoding: .utf8)
        let result = try Support.briefing(["build", folder, "-o", folder + "/out.pdf"])
        #expect(result.status == 65)
        #expect(
            result.stderr.contains(
                "bulletin-theme.yaml:1:16: error: expected 'cover.style' in the theme to be one of 'standard', 'masthead', found 'mast'"
            ), "\(result.stderr)")
    }

    /// Page 1 at 50 dpi against Tests/Fixtures/reference/bulletin-masthead-zh.png; record with
    /// `BRIEFING_UPDATE_REFERENCES=1 swift test --filter BulletinBriefTests`.
    @Test func theMastheadPageLooksAsRecorded() throws {
        let pdf = try Self.built()
        let prefix = (pdf as NSString).deletingLastPathComponent + "/page"
        _ = try Support.run("pdftoppm", ["-r", "50", "-f", "1", "-l", "1", "-singlefile", "-png", pdf, prefix])
        let png = try #require(FileManager.default.contents(atPath: prefix + ".png"))
        let mismatch = try ImageComparison().mismatch(
            actual: Array(png), reference: ChartReferenceTests.references + "/bulletin-masthead-zh.png")
        #expect(mismatch == nil, "\(mismatch ?? "")")
    }
}
