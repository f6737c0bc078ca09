import BriefingCore
import Testing

@testable import BriefingCharts

/// No two series or slices of one chart share a colour, whatever the chart asks for: read from the
/// frame, for the kinds with a variable number of series (donut, stacked bar, lines), both themes.
struct DistinctColoursTests {
    static let themes = [ChartChecks.english, ChartChecks.english.forPrint()]
    static let size = Size(width: 480, height: 260)

    /// Filled shapes drawn with curves: a donut's ring segments.
    static func ringFills(_ frame: Frame) -> [Color] {
        frame.items.compactMap { item in
            guard case .shape(let s) = item.item, let fill = s.fill,
                s.path.elements.contains(where: { if case .curve = $0 { return true } else { return false } })
            else { return nil }
            return fill
        }
    }

    /// Rectangles (filled, outlined or not) with their fill and bounds.
    static func rects(_ frame: Frame) -> [(fill: Color, bounds: Rect)] {
        frame.items.compactMap { item in
            guard case .shape(let s) = item.item, let fill = s.fill, s.path.elements.count == 5 else { return nil }
            return (fill, item.bounds)
        }
    }

    @Test(arguments: themes)
    func donutWithMoreSlicesThanColoursFoldsTheRest(_ theme: ChartTheme) {
        let slices = zip(ChartChecks.parksEnglish, ChartChecks.volumes).map { RankedBarChart.Bar(label: $0, value: $1) }
        let chart = DonutChart(slices: slices, top: 8, subject: "tax", unit: "bn yuan")
        let output = chart.layout(size: Self.size, theme: theme, typesetter: ChartChecks.typesetter, format: .plain)
        ChartChecks.expectWellFormed(output, size: Self.size)
        let fills = Self.ringFills(output.frame)
        // The palette's colours, one per slice of its own, and the white "other": one more slice.
        #expect(fills.count == theme.palette.count + 1)
        #expect(Set(fills).count == fills.count)
        #expect(fills.last == .white)
        // The rest is one slice: 12 parks minus the largest `palette.count`.
        let ownSum = ChartChecks.volumes.sorted(by: >).prefix(theme.palette.count).reduce(0, +)
        let other = ChartChecks.volumes.reduce(0, +) - ownSum
        #expect(output.data.rows.last?[0] == "Other")
        #expect(output.data.rows.last?[1] == NumberLabel.plain(other, decimals: 1))
    }

    @Test func donutCentreShowsItsUnit() throws {
        let slices = zip(ChartChecks.parksEnglish, ChartChecks.volumes).map { RankedBarChart.Bar(label: $0, value: $1) }
        let output = DonutChart(slices: slices, subject: "tax", unit: "bn yuan").layout(
            size: Self.size, theme: ChartChecks.english, typesetter: ChartChecks.typesetter, format: .plain)
        let texts = ChartChecks.texts(output.frame)
        // 54.1 + 31.2 + … + 5.1 = 219.7, and its unit on the line beneath it, centred under it.
        let total = try #require(texts.first { $0.text == "219.7" })
        let centre = (total.bounds.minX + total.bounds.maxX) / 2
        let unit = try #require(
            texts.first { $0.text == "bn yuan" && abs(($0.bounds.minX + $0.bounds.maxX) / 2 - centre) < 0.5 })
        #expect(abs(unit.bounds.minY - total.bounds.maxY) < 0.5)
    }

    @Test(arguments: themes)
    func stackedBarWithMoreSeriesThanColoursFoldsTheRest(_ theme: ChartTheme) {
        let series = (1...8).map { "S\($0)" }
        let categories = ["A", "B", "C"].enumerated().map { c, name in
            GroupedBarChart.Category(label: name, values: (1...8).map { Double($0 + c) })
        }
        let chart = StackedBarChart(categories: categories, seriesNames: series, subject: "s")
        let output = chart.layout(size: Self.size, theme: theme, typesetter: ChartChecks.typesetter, format: .plain)
        ChartChecks.expectWellFormed(output, size: Self.size)
        let colours = theme.palette.count
        // Rows are 8 high (legend swatches) or thicker (segments): group segments by their row.
        let segments = Self.rects(output.frame).filter { $0.bounds.height > 8.5 }
        for row in Set(segments.map { (($0.bounds.minY + $0.bounds.maxY) * 50).rounded() }) {
            let fills = segments.filter { (($0.bounds.minY + $0.bounds.maxY) * 50).rounded() == row }.map(\.fill)
            #expect(fills.count == colours)
            #expect(Set(fills).count == fills.count)
        }
        #expect(output.data.columns.last == "Other")
        // Category A: the last 8 − colours + 1 series summed (1…8 are its values).
        let rest = (colours...8).map(Double.init).reduce(0, +)
        #expect(output.data.rows.first { $0.first == "A" }?.last == NumberLabel.plain(rest, decimals: 1))
    }

    @Test(arguments: themes)
    func linesBeyondThePaletteDifferInDash(_ theme: ChartTheme) {
        let values: [Double?] = [1, 2, 3, 4]
        let chart = LineChart(
            series: (1...9).map { LineChart.Series(name: "L\($0)", values: values) },
            periods: ["Q1", "Q2", "Q3", "Q4"], subject: "l")
        let output = chart.layout(size: Self.size, theme: theme, typesetter: ChartChecks.typesetter, format: .plain)
        let strokes = output.frame.items.compactMap { item -> Stroke? in
            guard case .shape(let s) = item.item, s.fill == nil, let stroke = s.stroke, stroke.width > 1,
                s.path.elements.count == 4
            else { return nil }
            return stroke
        }
        // One path per line (four points), no two alike in colour and dash.
        #expect(strokes.count == 9)
        #expect(Set(strokes.map { "\($0.color) \($0.dash)" }).count == 9)
    }
}
