internal import CCairo
import CFontSubset
import Foundation
import Testing

@testable import BriefingRender

/// Lines of text shaped by HarfBuzz with a whole font face, as a typesetter does before drawing,
/// and drawn with any face cairo is given: the whole one or a subset keeping its glyph ids.
struct ShapedText {
    let font: FontSource
    let size: Double
    /// The lines, top to bottom.
    let lines: [String]
    /// Each line's glyphs, positioned in points on the page, and the clusters that map
    /// them back to the line's UTF-8 bytes.
    let glyphs: [[cairo_glyph_t]]
    let clusters: [[cairo_text_cluster_t]]

    /// The glyph ids drawn.
    var glyphIDs: Set<UInt32> { Set(glyphs.joined().map { UInt32($0.index) }) }
    /// The characters shown.
    var codePoints: Set<UInt32> { Set(lines.joined().unicodeScalars.map(\.value)) }

    /// Shapes `lines` with `font` at `size` points, a line every 1.5 `size` from `top`, 36 pt in,
    /// for an A4 page.
    init(_ lines: [String], font: FontSource, size: Double = 12, top: Double = 36) throws {
        self.font = font
        self.size = size
        self.lines = lines
        let blob = hb_blob_create_from_file(font.path)
        let face = hb_face_create(blob, UInt32(font.index))
        let hbFont = hb_font_create(face)
        defer {
            hb_font_destroy(hbFont)
            hb_face_destroy(face)
            hb_blob_destroy(blob)
        }
        let scale = size / Double(hb_face_get_upem(face))
        var glyphs: [[cairo_glyph_t]] = []
        var clusters: [[cairo_text_cluster_t]] = []
        for (number, line) in lines.enumerated() {
            let buffer = hb_buffer_create()
            defer { hb_buffer_destroy(buffer) }
            hb_buffer_add_utf8(buffer, line, -1, 0, -1)
            hb_buffer_set_language(buffer, hb_language_from_string("zh-CN", -1))
            hb_buffer_guess_segment_properties(buffer)
            hb_shape(hbFont, buffer, nil, 0)
            var count: UInt32 = 0
            let infos = try #require(hb_buffer_get_glyph_infos(buffer, &count))
            let positions = try #require(hb_buffer_get_glyph_positions(buffer, &count))
            var lineGlyphs: [cairo_glyph_t] = []
            // HarfBuzz numbers clusters by their first UTF-8 byte, ascending in left-to-right text.
            var starts: [Int] = []
            var lineClusters: [cairo_text_cluster_t] = []
            var x = 36.0
            let y = top + size * 1.5 * Double(number + 1)
            for index in 0..<Int(count) {
                let position = positions[index]
                let start = Int(infos[index].cluster)
                if starts.last == start {
                    lineClusters[lineClusters.count - 1].num_glyphs += 1
                } else {
                    starts.append(start)
                    lineClusters.append(cairo_text_cluster_t(num_bytes: 0, num_glyphs: 1))
                }
                lineGlyphs.append(
                    cairo_glyph_t(
                        index: UInt(infos[index].codepoint), x: x + Double(position.x_offset) * scale,
                        y: y - Double(position.y_offset) * scale))
                x += Double(position.x_advance) * scale
            }
            let ends = starts.dropFirst() + [line.utf8.count]
            for (index, (start, end)) in zip(starts, ends).enumerated() {
                lineClusters[index].num_bytes = Int32(end - start)
            }
            glyphs.append(lineGlyphs)
            clusters.append(lineClusters)
        }
        self.glyphs = glyphs
        self.clusters = clusters
    }

    /// A PDF of the text drawn with `face`, dated so that it is the same every time.
    func pdf(with face: PreparedFace) throws -> [UInt8] {
        try Self.pdf(pages: [[(self, face)]])
    }

    /// A PDF of several pages, each showing texts drawn with their faces.
    static func pdf(pages: [[(text: ShapedText, face: PreparedFace)]]) throws -> [UInt8] {
        let stream = ByteStream()
        return try withExtendedLifetime(stream) { () throws -> [UInt8] in
            let surface = try CairoSurface(
                #require(cairo_pdf_surface_create_for_stream(ByteStream.write, stream.closure, 595, 842)),
                operation: "cairo_pdf_surface_create_for_stream")
            for key in [CAIRO_PDF_METADATA_CREATE_DATE, CAIRO_PDF_METADATA_MOD_DATE] {
                cairo_pdf_surface_set_metadata(surface.pointer, key, "2014-03-12T00:00:00Z")
            }
            let cairo = try CairoContext(surface: surface)
            for page in pages {
                for (text, face) in page { try text.draw(with: face, on: cairo) }
                cairo_show_page(cairo.pointer)
            }
            try surface.finish()
            return stream.bytes
        }
    }

    /// The pixels of the text drawn with `face` at 144 dpi, grey anti-aliasing as the typesetter sets.
    func pixels(with face: PreparedFace) throws -> [UInt8] {
        let (width, height) = (Int32(595 * 2), Int32(842 * 2))
        let surface = try CairoSurface(
            #require(cairo_image_surface_create(CAIRO_FORMAT_RGB24, width, height)),
            operation: "cairo_image_surface_create")
        let cairo = try CairoContext(surface: surface)
        cairo_set_source_rgb(cairo.pointer, 1, 1, 1)
        cairo_paint(cairo.pointer)
        cairo_scale(cairo.pointer, 2, 2)
        try draw(with: face, on: cairo)
        cairo_surface_flush(surface.pointer)
        let data = try #require(cairo_image_surface_get_data(surface.pointer))
        return Array(
            UnsafeBufferPointer(start: data, count: Int(cairo_image_surface_get_stride(surface.pointer) * height)))
    }

    private func draw(with face: PreparedFace, on cairo: CairoContext) throws {
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY)
        cairo_set_font_options(cairo.pointer, options)
        cairo_font_options_destroy(options)
        cairo_set_font_face(cairo.pointer, face.pointer)
        cairo_set_font_size(cairo.pointer, size)
        cairo_set_source_rgb(cairo.pointer, 0, 0, 0)
        // As the renderer draws runs: glyphs with their text, so the PDF's text is the source's.
        for (line, (glyphs, clusters)) in zip(lines, zip(glyphs, clusters)) {
            cairo_show_text_glyphs(
                cairo.pointer, line, Int32(line.utf8.count), glyphs, Int32(glyphs.count), clusters,
                Int32(clusters.count), cairo_text_cluster_flags_t(rawValue: 0))
        }
        try cairo.check("cairo_show_text_glyphs")
    }
}

extension FontSource {
    /// The face fontconfig picks for `pattern` (`fc-match`).
    static func matching(_ pattern: String) -> FontSource {
        let match = try? QPDF.run(["fc-match", "--format=%{file}\n%{index}", pattern])
        let parts = match?.output.split(separator: "\n") ?? []
        return FontSource(path: parts.first.map(String.init) ?? "", index: parts.count > 1 ? Int(parts[1]) ?? 0 : 0)
    }
}
