import BriefingCharts
import BriefingCore
import BriefingInput
import BriefingLayout

/// The look of a brief as the theme file states it (Assets/theme.yaml is the default and the schema).
struct Theme: Decodable, Hashable, Sendable {
    struct Page: Decodable, Hashable, Sendable {
        var margins: EdgeInsets
        var runningHeader: Bool

        enum CodingKeys: String, CodingKey {
            case margins
            case runningHeader = "running-header"
        }
    }

    /// How headings look and are numbered, level by level (1 to 4).
    struct Headings: Decodable, Hashable, Sendable {
        /// `none` or `chinese` (``HeadingNumbering``).
        var numbering: String
        /// Whether level 1 stands over a rule.
        var rule: Bool
        /// Each level's family list, or `body` for the brief language's `sans`.
        var fonts: [String]
        var bold: [Bool]
    }

    /// How body pages are numbered: `label` (the footer's "Page X of Y") or `dashes` ("— X —").
    struct PageNumberKeys: Decodable, Hashable, Sendable {
        var style: String
        var position: String
        /// From the foot of the text block to the top of the dashes, in points.
        var gap: Double
        /// A family list, or `body` for the brief language's `sans`.
        var font: String
    }

    struct Fonts: Decodable, Hashable, Sendable {
        var sans: String
        var mono: String
        /// Set upright for italic text instead of slanting `sans` (Chinese: 楷体).
        var italic: String?
    }

    struct Sizes: Decodable, Hashable, Sendable {
        var body, heading1, heading2, heading3, heading4, caption, small, table: Double
        var tileLabel, tileValue, tileNote, coverTitle, coverSubtitle, coverDetail, running: Double
        var chartLabel, chartTick: Double

        enum CodingKeys: String, CodingKey {
            case body, caption, small, table, running
            case heading1 = "heading-1", heading2 = "heading-2", heading3 = "heading-3", heading4 = "heading-4"
            case tileLabel = "tile-label", tileValue = "tile-value", tileNote = "tile-note"
            case coverTitle = "cover-title", coverSubtitle = "cover-subtitle", coverDetail = "cover-detail"
            case chartLabel = "chart-label", chartTick = "chart-tick"
        }
    }

    struct Colors: Decodable, Hashable, Sendable {
        var text, muted, accent, rule, tileBackground, tableStripe, positive, negative: HexColor
        var chartGrid, chartAxis, chartHighlight: HexColor
        var chartPalette: [HexColor]
        /// Level-1 headings and their rule, table rules, quote bars and the cover in the accent
        /// colour and level-4 headings muted; else all in the text colour (the accent is left to
        /// what draws it itself, such as a masthead).
        var accentInBody: Bool
        /// `colour` (the palette) or `print` (greys in lightness steps, dashed lines, outlined bars).
        var chartStyle: ChartStyle?
        var chartPrintPalette: [HexColor]?

        enum CodingKeys: String, CodingKey {
            case text, muted, accent, rule, positive, negative
            case tileBackground = "tile-background", tableStripe = "table-stripe"
            case chartGrid = "chart-grid", chartAxis = "chart-axis", chartHighlight = "chart-highlight"
            case chartPalette = "chart-palette"
            case chartStyle = "chart-style", chartPrintPalette = "chart-print-palette"
            case accentInBody = "accent-in-body"
        }
    }

    /// How charts are coloured.
    enum ChartStyle: String, Decodable, Hashable, Sendable {
        case colour, print
    }

    struct Spacing: Decodable, Hashable, Sendable {
        var paragraph: Double
        var headingBefore: [Double]
        var headingAfter, listIndent, quoteIndent: Double
        /// Added after every character of the body and headings (negative tightens).
        var letterSpacing: Double
        /// The indent of a paragraph's first line.
        var firstLineIndent: Double

        enum CodingKeys: String, CodingKey {
            case paragraph
            case letterSpacing = "letter-spacing", firstLineIndent = "first-line-indent"
            case headingBefore = "heading-before", headingAfter = "heading-after"
            case listIndent = "list-indent", quoteIndent = "quote-indent"
        }
    }

    struct Pagination: Decodable, Hashable, Sendable {
        var orphans, widows: Int
    }

    struct Charts: Decodable, Hashable, Sendable {
        var aspect: Double
    }

