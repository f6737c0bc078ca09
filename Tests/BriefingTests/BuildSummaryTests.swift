import Foundation
import Testing

/// The line `briefing build` prints when it has written a PDF counts the pages in English, as
/// pdfinfo counts them: "1 page", "6 pages" (it once wrote "(1 pages)").
@Suite struct BuildSummaryTests {
    @Test(arguments: ["trivial", "us-macro"])
    func theSummaryCountsPages(example: String) throws {
        let output = try Support.temporaryFolder() + "/\(example).pdf"
        let brief = Support.packageRoot.appendingPathComponent("Briefings/\(example)").path
        let result = try Support.briefing(["build", brief, "-o", output])
        #expect(result.status == 0, "\(result.stderr)")
        let count = try #require(Int(try Support.info(of: output)["Pages"] ?? ""))
        #expect(result.stdout == "wrote \(output) (\(count) \(count == 1 ? "page" : "pages"))\n")
        #expect(example != "trivial" || count == 1)
    }
}
