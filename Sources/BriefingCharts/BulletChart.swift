import BriefingCore

/// Stephen Few's bullet graph, one row per measure: qualitative bands in greys (darkest = poor)
/// behind a thin dark bar for the actual value and a short perpendicular line at the target, on a
/// shared axis; the actual and target values in a column on the right, clear of the marks.
public struct BulletChart: Hashable, Sendable {
    /// One measure.
    public struct Row: Hashable, Sendable {
        public var label: String
        public var actual: Double?
        public var target: Double?
        /// Upper limits of the qualitative bands, ascending (e.g. poor, satisfactory, good); the
        /// first band starts at zero or at the axis's lowest value.
        public var bands: [Double]

        public init(label: String, actual: Double?, target: Double?, bands: [Double]) {
            self.label = label
            self.actual = actual
            self.target = target
            self.bands = bands
        }
    }

    public var rows: [Row]
    /// What the chart shows, for the alternative text.
    public var subject: String
    /// Legend names of the bar and of the target line: "2013 growth", "2014 target".
    public var actualName: String
    public var targetName: String
    public var decimals: Int
    public var title: String?
    public var maxLabelFraction: Double
    /// The heading of the measures' column in `ChartOutput.data`.
    public var categoryHeading: String
    /// Legend names of the bands, in the order of `Row.bands` ("below half the target", …); a band
    /// without a name has no legend entry.
    public var bandNames: [String]

    public init(
        rows: [Row], subject: String, actualName: String, targetName: String, decimals: Int = 1, title: String? = nil,
        maxLabelFraction: Double = 0.35, categoryHeading: String = "", bandNames: [String] = []
    ) {
        self.rows = rows
        self.subject = subject
        self.actualName = actualName
        self.targetName = targetName
        self.decimals = decimals
        self.title = title
        self.maxLabelFraction = maxLabelFraction
        self.categoryHeading = categoryHeading
        self.bandNames = bandNames
    }

    /// Band greys from the darkest (the first, poorest band) to the lightest; they stay apart in print.
    public static let bandGreys: [Color] = ["#b8b8b8", "#d4d4d4", "#ececec"].compactMap { Color(hex: $0) }

    /// The grey of band `index`: the lightest for bands beyond `bandGreys`.
    static func bandGrey(_ index: Int) -> Color { bandGreys[min(index, bandGreys.count - 1)] }

