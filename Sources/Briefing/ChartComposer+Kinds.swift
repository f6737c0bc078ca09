import BriefingCharts
import BriefingCore
import BriefingData
import BriefingInput
import BriefingLayout

/// The chart kinds beyond the first four, and data tables.
extension ChartComposer {
    /// The entities' values of `indicator` over `window`, in the language's unit; nil for none.
    func entityValues(_ indicator: Indicator, in window: Figures.Window) -> [(name: String, value: Double?)] {
        brief.dataset.entities.map { entity in
            (
                entity.names[language],
                figures.value(of: indicator.id, for: .entity(entity.id), in: window).map {
                    formatter.displayValue($0, indicator: indicator)
                }
            )
        }
    }

    /// A bar per entity with a value of `indicator` over `window`; a problem when none has one.
    func entityBars(_ indicator: Indicator, in window: Figures.Window) throws(ChartProblem) -> [RankedBarChart.Bar] {
        let bars = entityValues(indicator, in: window).compactMap { name, value in
            value.map { RankedBarChart.Bar(label: name, value: $0) }
        }
        guard !bars.isEmpty else { throw Self.noValues(indicator, in: window) }
        return bars
    }

    /// Kinds `bar`, `stacked-bar`, `line`, `area`, `bullet`, `waterfall`, `donut` and `growth`.
    func moreChart(for spec: Manifest.ChartSpec) throws(ChartProblem) -> (title: String, output: ChartOutput) {
        let indicator = spec.indicator.flatMap { brief.dataset.indicator($0.id) }
        let indicators = spec.indicators.compactMap { brief.dataset.indicator($0.id) }
        let shown = window(of: spec)
        let heading = strings.entityHeading
        switch spec.kind {
        case .bar:
            let indicator = try required(indicator)
            let title = spec.title ?? strings.rankingTitle(indicator.names[language], window: shown.label(for: indicator))
            var bars = try entityBars(indicator, in: shown.window)
            if spec.sort == .ascending { bars.sort { $0.value < $1.value } }
            let highlighted = spec.highlight.flatMap { brief.dataset.entity($0.id)?.names[language] }
            let chart = RankedBarChart(
                bars: bars, subject: title, highlighted: highlighted, unit: formatter.unit(of: indicator),
                decimals: formatter.displayDecimals(of: indicator), sortsDescending: spec.sort == .descending,
                orientation: spec.orientation == .vertical ? .vertical : .horizontal, categoryHeading: heading)
            return (title, chart.layout(size: size, theme: theme, typesetter: typesetter, format: label))
        case .growth:
            return try growthChart(spec, indicator: try required(indicator), shown: shown)
        case .stackedBar:
            guard let first = indicators.first else { throw ChartProblem(reason: "it names no indicator to stack") }
            let names = indicators.map { $0.names[language] }
            let title =
                spec.title
                ?? strings.stackedTitle(names, window: shown.label(for: first))
            let columns = indicators.map { entityValues($0, in: shown.window) }
            guard columns.contains(where: { $0.contains { $0.value != nil } }) else {
                throw Self.noValues(first, in: shown.window)
            }
            let categories = brief.dataset.entities.indices.map { e in
                GroupedBarChart.Category(label: columns[0][e].name, values: columns.map { $0[e].value })
            }
            let chart = StackedBarChart(
                categories: categories, seriesNames: names, subject: title, unit: formatter.unit(of: first),
                decimals: formatter.displayDecimals(of: first), sortsDescending: spec.sort == .descending,
                categoryHeading: heading, otherName: strings.otherSeries)
            return (title, chart.layout(size: size, theme: theme, typesetter: typesetter, format: label))
        case .line, .area:
            let lines = indicator.map { [$0] } ?? indicators
            let first = try required(lines.first)
            return try timeSeries(lines, title: spec.title, area: spec.kind == .area, unit: formatter.unit(of: first))
        case .bullet:
            return try bullet(spec, indicators: indicators, shown: shown)
        case .waterfall:
            let indicator = try required(indicator)
            let before = entityValues(indicator, in: shown.base)
            let now = entityValues(indicator, in: shown.window)
            let steps = zip(before, now).compactMap { a, b -> WaterfallChart.Step? in
                guard let x = a.value, let y = b.value else { return nil }
                return WaterfallChart.Step(label: b.name, change: y - x)
            }
            guard let start = figures.value(of: indicator.id, for: .total, in: shown.base) else {
                throw ChartProblem(reason: "'\(indicator.id)' has no total in \(Self.named(shown.base)) to start from")
            }
            guard !steps.isEmpty else { throw Self.noValues(indicator, in: shown.base, and: shown.window) }
            let name = indicator.names[language]
            let base = shown.baseName(for: indicator)
            let title =
                spec.title
                ?? strings.contributionsTitle(name, span: shown.span(for: indicator))
            let chart = WaterfallChart(
                startLabel: base, start: formatter.displayValue(start, indicator: indicator),
                steps: steps, endLabel: shown.label(for: indicator), subject: title, unit: formatter.unit(of: indicator),
                decimals: formatter.displayDecimals(of: indicator), sortsDescending: spec.sort == .descending,
                categoryHeading: heading, valueHeading: strings.change)
            return (title, chart.layout(size: size, theme: theme, typesetter: typesetter, format: label))
        case .donut:
            let indicator = try required(indicator)
            let name = indicator.names[language]
            let title =
                spec.title ?? strings.sharesTitle(name, window: shown.label(for: indicator))
            let slices = try entityBars(indicator, in: shown.window)
            let chart = DonutChart(
                slices: slices, top: spec.top ?? 5, otherName: strings.otherEntities, subject: title,
                unit: formatter.unit(of: indicator), decimals: formatter.displayDecimals(of: indicator),
                categoryHeading: heading, shareHeading: strings.share)
            // A ring needs no more height than about half the width holds.
            let height = height(needing: (size.width * 0.36).rounded())
            return (
                title,
                chart.layout(
                    size: Size(width: size.width, height: height), theme: theme, typesetter: typesetter, format: label)
            )
        case .ranking, .monthly, .growthVsTarget, .yearComparison:
            return try chart(for: spec)
        }
    }

