import BriefingCore
internal import CCairo
internal import CPangoCairo

/// The real `Typesetter`: Pango shapes and breaks the text (UAX #14 with CJK rules, font fallback,
/// justification), and gives each line its glyph runs, which render draws as they are. Layouts are
/// kept for measuring the same text again. Not thread-safe: one typesetter per task, as one
/// document is.
public final class PangoTypesetter: Typesetter {
    private let context: PangoContextBox
    private let monospaceFamily: String
    /// Hyphenates justified English paragraphs; nil when the dictionary is not installed.
    private let hyphenator = HyphenationDictionary.english.map(Hyphenator.init)
    /// Reads lines' glyph runs and keeps the book of their fonts.
    private let glyphRuns = PangoGlyphRuns()
    /// Shaped layouts and their lines, by the paragraph's shaping key (`shapingKey(_:)`).
    private var layouts: [ParagraphSpec: Kept] = [:]
    /// The paragraphs asked for last, most recent at the end: layout measures line by line
    /// through a paragraph, with a page's running header and footer in between, and comparing
    /// keys that share their text's storage is immediate where hashing reads all the text.
    private var recent: [(key: ParagraphSpec, kept: Kept)] = []
    /// Counts calls of `forgetUnused()`: the generation paragraphs set now are marked with.
    private var generation = 0
    private static let recentCount = 8

    /// - Parameter monospaceFamily: the family list for inline code.
    /// - Throws: if fonts have not been configured (`FontConfiguration.use`) or Pango fails.
    public init(monospaceFamily: String) throws(RenderError) {
        guard FontConfiguration.isConfigured else {
            throw RenderError("PangoTypesetter", "fonts are not configured: call FontConfiguration.use first")
        }
        self.context = try PangoContextBox()
        self.monospaceFamily = monospaceFamily
    }

    /// Starts loading the hyphenation patterns in the background; call early, before the brief
    /// is read, so that the first justified paragraph does not wait for them.
    public static func prepareHyphenation() { HyphenationDictionary.loadInBackground() }

    public var fonts: FontBook { glyphRuns.book }

    public func typeset(_ spec: ParagraphSpec) -> TypesetParagraph {
        TypesetParagraph(spec: spec, lines: shaped(spec).lines)
    }

    public func xRanges(of range: Range<Int>, line: Int, in paragraph: TypesetParagraph) -> [ClosedRange<Double>] {
        let pangoLines = shaped(paragraph.spec).pangoLines
        guard pangoLines.indices.contains(line) else { return [] }
        let pangoLine = pangoLines[line]
        var ranges: UnsafeMutablePointer<Int32>?
        var count: Int32 = 0
        let marks = shaped(paragraph.spec).marks
        pango_layout_line_get_x_ranges(
            pangoLine, Int32(marks.marked(range.lowerBound)),
            Int32(marks.marked(range.upperBound, isEnd: true)), &ranges, &count)
        defer { g_free(ranges) }
        guard let ranges else { return [] }
        let scale = Double(PANGO_SCALE)
        return (0..<Int(count)).map { Double(ranges[2 * $0]) / scale...Double(ranges[2 * $0 + 1]) / scale }
    }

    /// Forgets the layouts kept for measuring again; call between documents to bound memory.
    public func clearCache() {
        layouts.removeAll(keepingCapacity: true)
        recent.removeAll()
    }

    /// Forgets the paragraphs set by neither of the last two documents; call before each document
    /// of a series. What every document sets (headings, table headers, names, tick labels) stays
    /// shaped; what one document alone set (its numbers and sentences) goes two documents later.
    /// (Measured on the 144-report batch against keeping four documents' paragraphs: 7% faster.)
    public func forgetUnused() {
        let oldest = generation - 1
        generation += 1
        // Removed by key rather than filtered into a new dictionary, which would hash every kept
        // paragraph's text again.
        for (key, kept) in layouts where kept.generation < oldest { layouts.removeValue(forKey: key) }
        recent.removeAll { $0.kept.generation < oldest }
    }

