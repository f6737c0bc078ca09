internal import CPangoCairo

/// Justification, done here rather than by Pango: Pango 1.50 justifies a line broken at a soft
/// hyphen to the column's width sometimes before the hyphen is added and sometimes after, which
/// one depending on what the thread set before, so the same paragraph came out with different
/// word spaces in a batch at `--jobs 2`. Here lines are justified from their natural widths, the
/// inserted hyphen included, by Pango's own rules: the extra width shared among the spaces in
/// proportion to their widths, or, in a line without spaces (Chinese), evenly between its
/// grapheme clusters.
extension PangoTypesetter {
    /// The widest a justified line may space its words, in ems of the paragraph's font size;
    /// a paragraph that would space them wider is set ragged-right. A space is about 0.25 em.
    public static let maxWordGap = 0.5

    /// Justifies every line of `layout` (set left-aligned, `width` wide in Pango units) that was
    /// broken for width, unless a line would space its words wider than `maxWordGap` ems of
    /// `size` or a line starts inside a word (`breaksWords`): such a paragraph stays ragged-right.
    static func justify(_ layout: PangoLayoutBox, width: Int32, size: Double, breaksWords: Bool) {
        let lines = pangoLines(of: layout)
        guard lines.count > 1, let text = pango_layout_get_text(layout.pointer) else { return }
        var count: Int32 = 0
        guard let attributes = pango_layout_get_log_attrs_readonly(layout.pointer, &count) else { return }
        let attrs = UnsafeBufferPointer(start: attributes, count: Int(count))
        let characters = CharacterOffsets(text)
        let indent = pango_layout_get_indent(layout.pointer)
        var plans: [[Widening]] = []
        for (number, line) in lines.enumerated() {
            guard number + 1 < lines.count else { break }
            // A line ended by a line or paragraph separator is not stretched, nor is the last.
            let next = characters.offset(ofByte: Int(lines[number + 1].pointee.start_index))
            if breaksWords && next < attrs.count && attrs[next].is_line_break == 0 { return }
            guard next >= attrs.count || attrs[next].is_mandatory_break == 0 else { continue }
            let firstOfParagraph = line.pointee.is_paragraph_start != 0
            let available = width - (firstOfParagraph ? max(indent, 0) : max(-indent, 0))
            var logical = PangoRectangle()
            pango_layout_line_get_extents(line, nil, &logical)
            let remaining = available - logical.width
            guard remaining > 0 else { continue }
            let plan =
                spaceWidening(line, text: text, remaining: remaining)
                ?? clusterWidening(line, text: text, attributes: attrs, characters: characters, remaining: remaining)
            plans.append(plan)
        }
        let widestGap = plans.joined().filter(\.isSpace).map { $0.glyph.pointee.geometry.width + $0.width }.max() ?? 0
        guard Double(widestGap) / Double(PANGO_SCALE) <= maxWordGap * size else { return }
        // Pango caches the lines' extents; lines taken for writing are measured afresh.
        _ = pango_layout_get_lines(layout.pointer)
        for widening in plans.joined() {
            widening.glyph.pointee.geometry.width += widening.width
            widening.glyph.pointee.geometry.x_offset += widening.offset
        }
    }

    /// One glyph made wider by `width`, drawn `offset` further right.
    private struct Widening {
        let glyph: UnsafeMutablePointer<PangoGlyphInfo>
        let width: Int32
        var offset: Int32 = 0
        var isSpace = false
    }

    /// The line's spaces (U+0020, U+00A0) widened to share `remaining` in proportion to their widths,
    /// as Pango does; nil when the line has none.
    private static func spaceWidening(
        _ line: UnsafeMutablePointer<PangoLayoutLine>, text: UnsafePointer<CChar>, remaining: Int32
    ) -> [Widening]? {
        var spaces: [UnsafeMutablePointer<PangoGlyphInfo>] = []
        forEachGlyph(of: line, text: text) { glyph, isSpace in
            if isSpace, glyph.pointee.geometry.width > 0 { spaces.append(glyph) }
        }
        let total = spaces.reduce(Int64(0)) { $0 + Int64($1.pointee.geometry.width) }
        guard total > 0 else { return nil }
        var sofar: Int64 = 0
        var added: Int64 = 0
        return spaces.map { glyph in
            sofar += Int64(glyph.pointee.geometry.width)
            let share = sofar * Int64(remaining) / total - added
            added += share
            return Widening(glyph: glyph, width: Int32(share), isSpace: true)
        }
    }

