import Foundation
import Testing

/// A stock over part of a year is its level at the window's end: its tiles, chart titles and
/// change say "end of June", never "January–June" (which a flow beside it keeps).
@Suite struct StockLabelTests {
    static func build(_ language: String) throws -> String {
        let brief = try Support.copyOfExample()
        let manifest = brief + (language == "zh" ? "/brief.zh.yaml" : "/brief.yaml")
        var text = try String(contentsOfFile: manifest, encoding: .utf8)
        text = text.replacingOccurrences(of: "year: 2013", with: "period: 2013-06")
        text = text.replacingOccurrences(
            of: "indicators: [tit_volume, tax, value_added]", with: "indicators: [tit_volume, employees]")
        text = text.replacingOccurrences(
            of: "      - {id: ranking, kind: ranking, indicator: tit_volume}",
            with: "      - {id: ranking, kind: ranking, indicator: tit_volume}\n"
                + "      - {id: staff, kind: ranking, indicator: employees}\n"
                + "      - {id: staff-change, kind: growth, indicator: employees}")
        try text.write(toFile: manifest, atomically: true, encoding: .utf8)
        let pdf = brief + "/out.pdf"
        let run = try Support.briefing(["build", manifest, "-o", pdf])
        #expect(run.status == 0, "\(run.stderr)")
        return try Support.text(of: pdf)
    }

    @Test func englishNamesTheEndOfJune() throws {
        let text = try Self.build("en")
        #expect(text.contains("Employees at year end by park, end of June 2013"))
        #expect(text.contains("Growth of Employees at year end by park, end of June 2013 since end of June 2012"))
        #expect(text.contains("Employees at year end, end of June 2013"))
        #expect(text.contains("% since end of June 2012"))
        // The flow beside it still covers the months.
        #expect(text.contains("by park, January\u{2013}June 2013"))
        #expect(!text.contains("Employees at year end by park, January"))
    }

    @Test func chineseNamesTheEndOfJune() throws {
        let text = try Self.build("zh")
        #expect(text.contains("2013年6月末各园区年末从业人员"))
        #expect(text.contains("2013年1\u{2014}6月各园区"))
    }
}
