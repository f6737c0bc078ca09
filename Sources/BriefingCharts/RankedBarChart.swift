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
    /// Bars along rows (horizontal) or columns (vertical). Vertical bars fall back to rows when a
    /// category label would not fit whole under its column in two lines.
    public var orientation: BarOrientation
    /// The heading of the categories' column in `ChartOutput.data`.
    public var categoryHeading: String

    public init(
        bars: [Bar], subject: String, highlighted: String? = nil, unit: String? = nil, decimals: Int = 1,
        title: String? = nil, sortsDescending: Bool = true, maxLabelFraction: Double = 0.4,
        orientation: BarOrientation = .horizontal, categoryHeading: String = ""
    ) {
        self.orientation = orientation
        self.categoryHeading = categoryHeading
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
        let ordered = orderedBars
        let alt = alternativeText(ordered, context: context)
        let data = ChartData.table(
            heading: categoryHeading, labels: ordered.map(\.label),
            series: [(unit ?? subject, ordered.map { Optional($0.value) })], decimals: decimals, format: format)
        if orientation == .vertical,
            let frame = VerticalBars(
                labels: ordered.map(\.label), values: ordered.map(\.value),
                highlighted: ordered.firstIndex { $0.label == highlighted }, unit: unit, title: title,
                decimals: decimals
            ).layout(size: size, context: context)
        {
            return ChartOutput(frame: frame, alternativeText: alt, data: data)
        }
        var frame = Frame(size: size)
        let inner = Rect(origin: .zero, size: size).insetBy(theme.padding)
        guard !ordered.isEmpty, inner.width > 20, inner.height > 20 else {
            return ChartOutput(frame: frame, alternativeText: alt, data: data)
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
        let texts = ordered.map { context.line(format($0.value, decimals: decimals), size: valueSize) }

        let (plotLeft, axis, tickLabels) = HorizontalBars.plot(
            extent: LinearScale.extent(of: ordered.map(\.value), includingZero: true), columnWidth: column.width,
            inner: inner, top: plotTop, bottom: plotBottom, labelTop: tickTop,
            labels: zip(ordered, texts).map { .init(value: $0.value, label: $1, thickness: thickness) },
            context: context, into: &frame)
        var labels: [PositionedItem] = []
        for (index, bar) in ordered.enumerated() {
            let center = plotTop + (Double(index) + 0.5) * rowHeight
            let drawn = HorizontalBars.bar(
                bar.value, center: center, thickness: thickness,
                fill: index == highlightIndex ? theme.highlight : theme.seriesColor(0),
                text: format(bar.value, decimals: decimals), size: valueSize, axis: axis,
                within: ClosedRange(plotFrom: plotLeft, to: inner.maxX), context: context)
            frame.append(contentsOf: [drawn.bar])
            let name = column.labels[index]
            labels.append(Mark.text(name, at: Point(x: inner.minX, y: center - name.height / 2)))
            labels += [drawn.label].compactMap { $0 }
        }
        return HorizontalBars.output(
            frame, axis: axis, top: plotTop, bottom: plotBottom, overlays: [labels, tickLabels], context: context,
            alternativeText: alt, data: data)
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

/// Which way bars run.
public enum BarOrientation: String, Hashable, Sendable, CaseIterable {
    /// Bars along rows, category labels in a column on the left.
    case horizontal
    /// Columns rising from (or hanging below) a zero baseline, category labels underneath.
    case vertical
}

extension Array where Element == RankedBarChart.Bar {
    fileprivate func sortedDescending() -> [Element] {
        enumerated().sorted { a, b in
            a.element.value != b.element.value ? a.element.value > b.element.value : a.offset < b.offset
        }.map(\.element)
    }
}
