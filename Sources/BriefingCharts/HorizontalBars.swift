import BriefingCore

/// The machinery shared by the horizontal bar charts: a column of category labels on the left, a
/// value axis below, and value labels at the bar ends.
enum HorizontalBars {
    /// Gap between the label column and the plot, and between a bar end and an outside label.
    static let columnGap = 6.0
    static let labelGap = 3.0
    static let insideInset = 3.0

    /// A value label the axis must leave room for: a bar from `start` to `value` of `thickness`,
    /// crossed by a target tick at `marker` when it has one.
    struct LabelRequest {
        var value: Double
        var start: Double = 0
        var label: TypesetParagraph
        var thickness: Double
        var marker: Double? = nil
    }

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

    /// Where a value label goes: inside the bar's end when the bar (from `start` to `value`) is long
    /// and thick enough and a target tick at `marker` does not cut through it there, else just beyond
    /// the bar's end, or beyond the tick when the tick stands there. Returns the label's left edge and
    /// whether it is inside.
    static func place(
        value: Double, from start: Double = 0, label: TypesetParagraph, thickness: Double, marker: Double? = nil,
        scale: LinearScale
    ) -> (x: Double, inside: Bool) {
        let base = scale(start)
        let end = scale(value)
        let w = label.naturalWidth
        let forward = value >= start
        let markerX = marker.map { scale($0) }
        // The tick (2 pt wide) and the inset a label keeps inside a bar, on either side of the tick.
        let clearance = insideInset + 1
        let crossesMarker = { (left: Double) in
            markerX.map { left - clearance < $0 && $0 < left + w + clearance } ?? false
        }
        let fitsInside = abs(end - base) >= w + 2 * insideInset && label.height <= thickness + 0.01
        let inside = forward ? end - insideInset - w : end + insideInset
        if fitsInside && !crossesMarker(inside) { return (inside, true) }
        let beyond = { (edge: Double) in forward ? edge + labelGap : edge - labelGap - w }
        if let markerX, crossesMarker(beyond(end)) { return (beyond(markerX), false) }
        return (beyond(end), false)
    }

    /// A bar from `start` to `value` centred on `center`, and its value `text` placed by `place`:
    /// inside in the colour that reads on `fill`, or outside in the text colour, kept in `within`.
    static func bar(
        _ value: Double, from start: Double = 0, center: Double, thickness: Double, fill: Color, text: String?,
        size: Double, axis: ValueAxis, within: ClosedRange<Double>, context: ChartContext
    ) -> (bar: PositionedItem, label: PositionedItem?) {
        let x0 = axis.scale(start)
        let x1 = axis.scale(value)
        let rect = Rect(x: min(x0, x1), y: center - thickness / 2, width: abs(x1 - x0), height: thickness)
        let bar = Mark.bar(rect, fill: fill, theme: context.theme)
        guard let text else { return (bar, nil) }
        var label = context.line(text, size: size)
        let placement = place(value: value, from: start, label: label, thickness: thickness, scale: axis.scale)
        if placement.inside { label = context.line(text, size: size, color: context.theme.labelColor(on: fill)) }
        let x = min(max(placement.x, within.lowerBound), within.upperBound - label.naturalWidth)
        return (bar, Mark.text(label, at: Point(x: x, y: center - label.height / 2)))
    }

    /// A value axis across `left...right`, shrunk until every outside value label fits inside.
    static func fitAxis(
        extent: (Double, Double), left: Double, right: Double,
        labels: [LabelRequest], clamp: ClosedRange<Double>, context: ChartContext
    ) -> ValueAxis {
        var reserveLeft = 0.0
        var reserveRight = 0.0
        var axis = ValueAxis.fit(
            extent: extent, from: left, to: right, direction: .horizontal, clamp: clamp, context: context)
        for _ in 0..<8 {
            var overLeft = 0.0
            var overRight = 0.0
            for item in labels {
                let (x, _) = place(
                    value: item.value, from: item.start, label: item.label, thickness: item.thickness,
                    marker: item.marker, scale: axis.scale)
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

    /// The plot right of a label column `columnWidth` wide in `inner`: its left edge, a value axis
    /// for `extent` leaving room for `labels`, its grid lines (appended to `frame`) from `top` to
    /// `bottom`, and the tick labels below at `labelTop`, to draw last.
    static func plot(
        extent: (Double, Double), columnWidth: Double, inner: Rect, top: Double, bottom: Double, labelTop: Double,
        labels: [LabelRequest], context: ChartContext, into frame: inout Frame
    ) -> (left: Double, axis: ValueAxis, tickLabels: [PositionedItem]) {
        let left = inner.minX + columnWidth + columnGap
        let clamp = ClosedRange(plotFrom: inner.minX, to: inner.maxX)
        let axis = fitAxis(
            extent: extent, left: left, right: inner.maxX, labels: labels, clamp: clamp, context: context)
        let (grid, tickLabels) = gridAndTicks(
            axis, top: top, bottom: bottom, labelTop: labelTop, clamp: clamp, context: context)
        frame.append(contentsOf: grid)
        return (left, axis, tickLabels)
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

    /// The finished chart: `frame` with the zero line drawn over the bars, then each layer of
    /// `overlays` in order (markers, labels, tick labels), so text is never covered by a mark.
    static func output(
        _ frame: Frame, axis: ValueAxis, top: Double, bottom: Double, overlays: [[PositionedItem]],
        context: ChartContext, alternativeText: String, data: ChartData
    ) -> ChartOutput {
        var frame = frame
        frame.append(contentsOf: baseline(axis, top: top, bottom: bottom, context: context))
        for layer in overlays { frame.append(contentsOf: layer) }
        return ChartOutput(frame: frame, alternativeText: alternativeText, data: data)
    }
}
