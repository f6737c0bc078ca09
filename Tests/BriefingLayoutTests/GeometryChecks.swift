import BriefingCore

/// Geometry assertions a reader would make by eye: every mark inside the margins, no two marks
/// on top of each other.
enum GeometryChecks {
    /// Every item of every page, flattened to page coordinates (groups opened, as render draws them).
    static func leaves(of frame: Frame, at origin: Point = .zero) -> [PositionedItem] {
        frame.items.flatMap { item -> [PositionedItem] in
            let position = origin.offset(by: item.position)
            if case .group(let group) = item.item { return leaves(of: group.frame, at: position) }
            return [PositionedItem(position: position, item: item.item)]
        }
    }

    /// Items of `page` lying outside `area` (the page inside its margins).
    static func outside(_ page: Frame, area: Rect) -> [PositionedItem] {
        leaves(of: page).filter { !area.contains($0.bounds, tolerance: 0.5) }
    }

    /// Pairs of text items whose boxes overlap (text over a background shape is fine).
    static func overlappingText(_ page: Frame) -> [(PositionedItem, PositionedItem)] {
        let texts = leaves(of: page).filter {
            if case .text = $0.item { return true }
            return false
        }
        var pairs: [(PositionedItem, PositionedItem)] = []
        for i in texts.indices {
            for j in texts.indices where j > i && texts[i].bounds.overlaps(texts[j].bounds, tolerance: 0.5) {
                pairs.append((texts[i], texts[j]))
            }
        }
        return pairs
    }

    /// The plain text of each line on the page, top to bottom.
    static func lines(of page: Frame) -> [String] {
        leaves(of: page).compactMap { item -> (Double, Double, String)? in
            guard case .text(let text) = item.item else { return nil }
            let bytes = Array(text.paragraph.spec.text.plainText.utf8)
            let content = text.lines.map { String(decoding: bytes[text.paragraph.lines[$0].byteRange], as: UTF8.self) }
                .joined(separator: "\n")
            return (item.position.y, item.position.x, content)
        }
        .sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.2)
    }
}
