import BriefingCore

/// A piece of document content, before it is broken into lines and pages.
public indirect enum Block: Hashable, Sendable {
    case heading(Heading)
    case paragraph(RichText)
    /// A paragraph in a smaller, muted style (sources, remarks).
    case note(RichText)
    case list(ListBlock)
    /// A block quote, with where it was written (the blocks nested in it are reported there too).
    case quote([Block], location: SourceLocation? = nil)
    case table(TableBlock)
    case tiles([Tile])
    case figure(Figure)
    /// Label–value pairs (e.g. a meeting's chair and attendees).
    case details(DetailList)
    /// The table of contents, filled in once pages are known.
    case contents(title: String)
    /// A thin horizontal line across the column (a thematic break).
    case rule
    /// Footnote definitions: each is set at the foot of the page that first cites it (a span
    /// with `footnote` set), not where the block stands.
    case footnotes([Footnote])
    /// Ends the page here.
    case pageBreak
    /// Blocks set on pages of their own turned to landscape (a wide table or chart); only at the
    /// top level of a document.
    case landscape([Block])
}

extension Block {
    /// Where the block was written, when its kind keeps it (headings, lists, quotes, tables, figures).
    public var location: SourceLocation? {
        switch self {
        case .heading(let heading): heading.location
        case .quote(_, let location): location
        case .list(let list): list.location
        case .table(let table): table.location
        case .figure(let figure): figure.location
        default: nil
        }
    }

    /// The block with `location` as where it was written, if its kind keeps one (see ``location``).
    public func located(at location: SourceLocation?) -> Block {
        switch self {
        case .heading(var heading):
            heading.location = location
            return .heading(heading)
        case .list(var list):
            list.location = location
            return .list(list)
        case .quote(let blocks, _):
            return .quote(blocks, location: location)
        case .table(var table):
            table.location = location
            return .table(table)
        case .figure(var figure):
            figure.location = location
            return .figure(figure)
        default:
            return self
        }
    }
}

/// Label–value pairs.
public struct DetailList: Hashable, Sendable {
    public struct Item: Hashable, Sendable {
        /// The label as set, with its colon in the brief's language (`Date: `, `日期：`).
        public var label: String
        public var value: RichText

        public init(label: String, value: RichText) {
            self.label = label
            self.value = value
        }
    }

    public var items: [Item]

    public init(_ items: [Item]) {
        self.items = items
    }
}

/// A section or note heading. Every heading is a destination; it may appear in the outline and
/// the contents.
public struct Heading: Hashable, Sendable {
    public var level: Int
    public var text: String
    /// The named destination; unique in the document.
    public var anchor: String
    public var inOutline: Bool
    public var inContents: Bool
    /// Whether a theme that numbers headings numbers this one (a lone sub-heading among figures
    /// is not: it would be （一） with no （二）).
    public var numbered: Bool
    /// Where the block was written, for warnings about it; nil when it has no source of its own.
    public var location: SourceLocation?

    public init(
        level: Int, text: String, anchor: String, inOutline: Bool = true, inContents: Bool = true, numbered: Bool = true
    ) {
        self.level = level
        self.text = text
        self.anchor = anchor
        self.inOutline = inOutline
        self.inContents = inContents
        self.numbered = numbered
    }
}

/// A bulleted or numbered list; each item is a sequence of blocks (nested lists included).
public struct ListBlock: Hashable, Sendable {
    public var ordered: Bool
    public var start: Int
    public var items: [[Block]]
    /// Where the list was written; the lists nested in it are reported there too.
    public var location: SourceLocation?

    public init(ordered: Bool, start: Int = 1, items: [[Block]]) {
        self.ordered = ordered
        self.start = start
        self.items = items
    }
}

/// A table: header rows repeated on every page, body rows, and footer rows (totals) kept with the
/// body. A table too wide for its page is set in parts of a few columns each, the first column
/// (the rows' labels) repeated in every part.
public struct TableBlock: Hashable, Sendable {
    public struct Column: Hashable, Sendable {
        public var alignment: TextAlignment
        /// How the column's header could be made shorter, for the warning when it takes more than
        /// three lines ("give indicator 'tax' a short name in column 'short_name' of indicators.csv");
        /// nil when there is no way.
        public var remedy: String?

        public init(alignment: TextAlignment, remedy: String? = nil) {
            self.alignment = alignment
            self.remedy = remedy
        }
    }

    public var columns: [Column]
    public var header: [[TableCell]]
    public var body: [[TableCell]]
    public var footer: [[TableCell]]
    public var caption: RichText?
    /// The caption of every part after the first when the table is too wide for its page and
    /// its columns are set in parts ("Table 1. … (continued)"); nil repeats `caption`.
    public var continuedCaption: RichText?
    public var source: RichText?
    /// Where the block was written, for warnings about it; nil when it has no source of its own.
    public var location: SourceLocation?

    public init(
        columns: [Column], header: [[TableCell]], body: [[TableCell]], footer: [[TableCell]] = [],
        caption: RichText? = nil, continuedCaption: RichText? = nil, source: RichText? = nil
    ) {
        self.columns = columns
        self.header = header
        self.body = body
        self.footer = footer
        self.caption = caption
        self.continuedCaption = continuedCaption
        self.source = source
    }
}

/// A footnote's number and text.
public struct Footnote: Hashable, Sendable {
    public var number: Int
    public var text: RichText
    /// Where the footnote's definition was written.
    public var location: SourceLocation?

    public init(number: Int, text: RichText) {
        self.number = number
        self.text = text
    }
}

/// What a table cell holds: text, or a small drawing such as a sparkline.
public enum TableCell: Hashable, Sendable, ExpressibleByStringLiteral {
    case text(RichText)
    /// Drawn at its own size, placed like text by the column's alignment.
    case graphic(Frame)

    public init(stringLiteral value: String) {
        self = .text(RichText(value))
    }
}

/// A key-indicator tile: a headline value with its change and target.
public struct Tile: Hashable, Sendable {
    public enum Trend: Hashable, Sendable { case up, down, flat }

    public var label: String
    public var value: String
    public var unit: String
    public var change: String?
    public var trend: Trend
    public var note: String?
    /// A small chart of the recent values (a sparkline), drawn under the value at the tile's width.
    public var sparkline: Frame?

    public init(
        label: String, value: String, unit: String, change: String?, trend: Trend, note: String?,
        sparkline: Frame? = nil
    ) {
        self.label = label
        self.value = value
        self.unit = unit
        self.change = change
        self.trend = trend
        self.note = note
        self.sparkline = sparkline
    }
}

/// A chart (or any fixed drawing) with its caption and source line, kept together on one page.
public struct Figure: Hashable, Sendable {
    /// The drawing at its natural size.
    public var frame: Frame
    public var caption: RichText
    public var source: RichText?
    /// Describes the figure for readers who cannot see it (tagged PDF).
    public var alternativeText: String
    /// The heights the drawing may take to fill a page; nil keeps the frame's.
    public var flexibleHeight: FlexibleHeight?
    /// Where the chart was declared, for warnings about it (scaled to fit a page).
    public var location: SourceLocation?

    public init(
        frame: Frame, caption: RichText, source: RichText?, alternativeText: String,
        flexibleHeight: FlexibleHeight? = nil
    ) {
        self.frame = frame
        self.caption = caption
        self.source = source
        self.alternativeText = alternativeText
        self.flexibleHeight = flexibleHeight
    }
}
