import BriefingCore

/// A ranked horizontal bar chart: categories sorted by value, largest on top, each labelled with its
/// value at the bar's end, an optional highlighted category, and a value axis with light grid lines.
public struct RankedBarChart: Hashable, Sendable {
    /// One category and its value.
    public struct Bar: Hashable, Sendable {
        public var label: String
        public var value: Double

        public init(label: String, value: Double) {
            self.label = label
            self.value = value
        }
    }

    public var bars: [Bar]
    /// What the chart shows, for the alternative text: "total volume 2013 by park".
    public var subject: String
    /// The label of the category drawn in the highlight colour with a bold name.
    public var highlighted: String?
    /// The unit of the values ("bn yuan", "亿元"): shown as a caption and used in the alternative text.
    public var unit: String?
    /// Decimals of the value labels.
    public var decimals: Int
    /// An in-chart title; off by default (the page shows a caption above the chart).
    public var title: String?
    /// Whether to sort bars descending (ties keep their order); false keeps the given order.
    public var sortsDescending: Bool
    /// The widest the category label column may be, as a fraction of the chart's width.
    public var maxLabelFraction: Double

    public init(
        bars: [Bar], subject: String, highlighted: String? = nil, unit: String? = nil, decimals: Int = 1,
        title: String? = nil, sortsDescending: Bool = true, maxLabelFraction: Double = 0.4
    ) {
        self.bars = bars
        self.subject = subject
        self.highlighted = highlighted
        self.unit = unit
        self.decimals = decimals
        self.title = title
        self.sortsDescending = sortsDescending
        self.maxLabelFraction = maxLabelFraction
    }

    /// The bars in drawing order, top to bottom.
    public var orderedBars: [Bar] {
        guard sortsDescending else { return bars }
        return bars.enumerated().sorted { a, b in
            a.element.value != b.element.value ? a.element.value > b.element.value : a.offset < b.offset
        }.map(\.element)
    }

    /// Lays the chart out in a frame of exactly `size`.
    public func layout(size: Size, theme: ChartTheme, typesetter: any Typesetter, format: NumberLabel) -> ChartOutput {
        let context = ChartContext(theme: theme, typesetter: typesetter, format: format)
        var frame = Frame(size: size)
        let ordered = orderedBars
        let alt = alternativeText(ordered, context: context)
        let inner = Rect(origin: .zero, size: size).insetBy(theme.padding)
        guard !ordered.isEmpty, inner.width > 20, inner.height > 20 else {
            return ChartOutput(frame: frame, alternativeText: alt)
        }

        let header = ChartHeader.layout(title: title, legend: [], unit: unit, inner: inner, context: context)
        frame.append(contentsOf: header.items)
        let tickHeight = theme.tickSize * 1.2
        let tickTop = inner.maxY - tickHeight
        let plotTop = header.bottom
        let plotBottom = tickTop - 3
        let rowHeight = max(1, (plotBottom - plotTop) / Double(ordered.count))
        let thickness = min(rowHeight * 0.68, 22)

        let highlightIndex = ordered.firstIndex { $0.label == highlighted }
        let column = HorizontalBars.categoryColumn(
            ordered.map(\.label), bold: Set(highlightIndex.map { [$0] } ?? []),
            maxWidth: inner.width * maxLabelFraction,
            rowHeight: rowHeight, context: context)
        let valueSize = min(theme.labelSize, rowHeight / 1.2)
        let valueTexts = ordered.map { context.line(format($0.value, decimals: decimals), size: valueSize) }

        let plotLeft = inner.minX + column.width + HorizontalBars.columnGap
        let clamp = inner.minX...inner.maxX
        let axis = HorizontalBars.fitAxis(
            extent: LinearScale.extent(of: ordered.map(\.value), includingZero: true), left: plotLeft,
            right: inner.maxX,
            labels: zip(ordered, valueTexts).map { ($0.value, $1, thickness) }, clamp: clamp, context: context)

        let (grid, tickLabels) = HorizontalBars.gridAndTicks(
            axis, top: plotTop, bottom: plotBottom, labelTop: tickTop, clamp: clamp, context: context)
        frame.append(contentsOf: grid)
        var labels: [PositionedItem] = []
        for (index, bar) in ordered.enumerated() {
            let center = plotTop + (Double(index) + 0.5) * rowHeight
            let x0 = axis.scale(0)
            let x1 = axis.scale(bar.value)
            let fill = index == highlightIndex ? theme.highlight : theme.seriesColor(0)
            frame.append(contentsOf: [
                Mark.rect(
                    Rect(x: min(x0, x1), y: center - thickness / 2, width: abs(x1 - x0), height: thickness), fill: fill)
            ])
            let name = column.labels[index]
            labels.append(Mark.text(name, at: Point(x: inner.minX, y: center - name.height / 2)))
            let placement = HorizontalBars.place(
                value: bar.value, label: valueTexts[index], thickness: thickness, scale: axis.scale)
            var text = valueTexts[index]
            if placement.inside {
                text = context.line(
                    format(bar.value, decimals: decimals), size: valueSize, color: theme.labelColor(on: fill))
            }
            let x = min(max(placement.x, plotLeft), inner.maxX - text.naturalWidth)
            labels.append(Mark.text(text, at: Point(x: x, y: center - text.height / 2)))
        }
        frame.append(contentsOf: HorizontalBars.baseline(axis, top: plotTop, bottom: plotBottom, context: context))
        frame.append(contentsOf: labels)
        frame.append(contentsOf: tickLabels)
        return ChartOutput(frame: frame, alternativeText: alt)
    }

    private func alternativeText(_ ordered: [Bar], context: ChartContext) -> String {
        let words = AltText(chinese: context.theme.isChinese)
        let value = { (bar: Bar) in words.value(context.format(bar.value, decimals: decimals), unit: unit) }
        let zh = words.chinese
        var text = zh ? "条形图：\(subject)" : "Bar chart: \(subject)"
        let sorted = orderedBars.sortedDescending()
        if let top = sorted.first, let bottom = sorted.last {
            if sorted.count == 1 {
                text += zh ? "；\(top.label)为\(value(top))" : "; \(top.label) \(value(top))"
            } else {
                text +=
                    zh
                    ? "；最高为\(top.label)（\(value(top))），最低为\(bottom.label)（\(value(bottom))）"
                    : "; highest \(top.label) \(value(top)), lowest \(bottom.label) \(value(bottom))"
            }
        }
        if let highlighted, let rank = sorted.firstIndex(where: { $0.label == highlighted }), sorted.count > 1 {
            let bar = sorted[rank]
            text +=
                zh
                ? "；\(bar.label)（\(value(bar))）位列第\(rank + 1)（共\(sorted.count)个）"
                : "; \(bar.label) ranks \(rank + 1) of \(sorted.count) with \(value(bar))"
        }
        return text + words.stop
    }
}

extension Array where Element == RankedBarChart.Bar {
    fileprivate func sortedDescending() -> [Element] {
        enumerated().sorted { a, b in
            a.element.value != b.element.value ? a.element.value > b.element.value : a.offset < b.offset
        }.map(\.element)
    }
}
