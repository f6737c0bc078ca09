import Foundation
import Testing

/// A theme with every value at the top of its allowed range, over the example brief: the built
/// `briefing` writes a PDF of a sensible length, quickly (it once wrote 26,804 pages in 85 s, a
/// table's header, taller than a page, repeated on every page above a sliver of its rows).
@Suite struct HostileThemeTests {
    @Test func theLargestSizesAndLeadingGiveASensibleDocument() throws {
        let brief = try Support.copyOfExample()
        let theme = """
            sizes: {body: 72, heading-1: 72, tile-value: 72, cover-title: 72, table: 72, chart-label: 72, chart-tick: 72}
            line-height: {en: 3}
            charts: {aspect: 2}

            """
        try theme.write(toFile: brief + "/theme.yaml", atomically: true, encoding: .utf8)
        let manifest = brief + "/brief.yaml"
        let text = try String(contentsOfFile: manifest, encoding: .utf8)
        try text.replacingOccurrences(of: "notes: notes.md\n", with: "notes: notes.md\ntheme: theme.yaml\n")
            .write(toFile: manifest, atomically: true, encoding: .utf8)
        let pdf = (brief as NSString).deletingLastPathComponent + "/out.pdf"
        let build = try Support.briefing(["build", brief, "-o", pdf])
        #expect(build.status == 0, "\(build.stderr)")
        let pages = build.stdout.split(separator: "(").last.flatMap { Int($0.prefix { $0.isNumber }) } ?? 0
        #expect(pages > 0 && pages <= 400, "\(build.stdout)")
        #expect(!build.stderr.contains("does not fit on a page"), "\(build.stderr)")
    }
}
