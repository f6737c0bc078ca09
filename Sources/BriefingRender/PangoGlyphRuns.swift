import BriefingCore
internal import CCairo
internal import CFontconfig
internal import CPangoCairo

/// Reads the glyph runs out of Pango's lines: each run's font (into the typesetter's font book),
/// glyph ids and positions, clusters, colour and the underlines and strikethroughs Pango's
/// renderer would draw, worked out as `pango_renderer_draw_layout_line` (Pango 1.50) does, so that
/// drawing the runs puts the same marks where `pango_cairo_show_layout_line` did.
final class PangoGlyphRuns {
    /// The fonts met so far.
    private(set) var book = FontBook()
    /// Each Pango font met (kept referenced, so its address names no other font) and its number
    /// in `book` and em size.
    private var known: [UnsafeMutablePointer<PangoFont>: (id: Int, size: Double)] = [:]

    private static let glyphEmpty: UInt32 = 0x0FFF_FFFF
    private static let unknownFlag: UInt32 = 0x1000_0000
    private static let scale = Double(PANGO_SCALE)

    deinit {
        for font in known.keys { g_object_unref(UnsafeMutableRawPointer(font)) }
    }

    /// The runs of `line`, whose layout's text is `text`.
    func runs(of line: UnsafeMutablePointer<PangoLayoutLine>, text: UnsafePointer<CChar>) -> [GlyphRun] {
        var runs: [GlyphRun] = []
        var state = DecorationState()
        var xOffset: Int32 = 0
        var node = line.pointee.runs
        while let current = node {
            node = current.pointee.next
            guard let data = current.pointee.data else { continue }
            let glyphItem = data.assumingMemoryBound(to: PangoGlyphItem.self)
            guard let item = glyphItem.pointee.item, let glyphs = glyphItem.pointee.glyphs,
                let font = item.pointee.analysis.font
            else { continue }
            let attributes = Attributes(item)
            var ink = PangoRectangle()
            var logical = PangoRectangle()
            let width: Int32
            if attributes.underline || attributes.strikethrough {
                pango_glyph_string_extents(glyphs, font, &ink, &logical)
                width = logical.width
            } else {
                width = pango_glyph_string_get_width(glyphs)
            }
            xOffset += glyphItem.pointee.start_x_offset
            let yOffset = -glyphItem.pointee.y_offset
            var run = self.run(
                glyphItem, item: item, glyphs: glyphs.pointee, font: font, text: text, x: xOffset, y: yOffset)
            run.color = attributes.color

            if attributes.underline || attributes.strikethrough {
                let metrics = pango_font_get_metrics(font, item.pointee.analysis.language)
                defer { pango_font_metrics_unref(metrics) }
                if attributes.underline {
                    let rect = PangoRectangle(
                        x: xOffset + min(ink.x, logical.x),
                        y: yOffset - pango_font_metrics_get_underline_position(metrics),
                        width: max(ink.width, logical.width),
                        height: pango_font_metrics_get_underline_thickness(metrics))
                    state.addUnderline(rect, to: &run)
                }
                if attributes.strikethrough {
                    let glyphCount = glyphs.pointee.num_glyphs
                    state.addStrikethrough(
                        x: xOffset + ink.x, width: ink.width,
                        y: (yOffset - pango_font_metrics_get_strikethrough_position(metrics)) * glyphCount,
                        height: pango_font_metrics_get_strikethrough_thickness(metrics) * glyphCount,
                        glyphs: glyphCount)
                }
            }
            if !attributes.underline { state.flushUnderline(to: &run) }
            if !attributes.strikethrough { state.flushStrikethrough(to: &run) }
            xOffset += width + glyphItem.pointee.end_x_offset
            runs.append(run)
        }
        if !runs.isEmpty {
            state.flushUnderline(to: &runs[runs.count - 1])
            state.flushStrikethrough(to: &runs[runs.count - 1])
        }
        return runs
    }

