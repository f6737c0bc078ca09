import BriefingCore
import BriefingData
import Foundation

/// A report manifest (`report.yaml`): one small report per entity and month, built from one data
/// table by `briefing batch`. See docs/FORMAT.md, "Report manifests".
public struct ReportManifest: Hashable, Sendable {
    /// The manifest file; diagnostics name it.
    public var path: String
    /// The report's folder: every file the manifest names is read through it.
    public var world: BriefWorld
    /// The report's title in each language (the running header and the PDF's title).
    public var title: Localized
    public var organisation: Localized?
    /// The languages each report is written in; one PDF per language.
    public var languages: [Language]
    /// The headline indicator: the tiles, the charts, the rank and the commentary are about it.
    public var indicator: Manifest.IndicatorReference
    /// What the entities and their total are called (`entity-noun`, `scope`): "third of 12 parks".
    public var words: OfficeWords
    public var pageSize: Manifest.PageSize
    /// A theme file laid over the default theme (a name in `world`).
    public var theme: String?
    /// The tables, with the entities to report on (`entities:` or `exclude:`) as their selection.
    public var data: DatasetSources
    /// The months to report on; nil for every month of the last year with twelve months of data.
    public var periods: ClosedRange<Period>?
    /// The output file pattern, relative to the output folder: `{period}/{entity}-{lang}.pdf`.
    public var output: OutputPattern

    public init(
        path: String, world: BriefWorld, title: Localized, organisation: Localized?, languages: [Language],
        indicator: Manifest.IndicatorReference, words: OfficeWords, pageSize: Manifest.PageSize, theme: String?,
        data: DatasetSources, periods: ClosedRange<Period>?,
        output: OutputPattern
    ) {
        self.path = path
        self.world = world
        self.title = title
        self.organisation = organisation
        self.languages = languages
        self.indicator = indicator
        self.words = words
        self.pageSize = pageSize
        self.theme = theme
        self.data = data
        self.periods = periods
        self.output = output
    }

    /// Parses a range of periods of one frequency: `2013-01..2013-06`, `2009Q1..2009Q3`,
    /// `1997..2007`, or one period `2013-05`; nil for anything else (including a range that ends
    /// before it starts).
    public static func periodRange(_ text: String) -> ClosedRange<Period>? {
        let parts = text.components(separatedBy: "..")
        guard parts.count <= 2, let first = Period(parts[0]), let last = Period(parts[parts.count - 1]),
            first.frequency == last.frequency, first <= last
        else { return nil }
        return first...last
    }
}

/// A file-name pattern with `{entity}`, `{period}` (`2013-05`, `2013Q2`, `2013`), `{year}`,
/// `{month}` (`05`: the month the period ends in) and `{lang}` placeholders.
public struct OutputPattern: Hashable, Sendable {
    public static let placeholders = ["entity", "period", "year", "month", "lang"]

    public var text: String

    public init(_ text: String) {
        self.text = text
    }

    /// The placeholders the pattern uses, in order (unknown ones included).
    public var usedPlaceholders: [String] {
        var names: [String] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.append(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }

    /// The relative path of one report.
    public func path(entity: String, period: Period, language: Language) -> String {
        let month = period.lastMonth < 10 ? "0\(period.lastMonth)" : "\(period.lastMonth)"
        return text.replacingOccurrences(of: "{entity}", with: entity)
            .replacingOccurrences(of: "{period}", with: period.description)
            .replacingOccurrences(of: "{year}", with: String(period.year))
            .replacingOccurrences(of: "{month}", with: month)
            .replacingOccurrences(of: "{lang}", with: language.rawValue)
    }
}
