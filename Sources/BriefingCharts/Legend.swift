import BriefingCore

/// One entry of a chart legend.
struct LegendEntry {
    enum Swatch { case box, line, marker }
    var name: String
    var color: Color
    var swatch: Swatch
    /// The dash of a line swatch (solid when empty).
    var dash: [Double] = []
}

/// Lays out legend entries left to right, wrapping into rows within `width`. Items are relative to
/// the legend's top-left corner.
enum Legend {
    static func layout(_ entries: [LegendEntry], width: Double, context: ChartContext) -> (
        items: [PositionedItem], height: Double
    ) {
        let size = context.theme.labelSize
        let swatchWidth = 12.0
        let swatchGap = 4.0
        let entryGap = 14.0
        var items: [PositionedItem] = []
        var x = 0.0
        var y = 0.0
        var rowHeight = 0.0
        for entry in entries {
            var label = context.line(entry.name, size: size)
            let maxText = max(1, width - swatchWidth - swatchGap)
            if label.naturalWidth > maxText {
                label = context.fit(entry.name, size: size, width: maxText, maxLines: 1)
            }
            let entryWidth = swatchWidth + swatchGap + label.naturalWidth
            if x > 0 && x + entryWidth > width {
                x = 0
                y += rowHeight + 2
                rowHeight = 0
            }
            let h = label.height
            let mid = y + h / 2
            switch entry.swatch {
            case .box:
                items.append(Mark.rect(Rect(x: x + 2, y: mid - 4, width: 8, height: 8), fill: entry.color))
            case .line:
                items.append(
                    Mark.line(
                        Point(x: x, y: mid), Point(x: x + swatchWidth, y: mid), color: entry.color, width: 1.5,
                        dash: entry.dash))
            case .marker:
                items.append(
                    Mark.line(
                        Point(x: x + swatchWidth / 2, y: mid - 4.5), Point(x: x + swatchWidth / 2, y: mid + 4.5),
                        color: entry.color, width: 2))
            }
            items.append(Mark.text(label, at: Point(x: x + swatchWidth + swatchGap, y: y)))
            x += entryWidth + entryGap
            rowHeight = max(rowHeight, h)
        }
        return (items, entries.isEmpty ? 0 : y + rowHeight)
    }
}
