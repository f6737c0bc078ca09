import Foundation
import Testing

/// The line `briefing build` prints when it has written a PDF counts the pages in English:
/// "1 page", "7 pages" (it once wrote "(1 pages)").
@Suite struct BuildSummaryTests {
    @Test(arguments: [("trivial", "1 page"), ("us-macro", "7 pages")])
    func theSummaryCountsPages(example: String, pages: String) throws {
        let output = try Support.temporaryFolder() + "/\(example).pdf"
        let brief = Support.packageRoot.appendingPathComponent("Briefings/\(example)").path
        let result = try Support.briefing(["build", brief, "-o", output])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "wrote \(output) (\(pages))\n")
    }
}
