import BriefingCore

/// Reading a frame back as a reader sees it: for tests and checks of the layout model.
extension Frame {
    /// Items lying outside `area` by more than `tolerance` points, with their boxes.
    public func items(outside area: Rect, tolerance: Double = 0.5) -> [Rect] {
        leaves().map(\.bounds).filter { !area.contains($0, tolerance: tolerance) }
    }

    /// Pairs of text boxes that overlap (text over a shape is not counted).
    public func overlappingText(tolerance: Double = 0.5) -> [(Rect, Rect)] {
        let texts = leaves().filter {
            if case .text = $0.item.item { return true }
            return false
        }.map(\.bounds)
        var pairs: [(Rect, Rect)] = []
        for i in texts.indices {
            for j in texts.indices where j > i && texts[i].overlaps(texts[j], tolerance: tolerance) {
                pairs.append((texts[i], texts[j]))
            }
        }
        return pairs
    }

    /// The text of each text item, top to bottom and left to right; lines of one item joined by newlines.
    public func textLines() -> [String] {
        leaves().map(\.item).compactMap { item -> (Double, Double, String)? in
            guard case .text(let text) = item.item else { return nil }
            let bytes = Array(text.paragraph.spec.text.plainText.utf8)
            let content = text.lines.map { String(decoding: bytes[text.paragraph.lines[$0].byteRange], as: UTF8.self) }
                .joined(separator: "\n")
            return (item.position.y, item.position.x, content)
        }
        .sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.2)
    }
}
