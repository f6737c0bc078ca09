import BriefingCore
import BriefingTestSupport
import Foundation
import Testing

@testable import Briefing

/// Two charts of one brief that show the same data (the same kind over the same composed values,
/// however the manifest spells them) are a warning at the second, naming the first; the brief still
/// builds.
@Suite struct RepeatedChartTests {
    static let charts = [
        "{id: bars, kind: bar, indicator: output}",
        // The same values, spelled with the brief's year, sorted the other way and titled apart.
        "{id: again, kind: bar, indicator: output, year: 2008, sort: ascending, title: Output again}",
        // The same figures as another kind, and another indicator as the same kind: not repeats.
        "{id: ranked, kind: ranking, indicator: output}",
        "{id: staff, kind: bar, indicator: staff}",
    ]

    /// The repeated-chart warnings `check` and `build` give, from a composer with fixed metrics.
    static func repeats(_ brief: Brief) -> [Diagnostic] {
        brief.chartComposer(typesetter: FixedMetricsTypesetter(), width: nil, height: nil).repeats(
            brief.manifest.charts)
    }

    static func expected(_ path: String) -> String {
        "\(path):\(KindFixture.chartLine(1)):9: warning: chart 'again' shows the same data as chart 'bars' "
            + "(line \(KindFixture.chartLine(0))): remove one or change its indicator"
    }

    @Test func theSecondOfTwoChartsOfTheSameDataIsWarnedAt() throws {
        let brief = try Brief.load(try KindFixture.write(charts: Self.charts))
        #expect(Self.repeats(brief).map(\.summary) == [Self.expected(brief.manifest.path)])
    }

    @Test func checkAndBuildWarnAndSucceed() throws {
        let folder = try KindFixture.write(charts: Self.charts)
        let manifest = folder + "/brief.yaml"
        let check = try Support.briefing(["check", folder])
        #expect(check.status == 0)
        #expect((check.stdout + check.stderr).contains(Self.expected(manifest)), "\(check.stdout)")
        let build = try Support.briefing(["build", folder, "-o", folder + "/out.pdf"])
        #expect(build.status == 0)
        #expect(build.stderr.contains(Self.expected(manifest)), "\(build.stderr)")
    }

    @Test func theExampleBriefsRepeatNoChart() throws {
        for name in ["brief.yaml", "brief.zh.yaml"] {
            let brief = try Brief.load(Support.example + "/" + name)
            #expect(Self.repeats(brief).isEmpty, "\(name)")
        }
    }
}