    /// How many paragraphs are kept shaped (each holds a `PangoLayout`, tens of kilobytes).
    public var cachedParagraphs: Int { layouts.count }

    /// The paragraph shaped and broken into lines, from the cache when the same text was set before.
    private func shaped(_ spec: ParagraphSpec) -> Shaped {
        let key = Self.shapingKey(spec)
        if let index = recent.lastIndex(where: { $0.key == key }) {
            let entry = recent[index]
            if index != recent.count - 1 {
                recent.remove(at: index)
                recent.append(entry)
            }
            entry.kept.generation = generation
            return entry.kept.shaped
        }
        let entry: Kept
        if let cached = layouts[key] {
            entry = cached
            entry.generation = generation
        } else {
            let marks = (hyphenator?.softHyphens(for: key) ?? InvisibleMarks(softHyphens: []))
                .adding(.wordJoiner, at: KeepTogether.dashJoins(in: key.text.plainText))
            let layout = makeLayout(key, marks: marks)
            entry = Kept(
                Shaped(
                    layout: layout, lines: lines(of: layout, marks: marks), pangoLines: Self.pangoLines(of: layout),
                    marks: marks), generation: generation)
            layouts[key] = entry
        }
        if recent.count == Self.recentCount { recent.removeFirst() }
        recent.append((key, entry))
        return entry.shaped
    }

    /// What decides shaping and line breaks: the spec without the paragraph's colour, which is
    /// applied when drawing (the spans' colours are attributes of the layout and stay in the key).
    private static func shapingKey(_ spec: ParagraphSpec) -> ParagraphSpec {
        var key = spec
        key.style.color = .black
        return key
    }

