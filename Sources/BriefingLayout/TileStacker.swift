import BriefingCore
import Foundation

/// Sets a row of key-indicator tiles as one slice: never split across pages.
struct TileStacker {
    let theme: LayoutTheme
    let typesetter: any Typesetter
    let ids: StructureIDs

    static let gap = 10.0
    static let padding = 9.0

    func slice(for tiles: [Tile], width: Double) -> VBox {
        guard !tiles.isEmpty else { return VBox(height: 0) }
        let count = Double(tiles.count)
        let tileWidth = (width - Self.gap * (count - 1)) / count
        let inner = tileWidth - 2 * Self.padding
        let contents = tiles.map { content(of: $0, width: inner) }
        let height = (contents.map(\.height).max() ?? 0) + 2 * Self.padding
        var items: [PositionedItem] = []
        for (index, content) in contents.enumerated() {
            let x = Double(index) * (tileWidth + Self.gap)
            let box = Rect(x: x, y: 0, width: tileWidth, height: height)
            items.append(
                PositionedItem(position: .zero, item: .shape(Shape(path: .rect(box), fill: theme.tileBackground))))
            items.append(
                PositionedItem(
                    position: .zero,
                    item: .shape(Shape(path: .rect(Rect(x: x, y: 0, width: 3, height: height)), fill: theme.bodyAccent))))
            items.append(
                PositionedItem(
                    position: Point(x: x + Self.padding, y: Self.padding), item: .group(Group(frame: content.frame)),
                    structure: [ids.tag(.division)]))
        }
        return VBox(height: height, items: items).tagged(ids.tag(.section))
    }

    private func content(of tile: Tile, width: Double) -> (frame: Frame, height: Double) {
        var frame = Frame(size: Size(width: width, height: 0))
        var y = 0.0
        /// Sets `text` below what is there, after `mark` (a path at x = 0 with its bottom on the
        /// baseline, moved down to the first line's baseline) when there is one.
        func add(_ text: RichText, _ style: TextStyle, gap: Double, mark: Shape? = nil) {
            let indent = mark.map { $0.path.bounds.maxX + style.size * 0.35 } ?? 0
            let paragraph = typesetter.typeset(ParagraphSpec(text, style: style, width: width - indent))
            if let mark, let first = paragraph.lines.first {
                frame.append(.shape(mark), at: Point(x: 0, y: y + first.baseline))
            }
            frame.append(
                .text(TextItem(paragraph: paragraph)), at: Point(x: indent, y: y), structure: [ids.tag(.paragraph)])
            y += paragraph.height + gap
        }
        add(RichText(tile.label), theme.tileLabel, gap: 4)
        // Latin units follow the number after a space (241.10 bn yuan); CJK units and `%` do not
        // (2411.0亿元, 5.8%).
        let separator = tile.unit.unicodeScalars.first.map { $0.isASCII && $0 != "%" ? " " : "" } ?? ""
        var value = [Span(tile.value)]
        if !tile.unit.isEmpty {
            value.append(Span(separator + tile.unit, color: theme.muted))
        }
        add(RichText(value), theme.tileValue, gap: 3)
        if let sparkline = tile.sparkline {
            frame.append(sparkline, at: Point(x: 0, y: y))
            y += sparkline.size.height + 3
        }
        if let change = tile.change {
            let color: Color
            switch tile.trend {
            case .up: color = theme.positive
            case .down: color = theme.negative
            case .flat: color = theme.muted
            }
            // The trend is a drawn triangle, not a ▲/▼ glyph: the body fonts have none, and a fallback
            // to the CJK font would embed (and make cairo read) a 16 MB font for two glyphs.
            add(
                RichText([Span(change, bold: true, color: color)]), theme.tileNote, gap: 2,
                mark: Self.trendMark(tile.trend, size: theme.tileNote.size).map { Shape(path: $0, fill: color) })
        }
        if let note = tile.note {
            add(RichText(note), theme.tileNote.with { $0.color = theme.muted }, gap: 0)
        }
        frame.size.height = y
        return (frame, y)
    }

    /// A triangle pointing up or down, a little shorter than the text's capitals, with its bottom
    /// on y = 0 (the baseline it is set on); nil for a flat trend.
    static func trendMark(_ trend: Tile.Trend, size: Double) -> Path? {
        let height = size * 0.62
        let width = height * 1.1
        var path = Path()
        switch trend {
        case .up:
            path.move(to: Point(x: 0, y: 0))
            path.line(to: Point(x: width, y: 0))
            path.line(to: Point(x: width / 2, y: -height))
        case .down:
            path.move(to: Point(x: 0, y: -height))
            path.line(to: Point(x: width, y: -height))
            path.line(to: Point(x: width / 2, y: 0))
        case .flat:
            return nil
        }
        path.close()
        return path
    }
}
