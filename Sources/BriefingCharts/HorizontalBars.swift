import BriefingCore

/// The machinery shared by the horizontal bar charts: a column of category labels on the left, a
/// value axis below, and value labels at the bar ends.
enum HorizontalBars {
    /// Gap between the label column and the plot, and between a bar end and an outside label.
    static let columnGap = 6.0
    static let labelGap = 3.0
    static let insideInset = 3.0

    /// Category labels fitted to rows of `rowHeight`: one or two lines (as the rows allow), right
    /// aligned in a column at most `maxWidth` wide; labels that do not fit end with "…".
    static func categoryColumn(
        _ names: [String], bold: Set<Int>, maxWidth: Double, rowHeight: Double, context: ChartContext
    ) -> (width: Double, labels: [TypesetParagraph]) {
        let theme = context.theme
        // Category labels set solid-ish (1.1) so that two lines fit rows of about 2.2 em.
        let lineHeight = 1.1
        let size = min(theme.labelSize, rowHeight / lineHeight)
        let maxLines = rowHeight >= 2 * size * lineHeight ? 2 : 1
        let natural = names.enumerated().map { context.line($1, size: size, bold: bold.contains($0)).naturalWidth }
        let width = min(natural.max() ?? 0, max(1, maxWidth))
        let labels = names.enumerated().map { index, name in
            context.fit(
                name, size: size, width: width, maxLines: maxLines, alignment: .right, bold: bold.contains(index),
                lineHeight: lineHeight)
        }
        return (width, labels)
    }

    /// Where a value label goes: inside the bar's end when the bar is long and thick enough, else
    /// just beyond it. Returns the label's left edge and whether it is inside.
    static func place(
        value: Double, label: TypesetParagraph, thickness: Double, scale: LinearScale
    ) -> (x: Double, inside: Bool) {
        let base = scale(0)
        let end = scale(value)
        let w = label.naturalWidth
        let fitsInside = abs(end - base) >= w + 2 * insideInset && label.height <= thickness + 0.01
        if value >= 0 {
            return fitsInside ? (end - insideInset - w, true) : (end + labelGap, false)
        }
        return fitsInside ? (end + insideInset, true) : (end - labelGap - w, false)
    }

    /// A value axis across `left...right`, shrunk until every outside value label fits inside.
    static func fitAxis(
        extent: (Double, Double), left: Double, right: Double,
        labels: [(value: Double, label: TypesetParagraph, thickness: Double)],
        clamp: ClosedRange<Double>, context: ChartContext
    ) -> ValueAxis {
        var reserveLeft = 0.0
        var reserveRight = 0.0
        var axis = ValueAxis.fit(
            extent: extent, from: left, to: right, direction: .horizontal, clamp: clamp, context: context)
        for _ in 0..<8 {
            var overLeft = 0.0
            var overRight = 0.0
            for item in labels {
                let (x, _) = place(value: item.value, label: item.label, thickness: item.thickness, scale: axis.scale)
                overLeft = max(overLeft, left - x)
                overRight = max(overRight, x + item.label.naturalWidth - right)
            }
            if overLeft <= 0.01 && overRight <= 0.01 { break }
            reserveLeft += max(0, overLeft)
            reserveRight += max(0, overRight)
            guard right - reserveRight - (left + reserveLeft) > 20 else { break }
            axis = ValueAxis.fit(
                extent: extent, from: left + reserveLeft, to: right - reserveRight, direction: .horizontal,
                clamp: clamp,
                context: context)
        }
        return axis
    }

    /// Grid lines from `top` to `bottom` at each tick, with the tick labels below at `labelTop`, and
    /// the zero line drawn darker on top of the grid (when zero is on the axis).
    static func gridAndTicks(
        _ axis: ValueAxis, top: Double, bottom: Double, labelTop: Double, clamp: ClosedRange<Double>,
        context: ChartContext
    ) -> (grid: [PositionedItem], labels: [PositionedItem]) {
        let theme = context.theme
        var grid: [PositionedItem] = []
        for tick in axis.ticks where tick != 0 {
            let x = axis.scale(tick)
            grid.append(
                Mark.line(Point(x: x, y: top), Point(x: x, y: bottom), color: theme.gridColor, width: theme.gridWidth))
        }
        let xs = axis.horizontalLabelX(clamp: clamp)
        let labels = zip(xs, axis.labels).map { Mark.text($1, at: Point(x: $0, y: labelTop)) }
        return (grid, labels)
    }

    /// The zero line (the bars' baseline) when zero lies in the domain.
    static func baseline(_ axis: ValueAxis, top: Double, bottom: Double, context: ChartContext) -> [PositionedItem] {
        let (d0, d1) = axis.scale.domain
        guard min(d0, d1) <= 0 && 0 <= max(d0, d1) else { return [] }
        let x = axis.scale(0)
        return [
            Mark.line(
                Point(x: x, y: top), Point(x: x, y: bottom), color: context.theme.axisColor,
                width: context.theme.axisWidth)
        ]
    }
}
