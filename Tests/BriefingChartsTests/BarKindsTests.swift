import BriefingCore
import Testing

@testable import BriefingCharts

/// Vertical bars, negative values and stacked bars.
struct BarKindsTests {
    let size = Size(width: 420, height: 260)
    static let growth = [12.5, -0.9, 30.1, 0, -18.7, 7.4]
    static let short = ["Beihu", "Suxian", "Zixing", "Jiahe", "Linwu", "Anren"]
    static let shortChinese = ["北湖", "苏仙", "资兴", "嘉禾", "临武", "安仁"]

    func ranked(_ names: [String], _ values: [Double], vertical: Bool, highlighted: String? = nil) -> RankedBarChart {
        RankedBarChart(
            bars: zip(names, values).map { RankedBarChart.Bar(label: $0, value: $1) }, subject: "growth by park",
            highlighted: highlighted, unit: "%", orientation: vertical ? .vertical : .horizontal)
    }

    func layout(_ c: RankedBarChart, theme: ChartTheme = ChartChecks.english, size: Size? = nil) -> ChartOutput {
        c.layout(size: size ?? self.size, theme: theme, typesetter: ChartChecks.typesetter, format: .plain)
    }

    @Test(arguments: [Size(width: 420, height: 260), Size(width: 260, height: 150), Size(width: 700, height: 400)])
    func verticalWellFormedInBothLanguages(_ size: Size) {
        ChartChecks.expectWellFormed(layout(ranked(Self.short, Self.growth, vertical: true), size: size), size: size)
        ChartChecks.expectWellFormed(
            layout(ranked(Self.shortChinese, Self.growth, vertical: true), theme: ChartChecks.chinese, size: size),
            size: size)
    }

    @Test func verticalBarsHangBelowTheBaselineWithLabelsBelow() {
        let frame = layout(ranked(Self.short, Self.growth, vertical: true)).frame
        let bars = ChartChecks.bars(frame)
        #expect(bars.count == 6)
        // Sorted descending, left to right: positives rise above the baseline, negatives hang below it.
        let baseline = bars[0].bounds.maxY
        #expect(bars.map(\.bounds.minX) == bars.map(\.bounds.minX).sorted())
        let negative = bars[5]  // −18.7
        #expect(abs(negative.bounds.minY - baseline) < 0.01 && negative.bounds.maxY > baseline + 10)
        let texts = ChartChecks.texts(frame)
        let label = texts.first { $0.text == "−18.7" }
        #expect(label.map { $0.bounds.minY >= negative.bounds.maxY } == true)
        let top = texts.first { $0.text == "30.1" }
        #expect(top.map { $0.bounds.maxY <= bars[0].bounds.minY } == true)
    }

    @Test func longParkNamesFallBackToRows() {
        let vertical = layout(
            ranked(ChartChecks.parksChinese, ChartChecks.volumes, vertical: true), theme: ChartChecks.chinese,
            size: Size(width: 300, height: 200))
        let bars = ChartChecks.bars(vertical.frame)
        // Horizontal layout: bars share a left edge (the zero line) and stack top to bottom.
        #expect(Set(bars.map { ($0.bounds.minX * 100).rounded() }).count == 1)
        ChartChecks.expectWellFormed(vertical, size: Size(width: 300, height: 200))
    }

    @Test(arguments: [false, true])
    func negativeHorizontalBarsGoLeftWithLabelsOutside(_ chinese: Bool) {
        let names = chinese ? Self.shortChinese : Self.short
        let output = layout(
            ranked(names, Self.growth, vertical: false), theme: chinese ? ChartChecks.chinese : ChartChecks.english)
        ChartChecks.expectWellFormed(output, size: size)
        let bars = ChartChecks.bars(output.frame)
        let zero = bars[0].bounds.minX
        let negative = bars[5]
        #expect(abs(negative.bounds.maxX - zero) < 0.01 && negative.bounds.minX < zero - 10)
        let texts = ChartChecks.texts(output.frame)
        let label = texts.first { $0.text == "−0.9" }
        let small = bars[4]  // −0.9: too short for its label, which goes to the bar's left
        #expect(label.map { $0.bounds.maxX <= small.bounds.minX } == true)
        let long = texts.first { $0.text == "−18.7" }  // inside its bar, at the bar's far (left) end
        #expect(long.map { negative.bounds.contains($0.bounds) && $0.bounds.minX - negative.bounds.minX < 4 } == true)
    }

    @Test func highlightedBarHasTheHighlightColour() {
        let bars = ChartChecks.bars(layout(ranked(Self.short, Self.growth, vertical: true, highlighted: "Jiahe")).frame)
        #expect(bars.filter { $0.fill == ChartChecks.english.highlight }.count == 1)
    }

    func stacked(chinese: Bool) -> StackedBarChart {
        let names = chinese ? ChartChecks.parksChinese : ChartChecks.parksEnglish
        return StackedBarChart(
            categories: names.enumerated().map { i, name in
                GroupedBarChart.Category(
                    label: name,
                    values: [
                        ChartChecks.volumes[i] / 4, i == 3 ? nil : ChartChecks.volumes[i] / 9, i == 5 ? -1.5 : 0.8,
                    ])
            }, seriesNames: chinese ? ["税收", "增加值", "其他"] : ["Tax", "Added value", "Other"],
            subject: chinese ? "各园区构成" : "composition by park", unit: chinese ? "亿元" : "bn yuan")
    }

    @Test(arguments: [Size(width: 420, height: 300), Size(width: 240, height: 150), Size(width: 700, height: 500)])
    func stackedWellFormedInBothLanguages(_ size: Size) {
        let format = NumberLabel.plain
        ChartChecks.expectWellFormed(
            stacked(chinese: false).layout(
                size: size, theme: ChartChecks.english, typesetter: ChartChecks.typesetter, format: format), size: size)
        ChartChecks.expectWellFormed(
            stacked(chinese: true).layout(
                size: size, theme: ChartChecks.chinese, typesetter: ChartChecks.typesetter, format: format), size: size)
    }

    @Test func stackSegmentsAbutAndNegativesGoLeft() {
        let output = stacked(chinese: false).layout(
            size: Size(width: 420, height: 300), theme: ChartChecks.english, typesetter: ChartChecks.typesetter,
            format: .plain)
        let bars = ChartChecks.bars(output.frame).filter { $0.bounds.height > 9 }  // not the legend swatches
        #expect(bars.count == 12 * 3 - 1)
        let first = Array(bars.prefix(3))  // Chenzhou: three positive segments end to end
        #expect(abs(first[0].bounds.maxX - first[1].bounds.minX) < 0.01)
        #expect(abs(first[1].bounds.maxX - first[2].bounds.minX) < 0.01)
        let zero = first[0].bounds.minX
        #expect(bars.contains { abs($0.bounds.maxX - zero) < 0.01 && $0.bounds.minX < zero })
        #expect(output.data.columns == ["", "Tax", "Added value", "Other"])
        #expect(ChartChecks.texts(output.frame).map(\.text).contains("Added value"))
    }

    @Test func snapshots() {
        ChartChecks.expectSnapshot(
            layout(
                ranked(Self.shortChinese, Self.growth, vertical: true, highlighted: "资兴"), theme: ChartChecks.chinese
            ).frame,
            named: "vertical-bar")
        ChartChecks.expectSnapshot(
            stacked(chinese: true).layout(
                size: Size(width: 420, height: 300), theme: ChartChecks.chinese, typesetter: ChartChecks.typesetter,
                format: .plain
            ).frame, named: "stacked-bar")
    }
}
