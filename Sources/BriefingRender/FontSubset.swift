internal import CFontSubset

/// A subset font's bytes (a complete OpenType font, glyph ids those of the whole font) and which
/// glyphs it holds.
///
/// Sendable: both HarfBuzz objects are never changed after the subset is made, and their
/// reference counts are atomic.
final class FontSubset: @unchecked Sendable {
    /// The `hb_blob_t` holding the font.
    private let bytes: OpaquePointer
    /// The `hb_map_t` from the whole font's glyph ids kept to themselves.
    private let kept: OpaquePointer

    init(bytes: OpaquePointer, kept: OpaquePointer) {
        self.bytes = bytes
        self.kept = kept
    }

    /// A subset of `bytes` (an `hb_blob_t`, whose reference passes to the subset) holding `glyphs`.
    convenience init(bytes: OpaquePointer, glyphs: [UInt32]) throws(RenderError) {
        guard let kept = hb_map_create(), hb_map_allocation_successful(kept) != 0 else {
            hb_blob_destroy(bytes)
            throw RenderError("hb_map_create", "out of memory")
        }
        for glyph in glyphs { hb_map_set(kept, glyph, glyph) }
        self.init(bytes: bytes, kept: kept)
    }

    deinit {
        hb_map_destroy(kept)
        hb_blob_destroy(bytes)
    }

    /// The font's size in bytes.
    var byteCount: Int { Int(hb_blob_get_length(bytes)) }

    /// The number of glyphs kept.
    var glyphCount: Int { Int(hb_map_get_population(kept)) }

    /// The glyph ids kept, ascending, of a font of `glyphCount` glyphs.
    func glyphs(of glyphCount: Int) -> [UInt32] {
        (0..<UInt32(glyphCount)).filter { hb_map_has(kept, $0) != 0 }
    }

    /// Whether every glyph of `glyphs` is in the subset.
    func holds(_ glyphs: some Sequence<UInt32>) -> Bool {
        glyphs.allSatisfy { hb_map_has(kept, $0) != 0 }
    }

    /// Calls `body` with the font's bytes, valid as long as the subset lives.
    func withBytes<Result>(_ body: (UnsafeRawBufferPointer) throws(RenderError) -> Result) throws(RenderError) -> Result
    {
        var length: UInt32 = 0
        let data = hb_blob_get_data(bytes, &length)
        return try body(UnsafeRawBufferPointer(start: data, count: Int(length)))
    }
}
