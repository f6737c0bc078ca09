import BriefingCore
import BriefingLayout
import BriefingRender
import BriefingTestSupport
import Testing

@testable import Briefing

/// The example briefs' layout model, checked without rendering: with Pango's real metrics and with
/// the fixed-metrics typesetter, nothing lies outside the margins, no text overlaps other text,
/// no page ends with a heading.
@Suite struct ExampleLayoutTests {
    static let manifests = [Support.example, Support.example + "/brief.zh.yaml"]

    func laidOut(_ path: String, typesetter: any Typesetter) throws -> (LaidOutDocument, LayoutTheme) {
        let brief = try Brief.load(path)
        let theme = brief.theme.layoutTheme(language: brief.manifest.language, pageSize: brief.manifest.pageSize.size)
        return (try BriefBuilder.layout(brief, typesetter: typesetter, sourceDateEpoch: nil), theme)
    }

    func typesetters(for path: String) throws -> [any Typesetter] {
        try FontConfiguration.use(configFile: Assets.fontConfiguration)
        let mono = try Brief.load(path).theme.fonts(for: .en).mono
        return [try PangoTypesetter(monospaceFamily: mono), FixedMetricsTypesetter()]
    }

    @Test(arguments: manifests) func nothingOutsideTheMarginsNothingOverlapping(path: String) throws {
        for typesetter in try typesetters(for: path) {
            let (laidOut, theme) = try laidOut(path, typesetter: typesetter)
            #expect(laidOut.warnings.isEmpty, "\(laidOut.warnings)")
            for (index, page) in laidOut.document.pages.enumerated() {
                let outside = page.items(outside: theme.contentRect(for: page.size))
                #expect(outside.isEmpty, "\(type(of: typesetter)) page \(index + 1): \(outside)")
                let overlaps = page.overlappingText()
                #expect(
                    overlaps.isEmpty,
                    "\(type(of: typesetter)) page \(index + 1): \(overlaps)")
            }
        }
    }

    @Test(arguments: manifests) func everyHeadingHasItsTextOnTheSamePage(path: String) throws {
        for typesetter in try typesetters(for: path) {
            let document = try laidOut(path, typesetter: typesetter).0.document
            for entry in document.outline where entry.destination != "cover" {
                let page = document.pages[entry.page]
                let lines = page.textLines()
                let words = { (text: String) in text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
                let index = try #require(lines.firstIndex { words($0) == words(entry.title) }, "\(entry.title)")
                // After the heading comes more than the running footer (two items: organisation, page label).
                #expect(lines.count - index > 3, "heading '\(entry.title)' ends page \(entry.page + 1)")
            }
        }
    }

    @Test func chartsAreFiguresWithAlternativeText() throws {
        let typesetter = FixedMetricsTypesetter()
        let document = try laidOut(Support.example, typesetter: typesetter).0.document
        let figures = document.pages.flatMap { page in
            page.items.compactMap { item -> String? in
                if case .group(let group) = item.item, case .figure(let text) = group.role { return text }
                return nil
            }
        }
        // Ranking, monthly, growth against target, year comparison, waterfall, donut, bullet.
        #expect(figures.count == 7)
        #expect(figures.first?.contains("Chenzhou Economic Development Zone") == true)
        #expect(figures.contains { $0.hasPrefix("Waterfall chart: ") })
        #expect(figures.contains { $0.hasPrefix("Donut chart: ") && $0.contains("Other parks") })
        #expect(figures.contains { $0.hasPrefix("Bullet graph: ") })
    }
}
