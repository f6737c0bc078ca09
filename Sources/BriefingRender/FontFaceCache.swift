import BriefingCore
internal import CCairo
internal import CFontconfig
import Synchronization

/// Where a `FontReference` becomes something cairo draws with. Static faces come from
/// ``PreparedFonts`` (one per process, common subsets kept in ``PreparedFonts/defaultCacheFolder``),
/// so cairo embeds from a subset of the font rather than from the whole file; a face with
/// OpenType variations is made from a fontconfig pattern, which applies them, once per process.
enum FontFaceCache {
    /// The static faces of the process, shared by a batch's workers.
    static let prepared = PreparedFonts(policy: .commonSet, cacheFolder: PreparedFonts.defaultCacheFolder)
    private static let variableFaces = Mutex<[FontReference: PreparedFace]>([:])

    /// The face to draw a document's glyphs `glyphs` of `font` with (every glyph the document
    /// draws with it, so that the choice depends on the document alone), or nil when it cannot
    /// be loaded.
    static func face(for font: FontReference, glyphs: Set<UInt32>) -> PreparedFace? {
        guard font.variations.isEmpty else { return variableFace(font) }
        return try? prepared.face(
            for: FontSource(path: font.file, index: font.index, emboldened: font.emboldened), glyphs: glyphs)
    }

    /// The face of `font`, as Pango's fontconfig font map makes one: from a pattern naming the
    /// file, the face, the synthetic bold and the variations.
    private static func variableFace(_ font: FontReference) -> PreparedFace? {
        variableFaces.withLock { faces in
            if let face = faces[font] { return face }
            guard let pattern = FcPatternCreate() else { return nil }
            defer { FcPatternDestroy(pattern) }
            add(font.file, FC_FILE, to: pattern)
            FcPatternAddInteger(pattern, FC_INDEX, Int32(font.index))
            FcPatternAddBool(pattern, FC_EMBOLDEN, font.emboldened ? 1 : 0)
            add(font.variations, FC_FONT_VARIATIONS, to: pattern)
            let options = pinnedOptions()
            cairo_ft_font_options_substitute(options, pattern)
            cairo_font_options_destroy(options)
            guard let pointer = cairo_ft_font_face_create_for_pattern(pattern) else { return nil }
            let face = PreparedFace(adopting: pointer)
            guard cairo_font_face_status(pointer) == CAIRO_STATUS_SUCCESS else { return nil }
            faces[font] = face
            return face
        }
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
