import BriefingData
import Foundation
import Testing

@testable import Briefing
@testable import BriefingInput

/// Charts that cannot be right are refused at their line by check, build and chart alike: shares or
/// sums of a kind that does not add up, indicators of different units on one axis, and charts with
/// nothing to draw.
@Suite struct ChartRefusalTests {
    /// The chart, the message expected at its line, and its column.
    static let cases: [(chart: String, message: String)] = [
        (
            "{id: unemp-shares, kind: donut, indicator: unemp}",
            "the donut chart 'unemp-shares' shows shares of a whole, and 'unemp' is a rate: rates do not add up "
                + "across entities (use a bar chart)"
        ),
        (
            "{id: unemp-steps, kind: waterfall, indicator: unemp}",
            "the waterfall chart 'unemp-steps' adds the entities' changes up to the total's, and 'unemp' is a rate: "
                + "rates do not add up across entities (use a growth chart)"
        ),
        (
            "{id: stacked, kind: stacked-bar, indicators: [output, unemp]}",
            "the stacked-bar chart 'stacked' stacks values into a whole, and 'unemp' is a rate: rates do not add up "
                + "across entities (use a bar chart for each)"
        ),
        (
            "{id: by-month, kind: monthly, indicator: output}",
            "the monthly chart 'by-month' draws monthly values, and the data is annual (expected monthly periods; use a "
                + "line chart)"
        ),
        (
            "{id: nothing, kind: line, indicator: empty}",
            "the line chart 'nothing' has nothing to draw: 'empty' has no value for the total from 2007 to 2008"
        ),
        (
            "{id: unemp-line, kind: line, indicator: unemp}",
            "the line chart 'unemp-line' has nothing to draw: 'unemp' is a rate: rates do not add up across the 2 "
                + "entities, so there is no total to draw (name a total row with 'total: ID', or choose one entity with "
                + "'entities: [ID]')"
        ),
        (
            "{id: mixed, kind: stacked-bar, indicators: [output, empty, staff]}",
            "the stacked-bar chart 'mixed' draws its indicators on one axis, and 'output' is in bn yuan but 'staff' "
                + "in thousand (expected indicators of one unit; give each unit a chart of its own)"
        ),
        (
            "{id: mixed-lines, kind: line, indicators: [output, staff]}",
            "the line chart 'mixed-lines' draws its indicators on one axis, and 'output' is in bn yuan but 'staff' in "
                + "thousand (expected indicators of one unit; give each unit a chart of its own)"
        ),
        (
            "{id: nothing-ranked, kind: bar, indicator: empty}",
            "the bar chart 'nothing-ranked' has nothing to draw: no entity has a value of 'empty' in 2008"
        ),
    ]

    @Test(arguments: cases.indices) func refusedAtTheChartsLineByCheckBuildAndChart(index: Int) throws {
        let (chart, message) = Self.cases[index]
        let folder = try KindFixture.write(charts: ["{id: fine, kind: bar, indicator: output}", chart])
        let expected = "brief.yaml:\(KindFixture.chartLine(1)):9: error: \(message)"
        let check = try Support.briefing(["check", "brief.yaml"], in: folder)
        #expect(check.status == 65)
        #expect(check.stdout.contains(expected) || check.stderr.contains(expected), "\(check.stdout)\(check.stderr)")
        let build = try Support.briefing(["build", "brief.yaml", "-o", "out.pdf"], in: folder)
        #expect(build.status == 65)
        #expect(build.stderr.contains(expected), "\(build.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder + "/out.pdf"))
        for selection in [["--all"], ["--id", chart.split(separator: ",")[0].dropFirst(5).description]] {
            let export = try Support.briefing(["chart", "brief.yaml", "--format", "svg", "-o", "charts"] + selection, in: folder)
            #expect(export.status == 65, "\(selection)")
            #expect(export.stderr.contains(expected), "\(export.stderr)")
            let written = (try? FileManager.default.contentsOfDirectory(atPath: folder + "/charts")) ?? []
            #expect(written.isEmpty, "\(written)")
        }
    }

    /// `total: ID` is the shapes helper's key; here the dataset is built in code with a total row.
    @Test func totalRowDisagreeingWithItsPartsIsAWarning() throws {
        let brief = try Brief.load(try KindFixture.write(charts: ["{id: fine, kind: bar, indicator: output}"]))
        var dataset = brief.dataset
        dataset.totalEntity = "all"
        for (indicator, values) in [("output", [2007: 30.0, 2008: 33.04]), ("staff", [2007: 12.0, 2008: 13.2])] {
            dataset.observations[SeriesKey(entity: "all", indicator: indicator)] = Dictionary(
                uniqueKeysWithValues: values.map { (Period(year: $0.key), $0.value) })
        }
        let warnings = ManifestChecker.totalConsistency(brief.manifest, dataset: dataset).map(\.summary)
        // Two parts, each rounded by up to half a unit of the one decimal shown: output's 33.04 − 33 is
        // within 0.1; staff is 0.3 off.
        #expect(
            warnings == [
                "\(brief.manifest.data.path(of: "data.csv")):1:1: warning: the parts of 'staff' add up to 13.5 thousand in "
                    + "2008 but the total row 'all' holds 13.2 thousand (expected them to agree within 0.10, half a "
                    + "unit of the last decimal shown for each part)"
            ])
    }
}

/// A key indicator whose total does not exist is shown as "—", with a warning at its id saying why.
@Suite struct TileWithoutTotalTests {
    @Test func aRateOverSeveralEntitiesWarnsAtItsKeyIndicator() throws {
        let brief = try KindFixture.write(charts: ["{id: fine, kind: bar, indicator: output}"])
        let check = try Support.briefing(["check", brief])
        #expect(check.status == 0)
        // Line 11 is `indicators: [output, staff, unemp]` (the charts start on line 13); `unemp` starts at column 35.
        #expect(
            (check.stdout + check.stderr).contains(
                "brief.yaml:11:35: warning: the key indicator 'unemp' shows a total, and 'unemp' is a rate: rates do "
                    + "not add up across the 2 entities: its tile shows — (name a total row with 'total: ID', or "
                    + "choose one entity with 'entities: [ID]')"))
    }
}
