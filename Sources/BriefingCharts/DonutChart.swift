import BriefingCore
import Foundation

/// Shares as a ring: the largest `top` categories clockwise from twelve o'clock (never more than the
/// palette has colours, so no two slices share one), the rest grouped as one "other" slice (white
/// with an outline), the total with its unit in the hole, and a key on the right listing each
/// slice's name and share, so no label ever sits on a thin slice.
public struct DonutChart: Hashable, Sendable {
    public var slices: [RankedBarChart.Bar]
    /// How many of the largest categories get their own slice; the rest become `otherName`.
    public var top: Int
    public var otherName: String
    /// What the chart shows, for the alternative text: "tax payment 2013 by park".
    public var subject: String
    public var unit: String?
    public var decimals: Int
    public var title: String?
    /// The heading of the categories' column in `ChartOutput.data`, and of the shares' column.
    public var categoryHeading: String
    public var shareHeading: String

    public init(
        slices: [RankedBarChart.Bar], top: Int = 5, otherName: String = "Other", subject: String, unit: String? = nil,
        decimals: Int = 1, title: String? = nil, categoryHeading: String = "", shareHeading: String = "%"
    ) {
        self.slices = slices
        self.top = top
        self.otherName = otherName
        self.subject = subject
        self.unit = unit
        self.decimals = decimals
        self.title = title
        self.categoryHeading = categoryHeading
        self.shareHeading = shareHeading
    }

    /// The slices drawn: the `top` largest positive values (at most `colours` of them when there are
    /// colours, so that each has its own), then "other" when anything is left.
    public func shownSlices(colours: Int) -> [RankedBarChart.Bar] {
        let (head, rest) = split(colours: colours)
        return rest > 0 ? head + [RankedBarChart.Bar(label: otherName, value: rest)] : head
    }

    /// The slices of their own, largest first, and the sum of the rest.
    private func split(colours: Int) -> (head: [RankedBarChart.Bar], rest: Double) {
        let positive = slices.filter { $0.value > 0 }.enumerated().sorted { a, b in
            a.element.value != b.element.value ? a.element.value > b.element.value : a.offset < b.offset
        }.map(\.element)
        let head = Array(positive.prefix(colours > 0 ? min(max(1, top), colours) : max(1, top)))
        return (head, positive.dropFirst(head.count).map(\.value).reduce(0, +))
    }