    /// Lays the chart out in a frame of exactly `size`.
    public func layout(size: Size, theme: ChartTheme, typesetter: any Typesetter, format: NumberLabel) -> ChartOutput {
        let context = ChartContext(theme: theme, typesetter: typesetter, format: format)
        var frame = Frame(size: size)
        let data = ChartData.table(
            heading: categoryHeading, labels: rows.map(\.label),
            series: [(actualName, rows.map(\.actual)), (targetName, rows.map(\.target))], decimals: decimals,
            format: format)
        let alt = alternativeText(context: context)
        let inner = Rect(origin: .zero, size: size).insetBy(theme.padding)
        guard !rows.isEmpty, inner.width > 40, inner.height > 20 else {
            return ChartOutput(frame: frame, alternativeText: alt, data: data)
        }
        let bandCount = rows.map(\.bands.count).max() ?? 0
        let legend =
            [
                LegendEntry(name: actualName, color: theme.textColor, swatch: .box),
                LegendEntry(name: targetName, color: theme.textColor, swatch: .marker),
            ]
            + bandNames.prefix(bandCount).enumerated().map {
                LegendEntry(name: $1, color: Self.bandGrey($0), swatch: .box)
            }
        let header = ChartHeader.layout(title: title, legend: legend, unit: nil, inner: inner, context: context)
        frame.append(contentsOf: header.items)
        let tickTop = inner.maxY - theme.tickSize * 1.2
        let plotTop = header.bottom
        let plotBottom = tickTop - 3
        let rowHeight = max(1, (plotBottom - plotTop) / Double(rows.count))
        let bandHeight = min(rowHeight * 0.7, 24)
        let column = HorizontalBars.categoryColumn(
            rows.map(\.label), bold: [], maxWidth: inner.width * maxLabelFraction, rowHeight: rowHeight,
            context: context)
        let valueSize = min(theme.labelSize, rowHeight / 1.3)
        let values = rows.map { row in
            context.line(
                [row.actual, row.target].map { $0.map { format($0, decimals: decimals) } ?? "—" }.joined(
                    separator: " / "), size: valueSize)
        }
        let valueWidth = values.map(\.naturalWidth).max() ?? 0
        let plotLeft = inner.minX + column.width + HorizontalBars.columnGap
        let plotRight = inner.maxX - valueWidth - HorizontalBars.columnGap
        let all = rows.flatMap { [$0.actual, $0.target].compactMap { $0 } + $0.bands }
        let axis = ValueAxis.fit(
            extent: LinearScale.extent(of: all, includingZero: true), from: plotLeft, to: plotRight,
            direction: .horizontal, clamp: ClosedRange(plotFrom: inner.minX, to: plotRight), context: context)
        let (grid, tickLabels) = HorizontalBars.gridAndTicks(
            axis, top: plotTop, bottom: plotBottom, labelTop: tickTop,
            clamp: ClosedRange(plotFrom: inner.minX, to: plotRight), context: context)
        let low = min(axis.scale.domain.start, axis.scale.domain.end)
        frame.append(contentsOf: grid)  // under the bands, which hide it: only the ticks' places show
        var labels: [PositionedItem] = []
        for (i, row) in rows.enumerated() {
            let center = plotTop + (Double(i) + 0.5) * rowHeight
            var from = min(0, low)
            for (b, limit) in row.bands.enumerated() where limit > from {
                let grey = Self.bandGrey(b)
                let x0 = axis.scale(from)
                let x1 = axis.scale(limit)
                frame.append(contentsOf: [
                    Mark.rect(Rect(x: x0, y: center - bandHeight / 2, width: x1 - x0, height: bandHeight), fill: grey)
                ])
                from = limit
            }
            if let actual = row.actual {
                let x0 = axis.scale(0)
                let x1 = axis.scale(actual)
                frame.append(contentsOf: [
                    Mark.rect(
                        Rect(x: min(x0, x1), y: center - bandHeight / 6, width: abs(x1 - x0), height: bandHeight / 3),
                        fill: theme.textColor)
                ])
            }
            if let target = row.target {
                let x = axis.scale(target)
                frame.append(contentsOf: [
                    Mark.line(
                        Point(x: x, y: center - bandHeight * 0.35), Point(x: x, y: center + bandHeight * 0.35),
                        color: theme.textColor, width: 2)
                ])
            }
            let name = column.labels[i]
            labels.append(Mark.text(name, at: Point(x: inner.minX, y: center - name.height / 2)))
            let value = values[i]
            labels.append(
                Mark.text(value, at: Point(x: inner.maxX - value.naturalWidth, y: center - value.height / 2)))
        }
        return HorizontalBars.output(
            frame, axis: axis, top: plotTop, bottom: plotBottom, overlays: [labels, tickLabels], context: context,
            alternativeText: alt, data: data)
    }

    private func alternativeText(context: ChartContext) -> String {
        let words = AltText(chinese: context.theme.isChinese)
        let zh = words.chinese
        let value = { (v: Double?) in v.map { context.format($0, decimals: decimals) } ?? (zh ? "无数据" : "no data") }
        let parts = rows.map { row -> String in
            let verdict: String
            if let a = row.actual, let t = row.target {
                verdict = zh ? (a >= t ? "，达到目标" : "，低于目标") : (a >= t ? ", meeting target" : ", below target")
            } else {
                verdict = ""
            }
            return zh
                ? "\(row.label)\(value(row.actual))，目标\(value(row.target))\(verdict)"
                : "\(row.label) \(value(row.actual)) against \(value(row.target))\(verdict)"
        }
        let head =
            zh
            ? "子弹图：\(subject)（\(actualName)与\(targetName)）"
            : "Bullet graph: \(subject) (\(actualName) and \(targetName))"
        return head + (zh ? "；" : "; ") + parts.joined(separator: zh ? "；" : "; ") + words.stop
    }
}
