import BriefingCore
import Testing

@testable import BriefingCharts

/// Sparklines, donuts and area charts.
struct SmallKindsTests {
    static let monthly: [Double?] = [8.1, 8.4, 9.0, nil, 9.6, 10.2, 9.9, 10.8, 11.0, 11.6, 12.1, 13.0]

    @Test(arguments: [Size(width: 60, height: 16), Size(width: 120, height: 24), Size(width: 30, height: 10)])
    func sparklineFillsItsFrameWithAGap(_ size: Size) {
        let output = Sparkline(values: Self.monthly, subject: "added value").layout(
            size: size, theme: ChartChecks.english, format: .plain)
        ChartChecks.expectWellFormed(output, size: size)
        let shapes = output.frame.items.compactMap { item -> Shape? in
            if case .shape(let s) = item.item { return s }
            return nil
        }
        let line = shapes.first { $0.stroke != nil }
        // Two runs: a move starts each, so the gap at April is not bridged.
        #expect(line?.path.elements.filter { if case .move = $0 { return true } else { return false } }.count == 2)
        #expect(shapes.contains { $0.fill == ChartChecks.english.highlight })
        #expect(ChartChecks.texts(output.frame).isEmpty)
        #expect(output.alternativeText == "Sparkline: added value, from 8.1 to 13.0.")
    }

    func donut(chinese: Bool) -> DonutChart {
        let names = chinese ? ChartChecks.parksChinese : ChartChecks.parksEnglish
        return DonutChart(
            slices: zip(names, ChartChecks.volumes).map { RankedBarChart.Bar(label: $0, value: $1) }, top: 5,
            otherName: chinese ? "其他" : "Other", subject: chinese ? "各园区税收占比" : "tax shares by park",
            unit: chinese ? "亿元" : "bn yuan")
    }

    @Test(arguments: [Size(width: 420, height: 200), Size(width: 240, height: 110), Size(width: 700, height: 360)])
    func donutWellFormedInBothLanguages(_ size: Size) {
        for (chinese, theme) in [(false, ChartChecks.english), (true, ChartChecks.chinese)] {
            let output = donut(chinese: chinese).layout(
                size: size, theme: theme, typesetter: ChartChecks.typesetter, format: .plain)
            ChartChecks.expectWellFormed(output, size: size)
        }
    }

    @Test func donutGroupsTheRestAsOther() {
        let chart = donut(chinese: false)
        let shown = chart.shownSlices(colours: 6)
        #expect(shown.count == 6)
        #expect(shown.last?.label == "Other")
        let total = ChartChecks.volumes.reduce(0, +)
        #expect(abs(shown.map(\.value).reduce(0, +) - total) < 1e-9)
        let output = chart.layout(
            size: Size(width: 420, height: 200), theme: ChartChecks.english, typesetter: ChartChecks.typesetter,
            format: .plain)
        let texts = ChartChecks.texts(output.frame).map(\.text)
        #expect(texts.contains("Other") && texts.contains("24.6%"))  // 54.1 of 219.7
        #expect(output.data.rows.count == 6)
        #expect(
            output.data.rows.last == [
                "Other", String(format: "%.1f", total - 54.1 - 40.3 - 31.2 - 22.9 - 18.4), "24.0%",
            ])
    }

    @Test func donutSnapshot() {
        ChartChecks.expectSnapshot(
            donut(chinese: true).layout(
                size: Size(width: 420, height: 200), theme: ChartChecks.chinese, typesetter: ChartChecks.typesetter,
                format: .plain
            ).frame, named: "donut")
    }

    func area(chinese: Bool) -> LineChart {
        let periods = (1...12).map { chinese ? "2013年\($0)月" : "M\($0)" }
        return LineChart(
            series: [
                LineChart.Series(name: chinese ? "增加值" : "Added value", values: Self.monthly),
                LineChart.Series(name: chinese ? "税收" : "Tax", values: Self.monthly.map { $0.map { $0 / 3 } }),
            ], periods: periods, subject: chinese ? "月度" : "monthly", unit: chinese ? "亿元" : "bn yuan",
            showsMarkers: true, highlighted: LineChart.HighlightedPoint(series: 1, index: 11), includesZero: true,
            fillsArea: true)
    }

    @Test(arguments: [Size(width: 420, height: 220), Size(width: 240, height: 120)])
    func areaWellFormedWithGapsInBothLanguages(_ size: Size) {
        for (chinese, theme) in [(false, ChartChecks.english), (true, ChartChecks.chinese)] {
            let output = area(chinese: chinese).layout(
                size: size, theme: theme, typesetter: ChartChecks.typesetter, format: .plain)
            ChartChecks.expectWellFormed(output, size: size)
            let tints = output.frame.items.compactMap { item -> Shape? in
                if case .shape(let s) = item.item, let fill = s.fill, fill.alpha < 1 { return s }
                return nil
            }
            #expect(tints.count == 4)  // two series, each in two runs around the gap
        }
    }

    @Test func printThemeDashesTheSeries() {
        let output = area(chinese: false).layout(
            size: Size(width: 420, height: 220), theme: ChartChecks.english.forPrint(),
            typesetter: ChartChecks.typesetter, format: .plain)
        let dashes = output.frame.items.compactMap { item -> [Double]? in
            if case .shape(let s) = item.item, let stroke = s.stroke, stroke.width == 1.5 { return stroke.dash }
            return nil
        }
        #expect(Set(dashes).count == 2)
        #expect(output.data.columns == ["", "Added value", "Tax"])
        #expect(output.data.rows[3] == ["M4", "", ""])
    }

    @Test func areaSnapshot() {
        ChartChecks.expectSnapshot(
            area(chinese: true).layout(
                size: Size(width: 420, height: 220), theme: ChartChecks.chinese, typesetter: ChartChecks.typesetter,
                format: .plain
            ).frame, named: "area")
    }
}
