extension Path {
    /// The straight pieces of the path, each from its start to its end point (a curve by its
    /// chord; a `close` back to the subpath's start).
    public var segments: [(from: Point, to: Point)] {
        var segments: [(from: Point, to: Point)] = []
        var start: Point?
        var current: Point?
        for element in elements {
            switch element {
            case .move(let p):
                start = p
                current = p
            case .line(let p), .curve(_, _, let p):
                if let from = current { segments.append((from, p)) }
                current = p
            case .close:
                if let from = current, let to = start, from != to { segments.append((from, to)) }
                current = start
            }
        }
        return segments
    }
}

extension Rect {
    /// Whether the straight segment from `a` to `b` passes through the rectangle's interior
    /// grown by `margin` points on every side (Liang–Barsky clipping).
    public func isCrossed(from a: Point, to b: Point, margin: Double = 0) -> Bool {
        let dx = b.x - a.x
        let dy = b.y - a.y
        var enter = 0.0
        var leave = 1.0
        // Each side as (p, q): the segment is inside where p·t ≤ q.
        let sides = [
            (-dx, a.x - (minX - margin)), (dx, (maxX + margin) - a.x),
            (-dy, a.y - (minY - margin)), (dy, (maxY + margin) - a.y),
        ]
        for (p, q) in sides {
            if p == 0 {
                if q <= 0 { return false }
            } else {
                let t = q / p
                if p < 0 { enter = max(enter, t) } else { leave = min(leave, t) }
                if enter >= leave { return false }
            }
        }
        return true
    }
}
