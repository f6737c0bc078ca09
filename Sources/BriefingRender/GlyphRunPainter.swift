import BriefingCore
internal import CCairo

/// Draws the glyph runs of text items with `cairo_show_text_glyphs`, so that the PDF keeps the
/// text (clusters become ToUnicode and ActualText); it never shapes. Drawn as Pango's cairo
/// renderer drew the same runs: from the line's origin as cairo keeps a current point, each
/// run's glyphs, then the underlines and strikethroughs that end with it.
final class GlyphRunPainter {
    private let cairo: CairoContext
    private let fonts: FontBook
    /// The glyph ids each font number draws in the whole document: what its face is chosen by.
    private let glyphs: [Int: Set<UInt32>]
    /// Whether the surface keeps text with glyphs (PDF); elsewhere plain glyphs are drawn.
    private let keepsText: Bool
    /// Scaled fonts by font number and size: what cairo draws with.
    private var scaledFonts: [ScaledFontKey: OpaquePointer] = [:]
    private let options = FontFaceCache.pinnedOptions()

    /// - Parameter glyphs: every glyph each font number draws in the document
    ///   (`glyphsByFont(_:)` of all its frames), before anything is drawn.
    init(cairo: CairoContext, fonts: FontBook, glyphs: [Int: Set<UInt32>]) {
        self.cairo = cairo
        self.fonts = fonts
        self.glyphs = glyphs
        keepsText = cairo_surface_has_show_text_glyphs(cairo.surface.pointer) != 0
    }

    deinit {
        for font in scaledFonts.values { cairo_scaled_font_destroy(font) }
        cairo_font_options_destroy(options)
    }

    /// The glyph ids each font number draws in `frames`, groups included.
    static func glyphsByFont(_ frames: some Sequence<Frame>) -> [Int: Set<UInt32>] {
        var result: [Int: Set<UInt32>] = [:]
        for frame in frames {
            for leaf in frame.leaves() {
                guard case .text(let item) = leaf.item.item else { continue }
                for index in item.lines where index < item.paragraph.lines.count {
                    for run in item.paragraph.lines[index].runs {
                        result[run.font, default: []].formUnion(run.glyphs.lazy.map(\.id))
                    }
                }
            }
        }
        return result
    }

    /// Draws the lines of `item` with the top of its first line at `origin`.
    func draw(_ item: TextItem, at origin: Point) {
        let paragraph = item.paragraph
        guard let first = item.lines.first, first < paragraph.lines.count else { return }
        let cr = cairo.pointer
        let color = paragraph.spec.style.color
        cairo_set_source_rgba(cr, color.red, color.green, color.blue, color.alpha)
        let top = paragraph.lines[first].top
        for index in item.lines where index < paragraph.lines.count {
            let line = paragraph.lines[index]
            // Pango drew from the current point, which cairo keeps in fixed point on the device.
            var x = 0.0
            var y = 0.0
            cairo_move_to(cr, origin.x + line.x, origin.y + line.baseline - top)
            cairo_get_current_point(cr, &x, &y)
            cairo_new_path(cr)
            for run in line.runs {
                draw(run, x: x, y: y)
                for decoration in run.decorations {
                    cairo_save(cr)
                    if let color = decoration.color { cairo_set_source_rgba(cr, color.red, color.green, color.blue, 1) }
                    let rect = decoration.rect
                    cairo_rectangle(cr, x + rect.minX, y + rect.minY, rect.width, rect.height)
                    cairo_fill(cr)
                    cairo_restore(cr)
                }
            }
        }
    }

    /// Draws `run` on the line whose baseline starts at `x`, `y`.
    private func draw(_ run: GlyphRun, x lineX: Double, y lineY: Double) {
        let cr = cairo.pointer
        guard let font = scaledFont(run.font, size: run.size) else { return }
        cairo_save(cr)
        defer { cairo_restore(cr) }
        if let color = run.color { cairo_set_source_rgba(cr, color.red, color.green, color.blue, 1) }
        cairo_set_scaled_font(cr, font)
        let x = lineX + run.x
        let y = lineY + run.y
        let glyphs = run.glyphs.map { cairo_glyph_t(index: UInt($0.id), x: x + $0.x, y: y + $0.y) }
        if keepsText {
            let clusters = run.clusters.map {
                cairo_text_cluster_t(num_bytes: Int32($0.bytes), num_glyphs: Int32($0.glyphs))
            }
            let flags = run.isBackward ? CAIRO_TEXT_CLUSTER_FLAG_BACKWARD : cairo_text_cluster_flags_t(0)
            cairo_show_text_glyphs(
                cr, run.text, Int32(run.text.utf8.count), glyphs, Int32(glyphs.count), clusters, Int32(clusters.count),
                flags)
        } else {
            cairo_show_glyphs(cr, glyphs, Int32(glyphs.count))
        }
        for missing in run.missing {
            cairo_rectangle(cr, x + missing.box.minX, y + missing.box.minY, missing.box.width, missing.box.height)
            cairo_set_line_width(cr, run.size / 20)
            cairo_stroke(cr)
        }
    }

    /// The scaled font of font `id` at `size`, as Pango made it: the face, a font matrix of the
    /// size (sheared for a synthetic oblique), an identity transformation and the pinned options.
    private func scaledFont(_ id: Int, size: Double) -> OpaquePointer? {
        let key = ScaledFontKey(font: id, size: size)
        if let font = scaledFonts[key] { return font }
        guard let reference = fonts[id], let face = FontFaceCache.face(for: reference, glyphs: glyphs[id] ?? []) else {
            return nil
        }
        var matrix = cairo_matrix_t()
        cairo_matrix_init(&matrix, 1, 0, -reference.slant, 1, 0, 0)
        cairo_matrix_scale(&matrix, size, size)
        var identity = cairo_matrix_t()
        cairo_matrix_init_identity(&identity)
        guard let font = cairo_scaled_font_create(face.pointer, &matrix, &identity, options) else { return nil }
        guard cairo_scaled_font_status(font) == CAIRO_STATUS_SUCCESS else {
            cairo_scaled_font_destroy(font)
            return nil
        }
        scaledFonts[key] = font
        return font
    }

    private struct ScaledFontKey: Hashable {
        let font: Int
        let size: Double
    }
}
