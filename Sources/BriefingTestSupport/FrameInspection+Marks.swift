import BriefingCore

/// Where a frame's text lies on its marks: for checks that every chart kind keeps its value
/// labels readable. The frame's items are taken at scale 1 (a chart's frame).
extension Frame {
    /// A sentence for each text that lies partly on a bar (a label on a bar lies wholly inside it,
    /// 1 pt clear of its ends and within its thickness), within 2 pt of a target tick's edge, across
    /// a drawn line (a stroke of at least 1 pt: a series' line, a connector) or on a point's dot.
    /// Empty when every label is clear.
    public func textOnMarks() -> [String] {
        let leaves = leaves()
        var texts: [(text: String, box: Rect)] = []
        var bars: [Rect] = []
        var ticks: [(x: Double, halfWidth: Double, box: Rect)] = []
        var lines: [(from: Point, to: Point, halfWidth: Double)] = []
        var dots: [Rect] = []
        for (item, box) in leaves {
            switch item.item {
            case .text(let text):
                texts.append((text.paragraph.spec.text.plainText, box))
            case .shape(let shape):
                let elements = shape.path.elements.count
                if shape.fill != nil, elements == 5 {
                    bars.append(box)
                } else if shape.fill != nil, shape.path.elements.contains(where: \.isCurve), box.width <= 10 {
                    dots.append(box)
                } else if shape.fill == nil, let stroke = shape.stroke, stroke.width >= 1 {
                    if stroke.width >= 2, elements == 2, box.height > box.width {
                        ticks.append(((box.minX + box.maxX) / 2, stroke.width / 2, box))
                    } else {
                        lines += shape.path.segments.map {
                            ($0.from.offset(by: item.position), $0.to.offset(by: item.position), stroke.width / 2)
                        }
                    }
                }
            default:
                break
            }
        }
        var problems: [String] = []
        for (text, box) in texts {
            for bar in bars where box.overlaps(bar) {
                let inside =
                    box.minX >= bar.minX + 1 - 0.01 && box.maxX <= bar.maxX - 1 + 0.01 && box.minY >= bar.minY - 0.01
                    && box.maxY <= bar.maxY + 0.01
                if !inside { problems.append("\"\(text)\" \(box) lies partly on a bar \(bar)") }
            }
            for tick in ticks where box.maxY > tick.box.minY && box.minY < tick.box.maxY {
                let clear =
                    box.maxX <= tick.x - tick.halfWidth - 2 + 0.01 || box.minX >= tick.x + tick.halfWidth + 2 - 0.01
                if !clear { problems.append("\"\(text)\" \(box) is within 2 pt of a target tick at x \(tick.x)") }
            }
            for line in lines where box.isCrossed(from: line.from, to: line.to, margin: line.halfWidth - 0.01) {
                problems.append("\"\(text)\" \(box) is crossed by a line from \(line.from) to \(line.to)")
            }
            for dot in dots where box.overlaps(dot) {
                problems.append("\"\(text)\" \(box) lies on a dot \(dot)")
            }
        }
        return problems
    }
}

extension Path.Element {
    fileprivate var isCurve: Bool {
        if case .curve = self { return true }
        return false
    }
}