    /// Entities ranked by their change over the window on its base: growth in %, or for a rate the
    /// difference (in points when the rate is in %).
    private func growthChart(
        _ spec: Manifest.ChartSpec, indicator: Indicator, shown: WindowFigures
    ) throws(ChartProblem) -> (title: String, output: ChartOutput) {
        let byDifference = WindowFigures.changesByDifference(indicator)
        let title =
            spec.title
            ?? strings.growthTitle(
                indicator.names[language], window: shown.label(for: indicator), base: shown.baseName(for: indicator),
                byDifference: byDifference, since: shown.isReadAtEnd(indicator))
        var bars = brief.dataset.entities.compactMap { entity -> RankedBarChart.Bar? in
            shown.change(of: indicator, for: .entity(entity.id)).map {
                RankedBarChart.Bar(
                    label: entity.names[language],
                    value: byDifference ? formatter.displayValue($0, indicator: indicator) : $0 * 100)
            }
        }
        guard !bars.isEmpty else {
            throw ChartProblem(
                reason: "no entity has a value of '\(indicator.id)' in both \(Self.named(shown.base)) and "
                    + Self.named(shown.window))
        }
        if spec.sort == .ascending { bars.sort { $0.value < $1.value } }
        let decimals = byDifference && !WindowFigures.inPoints(indicator) ? formatter.displayDecimals(of: indicator) : 1
        let unit =
            !byDifference ? "%" : WindowFigures.inPoints(indicator) ? strings.points : formatter.unit(of: indicator)
        let change = NumberLabel { [formatter] value, decimals in formatter.signedNumber(value, decimals: decimals) }
        let chart = RankedBarChart(
            bars: bars, subject: title, unit: unit, decimals: decimals, sortsDescending: spec.sort == .descending,
            categoryHeading: strings.entityHeading)
        return (title, chart.layout(size: size, theme: theme, typesetter: typesetter, format: change))
    }

    /// Growth in the window against next year's targets, with bands: below half the target, below
    /// the target, at or above it.
    private func bullet(
        _ spec: Manifest.ChartSpec, indicators: [Indicator], shown: WindowFigures
    ) throws(ChartProblem) -> (title: String, output: ChartOutput) {
        let next = brief.year + 1
        let targets = brief.dataset.targets.filter { $0.year == next && Figures.Scope(targetScope: $0.scope) == .total }
        let rows = (indicators.isEmpty ? targets.compactMap { brief.dataset.indicator($0.indicatorID) } : indicators)
            .map { indicator -> BulletChart.Row in
                let actual = figures.growth(of: indicator.id, for: .total, in: shown.window).map { $0 * 100 }
                let target = targets.first { $0.indicatorID == indicator.id }.map { $0.value * 100 }
                let bands = target.map { [$0 * 0.5, $0, max($0 * 1.5, (actual ?? 0) * 1.1)] } ?? []
                return BulletChart.Row(label: indicator.names[language], actual: actual, target: target, bands: bands)
            }
        guard rows.contains(where: { $0.actual != nil || $0.target != nil }) else {
            throw ChartProblem(reason: "no growth in \(Self.named(shown.window)) and no target for \(next) to show")
        }
        let title = spec.title ?? strings.bulletTitle(shown.label, next)
        let percent = NumberLabel { [formatter] value, decimals in formatter.growth(value / 100, decimals: decimals) }
        let height = height(needing: Double(rows.count) * 40 + 40)
        let chart = BulletChart(
            rows: rows, subject: title, actualName: strings.growthIn(shown.label), targetName: strings.targetFor(next),
            categoryHeading: strings.indicator, bandNames: strings.bulletBands)
        return (
            title,
            chart.layout(
                size: Size(width: size.width, height: height), theme: theme, typesetter: typesetter, format: percent)
        )
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