    /// The line's grapheme clusters spaced apart evenly to take `remaining` (the remainder of
    /// the division left over), half of each gap after one cluster and half before the next,
    /// as Pango does; none for a line of one cluster.
    private static func clusterWidening(
        _ line: UnsafeMutablePointer<PangoLayoutLine>, text: UnsafePointer<CChar>,
        attributes: UnsafeBufferPointer<PangoLogAttr>, characters: CharacterOffsets, remaining: Int32
    ) -> [Widening] {
        // The first and last glyph of each cluster that can take space, left to right.
        var clusters: [(first: UnsafeMutablePointer<PangoGlyphInfo>, last: UnsafeMutablePointer<PangoGlyphInfo>)] = []
        var run = line.pointee.runs
        while let node = run {
            defer { run = node.pointee.next }
            guard let item = node.pointee.data?.assumingMemoryBound(to: PangoGlyphItem.self),
                let glyphs = item.pointee.glyphs.pointee.glyphs
            else { continue }
            let ltr = item.pointee.item.pointee.analysis.level % 2 == 0
            var iterator = PangoGlyphItemIter()
            var more =
                ltr
                ? pango_glyph_item_iter_init_start(&iterator, item, text) != 0
                : pango_glyph_item_iter_init_end(&iterator, item, text) != 0
            while more {
                defer {
                    more =
                        ltr
                        ? pango_glyph_item_iter_next_cluster(&iterator) != 0
                        : pango_glyph_item_iter_prev_cluster(&iterator) != 0
                }
                let character = characters.offset(ofByte: Int(iterator.start_index))
                guard character < attributes.count, attributes[character].is_cursor_position != 0 else { continue }
                let (low, high) =
                    ltr
                    ? (Int(iterator.start_glyph), Int(iterator.end_glyph) - 1)
                    : (Int(iterator.end_glyph) + 1, Int(iterator.start_glyph))
                guard low <= high else { continue }
                let width = (low...high).reduce(Int32(0)) { $0 + glyphs[$1].geometry.width }
                guard width != 0 else { continue }
                clusters.append((glyphs + low, glyphs + high))
            }
        }
        let gaps = Int32(clusters.count - 1)
        guard gaps > 0 else { return [] }
        let share = remaining / gaps
        let left = share / 2
        let right = share - left
        var widenings: [Widening] = []
        for (index, cluster) in clusters.enumerated() {
            if index > 0 { widenings.append(Widening(glyph: cluster.first, width: left, offset: left)) }
            if index < clusters.count - 1 { widenings.append(Widening(glyph: cluster.last, width: right)) }
        }
        return widenings
    }

    /// The layout's lines, in order; they live as long as the layout.
    static func pangoLines(of layout: PangoLayoutBox) -> [UnsafeMutablePointer<PangoLayoutLine>] {
        var lines: [UnsafeMutablePointer<PangoLayoutLine>] = []
        var node = pango_layout_get_lines_readonly(layout.pointer)
        while let current = node {
            if let data = current.pointee.data { lines.append(data.assumingMemoryBound(to: PangoLayoutLine.self)) }
            node = current.pointee.next
        }
        return lines
    }

    /// Calls `body` with each glyph of `line` and whether it draws a space Pango stretches in
    /// justified text (U+0020 or U+00A0).
    private static func forEachGlyph(
        of line: UnsafeMutablePointer<PangoLayoutLine>, text: UnsafePointer<CChar>,
        _ body: (UnsafeMutablePointer<PangoGlyphInfo>, Bool) -> Void
    ) {
        var node = line.pointee.runs
        while let current = node {
            if let run = current.pointee.data?.assumingMemoryBound(to: PangoGlyphItem.self) {
                let itemOffset = Int(run.pointee.item.pointee.offset)
                let glyphs = run.pointee.glyphs.pointee
                for index in 0..<Int(glyphs.num_glyphs) {
                    let byte = itemOffset + Int(glyphs.log_clusters[index])
                    let lead = UInt8(bitPattern: text[byte])
                    body(
                        glyphs.glyphs + index,
                        lead == 0x20 || (lead == 0xC2 && UInt8(bitPattern: text[byte + 1]) == 0xA0))
                }
            }
            node = current.pointee.next
        }
    }
}

/// Character offsets (what Pango's log attributes are indexed by) of byte offsets in UTF-8 text.
struct CharacterOffsets {
    /// The byte offset where each character starts, in order.
    private var starts: [Int] = []
    /// The text's length in bytes.
    private var end = 0

    init(_ text: UnsafePointer<CChar>) {
        while text[end] != 0 {
            // Continuation bytes (10xxxxxx) do not start a character.
            if UInt8(bitPattern: text[end]) & 0xC0 != 0x80 { starts.append(end) }
            end += 1
        }
    }

    /// The offset of the character `byte` starts or is inside; the character count at the end.
    func offset(ofByte byte: Int) -> Int {
        guard byte < end else { return starts.count }
        var low = 0
        var high = starts.count
        // `low` ends as the number of characters starting at or before `byte`.
        while low < high {
            let middle = (low + high) / 2
            if starts[middle] <= byte { low = middle + 1 } else { high = middle }
        }
        return max(low - 1, 0)
    }
}
