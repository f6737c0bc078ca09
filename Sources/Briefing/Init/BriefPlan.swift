import BriefingCore
import BriefingData
import BriefingInput

/// What `briefing init` is about to write: the observations and what was inferred of them, the
/// catalogues given, and the choices of indicators for the tiles and charts.
struct BriefPlan {
    var language: Language
    var date: CalendarDay
    var observations: InitTable
    var inference: TableInference
    /// The indicator catalogue given on the command line; nil: init writes one.
    var indicatorCatalogue: InitTable?
    /// The entity catalogue given, and its id column; nil: init writes one.
    var entityCatalogue: (table: InitTable, id: String)?
    var targets: InitTable?
    /// The file names init writes its catalogues to.
    var indicatorFile = "indicators.csv"
    var entityFile = "entities.csv"

    var words: InitWords { InitWords(language: language) }

    /// Each indicator's kind: the given catalogue's, else the guess.
    var kinds: [String: Indicator.Kind] {
        if let indicatorCatalogue { return indicatorCatalogue.kinds }
        return Dictionary(inference.indicators.map { ($0.id, $0.kind) }) { first, _ in first }
    }

    /// The year reported on when `year:` is left out: the last complete year.
    var year: Int? { inference.lastCompleteYear }

    /// The period whose year to date is reported on when no year is complete.
    var period: Period? { year == nil ? inference.span?.upperBound : nil }

    /// The year of the brief's window.
    private var windowYear: Int? { year ?? period?.year }

    /// The indicators with a value in the window's year, in table order.
    private var shown: [String] {
        guard let windowYear else { return [] }
        let valued = Set(
            inference.values.filter { $0.value.keys.contains { $0.year == windowYear } }.map(\.key.indicator))
        return inference.indicators.map(\.id).filter(valued.contains)
    }

    /// The most indicators the indicator table lists by itself.
    static let maxTableIndicators = 12

    /// The indicators the table lists when there are more than `maxTableIndicators`: the first of
    /// those shown; nil: the table shows every indicator.
    var tableIndicators: [String]? {
        inference.indicators.count > Self.maxTableIndicators ? Array(shown.prefix(Self.maxTableIndicators)) : nil
    }

    /// Whether `id` has a total: it adds up, or the brief has one entity.
    private func hasTotal(_ id: String) -> Bool {
        inference.entities.count == 1 || kinds[id]?.isAdditive == true
    }

    /// Up to three indicators for the tiles, each with a total.
    var keyIndicators: [String] { Array(shown.filter(hasTotal).prefix(3)) }

    /// The most entities a ranking chart is written for: more bars than this cannot be read on a page.
    static let maxRankedEntities = 30

    /// The periods the brief reports on: the last complete year's, or the year to date.
    private var window: [Period] {
        if let year { return Period.all(in: year, inference.frequency) }
        guard let period else { return [] }
        return Period.all(from: period.firstOfYear, through: period)
    }

    /// The indicator of the ranking chart, when there are several entities: the first that some
    /// entity has a value of in every period of the window (a ranking has nothing to draw else).
    var ranking: String? {
        guard inference.entities.count > 1, inference.entities.count <= Self.maxRankedEntities else { return nil }
        let window = self.window
        return shown.first { id in
            inference.values.contains { key, series in key.indicator == id && window.allSatisfy { series[$0] != nil } }
        }
    }

    /// The indicator of the time series chart: the first with a total in some period (every
    /// entity with a value then, when the total is their sum).
    var trend: String? {
        shown.first { id in
            guard hasTotal(id) else { return false }
            let series = inference.values.filter { $0.key.indicator == id }.map(\.value)
            guard series.count == inference.entities.count, let first = series.first else { return false }
            return first.keys.contains { period in series.allSatisfy { $0[period] != nil } }
        }
    }

    /// `monthly` for monthly data, else `line`.
    var trendKind: String { inference.frequency == .monthly ? "monthly" : "line" }
}
