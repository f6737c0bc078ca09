import BriefingCore

/// A word-sized line for key-indicator tiles and table cells: the values (nil leaves a gap) across
/// the whole frame, no axes or text, the last value marked with a dot in the highlight colour.
public struct Sparkline: Hashable, Sendable {
    public var values: [Double?]
    /// What the line shows, for the alternative text: "added value by month, Jan 2012 to Dec 2013".
    public var subject: String
    public var decimals: Int

    public init(values: [Double?], subject: String, decimals: Int = 1) {
        self.values = values
        self.subject = subject
        self.decimals = decimals
    }

    /// Lays the line out in a frame of exactly `size` (e.g. 60 × 16 points).
    public func layout(size: Size, theme: ChartTheme, format: NumberLabel) -> ChartOutput {
        var frame = Frame(size: size)
        let points = values.enumerated().compactMap { i, v in v.map { (i, $0) } }
        let words = AltText(chinese: theme.isChinese)
        var alt = (words.chinese ? "迷你折线图：" : "Sparkline: ") + subject
        if let first = points.first, let last = points.last {
            alt +=
                words.chinese
                ? "，由\(format(first.1, decimals: decimals))变为\(format(last.1, decimals: decimals))"
                : ", from \(format(first.1, decimals: decimals)) to \(format(last.1, decimals: decimals))"
        }
        alt += words.stop
        let data = ChartData(
            columns: ["", subject], rows: points.map { ["\($0.0 + 1)", format($0.1, decimals: decimals)] })
        let dot = min(1.8, size.height / 6)
        let box = Rect(origin: .zero, size: size).insetBy(dot + 0.5)
        guard !points.isEmpty, box.width > 2, box.height > 2 else {
            return ChartOutput(frame: frame, alternativeText: alt, data: data)
        }
        let y = LinearScale(
            domain: LinearScale.extent(of: points.map(\.1), includingZero: false), range: (box.maxY, box.minY))
        let n = max(1, values.count - 1)
        let x = { (i: Int) in values.count > 1 ? box.minX + Double(i) / Double(n) * box.width : box.minX + box.width / 2
        }
        var path = Path()
        var previous: Int?
        for (i, v) in points {
            let p = Point(x: x(i), y: y(v))
            if previous == i - 1 { path.line(to: p) } else { path.move(to: p) }
            previous = i
        }
        frame.append(.shape(Shape(path: path, stroke: Stroke(color: theme.seriesColor(0), width: 1))))
        if let last = points.last {
            frame.append(contentsOf: [Mark.dot(Point(x: x(last.0), y: y(last.1)), radius: dot, fill: theme.highlight)])
        }
        return ChartOutput(frame: frame, alternativeText: alt, data: data)
    }
}