    /// The brief languages the theme sets (a brief in another is an error at its `theme` key).
    var languages: [String]
    var page: Page
    var fonts: [String: Fonts]
    var headings: Headings
    var pageNumbers: PageNumberKeys
    var sizes: Sizes
    var lineHeight: [String: Double]
    var colors: Colors
    var spacing: Spacing
    var pagination: Pagination
    var charts: Charts
    var cover: Cover

    enum CodingKeys: String, CodingKey {
        case languages, page, fonts, headings, sizes, colors, spacing, pagination, charts, cover
        case lineHeight = "line-height", pageNumbers = "page-numbers"
    }

    /// The smallest text area the page margins may leave: 3 × 4 inches.
    static let minimumTextArea = Size(width: 216, height: 288)

    /// What each value of a theme file may be (Assets/theme.yaml has every key), for pages of `page`.
    static func rules(page: Size) -> ThemeRules {
        let points = " points"
        let space = ThemeRules.Value.number(0...144, what: "a space", unit: points)
        let palette = ThemeRules.Value.list(count: 1...64, item: .colour)
        let yesNo = ThemeRules.Value.choice(["true", "false"])
        return ThemeRules(
            values: [
                ("languages", .list(count: 1...Language.allCases.count, item: .choice(Language.allCases.map(\.rawValue)))),
                ("page.margins.*", .number(0...288, what: "a margin", unit: points)),
                ("page.running-header", yesNo),
                ("headings.numbering", .choice(HeadingNumbering.allCases.map(\.rawValue))),
                ("headings.rule", yesNo),
                ("headings.fonts", .list(count: 4...4, item: .text(maximumLength: 200))),
                ("headings.bold", .list(count: 4...4, item: yesNo)),
                ("page-numbers.style", .choice(["label", "dashes"])),
                ("page-numbers.position", .choice(PageNumbers.Position.allCases.map(\.rawValue))),
                ("page-numbers.gap", space),
                ("page-numbers.font", .text(maximumLength: 200)),
                ("fonts.*.*", .text(maximumLength: 200)),
                ("sizes.*", .number(4...72, what: "a font size", unit: points)),
                ("line-height.*", .number(0.8...3, what: "a multiple of the font size", unit: "")),
                ("colors.chart-palette", palette),
                ("colors.chart-print-palette", palette),
                ("colors.chart-style", .choice(["colour", "print"])),
                ("colors.accent-in-body", yesNo),
                ("colors.*", .colour),
                ("spacing.heading-before", .list(count: 1...6, item: space)),
                ("spacing.letter-spacing", .number(-2...2, what: "a space", unit: points)),
                ("spacing.*", space),
                ("pagination.*", .wholeNumber(1...10, what: "a whole number of lines")),
                ("charts.aspect", .number(0.2...2, what: "a height as a fraction of the width", unit: "")),
            ] + Cover.rules,
            margins: ThemeRules.Margins(path: ["page", "margins"], page: page, minimumText: minimumTextArea),
            descending: [
                ThemeRules.Descending(
                    (1...4).map { "sizes.heading-\($0)" }, unit: points,
                    reason: "so that each level of heading looks different",
                    distinguishedBy: ["headings.fonts", "headings.bold"])
            ])
    }

    func fonts(for language: Language) -> Fonts {
        fonts[language.rawValue] ?? fonts["en"] ?? Fonts(sans: "sans-serif", mono: "monospace")
    }

    /// The family list `name` stands for: the brief language's `sans` for `body`.
    private func familyList(_ name: String, language: Language) -> String {
        name == "body" ? fonts(for: language).sans : name
    }

