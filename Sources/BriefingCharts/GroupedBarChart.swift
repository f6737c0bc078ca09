import BriefingCore

/// Grouped bars, drawn horizontally so that long category names (12 park names, English or
/// Chinese) stay legible without rotation: one row per category holding one bar per series, value
/// labels at the bar ends when there is room, and a legend.
public struct GroupedBarChart: Hashable, Sendable {
    /// One category and its value in each series (nil: no bar).
    public struct Category: Hashable, Sendable {
        public var label: String
        public var values: [Double?]

        public init(label: String, values: [Double?]) {
            self.label = label
            self.values = values
        }
    }

    public var categories: [Category]
    /// Names of the series, in the order of `Category.values` ("2012", "2013").
    public var seriesNames: [String]
    /// What the chart shows, for the alternative text: "tax revenue by park".
    public var subject: String
    public var unit: String?
    public var decimals: Int
    public var title: String?
    /// Whether rows are sorted by the last series, largest first (missing values last).
    public var sortsDescending: Bool
    /// Whether bars carry value labels (dropped anyway when the bars are too thin for them).
    public var showsValues: Bool
    public var maxLabelFraction: Double

    public init(
        categories: [Category], seriesNames: [String], subject: String, unit: String? = nil, decimals: Int = 1,
        title: String? = nil, sortsDescending: Bool = true, showsValues: Bool = true, maxLabelFraction: Double = 0.4
    ) {
        self.categories = categories
        self.seriesNames = seriesNames
        self.subject = subject
        self.unit = unit
        self.decimals = decimals
        self.title = title
        self.sortsDescending = sortsDescending
        self.showsValues = showsValues
        self.maxLabelFraction = maxLabelFraction
    }

    /// The categories in drawing order, top to bottom.
    public var orderedCategories: [Category] {
        guard sortsDescending, seriesCount > 0 else { return categories }
        let key = { (c: Category) -> Double in
            let last = seriesCount - 1
            return c.values.indices.contains(last) ? c.values[last] ?? -.infinity : -.infinity
        }
        return categories.enumerated().sorted { a, b in
            key(a.element) != key(b.element) ? key(a.element) > key(b.element) : a.offset < b.offset
        }.map(\.element)
    }

    private var seriesCount: Int { max(seriesNames.count, categories.map(\.values.count).max() ?? 0) }

    /// Lays the chart out in a frame of exactly `size`.
    public func layout(size: Size, theme: ChartTheme, typesetter: any Typesetter, format: NumberLabel) -> ChartOutput {
        let context = ChartContext(theme: theme, typesetter: typesetter, format: format)
        var frame = Frame(size: size)
        let ordered = orderedCategories
        let alt = alternativeText(ordered, context: context)
        let data = ChartData.table(
            heading: "", categories: ordered, seriesNames: seriesNames, decimals: decimals, format: format)
        let inner = Rect(origin: .zero, size: size).insetBy(theme.padding)
        let m = seriesCount
        guard !ordered.isEmpty, m > 0, inner.width > 20, inner.height > 20 else {
            return ChartOutput(frame: frame, alternativeText: alt, data: data)
        }

        let legend = (0..<m).map { s in
            LegendEntry(
                name: seriesNames.indices.contains(s) ? seriesNames[s] : "\(s + 1)", color: theme.seriesColor(s),
                swatch: .box)
        }
        let header = ChartHeader.layout(
            title: title, legend: m > 1 ? legend : [], unit: unit, inner: inner, context: context)
        frame.append(contentsOf: header.items)
        let tickHeight = theme.tickSize * 1.2
        let tickTop = inner.maxY - tickHeight
        let plotTop = header.bottom
        let plotBottom = tickTop - 3
        let rowHeight = max(1, (plotBottom - plotTop) / Double(ordered.count))
        let groupHeight = min(rowHeight * 0.8, Double(m) * 14)
        let slot = groupHeight / Double(m)
        let thickness = max(0.5, slot - min(1, slot * 0.15))
        let valueSize = min(theme.tickSize, slot / 1.2)
        let showsLabels = showsValues && valueSize >= 4.5

        let column = HorizontalBars.categoryColumn(
            ordered.map(\.label), bold: [], maxWidth: inner.width * maxLabelFraction, rowHeight: rowHeight,
            context: context)
        let texts: [[TypesetParagraph?]] = ordered.map { c in
            (0..<m).map { s in
                guard showsLabels, c.values.indices.contains(s), let v = c.values[s] else { return nil }
                return context.line(format(v, decimals: decimals), size: valueSize)
            }
        }
        var requests: [HorizontalBars.LabelRequest] = []
        for (c, row) in zip(ordered, texts) {
            for (s, text) in row.enumerated() {
                if let text, let v = c.values[s] { requests.append(.init(value: v, label: text, thickness: thickness)) }
            }
        }
        let values = ordered.flatMap { $0.values.compactMap { $0 } }
        let (plotLeft, axis, tickLabels) = HorizontalBars.plot(
            extent: LinearScale.extent(of: values, includingZero: true), columnWidth: column.width, inner: inner,
            top: plotTop, bottom: plotBottom, labelTop: tickTop, labels: requests, context: context,
            into: &frame)

        var labels: [PositionedItem] = []
        for (i, category) in ordered.enumerated() {
            let rowCenter = plotTop + (Double(i) + 0.5) * rowHeight
            let name = column.labels[i]
            labels.append(Mark.text(name, at: Point(x: inner.minX, y: rowCenter - name.height / 2)))
            let groupTop = rowCenter - groupHeight / 2
            for s in 0..<m {
                guard category.values.indices.contains(s), let v = category.values[s] else { continue }
                let center = groupTop + (Double(s) + 0.5) * slot
                let drawn = HorizontalBars.bar(
                    v, center: center, thickness: thickness, fill: theme.seriesColor(s),
                    text: texts[i][s] == nil ? nil : format(v, decimals: decimals), size: valueSize, axis: axis,
                    within: ClosedRange(plotFrom: plotLeft, to: inner.maxX), context: context)
                frame.append(contentsOf: [drawn.bar])
                labels += [drawn.label].compactMap { $0 }
            }
        }
        return HorizontalBars.output(
            frame, axis: axis, top: plotTop, bottom: plotBottom, overlays: [labels, tickLabels], context: context,
            alternativeText: alt, data: data)
    }

    private func alternativeText(_ ordered: [Category], context: ChartContext) -> String {
        let words = AltText(chinese: context.theme.isChinese)
        let zh = words.chinese
        let value = { (v: Double) in words.value(context.format(v, decimals: decimals), unit: unit) }
        var text = zh ? "分组条形图：\(subject)" : "Grouped bar chart: \(subject)"
        if !seriesNames.isEmpty { text += zh ? "（\(words.list(seriesNames))）" : " (\(words.list(seriesNames)))" }
        for (s, series) in seriesNames.enumerated().reversed().prefix(1) {
            let points = ordered.compactMap { c in
                c.values.indices.contains(s) ? c.values[s].map { (c.label, $0) } : nil
            }
            guard let top = points.max(by: { $0.1 < $1.1 }), let bottom = points.min(by: { $0.1 < $1.1 }) else {
                continue
            }
            text +=
                zh
                ? "；\(series)最高为\(top.0)（\(value(top.1))），最低为\(bottom.0)（\(value(bottom.1))）"
                : "; in \(series) highest \(top.0) \(value(top.1)), lowest \(bottom.0) \(value(bottom.1))"
        }
        return text + words.stop
    }
}