    /// The paragraph's layout, its text with `marks` in.
    private func makeLayout(_ spec: ParagraphSpec, marks: InvisibleMarks) -> PangoLayoutBox {
        let layout = PangoLayoutBox(context: context)
        let text = marks.inserted(into: spec.text.plainText)
        pango_layout_set_text(layout.pointer, text, Int32(text.utf8.count))

        let style = spec.style
        let font = pango_font_description_new()
        pango_font_description_set_family(font, style.italic ? style.italicFamily ?? style.family : style.family)
        pango_font_description_set_absolute_size(font, style.size * Double(PANGO_SCALE))
        pango_font_description_set_weight(font, style.weight == .bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
        let slanted = style.italic && style.italicFamily == nil
        pango_font_description_set_style(font, slanted ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL)
        pango_layout_set_font_description(layout.pointer, font)
        pango_font_description_free(font)

        let attributes = AttributeList()
        attributes.add(pango_attr_language_new(pango_language_from_string(style.language)), 0..<UInt32.max)
        attributes.add(
            pango_attr_line_height_new_absolute(Int32(style.size * style.lineHeight * Double(PANGO_SCALE))),
            0..<UInt32.max)
        if style.letterSpacing != 0 {
            attributes.add(
                pango_attr_letter_spacing_new(Int32(style.letterSpacing * Double(PANGO_SCALE))), 0..<UInt32.max)
        }
        if style.firstLineIndent != 0 {
            pango_layout_set_indent(layout.pointer, Int32(style.firstLineIndent * Double(PANGO_SCALE)))
        }
        var offset = 0
        for span in spec.text.spans {
            let end = offset + span.text.utf8.count
            let range = UInt32(marks.marked(offset))..<UInt32(marks.marked(end, isEnd: true))
            offset = end
            guard !range.isEmpty else { continue }
            if span.bold { attributes.add(pango_attr_weight_new(PANGO_WEIGHT_BOLD), range) }
            if span.italic {
                if let family = style.italicFamily {
                    attributes.add(pango_attr_family_new(family), range)
                } else {
                    attributes.add(pango_attr_style_new(PANGO_STYLE_ITALIC), range)
                }
            }
            if span.strikethrough { attributes.add(pango_attr_strikethrough_new(1), range) }
            if span.code {
                attributes.add(pango_attr_family_new(monospaceFamily), range)
                attributes.add(pango_attr_size_new_absolute(Int32(style.size * 0.9 * Double(PANGO_SCALE))), range)
            }
            if span.link != nil { attributes.add(pango_attr_underline_new(PANGO_UNDERLINE_SINGLE), range) }
            if span.footnote != nil {
                attributes.add(pango_attr_size_new_absolute(Int32(style.size * 0.65 * Double(PANGO_SCALE))), range)
                attributes.add(pango_attr_rise_new(Int32(style.size * 0.35 * Double(PANGO_SCALE))), range)
                // A raised run's line box is raised with it and would push its line away from the
                // one above; a box of one Pango unit, around the run's middle, keeps the leading.
                attributes.add(pango_attr_line_height_new_absolute(1), range)
            }
            if let scale = span.scale {
                attributes.add(pango_attr_size_new_absolute(Int32(style.size * scale * Double(PANGO_SCALE))), range)
            }
            if let color = span.color {
                attributes.add(
                    pango_attr_foreground_new(
                        UInt16(color.red * 65535), UInt16(color.green * 65535), UInt16(color.blue * 65535)),
                    range)
            }
        }
        let words = style.keepsWords ? WordBoundaries.chineseWordRanges(in: spec.text.plainText) : []
        for glued in KeepTogether.ranges(in: spec.text) + words {
            // The ranges are of the paragraph's own text: mapped past the marks put in.
            let range = UInt32(marks.marked(glued.lowerBound))..<UInt32(marks.marked(glued.upperBound, isEnd: true))
            attributes.add(pango_attr_allow_breaks_new(0), range)
        }
        // Pango shapes each item again from every line break on, so one long item makes line
        // breaking quadratic. Font fallback is on by default; setting it on every other chunk
        // changes nothing but where items end, which keeps them short.
        for (number, chunk) in Self.itemChunks(text).enumerated() where number % 2 == 1 {
            attributes.add(pango_attr_fallback_new(1), chunk)
        }
        pango_layout_set_attributes(layout.pointer, attributes.pointer)

        if let width = spec.width {
            pango_layout_set_width(layout.pointer, Int32(width * Double(PANGO_SCALE)))
            pango_layout_set_wrap(layout.pointer, spec.breaksWords ? PANGO_WRAP_WORD_CHAR : PANGO_WRAP_WORD)
        }
        switch spec.alignment {
        case .left: pango_layout_set_alignment(layout.pointer, PANGO_ALIGN_LEFT)
        case .center: pango_layout_set_alignment(layout.pointer, PANGO_ALIGN_CENTER)
        case .right: pango_layout_set_alignment(layout.pointer, PANGO_ALIGN_RIGHT)
        case .justify:
            pango_layout_set_alignment(layout.pointer, PANGO_ALIGN_LEFT)
            // A word wider than the column is broken inside; justified, the line before it would
            // stretch its few words across the column. Such a paragraph is set ragged-right, as is
            // one whose justified lines would space words wider than `maxWordGap`.
            if let width = spec.width {
                Self.justify(
                    layout, width: Int32(width * Double(PANGO_SCALE)), size: style.size, breaksWords: spec.breaksWords)
            }
        }
        return layout
    }

    /// Pango items are kept to about this many bytes of text.
    static let itemBytes = 1024

    /// Byte ranges of `text` of about `itemBytes` each, cut after a space where there is one
    /// and otherwise between grapheme clusters (never inside one); the whole text when it is short.
    static func itemChunks(_ text: String) -> [Range<UInt32>] {
        guard text.utf8.count > itemBytes else { return [] }
        var chunks: [Range<UInt32>] = []
        var start = 0
        var offset = 0
        var afterSpace: Int?
        for character in text {
            if offset - start >= itemBytes {
                let cut = afterSpace.map { $0 > start ? $0 : offset } ?? offset
                chunks.append(UInt32(start)..<UInt32(cut))
                start = cut
                afterSpace = nil
            }
            offset += character.utf8.count
            if character == " " { afterSpace = offset }
        }
        chunks.append(UInt32(start)..<UInt32(offset))
        return chunks
    }

    /// The lines of `layout`, their byte ranges in the text without `marks`.
    private func lines(of layout: PangoLayoutBox, marks: InvisibleMarks) -> [TypesetLine] {
        guard let iterator = pango_layout_get_iter(layout.pointer) else { return [] }
        defer { pango_layout_iter_free(iterator) }
        let scale = Double(PANGO_SCALE)
        let text = pango_layout_get_text(layout.pointer)
        var lines: [TypesetLine] = []
        repeat {
            var ink = PangoRectangle()
            var logical = PangoRectangle()
            pango_layout_iter_get_line_extents(iterator, &ink, &logical)
            let baseline = Double(pango_layout_iter_get_baseline(iterator)) / scale
            var range = 0..<0
            var runs: [GlyphRun] = []
            if let line = pango_layout_iter_get_line_readonly(iterator) {
                let start = Int(line.pointee.start_index)
                range = marks.original(start)..<marks.original(start + Int(line.pointee.length))
                if let text { runs = glyphRuns.runs(of: line, text: text) }
            }
            lines.append(
                TypesetLine(
                    byteRange: range, x: Double(logical.x) / scale, width: Double(logical.width) / scale,
                    top: Double(logical.y) / scale, height: Double(logical.height) / scale, baseline: baseline,
                    runs: runs))
        } while pango_layout_iter_next_line(iterator) != 0
        return lines
    }
}

/// A paragraph shaped by Pango: the layout, its lines as layout sees them (with their glyph runs),
/// and Pango's own lines (indexed, where Pango keeps a list walked from the start at every lookup).
private struct Shaped {
    let layout: PangoLayoutBox
    let lines: [TypesetLine]
    let pangoLines: [UnsafeMutablePointer<PangoLayoutLine>]
    /// The soft hyphens and word joiners in the layout's text and not in the paragraph's.
    let marks: InvisibleMarks
}

/// A shaped paragraph in the cache, with the generation that last set it (`forgetUnused()`).
private final class Kept {
    let shaped: Shaped
    var generation: Int

