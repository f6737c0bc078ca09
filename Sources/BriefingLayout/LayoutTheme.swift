import BriefingCore

/// Everything layout needs to know about how pages look: geometry, text styles, colours, spacing.
/// Built from the theme file by the pipeline; plain values, so layout runs without fonts or files.
public struct LayoutTheme: Hashable, Sendable {
    public var pageSize: Size
    public var margins: EdgeInsets

    public var body: TextStyle
    /// The font, leading and language of a paragraph written in Chinese in a brief of another
    /// language (the Chinese theme's 1.6 rather than English's 1.38); nil sets it as ``body``.
    public var chineseBody: TextStyle? = nil
    /// Heading styles for levels 1, 2, 3… (deeper levels use the last, and are tagged as it is).
    public var headings: [TextStyle]
    public var caption: TextStyle
    public var small: TextStyle
    public var tableHeader: TextStyle
    public var tableBody: TextStyle
    public var tileLabel: TextStyle
    public var tileValue: TextStyle
    public var tileNote: TextStyle
    public var coverTitle: TextStyle
    public var coverSubtitle: TextStyle
    public var coverDetail: TextStyle
    /// The masthead's name and title (``Masthead``); nil sets them in ``coverTitle``, the name at twice its size.
    public var masthead: MastheadStyle? = nil
    public var running: TextStyle

    public var accent: Color
    public var muted: Color
    public var rule: Color
    public var tileBackground: Color
    public var tableStripe: Color
    public var positive: Color
    public var negative: Color

    /// Space after a paragraph, list or table.
    public var paragraphSpacing: Double
    /// Space above headings of levels 1, 2, 3… (deeper levels use the last).
    public var headingSpaceBefore: [Double]
    /// Space between a heading and what follows.
    public var headingSpaceAfter: Double
    public var listIndent: Double
    public var quoteIndent: Double
    /// Lines of a paragraph that must stay together at the start and at the end of a page.
    public var orphans: Int
    public var widows: Int
    /// Whether what body pages and the cover draw in a colour of their own (level-1 headings'
    /// rules, table rules, quote bars, tiles' bars) takes ``accent``; else the text's colour.
    public var accentInBody = true
    /// The colour of level-1 headings' rules, table rules, quote bars and tiles' bars.
    public var bodyAccent: Color { accentInBody ? accent : body.color }
    /// How headings are numbered.
    public var headingNumbering = HeadingNumbering.none
    /// Whether a level-1 heading stands over a rule in the accent colour.
    public var headingRule = true
    /// Whether body pages have a running header (the section and the document's title).
    public var runningHeader = true
    /// How body pages are numbered, in the ``running`` style.
    public var pageNumbers = PageNumbers.label

    public init(
        pageSize: Size, margins: EdgeInsets, body: TextStyle, headings: [TextStyle], caption: TextStyle,
        small: TextStyle, tableHeader: TextStyle, tableBody: TextStyle, tileLabel: TextStyle, tileValue: TextStyle,
        tileNote: TextStyle, coverTitle: TextStyle, coverSubtitle: TextStyle, coverDetail: TextStyle,
        running: TextStyle, accent: Color, muted: Color, rule: Color, tileBackground: Color, tableStripe: Color,
        positive: Color, negative: Color, paragraphSpacing: Double, headingSpaceBefore: [Double],
        headingSpaceAfter: Double, listIndent: Double, quoteIndent: Double, orphans: Int = 2, widows: Int = 2
    ) {
        self.pageSize = pageSize
        self.margins = margins
        self.body = body
        self.headings = headings
        self.caption = caption
        self.small = small
        self.tableHeader = tableHeader
        self.tableBody = tableBody
        self.tileLabel = tileLabel
        self.tileValue = tileValue
        self.tileNote = tileNote
        self.coverTitle = coverTitle
        self.coverSubtitle = coverSubtitle
        self.coverDetail = coverDetail
        self.running = running
        self.accent = accent
        self.muted = muted
        self.rule = rule
        self.tileBackground = tileBackground
        self.tableStripe = tableStripe
        self.positive = positive
        self.negative = negative
        self.paragraphSpacing = paragraphSpacing
        self.headingSpaceBefore = headingSpaceBefore
        self.headingSpaceAfter = headingSpaceAfter
        self.listIndent = listIndent
        self.quoteIndent = quoteIndent
        self.orphans = orphans
        self.widows = widows
    }

    public func with(_ change: (inout LayoutTheme) -> Void) -> LayoutTheme {
        var copy = self
        change(&copy)
        return copy
    }

    /// The area inside the margins, where body content goes.
    public var contentRect: Rect { contentRect(for: pageSize) }

    /// The area inside the margins on a page of `size` (e.g. a landscape page).
    public func contentRect(for size: Size) -> Rect {
        Rect(
            x: margins.left, y: margins.top, width: size.width - margins.left - margins.right,
            height: size.height - margins.top - margins.bottom)
    }

    public func heading(_ level: Int) -> TextStyle { headings[styledLevel(ofHeading: level) - 1] }

    /// The level whose style a heading of `level` takes, and whose tag (`H1`…): the deepest
    /// styled level for headings deeper than that.
    public func styledLevel(ofHeading level: Int) -> Int { min(max(level, 1), headings.count) }

    public func spaceBefore(heading level: Int) -> Double {
        headingSpaceBefore[min(max(level, 1), headingSpaceBefore.count) - 1]
    }
}
