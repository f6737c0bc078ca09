import BriefingCore
import Testing

@testable import BriefingCharts

struct RankedBarChartTests {
    let size = Size(width: 400, height: 260)

    func chart(chinese: Bool = false, highlighted: String? = nil) -> RankedBarChart {
        let names = chinese ? ChartChecks.parksChinese : ChartChecks.parksEnglish
        return RankedBarChart(
            bars: zip(names, ChartChecks.volumes).map { RankedBarChart.Bar(label: $0, value: $1) },
            subject: chinese ? "2013年各园区总量" : "total volume 2013 by park", highlighted: highlighted,
            unit: chinese ? "亿元" : "bn yuan")
    }

    @Test func englishIsWellFormed() {
        let output = chart(highlighted: "Beihu Park").layout(
            size: size, theme: ChartChecks.english, typesetter: ChartChecks.typesetter, format: .plain)
        ChartChecks.expectWellFormed(output, size: size)
    }

    @Test func chineseIsWellFormed() {
        let output = chart(chinese: true).layout(
            size: size, theme: ChartChecks.chinese, typesetter: ChartChecks.typesetter, format: .plain)
        ChartChecks.expectWellFormed(output, size: size)
    }

    @Test(arguments: [Size(width: 200, height: 120), Size(width: 600, height: 400), Size(width: 300, height: 60)])
    func wellFormedAtOtherSizes(_ size: Size) {
        let output = chart().layout(
            size: size, theme: ChartChecks.english, typesetter: ChartChecks.typesetter, format: .plain)
        ChartChecks.expectWellFormed(output, size: size)
    }

    @Test func barsAreSortedDescending() {
        let c = chart()
        #expect(c.orderedBars.map(\.value) == ChartChecks.volumes.sorted(by: >))
        let bars = ChartChecks.bars(
            c.layout(size: size, theme: ChartChecks.english, typesetter: ChartChecks.typesetter, format: .plain).frame)
        #expect(bars.count == 12)
        let widths = bars.map(\.bounds.width)
        #expect(widths == widths.sorted(by: >))
        let tops = bars.map(\.bounds.minY)
        #expect(tops == tops.sorted())
    }

    @Test func longBarsHaveWhiteLabelsInsideShortOnesOutside() {
        let output = chart().layout(
            size: size, theme: ChartChecks.english, typesetter: ChartChecks.typesetter, format: .plain)
        let bars = ChartChecks.bars(output.frame)
        let values = output.frame.items.compactMap { item -> (String, Rect, Color)? in
            guard case .text(let t) = item.item, Double(t.paragraph.spec.text.plainText) != nil, item.bounds.maxY < 245
            else { return nil }
            return (t.paragraph.spec.text.plainText, item.bounds, t.paragraph.spec.style.color)
        }
        #expect(values.count == 12)
        let longest = values.first { $0.0 == "54.1" }
        let shortest = values.first { $0.0 == "2.6" }
        #expect(longest?.2 == .white)
        #expect(longest.map { bars[0].bounds.contains($0.1) } == true)
        #expect(shortest?.2 == ChartChecks.english.textColor)
        #expect(shortest.map { $0.1.minX >= bars[11].bounds.maxX } == true)
    }

    @Test func highlightedBarUsesTheHighlightColour() {
        let output = chart(highlighted: "Beihu Park").layout(
            size: size, theme: ChartChecks.english, typesetter: ChartChecks.typesetter, format: .plain)
        let fills = ChartChecks.bars(output.frame).map(\.fill)
        #expect(fills.filter { $0 == ChartChecks.english.highlight }.count == 1)
        #expect(fills[5] == ChartChecks.english.highlight)  // 12.7 is sixth largest
    }

    @Test func longLabelsWrapInsideTheColumn() {
        let size = Size(width: 300, height: 260)
        let output = chart().layout(
            size: size, theme: ChartChecks.english, typesetter: ChartChecks.typesetter, format: .plain)
        let label = ChartChecks.texts(output.frame).first { $0.text.hasPrefix("Chenzhou") }
        #expect(label != nil)
        #expect((label?.bounds.maxX ?? .infinity) <= 4 + 0.4 * (size.width - 8) + 0.01)
        guard
            case .text(let t)? = output.frame.items.first(where: {
                if case .text(let t) = $0.item { return t.paragraph.spec.text.plainText.hasPrefix("Chenzhou") }
                return false
            })?.item
        else { return }
        #expect(t.paragraph.lines.count == 2)
    }

    @Test func alternativeText() {
        let output = chart(highlighted: "Beihu Park").layout(
            size: size, theme: ChartChecks.english, typesetter: ChartChecks.typesetter, format: .plain)
        #expect(
            output.alternativeText
                == "Bar chart: total volume 2013 by park; highest Chenzhou Economic Development Zone 54.1 bn yuan, "
                + "lowest Guidong Park 2.6 bn yuan; Beihu Park ranks 6 of 12 with 12.7 bn yuan.")
        let zh = chart(chinese: true).layout(
            size: size, theme: ChartChecks.chinese, typesetter: ChartChecks.typesetter, format: .plain)
        #expect(zh.alternativeText == "条形图：2013年各园区总量；最高为郴州经济开发区（54.1亿元），最低为桂东园区（2.6亿元）。")
        #expect(output.figure.role == .figure(alternativeText: output.alternativeText))
    }

    @Test func negativeValuesStayInBounds() {
        let c = RankedBarChart(
            bars: [.init(label: "A", value: 12.5), .init(label: "B", value: -8.25), .init(label: "C", value: 3)],
            subject: "growth")
        let output = c.layout(
            size: size, theme: ChartChecks.english, typesetter: ChartChecks.typesetter, format: .percent)
        ChartChecks.expectWellFormed(output, size: size)
    }

    @Test func emptyChartIsAnEmptyFrame() {
        let output = RankedBarChart(bars: [], subject: "nothing").layout(
            size: size, theme: ChartChecks.english, typesetter: ChartChecks.typesetter, format: .plain)
        #expect(output.frame.size == size)
        #expect(output.frame.items.isEmpty)
    }

    @Test func snapshot() {
        let output = chart(highlighted: "Beihu Park").layout(
            size: size, theme: ChartChecks.english, typesetter: ChartChecks.typesetter, format: .plain)
        ChartChecks.expectSnapshot(output.frame, named: "ranked-bar")
    }
}