    init(_ shaped: Shaped, generation: Int) {
        self.shaped = shaped
        self.generation = generation
    }
}

/// An owning wrapper of a `PangoContext` set up for print: 72 dpi, no hinting, unrounded glyph
/// positions, so that PDF, PNG and SVG break lines identically.
final class PangoContextBox {
    let pointer: OpaquePointer

    init() throws(RenderError) {
        guard let fontMap = pango_cairo_font_map_get_default(),
            let context = pango_font_map_create_context(fontMap)
        else { throw RenderError("pango_font_map_create_context", "no font map") }
        pointer = context
        pango_cairo_context_set_resolution(context, 72)
        let options = FontFaceCache.pinnedOptions()
        pango_cairo_context_set_font_options(context, options)
        cairo_font_options_destroy(options)
        pango_context_set_round_glyph_positions(context, 0)
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(pointer)) }
}

/// An owning wrapper of a `PangoLayout`.
final class PangoLayoutBox {
    let pointer: OpaquePointer

    init(context: PangoContextBox) {
        // pango_layout_new only fails when out of memory, which g_object_new aborts on.
        pointer = pango_layout_new(context.pointer)
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(pointer)) }
}

/// An owning wrapper of a `PangoAttrList`.
private final class AttributeList {
    let pointer: OpaquePointer

    init() { pointer = pango_attr_list_new() }

    deinit { pango_attr_list_unref(pointer) }

    /// Adds `attribute` over the byte range; the list takes ownership.
    func add(_ attribute: UnsafeMutablePointer<PangoAttribute>?, _ range: Range<UInt32>) {
        guard let attribute else { return }
        attribute.pointee.start_index = range.lowerBound
        attribute.pointee.end_index = range.upperBound
        pango_attr_list_insert(pointer, attribute)
    }
}
