/// A vector path made of straight and cubic segments.
public struct Path: Hashable, Sendable {
    public enum Element: Hashable, Sendable {
        case move(Point)
        case line(Point)
        case curve(Point, Point, Point)
        case close
    }

    public private(set) var elements: [Element] = []

    public init() {}

    public static func rect(_ r: Rect) -> Path {
        var path = Path()
        path.move(to: r.origin)
        path.line(to: Point(x: r.maxX, y: r.minY))
        path.line(to: Point(x: r.maxX, y: r.maxY))
        path.line(to: Point(x: r.minX, y: r.maxY))
        path.close()
        return path
    }

    public static func line(from a: Point, to b: Point) -> Path {
        var path = Path()
        path.move(to: a)
        path.line(to: b)
        return path
    }

    /// A circle approximated by four cubic arcs.
    public static func circle(center c: Point, radius r: Double) -> Path {
        let k = 0.5522847498 * r
        var path = Path()
        path.move(to: Point(x: c.x + r, y: c.y))
        path.curve(Point(x: c.x + r, y: c.y + k), Point(x: c.x + k, y: c.y + r), Point(x: c.x, y: c.y + r))
        path.curve(Point(x: c.x - k, y: c.y + r), Point(x: c.x - r, y: c.y + k), Point(x: c.x - r, y: c.y))
        path.curve(Point(x: c.x - r, y: c.y - k), Point(x: c.x - k, y: c.y - r), Point(x: c.x, y: c.y - r))
        path.curve(Point(x: c.x + k, y: c.y - r), Point(x: c.x + r, y: c.y - k), Point(x: c.x + r, y: c.y))
        path.close()
        return path
    }

    public mutating func move(to p: Point) { elements.append(.move(p)) }
    public mutating func line(to p: Point) { elements.append(.line(p)) }
    public mutating func curve(_ c1: Point, _ c2: Point, _ end: Point) { elements.append(.curve(c1, c2, end)) }
    public mutating func close() { elements.append(.close) }

    /// The box holding every point of the path (control points included).
    public var bounds: Rect {
        var xs: [Double] = []
        var ys: [Double] = []
        for element in elements {
            switch element {
            case .move(let p), .line(let p):
                xs.append(p.x)
                ys.append(p.y)
            case .curve(let a, let b, let c):
                xs += [a.x, b.x, c.x]
                ys += [a.y, b.y, c.y]
            case .close: break
            }
        }
        guard let minX = xs.min(), let maxX = xs.max(), let minY = ys.min(), let maxY = ys.max() else {
            return Rect(origin: .zero, size: .zero)
        }
        return Rect(x: minX, y: minY, width: maxX - minX, height: maxY - minY)
    }
}

/// How a path's outline is drawn.
public struct Stroke: Hashable, Sendable {
    public var color: Color
    public var width: Double
    /// Dash lengths in points; empty for a solid line.
    public var dash: [Double]

    public init(color: Color, width: Double, dash: [Double] = []) {
        self.color = color
        self.width = width
        self.dash = dash
    }
}

/// A path with a fill, a stroke, or both.
public struct Shape: Hashable, Sendable {
    public var path: Path
    public var fill: Color?
    public var stroke: Stroke?

    public init(path: Path, fill: Color? = nil, stroke: Stroke? = nil) {
        self.path = path
        self.fill = fill
        self.stroke = stroke
    }
}
