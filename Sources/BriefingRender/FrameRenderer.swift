import BriefingCore
internal import CCairo

/// Draws frames on a cairo context: one `switch` over frame items, no decisions about placement.
/// For PDF it also writes the document structure (tags), links and destinations.
final class FrameRenderer {
    let cairo: CairoContext
    /// Draws the text items' glyph runs.
    private let text: GlyphRunPainter
    /// Whether to emit PDF tags (structure, links, destinations); off for raster and SVG output.
    let emitsTags: Bool
    /// The figures tagged so far, each with its place in the structure tree and its alternative
    /// text (cairo 1.16 drops attributes of structure tags, so the PDF writer adds them afterwards).
    private(set) var figures: [PDFStructurePatch.Figure] = []
    /// The places in the structure tree of the table header cells tagged so far (all head their
    /// columns; cairo 1.16 cannot write their `/Scope` either).
    private(set) var columnHeaders: [[Int]] = []
    /// The structure elements open now, outermost first.
    private var open: [StructureTag] = []
    /// The alternative texts of the figures met so far, by their tags' ids.
    private var pendingAlternativeTexts: [Int: String] = [:]
    /// Where the open elements are in the structure tree cairo builds: each one's index among its
    /// parent's children, outermost first, and how many children each open element has so far
    /// (the first count is the tree root's).
    private var treePath: [Int] = []
    private var childCounts: [Int] = [0]

    /// - Parameters:
    ///   - fonts: the fonts the frames' glyph runs refer to.
    ///   - frames: every frame this renderer will draw (all pages of a document): the glyphs of
    ///     each font are known before the first is drawn.
    init(cairo: CairoContext, fonts: FontBook, frames: [Frame], emitsTags: Bool) {
        self.cairo = cairo
        self.text = GlyphRunPainter(cairo: cairo, fonts: fonts, glyphs: GlyphRunPainter.glyphsByFont(frames))
        self.emitsTags = emitsTags
    }

    /// Draws a page. Structure elements do not continue across pages: what cairo 1.16 can tag
    /// is content between a begin and an end, and the running header and footer must stay out.
    func drawPage(_ frame: Frame) {
        draw(frame, at: .zero, structure: [])
        closeStructure(keeping: 0)
    }

    func draw(_ frame: Frame, at origin: Point, structure prefix: [StructureTag] = []) {
        for (index, positioned) in frame.items.enumerated() {
            let at = origin.offset(by: positioned.position)
            let structure = prefix + positioned.structure
            /// The box on the page of this item and the ones after it that are inside `tag`.
            func extent(of tag: StructureTag) -> Rect {
                frame.items[index...].prefix { (prefix + $0.structure).contains(tag) }.map { $0.bounds.offset(by: origin) }
                    .reduce(positioned.bounds.offset(by: origin)) { $0.union($1) }
            }
            switch positioned.item {
            case .text(let item):
                enterStructure(structure, extent: extent)
                text.draw(item, at: at)
            case .shape(let shape):
                enterStructure(structure, extent: extent)
                draw(shape, at: at)
            case .group(let group):
                var inner = structure
                if case .figure(let alternativeText) = group.role, emitsTags {
                    let id = -(pendingAlternativeTexts.count + 1)
                    inner.append(StructureTag(.figure, id: id))
                    pendingAlternativeTexts[id] = alternativeText
                }
                if group.scale == 1 {
                    draw(group.frame, at: at, structure: inner)
                } else {
                    cairo_save(cairo.pointer)
                    cairo_translate(cairo.pointer, at.x, at.y)
                    cairo_scale(cairo.pointer, group.scale, group.scale)
                    draw(group.frame, at: .zero, structure: inner)
                    cairo_restore(cairo.pointer)
                }
            case .link(let link):
                guard emitsTags else { continue }
                enterStructure(structure, extent: extent)
                guard let target = Self.linkAttribute(link.target) else { continue }
                beginTag(CAIRO_TAG_LINK, "\(rectangle(Rect(origin: at, size: link.size))) \(target)")
                endTag(CAIRO_TAG_LINK)
            case .anchor(let name):
                guard emitsTags else { continue }
                let attributes =
                    "name=\(PDFSyntax.attribute(PDFSyntax.destinationName(name))) x=\(number(at.x)) y=\(number(at.y))"
                cairo_tag_begin(cairo.pointer, CAIRO_TAG_DEST, attributes)
                cairo_tag_end(cairo.pointer, CAIRO_TAG_DEST)
            }
        }
    }

