import BriefingCore
import Testing

@testable import BriefingInput

/// The chart kinds and options of a manifest's `charts` section, and their diagnostics.
struct ManifestChartOptionsTests {
    static func manifest(charts: String) -> String {
        """
        title: T
        date: 2014-03-12
        data:
          observations: monthly.csv
          indicators: indicators.csv
          entities: parks.csv
        sections:
          - charts:
        \(charts)
        """
    }

    func read(_ charts: String) -> (Manifest?, [Diagnostic]) {
        var bag = DiagnosticBag()
        let manifest = ManifestReader.parse(Self.manifest(charts: charts), path: "brief.yaml", into: &bag)
        return (manifest, bag.diagnostics)
    }

    func charts(_ manifest: Manifest?) -> [Manifest.ChartSpec] {
        manifest?.sections.flatMap { section -> [Manifest.ChartSpec] in
            if case .charts(let list) = section { return list }
            return []
        } ?? []
    }

    @Test func everyNewKindWithItsOptions() {
        let (manifest, diagnostics) = read(
            """
                  - {id: a, kind: bar, indicator: tax, orientation: vertical, sort: ascending, highlight: beihu, year: 2012}
                  - {id: b, kind: stacked-bar, indicators: [tax, value_added], sort: none}
                  - {id: c, kind: area, indicators: [tax, value_added]}
                  - {id: d, kind: line, indicator: tax, data-table: true}
                  - {id: e, kind: bullet, indicators: [tit_volume]}
                  - {id: f, kind: waterfall, indicator: tit_volume}
                  - {id: g, kind: donut, indicator: tax, top: 3}
            """)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description))")
        let list = charts(manifest)
        #expect(list.map(\.kind) == [.bar, .stackedBar, .area, .line, .bullet, .waterfall, .donut])
        #expect(list[0].orientation == .vertical && list[0].sort == .ascending && list[0].highlight?.id == "beihu")
        #expect(list[0].year == 2012)
        #expect(list[1].indicators.map(\.id) == ["tax", "value_added"] && list[1].sort == Manifest.ChartSpec.Sort.none)
        #expect(list[3].dataTable && !list[0].dataTable)
        #expect(list[6].top == 3)
    }

    @Test(arguments: [
        (
            "      - {id: a, kind: bar, indicator: tax, orientation: sideways}",
            "brief.yaml:9:57: error: expected 'orientation' to be one of 'horizontal', 'vertical', found 'sideways'"
        ),
        (
            "      - {id: a, kind: donut, indicator: tax, top: 0}",
            "brief.yaml:9:51: error: expected 'top' to be a whole number from 1 to 20, found '0'"
        ),
        (
            "      - {id: a, kind: line, indicator: tax, top: 5}",
            "brief.yaml:9:45: error: 'top' does not apply to a line chart (it is an option of donut)"
        ),
        (
            "      - {id: a, kind: stacked-bar, indicator: tax}",
            "brief.yaml:9:9: error: missing key 'indicators': expected the list of indicators a stacked-bar chart stacks"
        ),
        (
            "      - {id: a, kind: bar, indicator: tax, data-table: maybe}",
            "brief.yaml:9:56: error: expected 'data-table' to be true or false, found 'maybe'"
        ),
        (
            "      - {id: a, kind: area, indicator: tax, indicators: [tax]}",
            "brief.yaml:9:57: error: give either 'indicator' or 'indicators', not both"
        ),
        (
            "      - {id: a, kind: bar, indicator: tax, sort: biggest}",
            "brief.yaml:9:50: error: expected 'sort' to be one of 'descending', 'ascending', 'none', found 'biggest'"
        ),
        (
            "      - {id: a, kind: waterfal, indicator: tax}",
            "brief.yaml:9:23: error: expected 'kind' to be one of 'ranking', 'monthly', 'growth-vs-target', 'year-comparison', 'bar', 'stacked-bar', 'line', 'area', 'bullet', 'waterfall', 'donut', 'growth', found 'waterfal'; did you mean 'waterfall'?"
        ),
    ])
    func badOptionsAreReportedAtTheirPlace(_ chart: String, _ expected: String) {
        let (_, diagnostics) = read(chart)
        #expect(diagnostics.map(\.summary).contains(expected), "\(diagnostics.map(\.summary))")
    }
}
