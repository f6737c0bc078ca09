import BriefingCore
import BriefingData

/// A brief's manifest (`brief.yaml`): what the brief is, where its data and notes are, and
/// which sections it has, in order. File names are relative to the manifest's folder, whose
/// files are read through `world`.
public struct Manifest: Hashable, Sendable {
    /// The manifest file, as the user named it.
    public var path: String
    /// The brief's folder: every file the manifest names is read through it.
    public var world: BriefWorld
    public var title: String
    public var subtitle: String?
    public var organisation: String?
    public var date: CalendarDay
    public var language: Language
    public var pageSize: PageSize
    public var classification: String?
    /// A theme file laid over the bundled default, if any (a name in `world`).
    public var theme: String?
    /// The year the brief reports on; targets are read for the year after.
    public var year: Int?
    /// The period the brief reports on, the year to date through it (`period: 2009Q3`), if given.
    public var period: Period?
    /// Where `year` or `period` is written, for messages about the reporting period.
    public var reportingKey: SourceLocation?
    /// Where the tables are and how the observations table's columns map to roles.
    public var data: DatasetSources
    /// The notes file, if any (a name in `world`).
    public var notes: String?
    public var sections: [Section]
    /// What the entities and their total are called (`entity-noun`, `scope`).
    public var words = OfficeWords()
    /// The masthead's name and issue, and the closing block's distribution and print run.
    public var bulletin = Bulletin()
    /// Where the values of the texts the cover and closing block show were written, by key
    /// (`title`, `subtitle`, `organisation`, `classification`, `date`, `distribution`), for
    /// warnings about them.
    public var keyLocations: [String: SourceLocation] = [:]

    public enum PageSize: String, Hashable, Sendable, CaseIterable {
        case a4 = "A4"
        case letter = "Letter"

        /// Width and height in points.
        public var size: Size {
            switch self {
            case .a4: return Size(width: 595.276, height: 841.89)
            case .letter: return Size(width: 612, height: 792)
            }
        }
    }

    /// Every chart the brief declares, in the order of its sections: what `briefing check`
    /// checks, `briefing build` draws and `briefing chart` exports.
    public var charts: [ChartSpec] {
        sections.flatMap { section -> [ChartSpec] in
            if case .charts(let charts) = section { return charts }
            return []
        }
    }

    /// A section of the brief.
    public enum Section: Hashable, Sendable {
        case cover
        case contents
        /// "At a glance": a tile per indicator.
        case keyIndicators([IndicatorReference])
        case charts([ChartSpec])
        /// Entities × indicators for the year, with a total row; nil means every indicator.
        case indicatorTable(IndicatorTable)
        case notes
    }

    /// A chart declared in the manifest.
    public struct ChartSpec: Hashable, Sendable {
        public enum Kind: String, Hashable, Sendable, CaseIterable {
            /// Entities ranked by their annual value of an indicator (sorted bars).
            case ranking
            /// The total's monthly values of an indicator over the data's months (line).
            case monthly
            /// Growth in the year against the next year's targets, per targeted indicator.
            case growthVsTarget = "growth-vs-target"
            /// Each entity's annual value in the year before and in the year (grouped bars).
            case yearComparison = "year-comparison"
            /// Each entity's annual value as bars, horizontal or vertical, sorted, one highlighted.
            case bar
            /// Each entity's annual values of several indicators end to end (stacked bars, legend).
            case stackedBar = "stacked-bar"
            /// The total's monthly values of one or more indicators (lines, legend when several).
            case line
            /// Like `line`, with each series' area tinted down to zero.
            case area
            /// Growth in the year against the next year's targets, with qualitative bands (Few's bullet graph).
            case bullet
            /// Each entity's change on the year before, as steps from last year's total to this year's.
            case waterfall
            /// Each entity's share of the total: the largest `top`, the rest as "other".
            case donut
            /// Entities ranked by their growth over the reporting window on its base (percentage
            /// points for a rate in %).
            case growth
        }

        /// Which way bars run.
        public enum Orientation: String, Hashable, Sendable, CaseIterable {
            case horizontal, vertical
        }

        /// How bars are ordered.
        public enum Sort: String, Hashable, Sendable, CaseIterable {
            case descending, ascending, none
        }

        public var id: String
        public var kind: Kind
        public var indicator: IndicatorReference?
        public var title: String?
        public var location: SourceLocation
        /// Several indicators: the series of `stacked-bar`, `line` and `area`, the rows of `bullet`.
        public var indicators: [IndicatorReference] = []
        /// `bar`: rows (horizontal, the default) or columns (vertical).
        public var orientation: Orientation = .horizontal
        /// `bar`, `stacked-bar`, `waterfall`: the order of the bars (descending by default).
        public var sort: Sort = .descending
        /// `bar`: the entity id drawn in the highlight colour, and where it was written.
        public var highlight: EntityReference?
        /// The year shown, instead of the brief's reporting year.
        public var year: Int?
        /// `donut`: how many of the largest entities get a slice of their own (5 by default).
        public var top: Int?
        /// Where `top` was written.
        public var topLocation: SourceLocation?
        /// Whether the chart's data follows the figure as a small table.
        public var dataTable: Bool = false
    }

    /// An entity id as written in the manifest, with where.
    public struct EntityReference: Hashable, Sendable {
        public var id: String
        public var location: SourceLocation
    }

    /// Entities × indicators for the reporting year.
    public struct IndicatorTable: Hashable, Sendable {
        /// The columns; nil means every indicator of the catalogue.
        public var indicators: [IndicatorReference]?
        /// Set on pages of their own turned to landscape (for many indicators).
        public var landscape: Bool
        /// An indicator whose values over time are drawn as a sparkline in a last column.
        public var trend: IndicatorReference?
        /// Whether a growth column follows each indicator's value column.
        public var growth: Bool = false
        /// What a row is: an entity (the default) or a period of the total.
        public var rows: Rows = .entities
        /// With `rows: periods`, how many periods end with the reporting window; nil for the
        /// default (every period of the reporting year, or 5 years of annual data).
        public var count: Int?
        /// Where the section was written, for warnings about the table.
        public var location: SourceLocation?

        /// What the rows of an indicator table are.
        public enum Rows: String, Hashable, Sendable, CaseIterable {
            /// One row per entity, the total in a footer row.
            case entities
            /// One row per period of the total (or the one entity), the reporting window's value in
            /// a footer row.
            case periods
        }

        public init(indicators: [IndicatorReference]? = nil, landscape: Bool = false, trend: IndicatorReference? = nil)
        {
            self.indicators = indicators
            self.landscape = landscape
            self.trend = trend
        }
    }

    /// An indicator id as written in the manifest, with where, to report ids the catalogue lacks.
    public struct IndicatorReference: Hashable, Sendable {
        public var id: String
        public var location: SourceLocation
    }
}

/// A date without a time, as written in a manifest or front matter (`2014-03-12`).
public struct CalendarDay: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`, checking the day exists and the year is in `Period.years`.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        self.init(checkingYear: year, month: month, day: day)
    }

    /// The day, when it exists and its year is in `Period.years`.
    public init?(checkingYear year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), Period.years.contains(year) else { return nil }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        guard (1...days).contains(day) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    public var description: String {
        "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
    }

    public static func < (a: CalendarDay, b: CalendarDay) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }
}
