import BriefingCore

/// Stacked bars along rows: one row per category, its series' values laid end to end (positive
/// values to the right of zero, negative ones to the left), a segment's value inside it when it
/// fits, the row's total beyond its end, and a legend. Never more series than the palette has
/// colours: beyond them the last series drawn is `otherName`, the sum of the rest.
public struct StackedBarChart: Hashable, Sendable {
    public var categories: [GroupedBarChart.Category]
    /// Names of the series, in the order of `Category.values`.
    public var seriesNames: [String]
    /// What the chart shows, for the alternative text: "tax and added value by park".
    public var subject: String
    public var unit: String?
    public var decimals: Int
    public var title: String?
    /// Whether rows are sorted by their total, largest first.
    public var sortsDescending: Bool
    public var maxLabelFraction: Double
    /// The heading of the categories' column in `ChartOutput.data`.
    public var categoryHeading: String
    /// The name of the series that sums those beyond the palette.
    public var otherName: String

    public init(
        categories: [GroupedBarChart.Category], seriesNames: [String], subject: String, unit: String? = nil,
        decimals: Int = 1, title: String? = nil, sortsDescending: Bool = true, maxLabelFraction: Double = 0.4,
        categoryHeading: String = "", otherName: String = "Other"
    ) {
        self.categories = categories
        self.seriesNames = seriesNames
        self.subject = subject
        self.unit = unit
        self.decimals = decimals
        self.title = title
        self.sortsDescending = sortsDescending
        self.maxLabelFraction = maxLabelFraction
        self.categoryHeading = categoryHeading
        self.otherName = otherName
    }

    /// The chart with at most `colours` series (when there are colours): the first `colours − 1`
    /// as they are, then `otherName` holding the sum of the rest (nil when all of them are missing).
    public func folded(colours: Int) -> StackedBarChart {
        guard colours > 0, seriesNames.count > colours else { return self }
        var copy = self
        copy.seriesNames = Array(seriesNames.prefix(colours - 1)) + [otherName]
        copy.categories = categories.map { category in
            let value = { (s: Int) in category.values.indices.contains(s) ? category.values[s] : nil }
            let rest = (colours - 1..<seriesNames.count).compactMap(value)
            return GroupedBarChart.Category(
                label: category.label,
                values: (0..<colours - 1).map(value) + [rest.isEmpty ? nil : rest.reduce(0, +)])
        }
        return copy
    }

    /// The sum of a category's values (missing values count as nothing).
    public static func total(_ category: GroupedBarChart.Category) -> Double {
        category.values.compactMap { $0 }.reduce(0, +)
    }

    /// The categories in drawing order, top to bottom.
    public var orderedCategories: [GroupedBarChart.Category] {
        guard sortsDescending else { return categories }
        return categories.enumerated().sorted { a, b in
            let (x, y) = (Self.total(a.element), Self.total(b.element))
            return x != y ? x > y : a.offset < b.offset
        }.map(\.element)
    }

