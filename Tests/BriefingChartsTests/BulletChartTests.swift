import BriefingCore
import Testing

@testable import BriefingCharts

struct BulletChartTests {
    func chart(chinese: Bool = false) -> BulletChart {
        let rows = [
            (chinese ? "技工贸总收入" : "Total technology, industry and trade volume", 24.1, 20.0),
            (chinese ? "规模工业增加值" : "Added value of scaled industry", 12.3, 16.0),
            (chinese ? "税收总额" : "Tax payment", -3.5, 10.0),
        ].map { BulletChart.Row(label: $0.0, actual: $0.1, target: $0.2, bands: [$0.2 * 0.5, $0.2, $0.2 * 1.5]) }
        return BulletChart(
            rows: rows, subject: chinese ? "增长与目标" : "growth against target",
            actualName: chinese ? "2013年增长" : "2013 growth", targetName: chinese ? "2014年目标" : "2014 target")
    }

    func layout(_ c: BulletChart, theme: ChartTheme = ChartChecks.english, size: Size) -> ChartOutput {
        c.layout(size: size, theme: theme, typesetter: ChartChecks.typesetter, format: .percent)
    }

    @Test(arguments: [Size(width: 420, height: 180), Size(width: 240, height: 110), Size(width: 700, height: 300)])
    func wellFormedInBothLanguages(_ size: Size) {
        ChartChecks.expectWellFormed(layout(chart(), size: size), size: size)
        ChartChecks.expectWellFormed(layout(chart(chinese: true), theme: ChartChecks.chinese, size: size), size: size)
    }

    @Test func bandsBarAndTarget() {
        let frame = layout(chart(), size: Size(width: 420, height: 180)).frame
        let rects = ChartChecks.bars(frame)
        let bands = rects.filter { BulletChart.bandGreys.contains($0.fill) }
        #expect(bands.count == 9)
        // Bands get lighter outwards; the actual bar is a third of the band's height.
        #expect(bands[0].fill == BulletChart.bandGreys[0] && bands[2].fill == BulletChart.bandGreys[2])
        let actual = rects.filter {
            $0.fill == ChartChecks.english.textColor && abs($0.bounds.height * 3 - bands[0].bounds.height) < 0.01
                && $0.bounds.minY > bands[0].bounds.minY  // not the legend's swatch
        }
        #expect(actual.count == 3)
        // The negative actual (tax) runs left from zero, where the others start.
        #expect(abs(actual[2].bounds.maxX - actual[0].bounds.minX) < 0.01)
        #expect(actual[2].bounds.width > 5)
        #expect(ChartChecks.texts(frame).map(\.text).contains("−3.5% / +10.0%"))
    }

    /// Each named band has a legend entry: its grey as a swatch beside its name, in the bands' order.
    @Test func bandsHaveALegend() {
        var named = chart()
        named.bandNames = ["Under half the target", "Under the target", "At or above the target"]
        let frame = layout(named, size: Size(width: 420, height: 180)).frame
        let texts = ChartChecks.texts(frame)
        for (name, grey) in zip(named.bandNames, BulletChart.bandGreys) {
            let label = texts.first { $0.text == name }
            let swatch = ChartChecks.bars(frame).first { $0.fill == grey && $0.bounds.width == 8 }
            #expect(label != nil, "\(name)")
            // The swatch ends 6 pt before its name (a 12 pt swatch column, 4 pt gap, the box inset 2 pt),
            // on the name's row.
            if let label, let swatch {
                #expect(abs(label.bounds.minX - swatch.bounds.maxX - 6) < 0.01, "\(name)")
                #expect(swatch.bounds.minY > label.bounds.minY && swatch.bounds.maxY < label.bounds.maxY, "\(name)")
            }
            #expect(swatch != nil, "\(name)")
        }
        ChartChecks.expectWellFormed(layout(named, size: Size(width: 420, height: 180)), size: Size(width: 420, height: 180))
    }

    @Test func alternativeText() {
        #expect(
            layout(chart(chinese: true), theme: ChartChecks.chinese, size: Size(width: 420, height: 180))
                .alternativeText
                == "子弹图：增长与目标（2013年增长与2014年目标）；技工贸总收入+24.1%，目标+20.0%，达到目标；规模工业增加值+12.3%，目标+16.0%，低于目标；税收总额−3.5%，目标+10.0%，低于目标。"
        )
    }

    @Test func snapshot() {
        ChartChecks.expectSnapshot(
            layout(chart(chinese: true), theme: ChartChecks.chinese, size: Size(width: 420, height: 180)).frame,
            named: "bullet")
    }

    /// A value label wider than the chart left the plot's right edge left of its left one: the
    /// reversed range `inner.minX...plotRight` trapped (SIGILL). Now the plot shrinks to a point.
    @Test func aValueLabelWiderThanTheChartDoesNotTrap() {
        let rows = [BulletChart.Row(label: "Volume", actual: 1.67e102, target: 20, bands: [10, 20, 30])]
        let c = BulletChart(rows: rows, subject: "growth", actualName: "2013", targetName: "2014")
        let output = layout(c, size: Size(width: 240, height: 110))
        #expect(!output.frame.items.isEmpty)
    }

    @Test func aPlotRangeIsNeverReversed() {
        #expect(ClosedRange(plotFrom: 10, to: 20) == 10...20)
        #expect(ClosedRange(plotFrom: 10, to: -5) == 10...10)
        #expect(ClosedRange(plotFrom: .nan, to: 3) == 0...3)
        #expect(ClosedRange(plotFrom: 4, to: .nan) == 4...4)
    }
}
