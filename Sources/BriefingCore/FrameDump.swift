import Foundation

extension Frame {
    /// A stable, indented, rounded text form of the frame for snapshot tests.
    public func dump() -> String {
        var out = ""
        dump(into: &out, indent: 0)
        return out
    }

    private func dump(into out: inout String, indent: Int) {
        let pad = String(repeating: "  ", count: indent)
        out += "\(pad)frame \(fmt(size.width))x\(fmt(size.height))\n"
        for positioned in items {
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
                let paint = [shape.fill.map { "fill \(hex($0))" }, shape.stroke.map { "stroke \(hex($0.color))" }]
                    .compactMap { $0 }.joined(separator: " ")
                out += "\(pad)  shape \(at) [\(fmt(b.minX)),\(fmt(b.minY)) \(fmt(b.width))x\(fmt(b.height))] \(paint)\n"
            case .group(let group):
                out += "\(pad)  group \(at)\n"
                group.frame.dump(into: &out, indent: indent + 2)
            case .link(let link):
                out += "\(pad)  link \(at) \(fmt(link.size.width))x\(fmt(link.size.height)) \(link.target)\n"
            case .anchor(let name):
                out += "\(pad)  anchor \(at) \(name)\n"
            }
        }
    }

    private func fmt(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return Int(exactly: rounded).map(String.init) ?? String(format: "%.1f", rounded)
    }

    private func hex(_ c: Color) -> String {
        String(format: "#%02x%02x%02x", Int(c.red * 255 + 0.5), Int(c.green * 255 + 0.5), Int(c.blue * 255 + 0.5))
    }
}
