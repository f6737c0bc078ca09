import Foundation
import Testing

@testable import Briefing

/// A chart that asks for more series or slices than the chart palette has colours is a warning at
/// what asks for them, saying what is drawn instead.
@Suite struct PaletteOverflowTests {
    /// The column of `needle` (1-based) in chart line `chart` as the fixture writes it (`      - ` first).
    static func column(of needle: String, in chart: String) -> Int {
        ("      - " + chart).components(separatedBy: needle)[0].count + 1
    }

    @Test func warnedAtTheTopOrTheFirstIndicatorBeyondThePalette() throws {
        let charts = [
            "{id: shares, kind: donut, indicator: output, top: 3}",
            "{id: stack, kind: stacked-bar, indicators: [output, empty]}",
            "{id: lines, kind: line, indicators: [output, empty]}",
            "{id: fits, kind: donut, indicator: output, top: 1}",
        ]
        var brief = try Brief.load(try KindFixture.write(charts: charts))
        // One colour: two entities and two indicators are more than it has.
        brief.theme.colors.chartPalette = Array(brief.theme.colors.chartPalette.prefix(1))
        let path = brief.manifest.path
        let warnings = BriefCheck.paletteOverflows(brief).map(\.summary)
        #expect(
            warnings == [
                "\(path):\(KindFixture.chartLine(0)):\(Self.column(of: "3}", in: charts[0])): warning: the donut chart "
                    + "'shares' asks for 3 slices and the chart palette has 1 colour (expected 'top' of at most 1): "
                    + "the largest 1 get a slice each, the rest is drawn as 'other'",
                "\(path):\(KindFixture.chartLine(1)):\(Self.column(of: "output, empty]", in: charts[1])): warning: the "
                    + "stacked-bar chart 'stack' stacks 2 indicators and the chart palette has 1 colour (expected at "
                    + "most 1): the last 2 are drawn together as 'other'",
                "\(path):\(KindFixture.chartLine(2)):\(Self.column(of: "empty]", in: charts[2])): warning: the line "
                    + "chart 'lines' draws 2 indicators and the chart palette has 1 colour (expected at most 1): the "
                    + "lines after the first 1 repeat its colours, dashed",
            ])
    }
}
