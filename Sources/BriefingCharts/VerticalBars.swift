import BriefingCore

/// Columns on a zero baseline: a value axis on the left, category labels under the columns (wrapped
/// to two lines), value labels above positive columns and below negative ones. `layout` gives up
/// (nil) when a category label or value label would not fit whole, so the caller can use rows.
struct VerticalBars {
    var labels: [String]
    var values: [Double]
    var highlighted: Int?
    var unit: String?
    var title: String?
    var decimals: Int

    func layout(size: Size, context: ChartContext) -> Frame? {
        let theme = context.theme
        let inner = Rect(origin: .zero, size: size).insetBy(theme.padding)
        guard !values.isEmpty, inner.width > 40, inner.height > 40 else { return nil }
        var frame = Frame(size: size)
        let header = ChartHeader.layout(title: title, legend: [], unit: unit, inner: inner, context: context)
        frame.append(contentsOf: header.items)

        // A first guess of the plot's width fixes the column slots for the category labels.
        let guessAxis = ValueAxis.fit(
            extent: LinearScale.extent(of: values, includingZero: true), from: inner.maxY, to: header.bottom,
            direction: .vertical, clamp: ClosedRange(plotFrom: inner.minY, to: inner.maxY), context: context)
        let axisWidth = (guessAxis.labels.map(\.naturalWidth).max() ?? 0) + 4
        let plotLeft = inner.minX + axisWidth
        let slot = (inner.maxX - plotLeft) / Double(values.count)
        let lineHeight = 1.1
        let names = labels.enumerated().map { i, name in
            context.fit(
                name, size: theme.labelSize, width: slot - 2, maxLines: 2, alignment: .center, bold: i == highlighted,
                lineHeight: lineHeight)
        }
        guard zip(names, labels).allSatisfy({ $0.spec.text.plainText == $1 }) else { return nil }
        let valueTexts = values.map { context.line(context.format($0, decimals: decimals), size: theme.tickSize) }
        guard valueTexts.allSatisfy({ $0.naturalWidth <= slot - 1 }) else { return nil }

        let labelTop = inner.maxY - (names.map(\.height).max() ?? 0)
        let valueHeight = valueTexts.map(\.height).max() ?? 0
        let hasNegative = values.contains { $0 < 0 }
        let plotTop = header.bottom + valueHeight + 2
        let plotBottom = labelTop - 3 - (hasNegative ? valueHeight + 2 : 0)
        guard plotBottom - plotTop > 20 else { return nil }
        let axis = ValueAxis.fit(
            extent: LinearScale.extent(of: values, includingZero: true), from: plotBottom, to: plotTop,
            direction: .vertical, clamp: ClosedRange(plotFrom: inner.minY, to: inner.maxY), context: context)
        for (tick, label) in zip(axis.ticks, axis.labels) {
            let y = axis.scale(tick)
            if tick != 0 {
                frame.append(contentsOf: [
                    Mark.line(
                        Point(x: plotLeft, y: y), Point(x: inner.maxX, y: y), color: theme.gridColor,
                        width: theme.gridWidth)
                ])
            }
            frame.append(label, at: Point(x: plotLeft - 4 - label.naturalWidth, y: y - label.height / 2))
        }
        let zero = axis.scale(0)
        let width = min(slot * 0.7, 40)
        var texts: [PositionedItem] = []
        for (i, value) in values.enumerated() {
            let center = plotLeft + (Double(i) + 0.5) * slot
            let end = axis.scale(value)
            let fill = i == highlighted ? theme.highlight : theme.seriesColor(0)
            frame.append(contentsOf: [
                Mark.bar(
                    Rect(x: center - width / 2, y: min(zero, end), width: width, height: abs(end - zero)), fill: fill,
                    theme: theme)
            ])
            let text = valueTexts[i]
            let y = value >= 0 ? end - 1 - text.height : end + 1
            texts.append(Mark.text(text, at: Point(x: center - text.naturalWidth / 2, y: y)))
            let name = names[i]
            texts.append(Mark.text(name, at: Point(x: center - (slot - 2) / 2, y: labelTop)))  // centred in the slot
        }
        frame.append(contentsOf: [
            Mark.line(
                Point(x: plotLeft, y: zero), Point(x: inner.maxX, y: zero), color: theme.axisColor,
                width: theme.axisWidth)
        ])
        frame.append(contentsOf: texts)
        return frame
    }
}
