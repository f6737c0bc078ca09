import BriefingCore
import Testing

@testable import BriefingCharts

struct GroupedBarChartTests {
    let size = Size(width: 400, height: 320)

    func chart(chinese: Bool = false) -> GroupedBarChart {
        let names = chinese ? ChartChecks.parksChinese : ChartChecks.parksEnglish
        let categories = names.enumerated().map { i, name in
            GroupedBarChart.Category(
                label: name, values: [ChartChecks.volumes[i] * 0.8, i == 9 ? nil : ChartChecks.volumes[i] / 5])
        }
        return GroupedBarChart(
            categories: categories, seriesNames: ["2012", "2013"], subject: chinese ? "各园区税收" : "tax revenue by park",
            unit: chinese ? "亿元" : "bn yuan")
    }

    func layout(_ c: GroupedBarChart, theme: ChartTheme = ChartChecks.english, size: Size? = nil) -> ChartOutput {
        c.layout(size: size ?? self.size, theme: theme, typesetter: ChartChecks.typesetter, format: .plain)
    }

    @Test func isWellFormed() {
        ChartChecks.expectWellFormed(layout(chart()), size: size)
        ChartChecks.expectWellFormed(layout(chart(chinese: true), theme: ChartChecks.chinese), size: size)
    }

    @Test(arguments: [Size(width: 240, height: 140), Size(width: 700, height: 500), Size(width: 400, height: 90)])
    func wellFormedAtOtherSizes(_ size: Size) {
        ChartChecks.expectWellFormed(layout(chart(chinese: true), theme: ChartChecks.chinese, size: size), size: size)
    }

    @Test func rowsSortedByLastSeriesWithMissingLast() {
        let ordered = chart().orderedCategories
        #expect(ordered.first?.label == "Chenzhou Economic Development Zone")
        #expect(ordered.last?.label == "Rucheng Park")  // no 2013 value
    }

    @Test func legendAndBars() {
        let frame = layout(chart()).frame
        let texts = ChartChecks.texts(frame).map(\.text)
        #expect(texts.contains("2012") && texts.contains("2013"))
        #expect(ChartChecks.bars(frame).count == 2 + 23)
    }

    @Test func everyChineseParkNameIsShownWhole() {
        let texts = ChartChecks.texts(layout(chart(chinese: true), theme: ChartChecks.chinese).frame).map(\.text)
        for name in ChartChecks.parksChinese { #expect(texts.contains(name)) }
    }

    @Test func alternativeText() {
        #expect(
            layout(chart(chinese: true), theme: ChartChecks.chinese).alternativeText
                == "分组条形图：各园区税收（2012和2013）；2013最高为郴州经济开发区（10.8亿元），最低为桂东园区（0.5亿元）。")
    }

    @Test func snapshot() {
        ChartChecks.expectSnapshot(layout(chart(chinese: true), theme: ChartChecks.chinese).frame, named: "grouped-bar")
    }
}
