import BriefingCharts
import BriefingCore
import BriefingData
import BriefingInput
import BriefingLayout

/// The chart kinds beyond the first four, the key-indicator sparklines and data tables.
extension ChartComposer {
    /// The entities' annual values of `indicator` in `year`, in the language's unit; nil for none.
    private func entityValues(_ indicator: Indicator, year: Int) -> [(name: String, value: Double?)] {
        brief.dataset.entities.map { entity in
            (
                entity.names[language],
                figures.annual(indicator.id, for: .entity(entity.id), year: year).map {
                    formatter.displayValue($0, indicator: indicator)
                }
            )
        }
    }

    /// The total's monthly values of `indicator` over the data's months, in the language's unit.
    func monthlyTotals(_ indicator: Indicator, for scope: Figures.Scope = .total) -> (
        periods: [Period], values: [Double?]
    ) {
        guard let first = brief.dataset.periods.first, let last = brief.dataset.periods.last else { return ([], []) }
        let series = figures.series(of: indicator.id, for: scope, over: first...last)
        return (series.map(\.period), series.map { $0.value.map { formatter.displayValue($0, indicator: indicator) } })
    }

    /// Kinds `bar`, `stacked-bar`, `line`, `area`, `bullet`, `waterfall` and `donut`.
    func moreChart(for spec: Manifest.ChartSpec) -> (title: String, output: ChartOutput)? {
        let indicator = spec.indicator.flatMap { brief.dataset.indicator($0.id) }
        let indicators = spec.indicators.compactMap { brief.dataset.indicator($0.id) }
        let year = spec.year ?? brief.year
        let heading = strings.entityHeading
        switch spec.kind {
        case .bar:
            guard let indicator else { return nil }
            let title = spec.title ?? strings.rankingTitle(indicator.names[language], year: year)
            var bars = entityValues(indicator, year: year).compactMap { name, value in
                value.map { RankedBarChart.Bar(label: name, value: $0) }
            }
            if spec.sort == .ascending { bars.sort { $0.value < $1.value } }
            let highlighted = spec.highlight.flatMap { brief.dataset.entity($0.id)?.names[language] }
            let chart = RankedBarChart(
                bars: bars, subject: title, highlighted: highlighted, unit: formatter.unit(of: indicator),
                decimals: formatter.displayDecimals(of: indicator), sortsDescending: spec.sort == .descending,
                orientation: spec.orientation == .vertical ? .vertical : .horizontal, categoryHeading: heading)
            return (title, chart.layout(size: size, theme: theme, typesetter: typesetter, format: label))
        case .stackedBar:
            guard let first = indicators.first else { return nil }
            let names = indicators.map { $0.names[language] }
            let title = spec.title ?? strings.stackedTitle(names, year: year)
            let columns = indicators.map { entityValues($0, year: year) }
            let categories = brief.dataset.entities.indices.map { e in
                GroupedBarChart.Category(label: columns[0][e].name, values: columns.map { $0[e].value })
            }
            let chart = StackedBarChart(
                categories: categories, seriesNames: names, subject: title, unit: formatter.unit(of: first),
                decimals: formatter.displayDecimals(of: first), sortsDescending: spec.sort == .descending,
                categoryHeading: heading)
            return (title, chart.layout(size: size, theme: theme, typesetter: typesetter, format: label))
        case .line, .area:
            let shown = indicator.map { [$0] } ?? indicators
            guard let first = shown.first else { return nil }
            return monthlyLine(shown, title: spec.title, area: spec.kind == .area, unit: formatter.unit(of: first))
        case .bullet:
            return bullet(spec, indicators: indicators)
        case .waterfall:
            guard let indicator else { return nil }
            let before = entityValues(indicator, year: year - 1)
            let now = entityValues(indicator, year: year)
            let steps = zip(before, now).compactMap { a, b -> WaterfallChart.Step? in
                guard let x = a.value, let y = b.value else { return nil }
                return WaterfallChart.Step(label: b.name, change: y - x)
            }
            guard let start = figures.annual(indicator.id, for: .total, year: year - 1) else { return nil }
            let name = indicator.names[language]
            let title = spec.title ?? strings.contributionsTitle(name, from: year - 1, to: year)
            let chart = WaterfallChart(
                startLabel: formatter.year(year - 1), start: formatter.displayValue(start, indicator: indicator),
                steps: steps, endLabel: formatter.year(year), subject: title, unit: formatter.unit(of: indicator),
                decimals: formatter.displayDecimals(of: indicator), sortsDescending: spec.sort == .descending,
                categoryHeading: heading, valueHeading: strings.change)
            return (title, chart.layout(size: size, theme: theme, typesetter: typesetter, format: label))
        case .donut:
            guard let indicator else { return nil }
            let name = indicator.names[language]
            let title = spec.title ?? strings.sharesTitle(name, year: year)
            let slices = entityValues(indicator, year: year).compactMap { name, value in
                value.map { RankedBarChart.Bar(label: name, value: $0) }
            }
            let chart = DonutChart(
                slices: slices, top: spec.top ?? 5, otherName: strings.otherEntities, subject: title,
                unit: formatter.unit(of: indicator), decimals: formatter.displayDecimals(of: indicator),
                categoryHeading: heading, shareHeading: strings.share)
            // A ring needs no more height than about half the width holds.
            let height = min(size.height, (size.width * 0.36).rounded())
            return (
                title,
                chart.layout(
                    size: Size(width: size.width, height: height), theme: theme, typesetter: typesetter, format: label)
            )
        case .ranking, .monthly, .growthVsTarget, .yearComparison:
            return nil
        }
    }

