import BriefingCore
internal import CCairo
internal import CFontconfig
import Synchronization

/// A cairo font face, shared: cairo's faces are reference-counted and lock their FreeType face,
/// so one can draw from any thread.
final class CairoFontFace: @unchecked Sendable {
    let pointer: OpaquePointer

    init(_ pointer: OpaquePointer) { self.pointer = pointer }

    deinit { cairo_font_face_destroy(pointer) }
}

/// The cairo font faces of the fonts glyph runs refer to, made once per process and kept: where a
/// `FontReference` becomes something cairo draws with. Face creation is `makeFace(for:)` alone.
enum FontFaceCache {
    private static let faces = Mutex<[FontReference: CairoFontFace]>([:])

    /// The face of `font`, or nil when its file cannot be loaded.
    static func face(for font: FontReference) -> CairoFontFace? {
        faces.withLock { faces in
            if let face = faces[font] { return face }
            guard let face = makeFace(for: font) else { return nil }
            faces[font] = face
            return face
        }
    }

    /// A face of the font file, as Pango's fontconfig font map makes one: from a pattern naming
    /// the file, the face and the synthetic bold, with the pinned options (`pinnedOptions()`)
    /// substituted into it.
    private static func makeFace(for font: FontReference) -> CairoFontFace? {
        guard let pattern = FcPatternCreate() else { return nil }
        defer { FcPatternDestroy(pattern) }
        add(font.file, FC_FILE, to: pattern)
        FcPatternAddInteger(pattern, FC_INDEX, Int32(font.index))
        FcPatternAddBool(pattern, FC_EMBOLDEN, font.emboldened ? 1 : 0)
        if !font.variations.isEmpty { add(font.variations, FC_FONT_VARIATIONS, to: pattern) }
        let options = pinnedOptions()
        cairo_ft_font_options_substitute(options, pattern)
        cairo_font_options_destroy(options)
        guard let face = cairo_ft_font_face_create_for_pattern(pattern) else { return nil }
        guard cairo_font_face_status(face) == CAIRO_STATUS_SUCCESS else {
            cairo_font_face_destroy(face)
            return nil
        }
        return CairoFontFace(face)
    }

    private static func add(_ value: String, _ object: String, to pattern: OpaquePointer) {
        _ = value.withCString {
            FcPatternAddString(pattern, object, UnsafeRawPointer($0).assumingMemoryBound(to: FcChar8.self))
        }
    }

    /// The font options of all text, so that PDF, PNG and SVG set and draw it alike: no hinting of
    /// outlines or metrics, grey anti-aliasing. The caller destroys them; nil when out of memory.
    static func pinnedOptions() -> OpaquePointer? {
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY)
        return options
    }
}
