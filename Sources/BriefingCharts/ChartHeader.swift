import BriefingCore

/// The optional parts above a plot: a title, a legend, and a unit caption (right-aligned, sharing
/// the legend's first row when there is room).
enum ChartHeader {
    /// Items above the plot in `inner`, and the y where the plot may start.
    static func layout(
        title: String?, legend: [LegendEntry], unit: String?, inner: Rect, context: ChartContext
    ) -> (items: [PositionedItem], bottom: Double) {
        let theme = context.theme
        var items: [PositionedItem] = []
        var y = inner.minY
        if let title, !title.isEmpty {
            let p = context.fit(title, size: theme.titleSize, width: inner.width, maxLines: 2, bold: true)
            items.append(Mark.text(p, at: Point(x: inner.minX, y: y)))
            y += p.height + theme.padding
        }
        var caption: TypesetParagraph?
        if let unit, !unit.isEmpty {
            let text = AltText(chinese: theme.isChinese).unitCaption(unit)
            caption = context.fit(
                text, size: theme.tickSize, width: inner.width, maxLines: 1, color: theme.secondaryTextColor)
        }
        let captionWidth = caption.map { $0.naturalWidth + 12 } ?? 0
        var legendWidth = inner.width - captionWidth
        var captionOwnRow = false
        if !legend.isEmpty && legendWidth < min(160, inner.width / 2) {
            legendWidth = inner.width
            captionOwnRow = true
        }
        var rowBottom = y
        if let caption, captionOwnRow || legend.isEmpty {
            items.append(Mark.text(caption, at: Point(x: inner.maxX - caption.naturalWidth, y: y)))
            y += caption.height + 2
            rowBottom = y
        }
        if !legend.isEmpty {
            let (legendItems, height) = Legend.layout(legend, width: legendWidth, context: context)
            items += legendItems.offset(by: Point(x: inner.minX, y: y))
            if let caption, !captionOwnRow {
                // Bottom-align the caption with the legend's first row.
                let firstRow = theme.labelSize * 1.2
                items.append(
                    Mark.text(
                        caption,
                        at: Point(x: inner.maxX - caption.naturalWidth, y: y + max(0, firstRow - caption.height))))
            }
            rowBottom = y + max(height, caption?.height ?? 0) + 2
        }
        if rowBottom > inner.minY { rowBottom += theme.padding / 2 }
        return (items, rowBottom)
    }
}