    /// The total's monthly values of `indicators` as lines (or areas), the last value of the first
    /// series highlighted, month axes naming the year where it changes.
    func monthlyLine(
        _ indicators: [Indicator], title: String?, area: Bool, unit: String
    ) -> (title: String, output: ChartOutput)? {
        guard let first = indicators.first, let from = brief.dataset.periods.first,
            let to = brief.dataset.periods.last
        else { return nil }
        let monthly = indicators.map { monthlyTotals($0) }
        let periods = monthly[0].periods
        let names = indicators.map { $0.names[language] }
        let title =
            title
            ?? strings.monthlyTitle(
                strings.and(names), from: formatter.period(from), to: formatter.period(to),
                entities: brief.dataset.entities.count)
        let decimals = formatter.displayDecimals(of: first)
        let values = monthly[0].values
        let lastIndex = values.lastIndex { $0 != nil }
        let axisLabels = formatter.timeAxisLabels(periods)
        let chart = LineChart(
            series: zip(names, monthly).map { LineChart.Series(name: $0, values: $1.values) },
            periods: periods.map { formatter.period($0) }, subject: title,
            axisLabel: { axisLabels[$0] }, unit: unit, decimals: decimals,
            showsMarkers: indicators.count == 1 && periods.count <= LineChart.mostMarkers,
            highlighted: lastIndex.map {
                LineChart.HighlightedPoint(index: $0, label: formatter.number(values[$0], decimals: decimals))
            }, includesZero: area, fillsArea: area, periodHeading: formatter.periodHeading(brief.dataset.frequency))
        return (title, chart.layout(size: size, theme: theme, typesetter: typesetter, format: label))
    }

    /// Growth in the year against next year's targets, with bands: below half the target, below
    /// the target, at or above it.
    private func bullet(_ spec: Manifest.ChartSpec, indicators: [Indicator]) -> (title: String, output: ChartOutput)? {
        let next = brief.year + 1
        let targets = brief.dataset.targets.filter { $0.year == next && Figures.Scope(targetScope: $0.scope) == .total }
        let shown = indicators.isEmpty ? targets.compactMap { brief.dataset.indicator($0.indicatorID) } : indicators
        let rows = shown.map { indicator -> BulletChart.Row in
            let actual = figures.growth(of: indicator.id, for: .total, in: .year(brief.year)).map { $0 * 100 }
            let target = targets.first { $0.indicatorID == indicator.id }.map { $0.value * 100 }
            let bands = target.map { [$0 * 0.5, $0, max($0 * 1.5, (actual ?? 0) * 1.1)] } ?? []
            return BulletChart.Row(label: indicator.names[language], actual: actual, target: target, bands: bands)
        }
        guard !rows.isEmpty else { return nil }
        let title = spec.title ?? strings.growthTargetTitle(brief.year, next)
        let percent = NumberLabel { [formatter] value, decimals in formatter.growth(value / 100, decimals: decimals) }
        let height = min(size.height, Double(rows.count) * 40 + 40)
        let chart = BulletChart(
            rows: rows, subject: title, actualName: strings.growthIn(brief.year), targetName: strings.targetFor(next),
            categoryHeading: strings.indicator)
        return (
            title,
            chart.layout(
                size: Size(width: size.width, height: height), theme: theme, typesetter: typesetter, format: percent)
        )
    }

    /// A sparkline of the monthly values of `scope` (the total by default), `width` wide: for
    /// key-indicator tiles and the indicator table's trend column.
    func sparkline(_ indicator: Indicator, for scope: Figures.Scope = .total, width: Double, height: Double = 18)
        -> Frame
    {
        let monthly = monthlyTotals(indicator, for: scope)
        return Sparkline(
            values: monthly.values, subject: indicator.names[language],
            decimals: formatter.displayDecimals(of: indicator)
        ).layout(size: Size(width: width, height: height), theme: theme, format: label).frame
    }

    /// The chart's data as a small table under figure `number`.
    func dataTable(_ data: ChartData, figure number: Int) -> TableBlock? {
        guard !data.isEmpty else { return nil }
        return TableBlock(
            columns: data.columns.indices.map { .init(alignment: $0 == 0 ? .left : .right) },
            header: [data.columns.map { TableCell.text(RichText($0)) }],
            body: data.rows.map { $0.map { TableCell.text(RichText($0)) } },
            caption: RichText(strings.dataOfFigure(number)),
            continuedCaption: RichText(strings.continued(strings.dataOfFigure(number))))
    }
}
