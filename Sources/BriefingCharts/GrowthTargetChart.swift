import BriefingCore

/// Growth against target, like a bullet graph: for each indicator a bar of the actual growth and a
/// dark marker line across it at the target, each with its value; a percent axis that includes 0.
public struct GrowthTargetChart: Hashable, Sendable {
    /// One indicator: its actual growth and its target, in percentage points (37.6 means 37.6%).
    public struct Row: Hashable, Sendable {
        public var label: String
        public var actual: Double?
        public var target: Double?

        public init(label: String, actual: Double?, target: Double?) {
            self.label = label
            self.actual = actual
            self.target = target
        }
    }

    public var rows: [Row]
    /// What the chart shows, for the alternative text: "growth of main indicators against 2014 targets".
    public var subject: String
    /// Legend name of the bars: "2013 growth".
    public var actualName: String
    /// Legend name of the markers: "2014 target".
    public var targetName: String
    /// Decimals of the value labels.
    public var decimals: Int
    public var title: String?
    /// The widest the label column may be, as a fraction of the chart's width.
    public var maxLabelFraction: Double

    public init(
        rows: [Row], subject: String, actualName: String, targetName: String, decimals: Int = 1, title: String? = nil,
        maxLabelFraction: Double = 0.4
    ) {
        self.rows = rows
        self.subject = subject
        self.actualName = actualName
        self.targetName = targetName
        self.decimals = decimals
        self.title = title
        self.maxLabelFraction = maxLabelFraction
    }