    /// The layout theme for a brief in `language` on pages of `pageSize`.
    func layoutTheme(language: Language, pageSize: Size) -> LayoutTheme {
        let family = fonts(for: language).sans
        let leading = lineHeight[language.rawValue] ?? 1.4
        let text = colors.text.color
        func style(_ size: Double, bold: Bool = false, color: Color? = nil, leading factor: Double? = nil) -> TextStyle
        {
            TextStyle(
                family: family, size: size, weight: bold ? .bold : .regular, color: color ?? text,
                lineHeight: factor ?? leading, language: language.tag
            ).with { $0.italicFamily = fonts(for: language).italic }
        }
        // Headings on a grid (letter spacing set) keep the body's leading.
        let headingLeading = spacing.letterSpacing == 0 ? min(leading, 1.3) : leading
        let headingSizes = [sizes.heading1, sizes.heading2, sizes.heading3, sizes.heading4]
        let headingColors = colors.accentInBody ? [colors.accent.color, text, text, colors.muted.color] : [text]
        var theme = LayoutTheme(
            pageSize: pageSize, margins: page.margins,
            body: style(sizes.body).with {
                $0.letterSpacing = spacing.letterSpacing
                $0.firstLineIndent = spacing.firstLineIndent
            },
            headings: headingSizes.indices.map { level in
                style(
                    headingSizes[level], bold: headings.bold[level],
                    color: headingColors[min(level, headingColors.count - 1)], leading: headingLeading
                ).with {
                    $0.family = familyList(headings.fonts[level], language: language)
                    $0.letterSpacing = spacing.letterSpacing
                    $0.keepsWords = true
                }
            },
            caption: style(sizes.caption, bold: true).with { $0.keepsWords = true },
            small: style(sizes.small, color: colors.muted.color),
            tableHeader: style(sizes.table, bold: true, leading: 1.25),
            tableBody: style(sizes.table, leading: 1.25),
            tileLabel: style(sizes.tileLabel, color: colors.muted.color, leading: 1.25).with { $0.keepsWords = true },
            tileValue: style(sizes.tileValue, bold: true, leading: 1.2),
            tileNote: style(sizes.tileNote, leading: 1.3),
            coverTitle: style(sizes.coverTitle, bold: true, leading: 1.2).with { $0.keepsWords = true },
            coverSubtitle: style(sizes.coverSubtitle, color: colors.muted.color, leading: 1.3).with {
                $0.keepsWords = true
            },
            coverDetail: style(sizes.coverDetail),
            running: style(sizes.running, color: colors.muted.color, leading: 1.2).with {
                $0.family = familyList(pageNumbers.font, language: language)
            },
            accent: colors.accent.color, muted: colors.muted.color, rule: colors.rule.color,
            tileBackground: colors.tileBackground.color, tableStripe: colors.tableStripe.color,
            positive: colors.positive.color, negative: colors.negative.color,
            paragraphSpacing: spacing.paragraph, headingSpaceBefore: spacing.headingBefore,
            headingSpaceAfter: spacing.headingAfter, listIndent: spacing.listIndent, quoteIndent: spacing.quoteIndent,
            orphans: pagination.orphans, widows: pagination.widows)
        theme.headingNumbering = HeadingNumbering(rawValue: headings.numbering) ?? .none
        theme.headingRule = headings.rule
        theme.accentInBody = colors.accentInBody
        theme.runningHeader = page.runningHeader
        if pageNumbers.style == "dashes" {
            theme.pageNumbers = .dashes(
                position: PageNumbers.Position(rawValue: pageNumbers.position) ?? .right, gap: pageNumbers.gap)
            theme.running.color = colors.text.color
        }
        theme.masthead = cover.mastheadStyle(title: theme.coverTitle)
        // A paragraph written in Chinese is set in the Chinese font with the Chinese leading.
        theme.chineseBody = TextStyle(
            family: fonts(for: .zh).sans, size: sizes.body, color: text,
            lineHeight: lineHeight[Language.zh.rawValue] ?? 1.6,
            language: Language.zh.tag
        ).with { $0.italicFamily = fonts(for: .zh).italic }
        return theme
    }

    /// The chart theme for a brief in `language`.
    func chartTheme(language: Language) -> ChartTheme {
        let theme = ChartTheme(
            fontFamily: fonts(for: language).sans, language: language.tag, titleSize: sizes.caption,
            labelSize: sizes.chartLabel, tickSize: sizes.chartTick, textColor: colors.text.color,
            secondaryTextColor: colors.muted.color, axisColor: colors.chartAxis.color,
            gridColor: colors.chartGrid.color,
            palette: colors.chartPalette.map(\.color), highlight: colors.chartHighlight.color,
            muted: colors.text.color)
        guard colors.chartStyle == .print else { return theme }
        return theme.forPrint(palette: colors.chartPrintPalette?.map(\.color) ?? ChartTheme.printGreys)
    }
}

/// A colour written `#rrggbb` in a theme file.
struct HexColor: Decodable, Hashable, Sendable {
    var color: Color

    init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let color = Color(hex: text) else {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(
                    codingPath: decoder.codingPath, debugDescription: "expected a colour #rrggbb, found '\(text)'"))
        }
        self.color = color
    }
}
