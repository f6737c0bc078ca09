import BriefingCore

/// A line chart over months: one or more series of monthly values (nil leaves a gap), month labels
/// thinned so they never collide, a nice y axis, optional markers and one optional highlighted point.
public struct LineChart: Hashable, Sendable {
    /// A named series of values, one per period; nil where there is no value.
    public struct Series: Hashable, Sendable {
        public var name: String
        public var values: [Double?]

        public init(name: String, values: [Double?]) {
            self.name = name
            self.values = values
        }
    }

    /// A point drawn larger in the highlight colour with a label.
    public struct HighlightedPoint: Hashable, Sendable {
        public var series: Int
        public var index: Int
        /// The label; nil shows the formatted value.
        public var label: String?

        public init(series: Int = 0, index: Int, label: String? = nil) {
            self.series = series
            self.index = index
            self.label = label
        }
    }

    public var series: [Series]
    /// Full names of the periods ("Jan 2012"), one per value; used in the alternative text.
    public var periods: [String]
    /// Candidate x-axis labels per period ("Jan 2012", "Apr", nil…); some are skipped if they collide.
    public var axisLabels: [String?]
    /// What the chart shows, for the alternative text: "industrial output by month".
    public var subject: String
    public var unit: String?
    /// Decimals of the highlighted point's label and of the alternative text.
    public var decimals: Int
    public var showsMarkers: Bool
    /// The most points a line shows markers on: beyond it they merge into a thick line.
    public static let mostMarkers = 60
    public var highlighted: HighlightedPoint?
    /// Whether the y axis must reach zero.
    public var includesZero: Bool
    public var title: String?
    /// Whether each series' area down to the baseline (zero, or the axis's foot) is tinted: an area chart.
    public var fillsArea: Bool
    /// The heading of the periods' column in `ChartOutput.data`.
    public var periodHeading: String

    public init(
        series: [Series], periods: [String], axisLabels: [String?]? = nil, subject: String, unit: String? = nil,
        decimals: Int = 1, showsMarkers: Bool = false, highlighted: HighlightedPoint? = nil, includesZero: Bool = false,
        title: String? = nil, fillsArea: Bool = false, periodHeading: String = ""
    ) {
        self.fillsArea = fillsArea
        self.periodHeading = periodHeading
        self.series = series
        self.periods = periods
        self.axisLabels = axisLabels ?? periods.map { Optional($0) }
        self.subject = subject
        self.unit = unit
        self.decimals = decimals
        self.showsMarkers = showsMarkers
        self.highlighted = highlighted
        self.includesZero = includesZero
        self.title = title
    }

    /// Like the memberwise initialiser, with axis labels from a callback `(index) -> String?`.
    public init(
        series: [Series], periods: [String], subject: String, axisLabel: (Int) -> String?, unit: String? = nil,
        decimals: Int = 1, showsMarkers: Bool = false, highlighted: HighlightedPoint? = nil, includesZero: Bool = false,
        title: String? = nil, fillsArea: Bool = false, periodHeading: String = ""
    ) {
        self.init(
            series: series, periods: periods, axisLabels: periods.indices.map(axisLabel), subject: subject, unit: unit,
            decimals: decimals, showsMarkers: showsMarkers, highlighted: highlighted, includesZero: includesZero,
            title: title, fillsArea: fillsArea, periodHeading: periodHeading)
    }

    /// The number of points along x.
    public var pointCount: Int { max(periods.count, series.map(\.values.count).max() ?? 0) }

