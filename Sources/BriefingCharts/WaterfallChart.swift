import BriefingCore

/// A waterfall along rows: the starting total, each contribution as a bar floating from the running
/// total to the running total plus the change (increases and decreases in their own colours, signed
/// labels), thin connectors between the steps, and the closing total. For "how each park
/// contributed to the city's growth": start = last year's total, end = this year's.
public struct WaterfallChart: Hashable, Sendable {
    /// One contribution: a category and its change.
    public struct Step: Hashable, Sendable {
        public var label: String
        public var change: Double

        public init(label: String, change: Double) {
            self.label = label
            self.change = change
        }
    }

    /// The row label and value of the starting total ("2012").
    public var startLabel: String
    public var start: Double
    public var steps: [Step]
    /// The row label of the closing total ("2013"); its value is `start` plus the changes.
    public var endLabel: String
    /// What the chart shows, for the alternative text: "contributions of the parks to growth".
    public var subject: String
    public var unit: String?
    public var decimals: Int
    public var title: String?
    /// Whether steps are sorted by change, largest increase first; false keeps their order.
    public var sortsDescending: Bool
    public var maxLabelFraction: Double
    /// The headings of the categories' and the changes' columns in `ChartOutput.data`.
    public var categoryHeading: String
    public var valueHeading: String

    public init(
        startLabel: String, start: Double, steps: [Step], endLabel: String, subject: String, unit: String? = nil,
        decimals: Int = 1, title: String? = nil, sortsDescending: Bool = true, maxLabelFraction: Double = 0.4,
        categoryHeading: String = "", valueHeading: String = ""
    ) {
        self.startLabel = startLabel
        self.start = start
        self.steps = steps
        self.endLabel = endLabel
        self.subject = subject
        self.unit = unit
        self.decimals = decimals
        self.title = title
        self.sortsDescending = sortsDescending
        self.maxLabelFraction = maxLabelFraction
        self.categoryHeading = categoryHeading
        self.valueHeading = valueHeading
    }

    /// The closing total.
    public var end: Double { start + steps.map(\.change).reduce(0, +) }

    /// The steps in drawing order, top to bottom.
    public var orderedSteps: [Step] {
        guard sortsDescending else { return steps }
        return steps.enumerated().sorted { a, b in
            a.element.change != b.element.change ? a.element.change > b.element.change : a.offset < b.offset
        }.map(\.element)
    }

    /// The rows: (label, from, to, kind) with kind 0 a total, 1 an increase, 2 a decrease.
    private var rows: [(label: String, from: Double, to: Double, kind: Int)] {
        var running = start
        var result = [(startLabel, 0.0, start, 0)]
        for step in orderedSteps {
            result.append((step.label, running, running + step.change, step.change >= 0 ? 1 : 2))
            running += step.change
        }
        result.append((endLabel, 0, running, 0))
        return result
    }