    /// Lays the chart out in a frame of exactly `size`. `format` gets percentage points
    /// (`NumberLabel.percent` or the project's percent formatter).
    public func layout(size: Size, theme: ChartTheme, typesetter: any Typesetter, format: NumberLabel) -> ChartOutput {
        let context = ChartContext(theme: theme, typesetter: typesetter, format: format)
        var frame = Frame(size: size)
        let alt = alternativeText(context: context)
        let data = ChartData.table(
            heading: "", labels: rows.map(\.label),
            series: [(actualName, rows.map(\.actual)), (targetName, rows.map(\.target))], decimals: decimals,
            format: format)
        let inner = Rect(origin: .zero, size: size).insetBy(theme.padding)
        guard !rows.isEmpty, inner.width > 20, inner.height > 20 else {
            return ChartOutput(frame: frame, alternativeText: alt, data: data)
        }

        let barColor = theme.seriesColor(0)
        let legend = [
            LegendEntry(name: actualName, color: barColor, swatch: .box),
            LegendEntry(name: targetName, color: theme.muted, swatch: .marker),
        ]
        let header = ChartHeader.layout(title: title, legend: legend, unit: nil, inner: inner, context: context)
        frame.append(contentsOf: header.items)
        let tickHeight = theme.tickSize * 1.2
        let tickTop = inner.maxY - tickHeight
        let plotTop = header.bottom
        let plotBottom = tickTop - 3
        let rowHeight = max(1, (plotBottom - plotTop) / Double(rows.count))

        // Row anatomy, bottom up: padding, marker overhang, bar, marker overhang, target label.
        let pad = rowHeight * 0.1
        let overhang = 3.0
        let available = rowHeight - 2 * pad
        var targetSize = theme.tickSize
        var thickness = min(16, available - targetSize * 1.2 - 2 * overhang)
        if thickness < 5 {
            targetSize = max(4, min(theme.tickSize, (available - 2 * overhang - 5) / 1.2))
            thickness = max(2, min(16, available - targetSize * 1.2 - 2 * overhang))
        }
        let valueSize = max(4, min(theme.labelSize, (thickness + 2 * overhang) / 1.2))
        let barCenter = { (i: Int) in plotTop + Double(i + 1) * rowHeight - pad - overhang - thickness / 2 }

        let column = HorizontalBars.categoryColumn(
            rows.map(\.label), bold: [], maxWidth: inner.width * maxLabelFraction, rowHeight: rowHeight,
            context: context)
        let actualTexts = rows.map { $0.actual.map { context.line(format($0, decimals: decimals), size: valueSize) } }
        let targetTexts = rows.map {
            $0.target.map {
                context.line(format($0, decimals: decimals), size: targetSize, color: theme.secondaryTextColor)
            }
        }
        var requests: [HorizontalBars.LabelRequest] = []
        for (row, (a, t)) in zip(rows, zip(actualTexts, targetTexts)) {
            if let v = row.actual, let a {
                requests.append(.init(value: v, label: a, thickness: thickness, marker: row.target))
            }
            if let v = row.target, let t { requests.append(.init(value: v, label: t, thickness: 0)) }
        }
        let values = rows.flatMap { [$0.actual, $0.target].compactMap { $0 } }
        let (plotLeft, axis, tickLabels) = HorizontalBars.plot(
            extent: LinearScale.extent(of: values, includingZero: true), columnWidth: column.width, inner: inner,
            top: plotTop, bottom: plotBottom, labelTop: tickTop, labels: requests, context: context,
            into: &frame)

        var marks: [PositionedItem] = []
        var labels: [PositionedItem] = []
        for (i, row) in rows.enumerated() {
            let center = barCenter(i)
            let name = column.labels[i]
            labels.append(Mark.text(name, at: Point(x: inner.minX, y: center - name.height / 2)))
            let x0 = axis.scale(0)
            let markerX = row.target.map { axis.scale($0) }
            if let v = row.actual, let text = actualTexts[i] {
                let x1 = axis.scale(v)
                frame.append(contentsOf: [
                    Mark.bar(
                        Rect(x: min(x0, x1), y: center - thickness / 2, width: abs(x1 - x0), height: thickness),
                        fill: barColor, theme: theme)
                ])
                let placement = HorizontalBars.place(
                    value: v, label: text, thickness: thickness, marker: row.target, scale: axis.scale)
                let label =
                    placement.inside
                    ? context.line(
                        format(v, decimals: decimals), size: valueSize, color: theme.labelColor(on: barColor))
                    : text
                let left = min(max(placement.x, plotLeft), inner.maxX - label.naturalWidth)
                labels.append(Mark.text(label, at: Point(x: left, y: center - label.height / 2)))
            }
            if let mx = markerX, let text = targetTexts[i] {
                let top = center - thickness / 2 - overhang
                marks.append(
                    Mark.line(
                        Point(x: mx, y: top), Point(x: mx, y: center + thickness / 2 + overhang), color: theme.muted,
                        width: 2))
                var left = mx + HorizontalBars.labelGap
                if left + text.naturalWidth > inner.maxX || (row.target ?? 0) < 0 {
                    left = mx - HorizontalBars.labelGap - text.naturalWidth
                }
                left = min(max(left, plotLeft), inner.maxX - text.naturalWidth)
                labels.append(Mark.text(text, at: Point(x: left, y: top - text.height)))
            }
        }
        return HorizontalBars.output(
            frame, axis: axis, top: plotTop, bottom: plotBottom, overlays: [marks, labels, tickLabels],
            context: context,
            alternativeText: alt, data: data)
    }

    private func alternativeText(context: ChartContext) -> String {
        let words = AltText(chinese: context.theme.isChinese)
        let zh = words.chinese
        let value = { (v: Double) in context.format(v, decimals: decimals) }
        let parts = rows.map { row -> String in
            switch (row.actual, row.target) {
            case (let a?, let t?):
                let verdict = zh ? (a >= t ? "达到目标" : "低于目标") : (a >= t ? "meeting" : "below")
                return zh
                    ? "\(row.label)\(value(a))，目标\(value(t))，\(verdict)"
                    : "\(row.label) \(value(a)) against \(value(t)), \(verdict) target"
            case (let a?, nil):
                return zh ? "\(row.label)\(value(a))，无目标" : "\(row.label) \(value(a)), no target"
            case (nil, let t?):
                return zh ? "\(row.label)无数据，目标\(value(t))" : "\(row.label) no data, target \(value(t))"
            case (nil, nil):
                return zh ? "\(row.label)无数据" : "\(row.label) no data"
            }
        }
        let head =
            zh
            ? "增长与目标对比图：\(subject)（\(actualName)与\(targetName)）"
            : "Growth against target: \(subject) (\(actualName) and \(targetName))"
        return head + (zh ? "；" : "; ") + parts.joined(separator: zh ? "；" : "; ") + words.stop
    }
}