    /// Lays the chart out in a frame of exactly `size`.
    public func layout(size: Size, theme: ChartTheme, typesetter: any Typesetter, format: NumberLabel) -> ChartOutput {
        let context = ChartContext(theme: theme, typesetter: typesetter, format: format)
        var frame = Frame(size: size)
        let alt = alternativeText(context: context)
        let data = ChartData.table(
            heading: periodHeading, labels: periods, series: series.map { ($0.name, $0.values) }, decimals: decimals,
            format: format)
        let inner = Rect(origin: .zero, size: size).insetBy(theme.padding)
        let n = pointCount
        guard n > 0, inner.width > 30, inner.height > 30 else {
            return ChartOutput(frame: frame, alternativeText: alt, data: data)
        }

        let legend =
            series.count > 1
            ? series.enumerated().map {
                LegendEntry(name: $1.name, color: theme.seriesColor($0), swatch: .line, dash: theme.seriesDash($0))
            } : []
        let header = ChartHeader.layout(title: title, legend: legend, unit: unit, inner: inner, context: context)
        frame.append(contentsOf: header.items)

        let tickHeight = theme.tickSize * 1.2
        let xLabelTop = inner.maxY - tickHeight
        let plotBottom = xLabelTop - 4
        let plotTop = header.bottom + tickHeight / 2
        let values = series.flatMap { $0.values.compactMap { $0 } }
        let extent = LinearScale.extent(of: values, includingZero: includesZero)
        // The y labels' column width depends only on the plot's height, so fit once with a guess.
        let axis = ValueAxis.fit(
            extent: extent, from: plotBottom, to: plotTop, direction: .vertical,
            clamp: ClosedRange(plotFrom: inner.minY, to: inner.maxY),
            context: context)
        let columnWidth = axis.labels.map(\.naturalWidth).max() ?? 0
        let plotLeft = inner.minX + columnWidth + 4
        let plotRight = inner.maxX
        let inset = min(8, (plotRight - plotLeft) * 0.02)
        let step = n > 1 ? (plotRight - plotLeft - 2 * inset) / Double(n - 1) : 0
        let x = { (i: Int) in n > 1 ? plotLeft + inset + Double(i) * step : (plotLeft + plotRight) / 2 }
        let y = { (v: Double) in axis.scale(v) }

        // Grid and y labels.
        for (tick, label) in zip(axis.ticks, axis.labels) {
            let ty = y(tick)
            if abs(ty - plotBottom) > 0.5 {
                frame.append(contentsOf: [
                    Mark.line(
                        Point(x: plotLeft, y: ty), Point(x: plotRight, y: ty),
                        color: tick == 0 ? theme.axisColor : theme.gridColor,
                        width: tick == 0 ? theme.axisWidth : theme.gridWidth)
                ])
            }
            frame.append(label, at: Point(x: plotLeft - 4 - label.naturalWidth, y: ty - label.height / 2))
        }
        frame.append(contentsOf: [
            Mark.line(
                Point(x: plotLeft, y: plotBottom), Point(x: plotRight, y: plotBottom), color: theme.axisColor,
                width: theme.axisWidth)
        ])

        // Month labels, thinned to a regular stride until none collide.
        let clamp = ClosedRange(plotFrom: plotLeft, to: inner.maxX)
        for (index, label, left) in monthLabels(x: x, clamp: clamp, context: context) {
            frame.append(contentsOf: [
                Mark.line(
                    Point(x: x(index), y: plotBottom), Point(x: x(index), y: plotBottom + 3), color: theme.axisColor,
                    width: theme.axisWidth)
            ])
            frame.append(label, at: Point(x: left, y: xLabelTop))
        }

        // Lines, gaps where values are missing; what the highlighted value's label keeps clear of.
        var clearOf = LabelPlacement(
            area: Rect(
                x: plotLeft + 2, y: header.bottom, width: inner.maxX - plotLeft - 2,
                height: plotBottom - header.bottom))
        for (s, one) in series.enumerated() {
            let color = theme.seriesColor(s)
            for run in runs(of: one.values) {
                if run.count == 1 {
                    let dot = Point(x: x(run[0].0), y: y(run[0].1))
                    frame.append(contentsOf: [Mark.dot(dot, radius: 1.5, fill: color)])
                    clearOf.obstacles.append(Rect(x: dot.x - 1.5, y: dot.y - 1.5, width: 3, height: 3))
                    continue
                }
                var path = Path()
                path.move(to: Point(x: x(run[0].0), y: y(run[0].1)))
                for (i, v) in run.dropFirst() { path.line(to: Point(x: x(i), y: y(v))) }
                clearOf.lines += path.segments.map { ($0.from, $0.to, 0.75) }
                if fillsArea {
                    // The run's area down to zero (or the axis's foot when zero is off the axis).
                    let (d0, d1) = axis.scale.domain
                    let base = y(min(max(0, min(d0, d1)), max(d0, d1)))
                    var area = path
                    area.line(to: Point(x: x(run[run.count - 1].0), y: base))
                    area.line(to: Point(x: x(run[0].0), y: base))
                    area.close()
                    var tint = color
                    tint.alpha = 0.22
                    frame.append(.shape(Shape(path: area, fill: tint)))
                }
                frame.append(
                    .shape(Shape(path: path, stroke: Stroke(color: color, width: 1.5, dash: theme.seriesDash(s)))))
            }
            if showsMarkers {
                for (i, v) in one.values.enumerated() {
                    guard let v else { continue }
                    let dot = Point(x: x(i), y: y(v))
                    frame.append(contentsOf: [Mark.dot(dot, radius: 2, fill: color)])
                    clearOf.obstacles.append(Rect(x: dot.x - 2, y: dot.y - 2, width: 4, height: 4))
                }
            }
        }

        // The highlighted point and its label, where it is clear of the lines and dots.
        if let h = highlighted, series.indices.contains(h.series), series[h.series].values.indices.contains(h.index),
            let v = series[h.series].values[h.index]
        {
            let p = Point(x: x(h.index), y: y(v))
            frame.append(contentsOf: [
                Mark.dot(p, radius: 3.5, fill: theme.highlight, stroke: Stroke(color: .white, width: 1))
            ])
            let text = context.line(h.label ?? format(v, decimals: decimals), size: theme.labelSize, bold: true)
            clearOf.obstacles.append(Rect(x: p.x - 4.5, y: p.y - 4.5, width: 9, height: 9))
            frame.append(
                text, at: clearOf.place(Size(width: text.naturalWidth, height: text.height), at: p, radius: 4.5))
        }
        return ChartOutput(frame: frame, alternativeText: alt, data: data)
    }