    /// The glyphs and clusters of one Pango run (`glyphItem`, of `item` and `glyphString`), its
    /// origin `x`, `y` (Pango units) on the line.
    private func run(
        _ glyphItem: UnsafeMutablePointer<PangoGlyphItem>, item: UnsafeMutablePointer<PangoItem>,
        glyphs glyphString: PangoGlyphString, font: UnsafeMutablePointer<PangoFont>, text: UnsafePointer<CChar>,
        x: Int32, y: Int32
    ) -> GlyphRun {
        let (id, size) = entry(for: font)
        var glyphs: [GlyphRun.Glyph] = []
        var missing: [GlyphRun.MissingGlyph] = []
        glyphs.reserveCapacity(Int(glyphString.num_glyphs))
        var position: Int32 = 0
        for info in UnsafeBufferPointer(start: glyphString.glyphs, count: Int(glyphString.num_glyphs)) {
            defer { position += info.geometry.width }
            let glyph = info.glyph
            guard glyph != Self.glyphEmpty else { continue }
            let gx = Double(position + info.geometry.x_offset) / Self.scale
            let gy = Double(info.geometry.y_offset) / Self.scale
            if glyph & Self.unknownFlag == 0 {
                glyphs.append(GlyphRun.Glyph(id: glyph, x: gx, y: gy))
            } else if glyph != (0x20 | Self.unknownFlag) {
                // No font has the character: a box of its advance, as tall as a capital.
                let advance = Double(info.geometry.width) / Self.scale
                missing.append(
                    GlyphRun.MissingGlyph(
                        scalar: glyph & ~Self.unknownFlag,
                        box: Rect(x: gx + 0.1 * advance, y: gy - 0.7 * size, width: 0.8 * advance, height: 0.7 * size)))
            }
        }
        let backward = item.pointee.analysis.level & 1 != 0
        var clusters: [GlyphRun.Cluster] = []
        var iterator = PangoGlyphItemIter()
        if pango_glyph_item_iter_init_start(&iterator, glyphItem, text) != 0 {
            repeat {
                let (start, end) = (iterator.start_glyph, iterator.end_glyph)
                var count = backward ? start - end : end - start
                // Glyphs that draw nothing are not drawn: they are no cluster's.
                for index in min(start, end + 1)..<max(start + 1, end) {
                    let glyph = glyphString.glyphs[Int(index)].glyph
                    if glyph == Self.glyphEmpty || glyph & Self.unknownFlag != 0 { count -= 1 }
                }
                clusters.append(
                    GlyphRun.Cluster(bytes: Int(iterator.end_index - iterator.start_index), glyphs: Int(count)))
            } while pango_glyph_item_iter_next_cluster(&iterator) != 0
        }
        let bytes = UnsafeRawBufferPointer(start: text + Int(item.pointee.offset), count: Int(item.pointee.length))
        return GlyphRun(
            font: id, size: size, x: Double(x) / Self.scale, y: Double(y) / Self.scale, glyphs: glyphs,
            text: String(decoding: bytes, as: UTF8.self), clusters: clusters, isBackward: backward, missing: missing)
    }

    /// The number in the book and the em size of `font`.
    private func entry(for font: UnsafeMutablePointer<PangoFont>) -> (id: Int, size: Double) {
        if let known = known[font] { return known }
        let raw = UnsafeMutableRawPointer(font)
        let pattern = pango_fc_font_get_pattern(raw.assumingMemoryBound(to: PangoFcFont.self))
        var file: UnsafeMutablePointer<FcChar8>?
        var index: Int32 = 0
        var embolden: FcBool = 0
        var matrix: UnsafeMutablePointer<FcMatrix>?
        var variations: UnsafeMutablePointer<FcChar8>?
        FcPatternGetString(pattern, FC_FILE, 0, &file)
        FcPatternGetInteger(pattern, FC_INDEX, 0, &index)
        FcPatternGetBool(pattern, FC_EMBOLDEN, 0, &embolden)
        FcPatternGetMatrix(pattern, FC_MATRIX, 0, &matrix)
        FcPatternGetString(pattern, FC_FONT_VARIATIONS, 0, &variations)
        let reference = FontReference(
            file: file.map { String(cString: $0) } ?? "", index: Int(index), emboldened: embolden != 0,
            slant: matrix?.pointee.xy ?? 0, variations: variations.map { String(cString: $0) } ?? "")
        // The em size Pango gave cairo: its font matrix's, which is the size times the pattern's
        // matrix (whose `yy` is 1).
        var fontMatrix = cairo_matrix_t()
        if let scaled = pango_cairo_font_get_scaled_font(OpaquePointer(raw)) {
            cairo_scaled_font_get_font_matrix(scaled, &fontMatrix)
        }
        g_object_ref(raw)
        let entry = (id: book.id(for: reference), size: fontMatrix.yy)
        known[font] = entry
        return entry
    }
}