    /// Closes the open elements `structure` is not in and opens the ones it is in. A link element
    /// is clickable over `extent` of it: the box of what it holds on this page.
    private func enterStructure(_ structure: [StructureTag], extent: (StructureTag) -> Rect) {
        guard emitsTags else { return }
        var common = 0
        while common < open.count, common < structure.count, open[common] == structure[common] { common += 1 }
        closeStructure(keeping: common)
        for tag in structure[common...] {
            var attributes = ""
            if case .link(let target) = tag.role {
                attributes = ([rectangle(extent(tag))] + [Self.linkAttribute(target)].compactMap { $0 })
                    .joined(separator: " ")
            }
            let path = beginTag(tag.role.pdfName, attributes)
            switch tag.role {
            case .figure:
                if let text = pendingAlternativeTexts[tag.id] {
                    figures.append(PDFStructurePatch.Figure(path: path, alternativeText: text))
                }
            case .tableHeaderCell: columnHeaders.append(path)
            default: break
            }
            open.append(tag)
        }
    }

    private func closeStructure(keeping count: Int) {
        while open.count > count, let tag = open.popLast() {
            endTag(tag.role.pdfName)
        }
    }

    /// Opens a structure element (or a link, which cairo makes one too) and returns its path in
    /// the structure tree: what identifies it, cairo 1.16 taking no attributes on structure tags.
    @discardableResult
    func beginTag(_ name: String, _ attributes: String = "") -> [Int] {
        treePath.append(childCounts[childCounts.count - 1])
        childCounts[childCounts.count - 1] += 1
        childCounts.append(0)
        cairo_tag_begin(cairo.pointer, name, attributes)
        return treePath
    }

    /// Closes the element `beginTag` opened last.
    func endTag(_ name: String) {
        cairo_tag_end(cairo.pointer, name)
        treePath.removeLast()
        childCounts.removeLast()
    }

    /// The attribute naming a link's target, or nil for a URI that is not a `WebAddress` (the
    /// notes reader already warned about it and kept the text plain). A `WebAddress` needs no
    /// escaping inside the `/URI (…)` string cairo writes verbatim.
    static func linkAttribute(_ target: Link.Target) -> String? {
        switch target {
        case .uri(let uri):
            guard let address = try? WebAddress(parsing: uri) else { return nil }
            assert(PDFSyntax.literalBody(Array(address.text.utf8)) == address.text)
            return "uri=\(PDFSyntax.attribute(address.text))"
        case .destination(let name):
            return destinationAttribute(name)
        }
    }

    /// The attribute pointing a link or an outline entry at the destination `name`.
    static func destinationAttribute(_ name: String) -> String {
        "dest=\(PDFSyntax.attribute(PDFSyntax.destinationName(name)))"
    }

    private func draw(_ shape: Shape, at origin: Point) {
        let cr = cairo.pointer
        cairo_new_path(cr)
        for element in shape.path.elements {
            switch element {
            case .move(let p): cairo_move_to(cr, origin.x + p.x, origin.y + p.y)
            case .line(let p): cairo_line_to(cr, origin.x + p.x, origin.y + p.y)
            case .curve(let a, let b, let c):
                cairo_curve_to(
                    cr, origin.x + a.x, origin.y + a.y, origin.x + b.x, origin.y + b.y, origin.x + c.x, origin.y + c.y)
            case .close: cairo_close_path(cr)
            }
        }
        if let fill = shape.fill {
            cairo_set_source_rgba(cr, fill.red, fill.green, fill.blue, fill.alpha)
            if shape.stroke != nil { cairo_fill_preserve(cr) } else { cairo_fill(cr) }
        }
        if let stroke = shape.stroke {
            cairo_set_source_rgba(cr, stroke.color.red, stroke.color.green, stroke.color.blue, stroke.color.alpha)
            cairo_set_line_width(cr, stroke.width)
            // Round joins: a line chart's sharp turns get no miter spikes.
            cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND)
            cairo_set_dash(cr, stroke.dash, Int32(stroke.dash.count), 0)
            cairo_stroke(cr)
        }
        cairo_new_path(cr)
    }

    /// A link's clickable area as a tag attribute.
    private func rectangle(_ rect: Rect) -> String {
        "rect=[\(number(rect.minX)) \(number(rect.minY)) \(number(rect.width)) \(number(rect.height))]"
    }

    /// A number for a tag attribute: plain decimal, no exponent.
    private func number(_ value: Double) -> String {
        let rounded = (value * 1000).rounded() / 1000
        return Int(exactly: rounded).map(String.init) ?? String(rounded)
    }
}
