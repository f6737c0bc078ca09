/// Reading a frame back as a reader sees it: for tests and checks of the layout model.
extension Frame {
    /// Every item except groups, with groups opened, in this frame's coordinates.
    public func leaves(at origin: Point = .zero) -> [PositionedItem] {
        items.flatMap { item -> [PositionedItem] in
            let position = origin.offset(by: item.position)
            if case .group(let group) = item.item { return group.frame.leaves(at: position) }
            return [PositionedItem(position: position, item: item.item)]
        }
    }

    /// Items lying outside `area` by more than `tolerance` points.
    public func items(outside area: Rect, tolerance: Double = 0.5) -> [PositionedItem] {
        leaves().filter { !area.contains($0.bounds, tolerance: tolerance) }
    }

    /// Pairs of text items whose boxes overlap (text over a shape is not counted).
    public func overlappingText(tolerance: Double = 0.5) -> [(PositionedItem, PositionedItem)] {
        let texts = leaves().filter {
            if case .text = $0.item { return true }
            return false
        }
        var pairs: [(PositionedItem, PositionedItem)] = []
        for i in texts.indices {
            for j in texts.indices where j > i && texts[i].bounds.overlaps(texts[j].bounds, tolerance: tolerance) {
                pairs.append((texts[i], texts[j]))
            }
        }
        return pairs
    }

    /// The text of each text item, top to bottom and left to right; lines of one item joined by newlines.
    public func textLines() -> [String] {
        leaves().compactMap { item -> (Double, Double, String)? in
            guard case .text(let text) = item.item else { return nil }
            let bytes = Array(text.paragraph.spec.text.plainText.utf8)
            let content = text.lines.map { String(decoding: bytes[text.paragraph.lines[$0].byteRange], as: UTF8.self) }
                .joined(separator: "\n")
            return (item.position.y, item.position.x, content)
        }
        .sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.2)
    }
}
