import BriefingCore

/// What every chart needs while it lays itself out: the theme, the typesetter that measures text,
/// and the number formatter. Internal; one per call.
struct ChartContext {
    let theme: ChartTheme
    let typesetter: any Typesetter
    let format: NumberLabel

    /// `text` on one line of natural width.
    func line(_ text: String, size: Double, color: Color? = nil, bold: Bool = false) -> TypesetParagraph {
        typesetter.line(RichText(text), style: theme.textStyle(size: size, color: color, bold: bold))
    }

    /// `text` broken to `width` in at most `maxLines` lines; when it does not fit, the longest prefix
    /// that does, with an ellipsis. Lines never come out wider than `width` unless even "…" is.
    func fit(
        _ text: String, size: Double, width: Double, maxLines: Int, alignment: TextAlignment = .left,
        color: Color? = nil, bold: Bool = false, lineHeight: Double = 1.2
    ) -> TypesetParagraph {
        let style = theme.textStyle(size: size, color: color, bold: bold, lineHeight: lineHeight)
        func set(_ s: String) -> TypesetParagraph {
            typesetter.typeset(ParagraphSpec(RichText(s), style: style, width: max(1, width), alignment: alignment))
        }
        func fits(_ p: TypesetParagraph) -> Bool {
            p.lines.count <= max(1, maxLines) && p.lines.allSatisfy { $0.x >= -0.01 && $0.x + $0.width <= width + 0.01 }
        }
        let whole = set(text)
        if fits(whole) { return whole }
        let characters = Array(text)
        var lo = 0
        var hi = characters.count - 1
        var best = set("…")
        while lo <= hi {
            let mid = (lo + hi) / 2
            let candidate = set(String(characters[..<mid]).trimmingTrailingSpaces() + "…")
            if fits(candidate) {
                best = candidate
                lo = mid + 1
            } else {
                hi = mid - 1
            }
        }
        return best
    }

    var tickStyleColor: Color { theme.secondaryTextColor }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = Substring(self)
        while let last = s.last, last.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}

/// Small builders for marks, all with absolute coordinates and the item at the frame's origin.
enum Mark {
    static func rect(_ r: Rect, fill: Color) -> PositionedItem {
        PositionedItem(position: .zero, item: .shape(Shape(path: .rect(r), fill: fill)))
    }

    /// A bar; outlined in the axis colour when the theme asks for it (print), so that light greys
    /// stand out on white paper.
    static func bar(_ r: Rect, fill: Color, theme: ChartTheme) -> PositionedItem {
        let stroke = theme.outlinesBars ? Stroke(color: theme.axisColor, width: 0.5) : nil
        return PositionedItem(position: .zero, item: .shape(Shape(path: .rect(r), fill: fill, stroke: stroke)))
    }

    static func line(_ a: Point, _ b: Point, color: Color, width: Double, dash: [Double] = []) -> PositionedItem {
        PositionedItem(
            position: .zero,
            item: .shape(Shape(path: .line(from: a, to: b), stroke: Stroke(color: color, width: width, dash: dash))))
    }

    static func dot(_ c: Point, radius: Double, fill: Color, stroke: Stroke? = nil) -> PositionedItem {
        PositionedItem(
            position: .zero, item: .shape(Shape(path: .circle(center: c, radius: radius), fill: fill, stroke: stroke)))
    }

    static func text(_ p: TypesetParagraph, at point: Point) -> PositionedItem {
        PositionedItem(position: point, item: .text(TextItem(paragraph: p)))
    }
}

extension Array where Element == PositionedItem {
    /// The items moved by `delta`.
    func offset(by delta: Point) -> [PositionedItem] {
        map { $0.offset(by: delta) }
    }
}