    /// Lays the chart out in a frame of exactly `size`.
    public func layout(size: Size, theme: ChartTheme, typesetter: any Typesetter, format: NumberLabel) -> ChartOutput {
        let folded = folded(colours: theme.palette.count)
        guard folded.seriesNames.count == seriesNames.count else {
            return folded.layout(size: size, theme: theme, typesetter: typesetter, format: format)
        }
        let context = ChartContext(theme: theme, typesetter: typesetter, format: format)
        var frame = Frame(size: size)
        let ordered = orderedCategories
        let m = seriesNames.count
        let data = ChartData.table(
            heading: categoryHeading, categories: ordered, seriesNames: seriesNames, decimals: decimals,
            format: format)
        let alt = alternativeText(ordered, context: context)
        let inner = Rect(origin: .zero, size: size).insetBy(theme.padding)
        guard !ordered.isEmpty, m > 0, inner.width > 20, inner.height > 20 else {
            return ChartOutput(frame: frame, alternativeText: alt, data: data)
        }
        let legend = seriesNames.enumerated().map {
            LegendEntry(name: $1, color: theme.seriesColor($0), swatch: .box)
        }
        let header = ChartHeader.layout(title: title, legend: legend, unit: unit, inner: inner, context: context)
        frame.append(contentsOf: header.items)
        let tickTop = inner.maxY - theme.tickSize * 1.2
        let plotTop = header.bottom
        let plotBottom = tickTop - 3
        let rowHeight = max(1, (plotBottom - plotTop) / Double(ordered.count))
        let thickness = min(rowHeight * 0.7, 22)
        let valueSize = min(theme.tickSize, thickness / 1.2)

        let column = HorizontalBars.categoryColumn(
            ordered.map(\.label), bold: [], maxWidth: inner.width * maxLabelFraction, rowHeight: rowHeight,
            context: context)
        // Each row's stack: (series, from, to), positives rightwards and negatives leftwards of zero.
        let stacks = ordered.map { category -> [(Int, Double, Double)] in
            var up = 0.0
            var down = 0.0
            return category.values.prefix(m).enumerated().compactMap { s, value in
                guard let value, value != 0 else { return nil }
                if value > 0 {
                    defer { up += value }
                    return (s, up, up + value)
                }
                defer { down += value }
                return (s, down, down + value)
            }
        }
        let totals = ordered.map(Self.total)
        let totalTexts = totals.map { context.line(format($0, decimals: decimals), size: valueSize, bold: true) }
        let ends = stacks.map { stack in
            (stack.map { $0.2 }.min() ?? 0, stack.map { $0.2 }.max() ?? 0)
        }
        let requests = zip(zip(ends, totals), totalTexts).map { endsTotal, text in
            HorizontalBars.LabelRequest(
                value: endsTotal.1 < 0 ? endsTotal.0.0 : endsTotal.0.1, label: text, thickness: 0)
        }
        let (plotLeft, axis, tickLabels) = HorizontalBars.plot(
            extent: LinearScale.extent(of: ends.flatMap { [$0.0, $0.1] }, includingZero: true),
            columnWidth: column.width, inner: inner,
            top: plotTop, bottom: plotBottom, labelTop: tickTop, labels: requests, context: context,
            into: &frame)

        var labels: [PositionedItem] = []
        for (i, stack) in stacks.enumerated() {
            let center = plotTop + (Double(i) + 0.5) * rowHeight
            let name = column.labels[i]
            labels.append(Mark.text(name, at: Point(x: inner.minX, y: center - name.height / 2)))
            for (s, from, to) in stack {
                let fill = theme.seriesColor(s)
                let x0 = axis.scale(from)
                let x1 = axis.scale(to)
                frame.append(contentsOf: [
                    Mark.bar(
                        Rect(x: min(x0, x1), y: center - thickness / 2, width: abs(x1 - x0), height: thickness),
                        fill: fill, theme: theme)
                ])
                let text = context.line(
                    format(to - from, decimals: decimals), size: valueSize, color: theme.labelColor(on: fill))
                if abs(x1 - x0) >= text.naturalWidth + 2 * HorizontalBars.insideInset && text.height <= thickness {
                    labels.append(
                        Mark.text(
                            text, at: Point(x: (x0 + x1) / 2 - text.naturalWidth / 2, y: center - text.height / 2)))
                }
            }
            let total = totalTexts[i]
            let request = requests[i]
            let end = axis.scale(request.value)
            let x =
                request.value < 0 ? end - HorizontalBars.labelGap - total.naturalWidth : end + HorizontalBars.labelGap
            labels.append(
                Mark.text(
                    total,
                    at: Point(x: min(max(x, plotLeft), inner.maxX - total.naturalWidth), y: center - total.height / 2)))
        }
        return HorizontalBars.output(
            frame, axis: axis, top: plotTop, bottom: plotBottom, overlays: [labels, tickLabels], context: context,
            alternativeText: alt, data: data)
    }

    private func alternativeText(_ ordered: [GroupedBarChart.Category], context: ChartContext) -> String {
        let words = AltText(chinese: context.theme.isChinese)
        let zh = words.chinese
        let value = { (v: Double) in words.value(context.format(v, decimals: decimals), unit: unit) }
        var text = zh ? "堆积条形图：\(subject)" : "Stacked bar chart: \(subject)"
        if !seriesNames.isEmpty { text += zh ? "（\(words.list(seriesNames))）" : " (\(words.list(seriesNames)))" }
        let totals = ordered.map { ($0.label, Self.total($0)) }
        if let top = totals.max(by: { $0.1 < $1.1 }), let bottom = totals.min(by: { $0.1 < $1.1 }), totals.count > 1 {
            text +=
                zh
                ? "；合计最高为\(top.0)（\(value(top.1))），最低为\(bottom.0)（\(value(bottom.1))）"
                : "; highest total \(top.0) \(value(top.1)), lowest \(bottom.0) \(value(bottom.1))"
        }
        return text + words.stop
    }
}