    /// The labels to draw: (index, paragraph, left edge).
    private func monthLabels(
        x: (Int) -> Double, clamp: ClosedRange<Double>, context: ChartContext
    ) -> [(Int, TypesetParagraph, Double)] {
        let candidates = axisLabels.prefix(pointCount).enumerated().compactMap { i, s in s.map { (i, $0) } }
        guard let first = candidates.first?.0 else { return [] }
        let measured = candidates.map {
            ($0.0, context.line($0.1, size: context.theme.tickSize, color: context.theme.secondaryTextColor))
        }
        func place(_ chosen: [(Int, TypesetParagraph)]) -> [(Int, TypesetParagraph, Double)] {
            chosen.map { i, p in
                (i, p, min(max(x(i) - p.naturalWidth / 2, clamp.lowerBound), clamp.upperBound - p.naturalWidth))
            }
        }
        let strides = [1, 2, 3, 4, 6, 12, 24, 36, 48, 60, 120, 240, 600, 1200]
        for s in strides {
            let placed = place(measured.filter { ($0.0 - first) % s == 0 })
            let collides = zip(placed, placed.dropFirst()).contains { a, b in a.2 + a.1.naturalWidth + 8 > b.2 }
            if !collides { return placed }
        }
        return place(Array(measured.prefix(1)))
    }

    /// Runs of consecutive non-nil values as (index, value) pairs.
    private func runs(of values: [Double?]) -> [[(Int, Double)]] {
        var result: [[(Int, Double)]] = []
        var current: [(Int, Double)] = []
        for (i, v) in values.enumerated() {
            if let v {
                current.append((i, v))
            } else if !current.isEmpty {
                result.append(current)
                current = []
            }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    private func alternativeText(context: ChartContext) -> String {
        let words = AltText(chinese: context.theme.isChinese)
        let zh = words.chinese
        let value = { (v: Double) in words.value(context.format(v, decimals: decimals), unit: unit) }
        let period = { (i: Int) in periods.indices.contains(i) ? periods[i] : "\(i + 1)" }
        var text = zh ? "折线图：\(subject)" : "Line chart: \(subject)"
        if let first = periods.first, let last = periods.last, periods.count > 1 {
            text += zh ? "，\(first)至\(last)" : ", \(first) to \(last)"
        }
        for one in series {
            let points = one.values.enumerated().compactMap { i, v in v.map { (i, $0) } }
            guard let start = points.first, let end = points.last,
                let peak = points.max(by: { $0.1 < $1.1 })
            else { continue }
            text +=
                zh
                ? "；\(one.name)由\(value(start.1))变为\(value(end.1))，最高为\(period(peak.0))的\(value(peak.1))"
                : "; \(one.name) from \(value(start.1)) to \(value(end.1)), highest \(value(peak.1)) in \(period(peak.0))"
        }
        return text + words.stop
    }
}
