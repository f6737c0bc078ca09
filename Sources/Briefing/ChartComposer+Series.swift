import BriefingCharts
import BriefingCore
import BriefingData
import BriefingInput
import BriefingLayout

/// Charts over time: lines, areas and sparklines at the data's frequency.
extension ChartComposer {
    /// The periods a time series runs over: every period from the data's first to its last at its
    /// frequency; for annual data the years observed (a series every five years is drawn as
    /// consecutive points, not as gaps between them).
    var timeline: [Period] {
        let periods = brief.dataset.periods
        guard let first = periods.first, let last = periods.last else { return [] }
        return brief.dataset.frequency == .annual ? periods : Period.all(from: first, through: last)
    }

    /// The values of `indicator` for `scope` (the total by default) over ``timeline``, in the
    /// language's unit.
    func seriesValues(_ indicator: Indicator, for scope: Figures.Scope = .total) -> [Double?] {
        timeline.map { period in
            figures.value(of: indicator.id, for: scope, in: .period(period)).map {
                formatter.displayValue($0, indicator: indicator)
            }
        }
    }

    /// The total's values of `indicators` over ``timeline`` as lines (or areas), the last value of
    /// the first series highlighted, time axes by frequency; a problem when a series has no point.
    func timeSeries(
        _ indicators: [Indicator], title: String?, area: Bool, unit: String
    ) throws(ChartProblem) -> (title: String, output: ChartOutput) {
        let periods = timeline
        guard let first = indicators.first, let from = periods.first, let to = periods.last else {
            throw ChartProblem(reason: "the data has no periods")
        }
        let lines = indicators.map { seriesValues($0) }
        if let empty = zip(indicators, lines).first(where: { !$1.contains { $0 != nil } })?.0 {
            let dataset = brief.dataset
            if !empty.kind.isAdditive, empty.derivation == nil, dataset.totalEntity == nil, dataset.entities.count > 1 {
                throw ChartProblem(
                    reason: "'\(empty.id)' is \(ManifestChecker.kindPhrase(empty.kind)) across the \(dataset.entities.count) "
                        + "entities, so there is no total to draw (name a total row with 'total: ID', or choose one "
                        + "entity with 'entities: [ID]')")
            }
            let what = brief.dataset.entities.count == 1 ? "" : " for the total"
            throw ChartProblem(
                reason: "'\(empty.id)' has no value\(what) from \(Self.named(.period(from))) to \(Self.named(.period(to)))")
        }
        let names = indicators.map { $0.names[language] }
        let title =
            title
            ?? strings.seriesTitle(
                strings.and(names), brief.dataset.frequency, from: formatter.period(from), to: formatter.period(to),
                entities: brief.dataset.entities.count)
        let decimals = formatter.displayDecimals(of: first)
        let values = lines[0]
        let lastIndex = values.lastIndex { $0 != nil }
        let axisLabels = formatter.timeAxisLabels(periods)
        let chart = LineChart(
            series: zip(names, lines).map { LineChart.Series(name: $0, values: $1) },
            periods: periods.map { formatter.period($0) }, subject: title,
            axisLabel: { axisLabels[$0] }, unit: unit, decimals: decimals,
            showsMarkers: indicators.count == 1 && periods.count <= LineChart.mostMarkers,
            highlighted: lastIndex.map {
                LineChart.HighlightedPoint(index: $0, label: formatter.number(values[$0], decimals: decimals))
            }, includesZero: area, fillsArea: area, periodHeading: formatter.periodHeading(brief.dataset.frequency))
        return (title, chart.layout(size: size, theme: theme, typesetter: typesetter, format: label))
    }

    /// A sparkline of the values of `scope` (the total by default) over ``timeline``, `width` wide:
    /// for key-indicator tiles and the indicator table's trend column.
    func sparkline(_ indicator: Indicator, for scope: Figures.Scope = .total, width: Double, height: Double = 18)
        -> Frame
    {
        Sparkline(
            values: seriesValues(indicator, for: scope), subject: indicator.names[language],
            decimals: formatter.displayDecimals(of: indicator)
        ).layout(size: Size(width: width, height: height), theme: theme, format: label).frame
    }
}
