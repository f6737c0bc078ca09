import BriefingCore
import Testing

@testable import BriefingCharts

struct GrowthTargetChartTests {
    let size = Size(width: 400, height: 200)

    func chart(chinese: Bool = false) -> GrowthTargetChart {
        let rows: [GrowthTargetChart.Row] =
            chinese
            ? [
                .init(label: "规模工业增加值", actual: 37.6, target: 20), .init(label: "固定资产投资", actual: 12.1, target: 25),
                .init(label: "税收收入", actual: -4.5, target: 10), .init(label: "进出口总额", actual: 8.0, target: nil),
            ]
            : [
                .init(label: "Industrial value added", actual: 37.6, target: 20),
                .init(label: "Fixed-asset investment", actual: 12.1, target: 25),
                .init(label: "Tax revenue", actual: -4.5, target: 10),
                .init(label: "Imports and exports", actual: 8.0, target: nil),
            ]
        return GrowthTargetChart(
            rows: rows, subject: chinese ? "主要指标" : "main indicators", actualName: chinese ? "2013年增长" : "2013 growth",
            targetName: chinese ? "2014年目标" : "2014 target")
    }

    func layout(_ c: GrowthTargetChart, theme: ChartTheme = ChartChecks.english, size: Size? = nil) -> ChartOutput {
        c.layout(size: size ?? self.size, theme: theme, typesetter: ChartChecks.typesetter, format: .percent)
    }

    @Test func isWellFormed() {
        ChartChecks.expectWellFormed(layout(chart()), size: size)
        ChartChecks.expectWellFormed(layout(chart(chinese: true), theme: ChartChecks.chinese), size: size)
    }

    /// The zh figure 3 of the parks brief: bars a little past their target (+19.0% on +16.0%), where
    /// the value once sat squeezed between the target tick and the bar's end, 1 pt from it. Every
    /// distance past the target: no label near a tick or partly on a bar.
    @Test func valueLabelsNeverSqueezeAgainstTheTarget() {
        for step in 1...60 {
            let rows = [
                GrowthTargetChart.Row(label: "技工贸总收入", actual: 37.6, target: 20),
                GrowthTargetChart.Row(label: "规模工业增加值", actual: 16 + Double(step) * 0.25, target: 16),
            ]
            let chart = GrowthTargetChart(rows: rows, subject: "s", actualName: "a", targetName: "t")
            let size = Size(width: 453, height: 160)
            ChartChecks.expectWellFormed(layout(chart, theme: ChartChecks.chinese, size: size), size: size)
        }
    }

    @Test(arguments: [Size(width: 220, height: 110), Size(width: 600, height: 400)])
    func wellFormedAtOtherSizes(_ size: Size) {
        ChartChecks.expectWellFormed(layout(chart(), size: size), size: size)
    }

    @Test func axisIsInPercentAndIncludesZero() {
        let texts = ChartChecks.texts(layout(chart()).frame).map(\.text)
        #expect(texts.contains("0%"))
        #expect(texts.contains { $0.hasPrefix("\u{2212}") && $0.hasSuffix("%") })
        #expect(texts.contains("+37.6%") && texts.contains("+20.0%") && texts.contains("\u{2212}4.5%"))
    }

    @Test func legendAndMarkers() {
        let frame = layout(chart()).frame
        let texts = ChartChecks.texts(frame).map(\.text)
        #expect(texts.contains("2013 growth") && texts.contains("2014 target"))
        let markers = frame.items.filter {
            if case .shape(let s) = $0.item { return s.stroke?.width == 2 }
            return false
        }
        #expect(markers.count == 3 + 1)  // three targets and the legend swatch
        #expect(ChartChecks.bars(frame).count == 4 + 1)  // four bars and the legend swatch
    }

    /// A target just short of the actual value would cut through a label set inside the bar's end
    /// (+19.0% against +16%, as in the parks brief): the label moves clear of the marker.
    @Test func valueLabelsNeverCrossATargetMarker() {
        let rows: [GrowthTargetChart.Row] = [
            .init(label: "Volume", actual: 37.6, target: 20), .init(label: "Added value", actual: 19, target: 16),
        ]
        let frame = GrowthTargetChart(rows: rows, subject: "s", actualName: "growth", targetName: "target")
            .layout(size: size, theme: ChartChecks.english, typesetter: ChartChecks.typesetter, format: .percent).frame
        let markers = frame.items.compactMap { item -> Rect? in
            if case .shape(let shape) = item.item, shape.stroke?.width == 2 { return item.bounds.insetBy(-1) }
            return nil
        }
        let values = ChartChecks.texts(frame).filter { ["+37.6%", "+19.0%"].contains($0.text) }
        #expect(values.count == 2)
        for value in values {
            for marker in markers {
                #expect(!value.bounds.overlaps(marker), "\(value.text) \(value.bounds) crosses the marker \(marker)")
            }
        }
    }

    /// The most negative bar reaches the plot's left edge and its target cuts through where the value
    /// would sit inside: the label goes beyond the bar's end, so the axis leaves room for it there
    /// instead of the label being pushed back over the bar and the tick.
    @Test(arguments: [-18.5, -17.0, -15.5])
    func negativeBarAtTheLeftEdgeKeepsItsLabelOutside(target: Double) throws {
        let rows: [GrowthTargetChart.Row] = [
            .init(label: "Volume", actual: 37.6, target: 20), .init(label: "Tax", actual: -19.6, target: target),
        ]
        let output = GrowthTargetChart(rows: rows, subject: "s", actualName: "growth", targetName: "target")
            .layout(size: size, theme: ChartChecks.english, typesetter: ChartChecks.typesetter, format: .percent)
        ChartChecks.expectWellFormed(output, size: size)
        let label = try #require(ChartChecks.texts(output.frame).first { $0.text == "−19.6%" })
        let mid = (label.bounds.minY + label.bounds.maxY) / 2
        let bar = try #require(ChartChecks.bars(output.frame).first { $0.bounds.minY < mid && mid < $0.bounds.maxY })
        #expect(label.bounds.maxX <= bar.bounds.minX - HorizontalBars.labelGap + 0.01)
    }

    @Test func targetMarkerSpansTheBar() {
        let frame = layout(chart()).frame
        let bars = ChartChecks.bars(frame).dropFirst()  // legend swatch first
        let markers = frame.items.compactMap { item -> Rect? in
            guard case .shape(let s) = item.item, s.stroke?.width == 2 else { return nil }
            return item.bounds
        }.dropFirst()
        for (bar, marker) in zip(bars, markers) {
            #expect(marker.minY < bar.bounds.minY && marker.maxY > bar.bounds.maxY)
        }
    }

    @Test func alternativeText() {
        #expect(
            layout(chart()).alternativeText
                == "Growth against target: main indicators (2013 growth and 2014 target); Industrial value added +37.6% against "
                + "+20.0%, meeting target; Fixed-asset investment +12.1% against +25.0%, below target; Tax revenue −4.5% against "
                + "+10.0%, below target; Imports and exports +8.0%, no target.")
    }

    @Test func snapshot() {
        ChartChecks.expectSnapshot(layout(chart()).frame, named: "growth-target")
    }
}
