import BriefingCore
import Foundation

extension Frame {
    /// A stable, indented, rounded text form of everything the frame draws, for snapshot tests:
    /// each shape's path point by point with its fill and stroke (width, dash), each group's
    /// scale and role (a figure's alternative text), links, anchors and the structure tags items
    /// belong to. Positions and path points are rounded to 0.1 pt, widths and dashes to 0.01 pt.
    public func dump() -> String {
        var out = ""
        dump(into: &out, indent: 0)
        return out
    }

    private func dump(into out: inout String, indent: Int) {
        let pad = String(repeating: "  ", count: indent)
        out += "\(pad)frame \(fmt(size.width))x\(fmt(size.height))\n"
        for positioned in items {
            if !positioned.structure.isEmpty {
                out += "\(pad)  tagged \(positioned.structure.map(describe).joined(separator: " > "))\n"
            }
            let at = "@\(fmt(positioned.position.x)),\(fmt(positioned.position.y))"
            switch positioned.item {
            case .text(let text):
                for index in text.lines {
                    let line = text.paragraph.lines[index]
                    // The text the glyph runs stand for, as set (with any soft hyphens and word
                    // joiners Pango's line breaking was given).
                    let content = line.runs.map(\.text).joined()
                    out += "\(pad)  text \(at) x\(fmt(line.x)) w\(fmt(line.width)) \"\(content)\"\n"
                }
            case .shape(let shape):
                let b = shape.path.bounds
                out += "\(pad)  shape \(at) [\(fmt(b.minX)),\(fmt(b.minY)) \(fmt(b.width))x\(fmt(b.height))]"
                out += "\(paint(of: shape))\n"
                out += "\(pad)    path \(points(of: shape.path))\n"
            case .group(let group):
                out += "\(pad)  group \(at)"
                if group.scale != 1 { out += " scale \(fmt(group.scale, digits: 3))" }
                switch group.role {
                case .figure(let alternativeText): out += " figure \"\(alternativeText)\""
                case .artifact: out += " artifact"
                case nil: break
                }
                out += "\n"
                group.frame.dump(into: &out, indent: indent + 2)
            case .link(let link):
                out += "\(pad)  link \(at) \(fmt(link.size.width))x\(fmt(link.size.height)) \(link.target)\n"
            case .anchor(let name):
                out += "\(pad)  anchor \(at) \(name)\n"
            }
        }
    }

    /// ` fill #rrggbb stroke #rrggbb w<width> dash <a>,<b>…`, leaving out what the shape does not have.
    private func paint(of shape: Shape) -> String {
        var out = ""
        if let fill = shape.fill { out += " fill \(hex(fill))" }
        if let stroke = shape.stroke {
            out += " stroke \(hex(stroke.color)) w\(fmt(stroke.width, digits: 2))"
            if !stroke.dash.isEmpty { out += " dash \(stroke.dash.map { fmt($0, digits: 2) }.joined(separator: ","))" }
        }
        return out
    }

    /// The path in SVG's letters: `M x,y`, `L x,y`, `C x,y x,y x,y`, `Z`.
    private func points(of path: Path) -> String {
        path.elements.map { element in
            switch element {
            case .move(let p): return "M\(point(p))"
            case .line(let p): return "L\(point(p))"
            case .curve(let a, let b, let c): return "C\(point(a)) \(point(b)) \(point(c))"
            case .close: return "Z"
            }
        }.joined(separator: " ")
    }

    private func describe(_ tag: StructureTag) -> String {
        if case .link(let target) = tag.role { return "Link#\(tag.id)(\(target))" }
        return "\(tag.role.pdfName)#\(tag.id)"
    }

    private func point(_ p: Point) -> String { "\(fmt(p.x)),\(fmt(p.y))" }

    /// `value` rounded to `digits` decimals, without trailing zeros.
    private func fmt(_ value: Double, digits: Int = 1) -> String {
        let scale = pow(10, Double(digits))
        let rounded = (value * scale).rounded() / scale
        if let whole = Int(exactly: rounded) { return String(whole) }
        var text = String(format: "%.\(digits)f", rounded)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }

    /// `#rrggbb`, or `#rrggbbaa` for a translucent colour.
    private func hex(_ c: Color) -> String {
        let channels = c.alpha < 1 ? [c.red, c.green, c.blue, c.alpha] : [c.red, c.green, c.blue]
        return "#" + channels.map { String(format: "%02x", Int($0 * 255 + 0.5)) }.joined()
    }
}