/// What a run's attributes ask of the renderer: decorations and a colour of its own.
private struct Attributes {
    var underline = false
    var strikethrough = false
    var color: Color?

    init(_ item: UnsafeMutablePointer<PangoItem>) {
        var node = item.pointee.analysis.extra_attrs
        while let current = node {
            node = current.pointee.next
            guard let attribute = current.pointee.data?.assumingMemoryBound(to: PangoAttribute.self) else { continue }
            let raw = UnsafeMutableRawPointer(attribute)
            switch attribute.pointee.klass.pointee.type {
            case PANGO_ATTR_UNDERLINE:
                underline =
                    raw.assumingMemoryBound(to: PangoAttrInt.self).pointee.value != PANGO_UNDERLINE_NONE.rawValue
            case PANGO_ATTR_STRIKETHROUGH:
                strikethrough = raw.assumingMemoryBound(to: PangoAttrInt.self).pointee.value != 0
            case PANGO_ATTR_FOREGROUND:
                let c = raw.assumingMemoryBound(to: PangoAttrColor.self).pointee.color
                color = Color(red: Double(c.red) / 65535, green: Double(c.green) / 65535, blue: Double(c.blue) / 65535)
            default: break
            }
        }
    }
}

/// The underline and strikethrough running along a line so far, in Pango units, as Pango's
/// renderer joins them over runs; a finished one goes to the run being read when it ends, drawn
/// in that run's colour as Pango draws it.
private struct DecorationState {
    private var underline: PangoRectangle?
    private var strikethrough: PangoRectangle?
    private var strikethroughGlyphs: Int32 = 0

    mutating func addUnderline(_ rect: PangoRectangle, to run: inout GlyphRun) {
        if var current = underline, current.y == rect.y, current.height == rect.height {
            current.width = rect.x + rect.width - current.x
            underline = current
        } else {
            flushUnderline(to: &run)
            underline = rect
        }
    }

    /// Adds a run's strikethrough: its `y` and `height` are sums over `glyphs` glyphs, averaged
    /// when drawn.
    mutating func addStrikethrough(x: Int32, width: Int32, y: Int32, height: Int32, glyphs: Int32) {
        if var current = strikethrough {
            current.width = x + width - current.x
            current.y += y
            current.height += height
            strikethrough = current
            strikethroughGlyphs += glyphs
        } else {
            strikethrough = PangoRectangle(x: x, y: y, width: width, height: height)
            strikethroughGlyphs = glyphs
        }
    }

    mutating func flushUnderline(to run: inout GlyphRun) {
        guard let rect = underline else { return }
        underline = nil
        run.decorations.append(Self.decoration(rect, color: run.color))
    }

    mutating func flushStrikethrough(to run: inout GlyphRun) {
        guard let rect = strikethrough else { return }
        strikethrough = nil
        if strikethroughGlyphs > 0 {
            run.decorations.append(
                Self.decoration(
                    PangoRectangle(
                        x: rect.x, y: rect.y / strikethroughGlyphs, width: rect.width,
                        height: rect.height / strikethroughGlyphs),
                    color: run.color))
        }
        strikethroughGlyphs = 0
    }

    private static func decoration(_ rect: PangoRectangle, color: Color?) -> GlyphRun.Decoration {
        let scale = Double(PANGO_SCALE)
        return GlyphRun.Decoration(
            rect: Rect(
                x: Double(rect.x) / scale, y: Double(rect.y) / scale, width: Double(rect.width) / scale,
                height: Double(rect.height) / scale),
            color: color)
    }
}
