import BriefingCore
import Testing

@testable import BriefingCharts

struct WaterfallChartTests {
    let size = Size(width: 420, height: 300)

    func chart(chinese: Bool = false) -> WaterfallChart {
        let names = chinese ? ChartChecks.parksChinese : ChartChecks.parksEnglish
        let changes = ChartChecks.volumes.enumerated().map { i, v in i == 4 ? -3.2 : v / 5 }
        return WaterfallChart(
            startLabel: "2012", start: 180,
            steps: zip(names, changes).map { WaterfallChart.Step(label: $0, change: $1) },
            endLabel: "2013", subject: chinese ? "各园区对增长的贡献" : "contributions to growth by park",
            unit: chinese ? "亿元" : "bn yuan")
    }

    func layout(_ c: WaterfallChart, theme: ChartTheme = ChartChecks.english, size: Size? = nil) -> ChartOutput {
        c.layout(size: size ?? self.size, theme: theme, typesetter: ChartChecks.typesetter, format: .plain)
    }

    @Test(arguments: [Size(width: 420, height: 300), Size(width: 240, height: 160), Size(width: 700, height: 420)])
    func wellFormedInBothLanguages(_ size: Size) {
        ChartChecks.expectWellFormed(layout(chart(), size: size), size: size)
        ChartChecks.expectWellFormed(layout(chart(chinese: true), theme: ChartChecks.chinese, size: size), size: size)
    }

    @Test func barsFloatFromTheRunningTotal() {
        let c = chart()
        let bars = ChartChecks.bars(layout(c).frame)
        #expect(bars.count == 14)
        // Totals start at the zero line; each step starts where the previous one ended.
        let zero = bars[0].bounds.minX
        #expect(abs(bars[13].bounds.minX - zero) < 0.01)
        let changes = [c.start] + c.orderedSteps.map(\.change)
        let toEdge = { (i: Int) in changes[i] < 0 ? bars[i].bounds.minX : bars[i].bounds.maxX }
        let fromEdge = { (i: Int) in changes[i] < 0 ? bars[i].bounds.maxX : bars[i].bounds.minX }
        for i in 1..<13 { #expect(abs(fromEdge(i) - toEdge(i - 1)) < 0.01, "step \(i)") }
        #expect(abs(toEdge(12) - bars[13].bounds.maxX) < 0.01)
    }

    @Test func smallChangesCutTheAxisAndMarkTheBreak() {
        func look(start: Double) -> (zero: Bool, breaks: Int) {
            var c = chart()
            c.start = start
            let frame = layout(c).frame
            let breaks = frame.items.filter { item in
                if case .shape(let s) = item.item, s.stroke?.color == .white, s.stroke?.width == 1.5 { return true }
                return false
            }
            return (ChartChecks.texts(frame).contains { $0.text == "0" }, breaks.count)
        }
        let zoomed = look(start: 180)  // changes of about 36 beside totals of 180
        #expect(!zoomed.zero && zoomed.breaks == 2)
        let whole = look(start: 20)  // changes larger than the start: the axis keeps zero
        #expect(whole.zero && whole.breaks == 0)
    }

    @Test func decreasesAreSignedAndColouredApart() {
        let output = layout(chart())
        let texts = ChartChecks.texts(output.frame).map(\.text)
        #expect(texts.contains("−3.2"))
        #expect(texts.contains("+10.8"))
        let fills = Set(ChartChecks.bars(output.frame).map(\.fill))
        #expect(fills.count == 3)
    }

    @Test func dataHasEveryRow() {
        let data = layout(chart()).data
        #expect(data.rows.count == 14)
        #expect(data.rows.first == ["2012", "180.0"])
        #expect(data.rows.last?.first == "2013")
    }

    @Test func alternativeText() {
        #expect(
            layout(chart(chinese: true), theme: ChartChecks.chinese).alternativeText
                == "瀑布图：各园区对增长的贡献；由2012的180.0亿元变为2013的216.2亿元；贡献最大为郴州经济开发区（10.8亿元），最小为永兴银都循环经济园（−3.2亿元）。")
    }

    @Test func snapshot() {
        ChartChecks.expectSnapshot(layout(chart(chinese: true), theme: ChartChecks.chinese).frame, named: "waterfall")
    }
}