    /// Lays the chart out in a frame of exactly `size`. `format` formats values; shares are
    /// written as percentages with one decimal.
    public func layout(size: Size, theme: ChartTheme, typesetter: any Typesetter, format: NumberLabel) -> ChartOutput {
        let context = ChartContext(theme: theme, typesetter: typesetter, format: format)
        var frame = Frame(size: size)
        let shown = shownSlices(colours: theme.palette.count)
        let own = split(colours: theme.palette.count).head.count
        let total = shown.map(\.value).reduce(0, +)
        let share = { (v: Double) in NumberLabel.plain(total > 0 ? v / total * 100 : 0, decimals: 1) + "%" }
        let data = ChartData(
            columns: [categoryHeading, unit ?? subject, shareHeading],
            rows: shown.map { [$0.label, format($0.value, decimals: decimals), share($0.value)] })
        let alt = alternativeText(shown, share: share, context: context)
        let inner = Rect(origin: .zero, size: size).insetBy(theme.padding)
        guard !shown.isEmpty, total > 0, inner.width > 40, inner.height > 30 else {
            return ChartOutput(frame: frame, alternativeText: alt, data: data)
        }
        let header = ChartHeader.layout(title: title, legend: [], unit: unit, inner: inner, context: context)
        frame.append(contentsOf: header.items)
        let plot = Rect(x: inner.minX, y: header.bottom, width: inner.width, height: inner.maxY - header.bottom)
        let diameter = min(plot.height, plot.width * 0.45)
        let center = Point(x: plot.minX + diameter / 2, y: plot.minY + diameter / 2)
        // Bézier control points of eighth-turn arcs reach 3.5% beyond the radius: keep them inside.
        let outer = diameter / 2 / 1.04
        let hole = outer * 0.58
        let isOther = { (i: Int) in i >= own }
        var angle = -Double.pi / 2
        for (i, slice) in shown.enumerated() {
            let sweep = slice.value / total * 2 * .pi
            let fill = isOther(i) ? Color.white : theme.seriesColor(i)
            let stroke = Stroke(color: isOther(i) ? theme.axisColor : .white, width: isOther(i) ? 0.5 : 1)
            frame.append(
                .shape(
                    Shape(
                        path: Self.ring(center: center, outer: outer, inner: hole, from: angle, sweep: sweep),
                        fill: fill, stroke: stroke)))
            angle += sweep
        }
        let totalText = context.fit(
            format(total, decimals: decimals), size: theme.labelSize, width: hole * 1.6, maxLines: 1,
            alignment: .center, bold: true)
        // The total with its unit on a smaller line beneath, the pair centred in the hole.
        let unitText = unit.flatMap { $0.isEmpty ? nil : $0 }.map {
            context.fit(
                $0, size: theme.tickSize, width: hole * 1.6, maxLines: 1, alignment: .center,
                color: theme.secondaryTextColor)
        }
        let top = center.y - (totalText.height + (unitText?.height ?? 0)) / 2
        frame.append(contentsOf: [Mark.text(totalText, at: Point(x: center.x - hole * 0.8, y: top))])
        if let unitText {
            frame.append(
                contentsOf: [Mark.text(unitText, at: Point(x: center.x - hole * 0.8, y: top + totalText.height))])
        }

        // The key: one row per slice, evenly spread over the ring's height.
        let keyLeft = plot.minX + diameter + 12
        let keyWidth = min(inner.maxX - keyLeft, 260)
        let rowHeight = min(diameter / Double(shown.count), theme.labelSize * 2)
        let size = min(theme.labelSize, rowHeight / 1.25)
        let shares = shown.map { context.line(share($0.value), size: size) }
        let shareWidth = shares.map(\.naturalWidth).max() ?? 0
        let keyTop = center.y - rowHeight * Double(shown.count) / 2
        for (i, slice) in shown.enumerated() {
            let mid = keyTop + (Double(i) + 0.5) * rowHeight
            let fill = isOther(i) ? Color.white : theme.seriesColor(i)
            frame.append(
                .shape(
                    Shape(
                        path: .rect(Rect(x: keyLeft, y: mid - 4, width: 8, height: 8)), fill: fill,
                        stroke: isOther(i) ? Stroke(color: theme.axisColor, width: 0.5) : nil)))
            let name = context.fit(slice.label, size: size, width: max(1, keyWidth - 14 - shareWidth - 8), maxLines: 1)
            frame.append(contentsOf: [
                Mark.text(name, at: Point(x: keyLeft + 14, y: mid - name.height / 2)),
                Mark.text(
                    shares[i], at: Point(x: keyLeft + keyWidth - shares[i].naturalWidth, y: mid - shares[i].height / 2)),
            ])
        }
        return ChartOutput(frame: frame, alternativeText: alt, data: data)
    }

    /// A ring segment from `from` through `sweep` radians (clockwise on the page), as Bézier arcs of
    /// at most an eighth of a turn each.
    static func ring(center c: Point, outer: Double, inner: Double, from: Double, sweep: Double) -> Path {
        func arc(_ path: inout Path, radius r: Double, from a0: Double, to a1: Double) {
            let parts = max(1, Int(exactly: (abs(a1 - a0) / (.pi / 4)).rounded(.up)) ?? 1)
            let step = (a1 - a0) / Double(parts)
            let k = 4.0 / 3.0 * tan(step / 4)
            for p in 0..<parts {
                let s = a0 + Double(p) * step
                let e = s + step
                path.curve(
                    Point(x: c.x + r * (cos(s) - k * sin(s)), y: c.y + r * (sin(s) + k * cos(s))),
                    Point(x: c.x + r * (cos(e) + k * sin(e)), y: c.y + r * (sin(e) - k * cos(e))),
                    Point(x: c.x + r * cos(e), y: c.y + r * sin(e)))
            }
        }
        var path = Path()
        path.move(to: Point(x: c.x + outer * cos(from), y: c.y + outer * sin(from)))
        arc(&path, radius: outer, from: from, to: from + sweep)
        path.line(to: Point(x: c.x + inner * cos(from + sweep), y: c.y + inner * sin(from + sweep)))
        arc(&path, radius: inner, from: from + sweep, to: from)
        path.close()
        return path
    }

    private func alternativeText(
        _ shown: [RankedBarChart.Bar], share: (Double) -> String, context: ChartContext
    ) -> String {
        let words = AltText(chinese: context.theme.isChinese)
        let parts = shown.map { words.chinese ? "\($0.label)占\(share($0.value))" : "\($0.label) \(share($0.value))" }
        return (words.chinese ? "环形图：\(subject)；" : "Donut chart: \(subject); ") + words.list(parts) + words.stop
    }
}
