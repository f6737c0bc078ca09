import BriefingCore
import BriefingData
import BriefingInput

/// The headline numbers of one report, computed from the data: the period, the year to date (a
/// stock's level at the period's end), their change on the base (a year earlier, or the last
/// earlier year with data), the share, the rank and the progress to the annual target. A change is
/// growth, or for a rate or an index the difference (``Figures/change(of:for:in:)``).
struct MonthlyFacts: Hashable, Sendable {
    var indicator: Indicator
    var period: Period
    var month: Double
    var monthGrowth: Double?
    var yearToDate: Double
    var yearToDateGrowth: Double?
    /// The year growth is measured on (``Figures/baseWindow(of:)``).
    var baseYear: Int
    /// The year to date as a share of the total's; nil for a kind that does not add up.
    var share: Double?
    /// The rank by year-to-date value among the entities that have one, and how many have one.
    var rank: Int?
    var ranked: Int
    /// The annual target: the entity's own for the year, else the total's; growth as a ratio.
    var targetGrowth: Double?
    /// The year's target value: last year's annual value grown by the target.
    var targetValue: Double?
    /// The year to date as a share of the target value; nil when not meaningful (beyond
    /// ±`Figures.largestRatio`).
    var progress: Double? {
        guard let targetValue, targetValue > 0 else { return nil }
        return Figures.meaningful(yearToDate / targetValue)
    }

    /// The periods a report for `period` reads: every one from the start of the year its growth is
    /// measured on (the year before, or for annual data observed every few years the last year
    /// with data) through `period`, those of years without data left out.
    static func periodsNeeded(for period: Period, in dataset: Dataset) -> [Period] {
        let base = Figures(dataset).baseWindow(of: .period(period)).year
        return Period.all(from: Period(year: base, frequency: period.frequency, index: 1), through: period)
            .filter { $0.year == base || $0.year == period.year || dataset.hasData(in: $0.year) }
    }

    /// The facts for `entity` in `period`, or a diagnostic naming the months the data lacks: the
    /// report needs the headline indicator for every month from January of the year before.
    static func compute(
        _ indicator: Indicator, entity: String, period: Period, figures: Figures, observations: String
    ) throws(DiagnosticError) -> MonthlyFacts {
        let series = figures.dataset.observations[SeriesKey(entity: entity, indicator: indicator.id)] ?? [:]
        let needed = periodsNeeded(for: period, in: figures.dataset)
        let missing = needed.filter { series[$0] == nil }
        let scope = Figures.Scope.entity(entity)
        guard missing.isEmpty, let month = figures.value(of: indicator.id, for: scope, in: .period(period)),
            let yearToDate = figures.value(of: indicator.id, for: scope, in: .yearToDate(period))
        else {
            let list = missing.prefix(6).map(\.description).joined(separator: ", ") + (missing.count > 6 ? ", …" : "")
            throw DiagnosticError([
                .error(
                    at: .file(observations),
                    "\(entity) has no '\(indicator.id)' for \(list): the report for \(period) needs every "
                        + "\(["annual": "year", "quarterly": "quarter", "monthly": "month"][period.frequency.rawValue] ?? "period") "
                        + "from \(needed[0]) through \(period)")
            ])
        }
        let ranking = figures.ranking(of: indicator.id, in: .yearToDate(period))
        let target =
            figures.targets(for: period.year, scope: scope).first { $0.indicatorID == indicator.id }
            ?? figures.targets(for: period.year, scope: .total).first { $0.indicatorID == indicator.id }
        let lastYear = figures.baseValue(of: indicator.id, for: scope, in: .year(period.year))
        return MonthlyFacts(
            indicator: indicator, period: period, month: month,
            monthGrowth: figures.change(of: indicator.id, for: scope, in: .period(period)),
            yearToDate: yearToDate,
            yearToDateGrowth: figures.change(of: indicator.id, for: scope, in: .yearToDate(period)),
            baseYear: figures.baseWindow(of: .period(period)).year,
            share: figures.share(of: indicator.id, for: scope, in: .yearToDate(period)),
            rank: ranking.first { $0.entity == entity }?.rank, ranked: ranking.filter { $0.rank != nil }.count,
            targetGrowth: target?.value,
            targetValue: target.flatMap { target in lastYear.map { $0 * (1 + target.value) } })
    }
}
