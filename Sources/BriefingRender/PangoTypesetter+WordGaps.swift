internal import CPangoCairo

extension PangoTypesetter {
    /// The widest a justified line may space its words, in ems of the paragraph's font size;
    /// a paragraph that would space them wider is set ragged-right. A space is about 0.25 em.
    public static let maxWordGap = 0.5

    /// The widest space (U+0020) drawn in `layout`, justification included, in points.
    static func widestWordGap(_ layout: PangoLayoutBox) -> Double {
        var widest: Int32 = 0
        forEachLine(of: layout) { line in
            forEachGlyph(of: line, in: layout) { glyph, isSpace in
                if isSpace { widest = max(widest, glyph.pointee.geometry.width) }
            }
        }
        return Double(widest) / Double(PANGO_SCALE)
    }

    /// Narrows the spaces of every line of `layout` that is wider than `width` (Pango units) by
    /// the excess. Pango 1.50 justifies a line broken at a soft hyphen to the full width before
    /// the hyphen is added, so the hyphen would hang past the column by its own width.
    static func fitJustifiedLines(_ layout: PangoLayoutBox, width: Int32) {
        var fits: [(spaces: [UnsafeMutablePointer<PangoGlyphInfo>], excess: Int32)] = []
        forEachLine(of: layout) { line in
            var total: Int32 = 0
            var spaces: [UnsafeMutablePointer<PangoGlyphInfo>] = []
            forEachGlyph(of: line, in: layout) { glyph, isSpace in
                total += glyph.pointee.geometry.width
                if isSpace, glyph.pointee.geometry.width > 0 { spaces.append(glyph) }
            }
            if total > width, !spaces.isEmpty { fits.append((spaces, total - width)) }
        }
        guard !fits.isEmpty else { return }
        // Pango caches the lines' extents; lines taken for writing are measured afresh.
        _ = pango_layout_get_lines(layout.pointer)
        for (spaces, excess) in fits {
            let count = Int32(spaces.count)
            for (index, space) in spaces.enumerated() {
                // The excess spread evenly, its remainder one unit each over the first spaces.
                let share = excess / count + (Int32(index) < excess % count ? 1 : 0)
                space.pointee.geometry.width = max(0, space.pointee.geometry.width - share)
            }
        }
    }

    private static func forEachLine(of layout: PangoLayoutBox, _ body: (UnsafeMutablePointer<PangoLayoutLine>) -> Void)
    {
        var node = pango_layout_get_lines_readonly(layout.pointer)
        while let current = node {
            if let line = current.pointee.data?.assumingMemoryBound(to: PangoLayoutLine.self) { body(line) }
            node = current.pointee.next
        }
    }

    /// Calls `body` with each glyph of `line` and whether it draws a space (U+0020).
    private static func forEachGlyph(
        of line: UnsafeMutablePointer<PangoLayoutLine>, in layout: PangoLayoutBox,
        _ body: (UnsafeMutablePointer<PangoGlyphInfo>, Bool) -> Void
    ) {
        guard let text = pango_layout_get_text(layout.pointer) else { return }
        var node = line.pointee.runs
        while let current = node {
            if let run = current.pointee.data?.assumingMemoryBound(to: PangoGlyphItem.self) {
                let itemOffset = Int(run.pointee.item.pointee.offset)
                let glyphs = run.pointee.glyphs.pointee
                for index in 0..<Int(glyphs.num_glyphs) {
                    body(glyphs.glyphs + index, text[itemOffset + Int(glyphs.log_clusters[index])] == 0x20)
                }
            }
            node = current.pointee.next
        }
    }
}
