/// Which characters the document's fonts can draw: Render knows the fonts, Input knows where
/// each piece of text was written, so Input asks through this to warn at the right place.
public protocol GlyphCoverage: Sendable {
    /// Whether some font of the document has a glyph for `scalar`.
    func covers(_ scalar: Unicode.Scalar) -> Bool
}
