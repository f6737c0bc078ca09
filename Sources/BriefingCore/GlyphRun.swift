/// Shaped text as a line draws it: glyphs of one font at one size, where they go, and which bytes
/// of text each group of glyphs stands for, so that render draws without shaping and the PDF's
/// text stays extractable (cairo writes the clusters as ToUnicode and ActualText).
///
/// Distances are in points. `x` and `y` place the run on its line: from the left end of the
/// line's baseline, y down. Each glyph's position is from the run's origin. They are kept apart,
/// not summed, so that render adds them as Pango did and draws to the same fraction of a point.
public struct GlyphRun: Hashable, Sendable {
    /// The run's font: an index into the document's `FontBook`.
    public var font: Int
    /// The em size, in points.
    public var size: Double
    /// Where the run's origin is on the line.
    public var x: Double
    /// How far the run is lowered from the baseline (negative: raised, as a footnote mark).
    public var y: Double
    /// The glyphs drawn, in visual order; glyphs that draw nothing are left out.
    public var glyphs: [Glyph]
    /// The run's text as set, UTF-8: the paragraph's text with any invisible marks the typesetter
    /// put in (soft hyphens, word joiners), which map to no glyph or, a soft hyphen ending a line,
    /// to the hyphen drawn.
    public var text: String
    /// Groups of bytes of `text` and glyphs of `glyphs` that stand for each other, in text order
    /// (in reverse glyph order when `isBackward`).
    public var clusters: [Cluster]
    /// Whether the run is right-to-left (its clusters run backward through the glyphs).
    public var isBackward: Bool
    /// The run's own colour, or nil for the paragraph's.
    public var color: Color?
    /// Lines (underlines, strikethroughs) to draw once the run's glyphs are drawn.
    public var decorations: [Decoration]
    /// Characters no font has, each drawn as an empty box where its glyph would be.
    public var missing: [MissingGlyph]

    public init(
        font: Int, size: Double, x: Double, y: Double = 0, glyphs: [Glyph], text: String, clusters: [Cluster],
        isBackward: Bool = false, color: Color? = nil, decorations: [Decoration] = [], missing: [MissingGlyph] = []
    ) {
        self.font = font
        self.size = size
        self.x = x
        self.y = y
        self.glyphs = glyphs
        self.text = text
        self.clusters = clusters
        self.isBackward = isBackward
        self.color = color
        self.decorations = decorations
        self.missing = missing
    }

    /// A glyph of the run's font and where its origin is, from the run's origin.
    public struct Glyph: Hashable, Sendable {
        /// The glyph id in the font (not a character).
        public var id: UInt32
        public var x: Double
        public var y: Double

        public init(id: UInt32, x: Double, y: Double = 0) {
            self.id = id
            self.x = x
            self.y = y
        }
    }

    /// `bytes` bytes of the run's text drawn by `glyphs` glyphs.
    public struct Cluster: Hashable, Sendable {
        public var bytes: Int
        public var glyphs: Int

        public init(bytes: Int, glyphs: Int) {
            self.bytes = bytes
            self.glyphs = glyphs
        }
    }

    /// A filled rectangle from the run's line origin (not the run's): an underline or a
    /// strikethrough, in `color` or, when nil, the paragraph's colour.
    public struct Decoration: Hashable, Sendable {
        public var rect: Rect
        public var color: Color?

        public init(rect: Rect, color: Color?) {
            self.rect = rect
            self.color = color
        }
    }

    /// A character without a glyph in any font: its scalar and the box drawn for it instead, from
    /// the run's origin.
    public struct MissingGlyph: Hashable, Sendable {
        public var scalar: UInt32
        public var box: Rect

        public init(scalar: UInt32, box: Rect) {
            self.scalar = scalar
            self.box = box
        }
    }
}