    /// Lays the chart out in a frame of exactly `size`.
    public func layout(size: Size, theme: ChartTheme, typesetter: any Typesetter, format: NumberLabel) -> ChartOutput {
        let context = ChartContext(theme: theme, typesetter: typesetter, format: format)
        var frame = Frame(size: size)
        let rows = self.rows
        let signed = { (v: Double, kind: Int) -> String in
            let text = format(v, decimals: decimals)
            return kind == 1 && text.contains(where: { $0.isNumber && $0 != "0" }) ? "+" + text : text
        }
        let data = ChartData(
            columns: [categoryHeading, valueHeading],
            rows: rows.map { [$0.label, signed($0.to - $0.from, $0.kind)] })
        let alt = alternativeText(context: context)
        let inner = Rect(origin: .zero, size: size).insetBy(theme.padding)
        guard inner.width > 20, inner.height > 20 else {
            return ChartOutput(frame: frame, alternativeText: alt, data: data)
        }
        let header = ChartHeader.layout(title: title, legend: [], unit: unit, inner: inner, context: context)
        frame.append(contentsOf: header.items)
        let tickTop = inner.maxY - theme.tickSize * 1.2
        let plotTop = header.bottom
        let plotBottom = tickTop - 3
        let rowHeight = max(1, (plotBottom - plotTop) / Double(rows.count))
        let thickness = min(rowHeight * 0.7, 22)
        let valueSize = min(theme.labelSize, rowHeight / 1.2)
        let column = HorizontalBars.categoryColumn(
            rows.map(\.label), bold: [0, rows.count - 1], maxWidth: inner.width * maxLabelFraction,
            rowHeight: rowHeight, context: context)
        let texts = rows.map { signed($0.to - $0.from, $0.kind) }
        // When the changes are small beside the totals, the axis starts near the lowest running total
        // (the totals' bars then carry a break mark) so that the contributions can be told apart.
        let running = rows.map(\.to)
        let (low, high) = (running.min() ?? 0, running.max() ?? 0)
        let zoomed = low > 0 && high - low < 0.5 * low
        let extent = zoomed ? (low - (high - low) * 0.3, high) : LinearScale.extent(of: running, includingZero: true)
        let requests = zip(rows, texts).map { row, text in
            HorizontalBars.LabelRequest(
                value: row.to, start: row.kind == 0 && zoomed ? extent.0 : row.from,
                label: context.line(text, size: valueSize), thickness: thickness)
        }
        let (plotLeft, axis, tickLabels) = HorizontalBars.plot(
            extent: extent, columnWidth: column.width, inner: inner, top: plotTop, bottom: plotBottom,
            labelTop: tickTop, labels: requests, context: context, into: &frame)
        let base = zoomed ? min(axis.scale.domain.start, axis.scale.domain.end) : 0

        let fills = [theme.seriesColor(0), theme.seriesColor(2), theme.seriesColor(1)]
        var labels: [PositionedItem] = []
        for (i, row) in rows.enumerated() {
            let center = plotTop + (Double(i) + 0.5) * rowHeight
            let from = row.kind == 0 ? base : row.from
            let drawn = HorizontalBars.bar(
                row.to, from: from, center: center, thickness: thickness, fill: fills[row.kind], text: texts[i],
                size: valueSize, axis: axis, within: ClosedRange(plotFrom: plotLeft, to: inner.maxX), context: context)
            frame.append(contentsOf: [drawn.bar])
            if row.kind == 0 && zoomed {
                // The break: a white slash across the total's bar near where the axis was cut.
                let x = axis.scale(base) + 5
                frame.append(contentsOf: [
                    Mark.line(
                        Point(x: x, y: center + thickness / 2), Point(x: x + 3, y: center - thickness / 2),
                        color: .white, width: 1.5)
                ])
            }
            if i + 1 < rows.count {
                // The connector: from this bar's end to the next bar, at the running total.
                let x = axis.scale(row.to)
                frame.append(contentsOf: [
                    Mark.line(
                        Point(x: x, y: center + thickness / 2), Point(x: x, y: center + rowHeight - thickness / 2),
                        color: theme.axisColor, width: theme.gridWidth)
                ])
            }
            let name = column.labels[i]
            labels.append(Mark.text(name, at: Point(x: inner.minX, y: center - name.height / 2)))
            labels += [drawn.label].compactMap { $0 }
        }
        return HorizontalBars.output(
            frame, axis: axis, top: plotTop, bottom: plotBottom, overlays: [labels, tickLabels], context: context,
            alternativeText: alt, data: data)
    }

    private func alternativeText(context: ChartContext) -> String {
        let words = AltText(chinese: context.theme.isChinese)
        let zh = words.chinese
        let value = { (v: Double) in words.value(context.format(v, decimals: decimals), unit: unit) }
        var text =
            zh
            ? "瀑布图：\(subject)；由\(startLabel)的\(value(start))变为\(endLabel)的\(value(end))"
            : "Waterfall chart: \(subject); from \(value(start)) in \(startLabel) to \(value(end)) in \(endLabel)"
        let sorted = steps.sorted { $0.change > $1.change }
        if let top = sorted.first, let bottom = sorted.last, sorted.count > 1 {
            text +=
                zh
                ? "；贡献最大为\(top.label)（\(value(top.change))），最小为\(bottom.label)（\(value(bottom.change))）"
                : "; largest contribution \(top.label) \(value(top.change)), smallest \(bottom.label) \(value(bottom.change))"
        }
        return text + words.stop
    }
}
