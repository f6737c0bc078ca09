import BriefingCharts
import BriefingCore
import BriefingData
import BriefingInput
import BriefingLayout

/// Builds the charts a manifest declares from the brief's figures, in the brief's language.
struct ChartComposer {
    let brief: Brief
    let figures: Figures
    let formatter: ValueFormatter
    let strings: Wording
    let theme: ChartTheme
    let typesetter: any Typesetter
    let size: Size

    var language: Language { brief.manifest.language }

    /// The chart with its caption and source line, or nil when the data has nothing to show.
    func figure(for spec: Manifest.ChartSpec, number: Int) -> Figure? {
        guard let (title, output) = chart(for: spec) else { return nil }
        return Figure(
            frame: output.frame, caption: RichText(strings.figure(number, title)),
            source: RichText(strings.source(sourceFiles)), alternativeText: output.alternativeText)
    }

    /// Numbers as chart labels: the brief's formatter (en thousands separators, zh no grouping).
    var label: NumberLabel {
        NumberLabel { [formatter] value, decimals in formatter.number(value, decimals: decimals) }
    }

    /// The chart's title (the manifest's, or one generated from what it shows) and its layout, or
    /// nil when the data has nothing to show.
    func chart(for spec: Manifest.ChartSpec) -> (title: String, output: ChartOutput)? {
        let indicator = spec.indicator.flatMap { brief.dataset.indicator($0.id) }
        let output: ChartOutput
        let title: String
        switch spec.kind {
        case .ranking:
            guard let indicator else { return nil }
            title = spec.title ?? strings.rankingTitle(indicator.names[language], year: brief.year)
            let bars = brief.dataset.entities.compactMap { entity -> RankedBarChart.Bar? in
                figures.annual(indicator.id, for: .entity(entity.id), year: brief.year).map {
                    RankedBarChart.Bar(
                        label: entity.names[language], value: formatter.displayValue($0, indicator: indicator))
                }
            }
            output = RankedBarChart(
                bars: bars, subject: title, unit: formatter.unit(of: indicator),
                decimals: formatter.displayDecimals(of: indicator)
            ).layout(size: size, theme: theme, typesetter: typesetter, format: label)
        case .monthly:
            guard let indicator else { return nil }
            return monthlyLine([indicator], title: spec.title, area: false, unit: formatter.unit(of: indicator))
        case .growthVsTarget:
            let next = brief.year + 1
            title = spec.title ?? strings.growthTargetTitle(brief.year, next)
            let rows = brief.dataset.targets.filter { $0.year == next && Figures.Scope(targetScope: $0.scope) == .total }
                .compactMap { target -> GrowthTargetChart.Row? in
                    guard let indicator = brief.dataset.indicator(target.indicatorID) else { return nil }
                    let actual = figures.growth(of: indicator.id, for: .total, in: .year(brief.year))
                    return GrowthTargetChart.Row(
                        label: indicator.names[language], actual: actual.map { $0 * 100 }, target: target.value * 100)
                }
            guard !rows.isEmpty else { return nil }
            let percent = NumberLabel { [formatter] value, decimals in formatter.growth(value / 100, decimals: decimals)
            }
            // A row needs no more than a bar's room; a tall frame only spreads three bars apart.
            let height = min(size.height, Double(rows.count) * 44 + 60)
            output = GrowthTargetChart(
                rows: rows, subject: title, actualName: strings.growthIn(brief.year),
                targetName: strings.targetFor(next)
            ).layout(
                size: Size(width: size.width, height: height), theme: theme, typesetter: typesetter, format: percent)
        case .yearComparison:
            guard let indicator else { return nil }
            title = spec.title ?? strings.comparisonTitle(indicator.names[language], brief.year - 1, brief.year)
            let categories = brief.dataset.entities.map { entity in
                GroupedBarChart.Category(
                    label: entity.names[language],
                    values: [brief.year - 1, brief.year].map { year in
                        figures.annual(indicator.id, for: .entity(entity.id), year: year).map {
                            formatter.displayValue($0, indicator: indicator)
                        }
                    })
            }
            output = GroupedBarChart(
                categories: categories, seriesNames: [formatter.year(brief.year - 1), formatter.year(brief.year)],
                subject: title, unit: formatter.unit(of: indicator), decimals: formatter.displayDecimals(of: indicator)
            ).layout(size: size, theme: theme, typesetter: typesetter, format: label)
        case .bar, .stackedBar, .line, .area, .bullet, .waterfall, .donut:
            return moreChart(for: spec)
        }
        return (title, output)
    }

    /// The tables the figures come from, by file name.
    var sourceFiles: String {
        [brief.manifest.data.observations, brief.manifest.data.targets].compactMap { $0 }
            .map { $0.split(separator: "/").last.map(String.init) ?? $0 }.joined(separator: ", ")
    }
}
