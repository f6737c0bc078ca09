/// One line of a typeset paragraph. Distances are in points from the paragraph's top-left corner.
public struct TypesetLine: Hashable, Sendable {
    /// The UTF-8 byte range of the line in the paragraph's plain text.
    public var byteRange: Range<Int>
    /// Where the line's ink starts, after alignment.
    public var x: Double
    public var width: Double
    /// The top of the line box.
    public var top: Double
    /// The height of the line box, leading included.
    public var height: Double
    /// The baseline.
    public var baseline: Double
    /// What the line draws, left to right, placed from the left end of its baseline (at `x`).
    public var runs: [GlyphRun]

    public init(
        byteRange: Range<Int>, x: Double, width: Double, top: Double, height: Double, baseline: Double,
        runs: [GlyphRun] = []
    ) {
        self.byteRange = byteRange
        self.x = x
        self.width = width
        self.top = top
        self.height = height
        self.baseline = baseline
        self.runs = runs
    }
}

/// A paragraph broken into lines: what layout paginates and render draws, line for line.
public struct TypesetParagraph: Hashable, Sendable {
    public var spec: ParagraphSpec
    public var lines: [TypesetLine]

    public init(spec: ParagraphSpec, lines: [TypesetLine]) {
        self.spec = spec
        self.lines = lines
    }

    /// The width of the widest line.
    public var naturalWidth: Double { lines.map { $0.x + $0.width }.max() ?? 0 }

    /// The height of all the lines.
    public var height: Double { lines.last.map { $0.top + $0.height } ?? 0 }

    /// The height of lines `range`.
    public func height(of range: Range<Int>) -> Double {
        guard !range.isEmpty else { return 0 }
        return lines[range.upperBound - 1].top + lines[range.upperBound - 1].height - lines[range.lowerBound].top
    }
}

/// Breaks paragraphs into lines. Pango does it for real (in BriefingRender); tests use
/// `FixedMetricsTypesetter` (BriefingTestSupport). Implementations may cache, so they are reference types used by one task.
public protocol Typesetter: AnyObject {
    func typeset(_ spec: ParagraphSpec) -> TypesetParagraph

    /// The fonts of every glyph run this typesetter has made, numbered as the runs refer to them.
    var fonts: FontBook { get }

    /// Where the bytes `range` of the paragraph's text are drawn on line `line`: horizontal
    /// extents from the paragraph's left edge (several when bidirectional text splits them).
    func xRanges(of range: Range<Int>, line: Int, in paragraph: TypesetParagraph) -> [ClosedRange<Double>]
}

extension Typesetter {
    /// Sets `text` on one line and returns it; the usual way to measure a label.
    public func line(_ text: RichText, style: TextStyle) -> TypesetParagraph {
        typeset(ParagraphSpec(text, style: style))
    }
}
