/// How a paragraph's text looks: the font, its size and colour, and the language it is in.
public struct TextStyle: Hashable, Sendable {
    public enum Weight: String, Hashable, Sendable { case regular, bold }

    /// A fontconfig family list, e.g. `"Noto Sans, Noto Sans CJK SC"`.
    public var family: String
    public var size: Double
    public var weight: Weight
    public var italic: Bool
    public var color: Color
    /// Distance between baselines as a multiple of `size`.
    public var lineHeight: Double
    /// BCP 47 language tag; decides glyph forms and line-breaking rules (`en`, `zh-CN`).
    public var language: String
    /// Space added after every character, in points (negative to tighten): how a grid of so many
    /// characters a line is kept. The fixed-metrics typesetter ignores it.
    public var letterSpacing = 0.0
    /// How far a paragraph's first line is indented, in points. The fixed-metrics typesetter ignores it.
    public var firstLineIndent = 0.0
    /// The family list italic text is set in, upright, instead of slanting the font: Chinese has no
    /// italic, and a slanted Chinese face is a fault; 楷体 is its convention for quotations and
    /// emphasis. Nil slants `family`.
    public var italicFamily: String? = nil
    /// Display text (titles, headings, captions): a Chinese word is never broken across lines
    /// (ICU's dictionary finds the words: 发展 stays whole). Body text breaks between any two
    /// Chinese characters, as Chinese typesetting does. The fixed-metrics typesetter ignores it.
    public var keepsWords = false

    public init(
        family: String, size: Double, weight: Weight = .regular, italic: Bool = false,
        color: Color = .black, lineHeight: Double = 1.35, language: String = "en"
    ) {
        self.family = family
        self.size = size
        self.weight = weight
        self.italic = italic
        self.color = color
        self.lineHeight = lineHeight
        self.language = language
    }

    public func with(_ change: (inout TextStyle) -> Void) -> TextStyle {
        var copy = self
        change(&copy)
        return copy
    }
}

/// A stretch of text with inline formatting.
public struct Span: Hashable, Sendable {
    public var text: String
    public var bold: Bool
    public var italic: Bool
    public var code: Bool
    public var strikethrough: Bool
    /// A URI the span links to.
    public var link: String?
    /// Overrides the paragraph colour.
    public var color: Color?
    /// Marks the span as the reference to footnote `footnote`, set small and raised.
    public var footnote: Int?
    /// Sets the span at this fraction of the paragraph's size (a table header's unit); the
    /// fixed-metrics typesetter ignores it.
    public var scale: Double?

    public init(
        _ text: String, bold: Bool = false, italic: Bool = false, code: Bool = false,
        strikethrough: Bool = false, link: String? = nil, color: Color? = nil, footnote: Int? = nil,
        scale: Double? = nil
    ) {
        self.text = text
        self.bold = bold
        self.italic = italic
        self.code = code
        self.strikethrough = strikethrough
        self.link = link
        self.color = color
        self.footnote = footnote
        self.scale = scale
    }
}

/// Text made of formatted spans; the unit a `Typesetter` breaks into lines.
public struct RichText: Hashable, Sendable, ExpressibleByStringLiteral {
    public var spans: [Span]

    public init(_ spans: [Span]) {
        self.spans = spans
    }

    public init(_ text: String) {
        self.spans = [Span(text)]
    }

    public init(stringLiteral value: String) {
        self.init(value)
    }

    /// The text without formatting.
    public var plainText: String { spans.map(\.text).joined() }

    public var isEmpty: Bool { spans.allSatisfy(\.text.isEmpty) }

    /// The text as a sentence quotes it: without word joiners (U+2060), no-break spaces as
    /// spaces and line breaks as spaces, as in a warning naming a table header.
    public var readableText: String {
        String(plainText.compactMap { $0 == "\u{2060}" ? nil : $0 == "\u{00A0}" || $0 == "\n" ? " " : $0 })
    }
}

/// How lines are placed across the width they are set in.
public enum TextAlignment: String, Hashable, Sendable {
    case left, center, right, justify
}

/// A paragraph to set: its text, its style, and the width its lines are broken to.
public struct ParagraphSpec: Hashable, Sendable {
    public var text: RichText
    public var style: TextStyle
    /// The width lines are broken to; nil sets a single line of natural width.
    public var width: Double?
    public var alignment: TextAlignment
    /// Whether a word too long for the width may be broken inside; when false it overflows the
    /// width instead (used to measure the longest unbreakable piece of a text).
    public var breaksWords: Bool

    public init(
        _ text: RichText, style: TextStyle, width: Double? = nil, alignment: TextAlignment = .left,
        breaksWords: Bool = true
    ) {
        self.text = text
        self.style = style
        self.width = width
        self.alignment = alignment
        self.breaksWords = breaksWords
    }
}
