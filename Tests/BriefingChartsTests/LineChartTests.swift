import BriefingCore
import BriefingTestSupport
import Testing

@testable import BriefingCharts

struct LineChartTests {
    let size = Size(width: 400, height: 220)
    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    static let periods = (0..<24).map { "\(months[$0 % 12]) \(2012 + $0 / 12)" }

    func chart(series count: Int = 2, markers: Bool = false) -> LineChart {
        let a: [Double?] = (0..<24).map { (i: Int) -> Double? in
            if i == 7 || i == 8 { return nil }
            let bump: Double = i % 3 == 0 ? 2 : 0
            return 20 + Double(i) * 1.5 + bump
        }
        let b: [Double?] = (0..<24).map { (i: Int) -> Double? in i < 2 ? nil : 18 + Double(i) * 1.2 }
        let series = [
            LineChart.Series(name: "Industrial output", values: a),
            LineChart.Series(name: "Fixed investment", values: b),
        ]
        return LineChart(
            series: Array(series.prefix(count)), periods: Self.periods, subject: "monthly output",
            axisLabel: { $0 % 12 == 0 ? Self.periods[$0] : Self.months[$0 % 12] }, unit: "bn yuan",
            showsMarkers: markers,
            highlighted: .init(series: 0, index: 23))
    }

    func layout(_ c: LineChart, size: Size? = nil) -> ChartOutput {
        c.layout(
            size: size ?? self.size, theme: ChartChecks.english, typesetter: ChartChecks.typesetter, format: .plain)
    }

    @Test func isWellFormed() {
        ChartChecks.expectWellFormed(layout(chart()), size: size)
        ChartChecks.expectWellFormed(layout(chart(series: 1, markers: true)), size: size)
    }

    @Test(arguments: [Size(width: 160, height: 100), Size(width: 700, height: 300)])
    func wellFormedAtOtherSizes(_ size: Size) {
        ChartChecks.expectWellFormed(layout(chart(), size: size), size: size)
    }

    @Test func missingValuesLeaveGaps() {
        let frame = layout(chart(series: 1)).frame
        let lines = frame.items.compactMap { item -> Path? in
            guard case .shape(let s) = item.item, s.stroke?.width == 1.5 else { return nil }
            return s.path
        }
        // Index 7 and 8 are missing: one run of 7 points and one of 15.
        #expect(lines.count == 2)
        #expect(lines.map(\.elements.count) == [7, 15])
    }

    @Test func monthLabelsAreThinnedWithoutCollisions() {
        let narrow = Size(width: 240, height: 160)
        let output = layout(chart(), size: narrow)
        ChartChecks.expectWellFormed(output, size: narrow)
        let labels = ChartChecks.texts(output.frame).map(\.text)
        #expect(labels.contains("Jan 2012"))
        #expect(!labels.contains("Feb"))  // too crowded to show every month
        let wide = ChartChecks.texts(layout(chart(), size: Size(width: 1200, height: 200)).frame).map(\.text)
        #expect(wide.contains("Feb"))
    }

    @Test func legendOnlyForSeveralSeries() {
        let two = ChartChecks.texts(layout(chart()).frame).map(\.text)
        #expect(two.contains("Industrial output") && two.contains("Fixed investment"))
        let one = ChartChecks.texts(layout(chart(series: 1)).frame).map(\.text)
        #expect(!one.contains("Industrial output"))
    }

    @Test func highlightedPointIsLabelled() {
        let output = layout(chart())
        let texts = ChartChecks.texts(output.frame).map(\.text)
        #expect(texts.contains("54.5"))
        let dots = output.frame.items.filter {
            if case .shape(let s) = $0.item { return s.fill == ChartChecks.english.highlight }
            return false
        }
        #expect(dots.count == 1)
    }

    @Test func alternativeText() {
        #expect(
            layout(chart()).alternativeText
                == "Line chart: monthly output, Jan 2012 to Dec 2013; Industrial output from 22.0 bn yuan to 54.5 bn yuan, "
                + "highest 54.5 bn yuan in Dec 2013; Fixed investment from 20.4 bn yuan to 45.6 bn yuan, highest 45.6 bn yuan in Dec 2013."
        )
    }

    @Test func allMissingStillWellFormed() {
        let c = LineChart(series: [.init(name: "x", values: [nil, nil, nil])], periods: ["a", "b", "c"], subject: "x")
        ChartChecks.expectWellFormed(layout(c), size: size)
    }

    @Test func snapshot() {
        ChartChecks.expectSnapshot(layout(chart()).frame, named: "line")
    }

    /// Raising one value of a series (not its extreme, so the axis stays) changes one line of the
    /// dump: the series' path, in the y of that one point only.
    @Test func onePointChangeShowsInTheDump() throws {
        let original = chart()
        var changed = original
        let before = try #require(original.series[1].values[10])
        changed.series[1].values[10] = before + 1
        let old = layout(original).frame.dump().split(separator: "\n")
        let new = layout(changed).frame.dump().split(separator: "\n")
        try #require(old.count == new.count)
        let differing = zip(old, new).filter { $0 != $1 }
        try #require(differing.count == 1, "\(differing)")
        let (oldLine, newLine) = try #require(differing.first)
        #expect(oldLine.drop { $0 == " " }.hasPrefix("path "))
        let pairs = zip(oldLine.split(separator: " "), newLine.split(separator: " ")).filter { $0 != $1 }
        try #require(pairs.count == 1, "\(pairs)")
        let (oldPoint, newPoint) = try #require(pairs.first)
        let oldXY = oldPoint.dropFirst().split(separator: ",").compactMap { Double($0) }
        let newXY = newPoint.dropFirst().split(separator: ",").compactMap { Double($0) }
        #expect(oldXY.count == 2 && newXY.count == 2)
        #expect(oldXY.first == newXY.first, "the point keeps its period")
        #expect(newXY.last ?? 0 < oldXY.last ?? 0, "a larger value lies higher (smaller y)")
    }
}
