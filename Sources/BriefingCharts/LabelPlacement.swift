import BriefingCore

/// Where a value label goes next to a point: the first of the places around it (above, below,
/// left, right, then the four corners) that lies inside the plot and clear of the drawn lines and
/// dots near it; above when none is clear.
struct LabelPlacement {
    /// Where labels may go.
    var area: Rect
    /// The lines drawn, with half their stroke width.
    var lines: [(from: Point, to: Point, halfWidth: Double)] = []
    /// Dots and other labels to keep clear of.
    var obstacles: [Rect] = []
    /// The space kept between a label and the point, and between a label and a line.
    var gap = 4.0

    /// The label's top-left corner for a label of `size` at `point`, whose dot has `radius`.
    func place(_ size: Size, at point: Point, radius: Double) -> Point {
        let away = radius + gap
        let centreX = point.x - size.width / 2
        let middleY = point.y - size.height / 2
        let above = point.y - away - size.height
        let below = point.y + away
        let left = point.x - away - size.width
        let right = point.x + away
        let candidates = [
            Point(x: centreX, y: above), Point(x: centreX, y: below), Point(x: left, y: middleY),
            Point(x: right, y: middleY), Point(x: left, y: above), Point(x: right, y: above),
            Point(x: left, y: below), Point(x: right, y: below),
        ].map { clamped($0, size: size) }
        return candidates.first { isClear(Rect(origin: $0, size: size)) } ?? candidates[0]
    }

    /// `origin` moved the least to keep a label of `size` inside the area.
    private func clamped(_ origin: Point, size: Size) -> Point {
        Point(
            x: min(max(origin.x, area.minX), area.maxX - size.width),
            y: min(max(origin.y, area.minY), area.maxY - size.height))
    }

    private func isClear(_ box: Rect) -> Bool {
        !lines.contains { box.isCrossed(from: $0.from, to: $0.to, margin: $0.halfWidth + gap / 2) }
            && !obstacles.contains { box.overlaps($0) }
    }
}
