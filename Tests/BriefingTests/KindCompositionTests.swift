import BriefingCore
import BriefingData
import BriefingLayout
import BriefingTestSupport
import Foundation
import Testing

@testable import Briefing

/// What an indicator's kind means on the page: a stock at the end of the window, a rate's change in
/// points and no total of rates, growth columns and the growth chart, figures worked out by hand
/// (see ``KindFixture``).
@Suite struct KindCompositionTests {
    static let charts = [
        "{id: unemp-change, kind: growth, indicator: unemp}", "{id: output-growth, kind: growth, indicator: output}",
    ]

    func spec(language: String = "en") throws -> (Brief, DocumentSpec) {
        let brief = try Brief.load(try KindFixture.write(charts: Self.charts, language: language))
        let theme = brief.theme.layoutTheme(language: brief.manifest.language, pageSize: brief.manifest.pageSize.size)
        let composer = BriefComposer(
            brief: brief, layoutTheme: theme, chartTheme: brief.theme.chartTheme(language: brief.manifest.language),
            typesetter: FixedMetricsTypesetter(), creationDate: Date(timeIntervalSince1970: 0))
        return (brief, try composer.documentSpec())
    }

    static func text(_ cell: TableCell) -> String {
        if case .text(let text) = cell { return text.readableText }
        return "<graphic>"
    }

    @Test func tilesSayWhatEachKindsValueIs() throws {
        let tiles = try spec().1.body.flatMap { block -> [Tile] in
            if case .tiles(let tiles) = block { return tiles }
            return []
        }
        #expect(tiles.map(\.label) == ["Output", "Staff, end of 2008", "Unemployment rate, 2008 average"])
        #expect(tiles.map(\.value) == ["33.0", "13.5", "\u{2014}"])
        #expect(tiles.map(\.change) == ["+10.0% on 2007", "+12.5% on 2007", nil])
    }

    @Test(arguments: ["en", "zh"]) func tableHasGrowthColumnsPointsForRatesAndNoTotalOfRates(language: String) throws {
        let table = try #require(
            try spec(language: language).1.body.compactMap { block -> TableBlock? in
                if case .table(let table) = block { return table }
                return nil
            }.first)
        let header = table.header[0].map(Self.text)
        let rows = table.body.map { $0.map(Self.text) }
        let total = table.footer[0].map(Self.text)
        if language == "en" {
            #expect(
                Array(header.dropFirst()) == [
                    "Output (bn yuan)", "Growth on 2007", "Staff (thousand)", "Growth on 2007", "Unemployment rate (%)",
                    "Change on 2007 (pp)",
                ])
            #expect(
                rows == [
                    ["Alpha", "12.0", "+20.0%", "6.0", "+20.0%", "5.2", "+1.2 pp"],
                    ["Beta", "21.0", "+5.0%", "7.5", "+7.1%", "5.5", "\u{2212}0.5 pp"],
                ])
            #expect(Array(total.dropFirst()) == ["33.0", "+10.0%", "13.5", "+12.5%", "", ""])
        } else {
            #expect(
                Array(header.dropFirst()) == [
                    "产出 （亿元）", "比上年增长", "从业人员 （千人）", "比上年增长", "失业率 （%）", "比上年变化 （百分点）",
                ])
            #expect(rows[1] == ["乙", "210", "+5.0%", "7.5", "+7.1%", "5.5", "\u{2212}0.5个百分点"])
            #expect(Array(total.dropFirst()) == ["330", "+10.0%", "13.5", "+12.5%", "", ""])
        }
    }

    @Test func growthChartRanksEntitiesByGrowthOrByPointsForARate() throws {
        let brief = try Brief.load(try KindFixture.write(charts: Self.charts))
        let composer = brief.chartComposer(typesetter: FixedMetricsTypesetter(), width: nil, height: nil)
        let rate = try composer.chart(for: brief.manifest.charts[0])
        #expect(rate.title == "Change in Unemployment rate by entity, 2008 on 2007")
        #expect(rate.output.data.rows == [["Alpha", "+1.2"], ["Beta", "\u{2212}0.5"]])
        #expect(rate.output.data.columns.last == "pp")
        let flow = try composer.chart(for: brief.manifest.charts[1])
        #expect(flow.output.data.rows == [["Alpha", "+20.0"], ["Beta", "+5.0"]])
        #expect(flow.output.data.columns.last == "%")
    }

    @Test func tileOfARateForOneEntitySaysPoints() throws {
        var brief = try Brief.load(try KindFixture.write(charts: Self.charts))
        brief.dataset.entities.removeLast()
        let figures = WindowFigures(
            figures: Figures(brief.dataset), formatter: ValueFormatter(language: .en), strings: Wording(language: .en),
            window: .year(2008))
        let unemp = try #require(brief.dataset.indicator("unemp"))
        #expect(figures.tileChange(of: unemp).text == "+1.2 pp on 2007")
        #expect(figures.tileChange(of: unemp).trend == .up)
        let zh = WindowFigures(
            figures: Figures(brief.dataset), formatter: ValueFormatter(language: .zh), strings: Wording(language: .zh),
            window: .year(2008))
        #expect(zh.tileChange(of: unemp).text == "比上年上升1.2个百分点")
        #expect(
            Figures(brief.dataset).change(of: "unemp", for: .total, in: .year(2008)).map { ($0 * 10).rounded() } == 12)
    }
}
