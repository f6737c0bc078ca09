import BriefingCore
import BriefingRender
import BriefingTestSupport
import Foundation
import Testing

@testable import Briefing

/// In every chart of the example briefs, in both languages and with the real fonts, no value label
/// lies partly on a bar, near a target tick, across a line or on a point's dot (us-macro's last
/// value once sat on its line).
@Suite struct ChartLabelClearanceTests {
    static let manifests = ["parks-2014", "us-macro", "gapminder"].flatMap { name in
        ["brief.yaml", "brief.zh.yaml"].map {
            Support.packageRoot.appendingPathComponent("Briefings/\(name)/\($0)").path
        }
    }

    @Test(arguments: manifests) func valueLabelsAreClearOfTheMarks(path: String) throws {
        try FontConfiguration.use(configFile: Assets.fontConfiguration)
        let brief = try Brief.load(path)
        let typesetter = try PangoTypesetter(monospaceFamily: brief.theme.fonts(for: brief.manifest.language).mono)
        let composer = brief.chartComposer(typesetter: typesetter, width: nil, height: nil)
        #expect(brief.manifest.charts.count >= 2)
        for spec in brief.manifest.charts {
            let frame = try composer.chart(for: spec).output.frame
            #expect(frame.textOnMarks() == [], "chart '\(spec.id)'")
        }
    }
}
