import BriefingCore
import Foundation
import Testing

@testable import BriefingCharts

/// Neighbouring slices and bars stay apart when a chart is printed or copied in greyscale: read from
/// the frame, with CIE L* computed here from the sRGB components (not from `Color.luminance`).
struct GreyscaleTests {
    static let themes = [ChartChecks.english, ChartChecks.english.forPrint()]
    static let size = Size(width: 480, height: 260)
    static let step = 15.0

    /// CIE L* (0 black … 100 white, D65) of an sRGB colour: how light it prints in greyscale.
    static func lightness(_ color: Color) -> Double {
        func linear(_ c: Double) -> Double { c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4) }
        let y = 0.2126 * linear(color.red) + 0.7152 * linear(color.green) + 0.0722 * linear(color.blue)
        return y > 216.0 / 24389.0 ? 116 * cbrt(y) - 16 : y * 24389.0 / 27.0
    }

    /// The smallest lightness difference between neighbours of `colors`; with `ring` the last is
    /// also a neighbour of the first.
    static func smallestStep(_ colors: [Color], ring: Bool) -> Double {
        let pairs =
            zip(colors, colors.dropFirst()).map { ($0, $1) }
            + (ring && colors.count > 2 ? [(colors[colors.count - 1], colors[0])] : [])
        return pairs.map { abs(lightness($0) - lightness($1)) }.min() ?? .infinity
    }

    @Test func lightnessMatchesPublishedValues() {
        // CIE L* of sRGB white, mid grey #777777 (≈ 50) and pure blue (32.3), as published.
        #expect(abs(Self.lightness(.white) - 100) < 0.01)
        #expect(abs(Self.lightness(Color(red: 0x77 / 255, green: 0x77 / 255, blue: 0x77 / 255)) - 50.03) < 0.05)
        #expect(abs(Self.lightness(Color(red: 0, green: 0, blue: 1)) - 32.30) < 0.05)
    }

    @Test(arguments: themes, [2, 3, 4, 5, 6, 9])
    func donutNeighboursDifferInLightness(_ theme: ChartTheme, slices count: Int) {
        for top in [3, 5, 8] {
            let slices = zip(ChartChecks.parksEnglish, ChartChecks.volumes).prefix(count)
                .map { RankedBarChart.Bar(label: $0, value: $1) }
            let chart = DonutChart(slices: Array(slices), top: top, subject: "tax", unit: "bn yuan")
            let output = chart.layout(size: Self.size, theme: theme, typesetter: ChartChecks.typesetter, format: .plain)
            let fills = DistinctColoursTests.ringFills(output.frame)
            #expect(fills.count >= min(count, 2))
            #expect(
                Self.smallestStep(fills, ring: true) >= Self.step,
                "\(count) slices, top \(top): \(fills.map { Self.lightness($0).rounded() })")
        }
    }

    @Test(arguments: themes, [2, 3, 5, 8])
    func stackedSegmentsDifferFromTheirNeighbours(_ theme: ChartTheme, series count: Int) {
        let categories = ["A", "B"].map { GroupedBarChart.Category(label: $0, values: (1...count).map(Double.init)) }
        let chart = StackedBarChart(
            categories: categories, seriesNames: (1...count).map { "S\($0)" }, subject: "s")
        let output = chart.layout(size: Self.size, theme: theme, typesetter: ChartChecks.typesetter, format: .plain)
        // Segments are thicker than the 8 pt legend swatches; the first row's, left to right.
        let segments = DistinctColoursTests.rects(output.frame).filter { $0.bounds.height > 8.5 }
        let firstRow = segments.filter { abs($0.bounds.minY - (segments.first?.bounds.minY ?? 0)) < 0.01 }
        #expect(firstRow.count == min(count, theme.palette.count))
        #expect(Self.smallestStep(firstRow.map(\.fill), ring: false) >= Self.step)
    }

    @Test(arguments: themes, [2, 3, 5])
    func groupedBarsDifferFromTheirNeighbours(_ theme: ChartTheme, series count: Int) {
        let categories = ["A", "B"].map { GroupedBarChart.Category(label: $0, values: (1...count).map(Double.init)) }
        let chart = GroupedBarChart(categories: categories, seriesNames: (1...count).map { "S\($0)" }, subject: "g")
        let output = chart.layout(size: Self.size, theme: theme, typesetter: ChartChecks.typesetter, format: .plain)
        // Category A's bars, top to bottom.
        let bars = DistinctColoursTests.rects(output.frame).filter { $0.bounds.height > 8.5 || $0.bounds.width > 8.5 }
            .sorted { $0.bounds.minY < $1.bounds.minY }.prefix(count)
        #expect(bars.count == count)
        #expect(Self.smallestStep(bars.map(\.fill), ring: false) >= Self.step)
    }

    @Test(arguments: themes)
    func highlightStandsApartFromOrdinaryBars(_ theme: ChartTheme) {
        #expect(abs(Self.lightness(theme.highlight) - Self.lightness(theme.seriesColor(0))) >= Self.step)
    }
}
