internal import CFontSubset
import Foundation

/// One face of a font file opened by HarfBuzz, to cut subsets from. Subsets keep the glyph ids
/// of the whole font (`HB_SUBSET_FLAGS_RETAIN_GIDS`), so text shaped with the whole font is drawn
/// with a subset unchanged.
///
/// Sendable: a HarfBuzz face is immutable once made and its lazily loaded tables are published
/// atomically, so subsets may be cut from several threads at once.
final class FontSubsetter: @unchecked Sendable {
    /// The `hb_face_t`.
    private let face: OpaquePointer
    let source: FontSource

    /// Opens the face. (Not `hb_subset_preprocess`: for Noto Sans CJK it costs 2.4 s and
    /// 400 MiB, more than it ever saves here.)
    init(_ source: FontSource) throws(RenderError) {
        guard let blob = hb_blob_create_from_file_or_fail(source.path) else {
            throw RenderError("hb_blob_create_from_file", "cannot read the font file \(source.path)")
        }
        defer { hb_blob_destroy(blob) }
        guard let face = hb_face_create(blob, UInt32(source.index)), hb_face_get_glyph_count(face) > 0 else {
            throw RenderError("hb_face_create", "no font face \(source.index) in \(source.path)")
        }
        self.face = face
        self.source = source
    }

    deinit { hb_face_destroy(face) }

    /// The layout features whose substitutions the subset's glyphs are closed under: those
    /// HarfBuzz applies to horizontal text by default, except `locl` (in a CJK collection it
    /// leads to the other languages' forms). A glyph reached otherwise is simply not in the subset,
    /// and a document drawing it gets the whole face.
    private static let horizontalFeatures: [UInt32] = [
        "abvm", "blwm", "ccmp", "mark", "mkmk", "rlig", "calt", "clig", "curs", "dist", "kern", "liga", "rclt",
    ].map { tag in tag.utf8.reduce(0) { $0 << 8 | UInt32($1) } }

    /// The number of glyphs of the whole face.
    var glyphCount: Int { Int(hb_face_get_glyph_count(face)) }

    /// A subset holding `glyphs`, the glyphs the font maps `codePoints` to (with their cmap
    /// entries, so cairo finds the text of a glyph), and what the font's substitutions reach from
    /// them. Glyph 0 (`.notdef`) is always kept, outline included.
    func subset(glyphs: some Sequence<UInt32>, codePoints: some Sequence<UInt32>) throws(RenderError) -> FontSubset {
        guard let input = hb_subset_input_create_or_fail() else {
            throw RenderError("hb_subset_input_create_or_fail", "out of memory")
        }
        defer { hb_subset_input_destroy(input) }
        // With its outline: cairo puts glyph 0 in every font it embeds (an SVG's symbol `glyph0-0`).
        hb_subset_input_set_flags(input, HB_SUBSET_FLAGS_RETAIN_GIDS.rawValue | HB_SUBSET_FLAGS_NOTDEF_OUTLINE.rawValue)
        let glyphSet = hb_subset_input_glyph_set(input)
        for glyph in glyphs { hb_set_add(glyphSet, glyph) }
        let unicodeSet = hb_subset_input_unicode_set(input)
        for codePoint in codePoints { hb_set_add(unicodeSet, codePoint) }
        let features = hb_subset_input_set(input, HB_SUBSET_SETS_LAYOUT_FEATURE_TAG)
        hb_set_clear(features)
        for tag in Self.horizontalFeatures { hb_set_add(features, tag) }
        guard let plan = hb_subset_plan_create_or_fail(face, input) else {
            throw RenderError("hb_subset_plan_create_or_fail", "cannot plan a subset of \(source.path)")
        }
        defer { hb_subset_plan_destroy(plan) }
        guard let result = hb_subset_plan_execute_or_fail(plan) else {
            throw RenderError("hb_subset_plan_execute_or_fail", "cannot subset \(source.path)")
        }
        defer { hb_face_destroy(result) }
        guard let kept = hb_map_copy(hb_subset_plan_old_to_new_glyph_mapping(plan)) else {
            throw RenderError("hb_map_copy", "out of memory")
        }
        return FontSubset(bytes: hb_face_reference_blob(result), kept: kept)
    }
}
