import BriefingCore

/// How charts look: fonts, colours and spacing. The caller fills it from the brief's theme.
public struct ChartTheme: Hashable, Sendable {
    /// A fontconfig family list, e.g. `"Noto Sans, Noto Sans CJK SC"`.
    public var fontFamily: String
    /// BCP 47 tag of the chart's text (`en`, `zh-CN`); also picks the language of the alternative text.
    public var language: String
    public var titleSize: Double
    /// Category labels, legend entries and value labels.
    public var labelSize: Double
    /// Axis tick labels and captions.
    public var tickSize: Double
    public var textColor: Color
    /// Tick labels and captions: quieter than `textColor`.
    public var secondaryTextColor: Color
    public var axisColor: Color
    public var gridColor: Color
    public var axisWidth: Double
    public var gridWidth: Double
    /// Colours of series in order; colour-blind safe by default and alternating dark and light, so
    /// that neighbouring slices and bars stay apart in greyscale (`tolMuted`).
    public var palette: [Color]
    /// The colour of a highlighted bar or point.
    public var highlight: Color
    /// The colour of de-emphasised marks, such as targets.
    public var muted: Color
    /// Space kept free inside the frame's edges and between parts of a chart, in points.
    public var padding: Double
    /// Dash patterns of line series in order (empty: all solid); the print theme dashes lines so
    /// that they stay apart in greyscale.
    public var dashes: [[Double]]
    /// Whether bars carry a thin dark outline, so that light fills stand out on white paper.
    public var outlinesBars: Bool

    public init(
        fontFamily: String = "Noto Sans, Noto Sans CJK SC", language: String = "en", titleSize: Double = 10,
        labelSize: Double = 8, tickSize: Double = 7, textColor: Color = Color(hex: "#222222") ?? .black,
        secondaryTextColor: Color = Color(hex: "#595959") ?? .black,
        axisColor: Color = Color(hex: "#4d4d4d") ?? .black, gridColor: Color = Color(hex: "#dddddd") ?? .black,
        axisWidth: Double = 0.5, gridWidth: Double = 0.5, palette: [Color] = ChartTheme.tolMuted,
        highlight: Color = Color(hex: "#d55e00") ?? .black, muted: Color = Color(hex: "#333333") ?? .black,
        padding: Double = 4, dashes: [[Double]] = [], outlinesBars: Bool = false
    ) {
        self.fontFamily = fontFamily
        self.language = language
        self.titleSize = titleSize
        self.labelSize = labelSize
        self.tickSize = tickSize
        self.textColor = textColor
        self.secondaryTextColor = secondaryTextColor
        self.axisColor = axisColor
        self.gridColor = gridColor
        self.axisWidth = axisWidth
        self.gridWidth = gridWidth
        self.palette = palette
        self.highlight = highlight
        self.muted = muted
        self.padding = padding
        self.dashes = dashes
        self.outlinesBars = outlinesBars
    }

    /// The default theme (English).
    public static let standard = ChartTheme()

    /// Five of Paul Tol's "muted" colour-blind-safe colours — indigo, sand, green, cyan, rose — in
    /// an order that alternates dark and light (CIE L* 22, 82, 44, 79, 56): neighbouring slices and
    /// bars differ by at least 15 L*, and so does every colour from the first (the last slice of a
    /// donut touches the first) and the lightest from white (the "other" slice).
    public static let tolMuted: [Color] = ["#332288", "#ddcc77", "#117733", "#88ccee", "#cc6677"]
        .compactMap { Color(hex: $0) }

    /// A print palette: greys 18 L* apart (30, 66, 48, 84, 12), wide enough steps to tell apart when
    /// photocopied, the lightest still 16 L* darker than white (see `printDashes` for lines).
    public static let printGreys: [Color] = ["#474747", "#a0a0a0", "#727272", "#d1d1d1", "#1f1f1f"]
        .compactMap { Color(hex: $0) }

    /// Dashes of the print theme's lines: solid, dashed, dotted, dash-dot, long dashes, fine dashes.
    public static let printDashes: [[Double]] = [[], [5, 2.5], [1.2, 1.8], [6, 2, 1.2, 2], [9, 3], [2.5, 2.5]]

    /// The theme made for black-and-white print: `printGreys`, dashed lines and outlined bars.
    public func forPrint(palette: [Color] = ChartTheme.printGreys) -> ChartTheme {
        var copy = self
        copy.palette = palette
        copy.highlight = Color(hex: "#000000") ?? .black
        copy.dashes = ChartTheme.printDashes
        copy.outlinesBars = true
        return copy
    }

    /// The dash pattern of line series `index`: without dashes solid, except for series beyond the
    /// palette, which repeat its colours and so take the print dashes of their round through it.
    public func seriesDash(_ index: Int) -> [Double] {
        guard dashes.isEmpty else { return dashes[index % dashes.count] }
        let round = palette.isEmpty ? 0 : index / palette.count
        return ChartTheme.printDashes[round % ChartTheme.printDashes.count]
    }

    /// The colour of series `index`, cycling through the palette.
    public func seriesColor(_ index: Int) -> Color {
        palette.isEmpty ? textColor : palette[index % palette.count]
    }

    /// Whether chart text (and the alternative text) is Chinese.
    public var isChinese: Bool { language.lowercased().hasPrefix("zh") }

    /// A text style in the theme's family and language.
    public func textStyle(size: Double, color: Color? = nil, bold: Bool = false, lineHeight: Double = 1.2) -> TextStyle
    {
        TextStyle(
            family: fontFamily, size: size, weight: bold ? .bold : .regular, color: color ?? textColor,
            lineHeight: lineHeight, language: language)
    }

    /// The label colour that reads best on `fill`: white on dark fills, the text colour on light ones.
    public func labelColor(on fill: Color) -> Color {
        fill.luminance < 0.3 ? .white : textColor
    }
}
