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
    /// The height pagination chose for the chart (``ChartDrawer``): charts whose content sets
    /// their height are drawn at it too.
    var exactHeight: Double?
    /// The charts composed so far, shared with the composers `sized(_:)` makes.
    var memo = ChartMemo()

    var language: Language { brief.manifest.language }

    /// The chart with its caption and source line; a problem when the data has nothing to show.
    func figure(for spec: Manifest.ChartSpec, number: Int) throws(ChartProblem) -> Figure {
        let (title, output) = try chart(for: spec)
        return Figure(
            frame: output.frame, caption: RichText(strings.figure(number, title)),
            source: RichText(strings.source(sourceFiles)), alternativeText: output.alternativeText,
            flexibleHeight: FlexibleHeight(range: heights(of: spec, drawn: output.frame), key: number))
    }

    /// The heights the chart `drawn` for `spec` may take (``heights(of:natural:)``), short of an
    /// end where its text would change size (category labels fitted to rows that tight): a
    /// chart's text keeps its size at every height it is drawn at.
    func heights(of spec: Manifest.ChartSpec, drawn: Frame) -> ClosedRange<Double> {
        let natural = drawn.size.height
        let range = Self.heights(of: spec.kind, natural: natural)
        let styles = Self.textStyles(of: drawn)
        func keepsText(_ height: Double) -> Bool {
            guard let frame = try? sized(height).chart(for: spec).output.frame else { return false }
            return Self.textStyles(of: frame) == styles
        }
        let lower = range.lowerBound < natural && keepsText(range.lowerBound) ? range.lowerBound : natural
        let upper = range.upperBound > natural && keepsText(range.upperBound) ? range.upperBound : natural
        return min(lower, natural)...max(upper, natural)
    }

    /// This composer drawing its charts `height` points tall, whatever their content would need.
    func sized(_ height: Double) -> ChartComposer {
        var sized = ChartComposer(
            brief: brief, figures: figures, formatter: formatter, strings: strings, theme: theme,
            typesetter: typesetter, size: Size(width: size.width, height: height))
        sized.exactHeight = height
        sized.memo = memo
        return sized
    }

    /// The fonts and sizes of a drawing's text.
    private static func textStyles(of frame: Frame) -> Set<TextStyle> {
        Set(
            frame.leaves().compactMap { leaf -> TextStyle? in
                guard case .text(let text) = leaf.item.item else { return nil }
                return text.paragraph.spec.style.with { $0.color = .black }
            })
    }

    /// The heights a chart of `kind` may take to fill a page, around its natural height: a time
    /// series reads at any height from 75% to 135% (its slopes steepen or flatten, its axis stays);
    /// bars keep a comfortable pitch from 85% to 125%; rows of targets, sized by their count (a
    /// few rows, a bar's room each), from 90% to 130%; a donut shrinks to 80% but never grows (its
    /// ring would outgrow its legend).
    static func heights(of kind: Manifest.ChartSpec.Kind, natural: Double) -> ClosedRange<Double> {
        let factors: ClosedRange<Double>
        switch kind {
        case .line, .area, .monthly: factors = 0.75...1.35
        case .ranking, .bar, .growth, .stackedBar, .yearComparison, .waterfall: factors = 0.85...1.25
        case .growthVsTarget, .bullet: factors = 0.9...1.3
        case .donut: factors = 0.8...1
        }
        return (natural * factors.lowerBound).rounded()...(natural * factors.upperBound).rounded()
    }

    /// The height of a chart whose content needs `natural` points: that, within the page's chart
    /// height, unless pagination chose the height.
    func height(needing natural: Double) -> Double { exactHeight ?? min(size.height, natural) }

    /// An error at the line of each of `specs` that has nothing to draw.
    func problems(_ specs: [Manifest.ChartSpec]) -> [Diagnostic] {
        specs.compactMap { spec -> Diagnostic? in
            do throws(ChartProblem) {
                _ = try chart(for: spec)
                return nil
            } catch {
                return error.diagnostic(for: spec)
            }
        }
    }

    /// Numbers as chart labels: the brief's formatter (en thousands separators, zh no grouping).
    var label: NumberLabel {
        NumberLabel { [formatter] value, decimals in formatter.number(value, decimals: decimals) }
    }

    /// The window a chart shows: its own `year`, else the brief's.
    func window(of spec: Manifest.ChartSpec) -> WindowFigures {
        WindowFigures(
            figures: figures, formatter: formatter, strings: strings,
            window: spec.year.map { .year($0) } ?? brief.window)
    }

    /// The window as messages name it (always English, like every diagnostic).
    static func named(_ window: Figures.Window) -> String { ValueFormatter(language: .en).window(window) }

    /// The chart's title (the manifest's, or one generated from what it shows) and its layout; a
    /// problem when the data has nothing to show.
    func chart(for spec: Manifest.ChartSpec) throws(ChartProblem) -> (title: String, output: ChartOutput) {
        let key = ChartMemo.Key(spec: spec, size: size, exactHeight: exactHeight)
        if let composed = memo.charts[key] { return try composed.get() }
        let composed = Result { () throws(ChartProblem) in try compose(spec) }
        memo.charts[key] = composed
        return try composed.get()
    }

    private func compose(_ spec: Manifest.ChartSpec) throws(ChartProblem) -> (title: String, output: ChartOutput) {
        let indicator = spec.indicator.flatMap { brief.dataset.indicator($0.id) }
        let shown = window(of: spec)
        let output: ChartOutput
        let title: String
        switch spec.kind {
        case .ranking:
            let indicator = try required(indicator)
            title = spec.title ?? strings.rankingTitle(indicator.names[language], window: shown.label(for: indicator))
            let bars = try entityBars(indicator, in: shown.window)
            output = RankedBarChart(
                bars: bars, subject: title, unit: formatter.unit(of: indicator),
                decimals: formatter.displayDecimals(of: indicator)
            ).layout(size: size, theme: theme, typesetter: typesetter, format: label)
        case .monthly:
            let indicator = try required(indicator)
            guard brief.dataset.frequency == .monthly else {
                throw ChartProblem(
                    reason: "draws monthly values, and the data is \(brief.dataset.frequency.rawValue) "
                        + "(expected monthly periods; use a line chart)", isMismatch: true)
            }
            return try timeSeries([indicator], title: spec.title, area: false, unit: formatter.unit(of: indicator))
        case .growthVsTarget:
            let next = brief.year + 1
            title = spec.title ?? strings.growthTargetTitle(shown.label, next)
            let rows = brief.dataset.targets.filter {
                $0.year == next && Figures.Scope(targetScope: $0.scope) == .total
            }
            .compactMap { target -> GrowthTargetChart.Row? in
                guard let indicator = brief.dataset.indicator(target.indicatorID) else { return nil }
                let actual = figures.growth(of: indicator.id, for: .total, in: shown.window)
                return GrowthTargetChart.Row(
                    label: indicator.names[language], actual: actual.map { $0 * 100 }, target: target.value * 100)
            }
            guard !rows.isEmpty else {
                throw ChartProblem(reason: "no target for \(next) names an indicator of the catalogue")
            }
            let percent = NumberLabel { [formatter] value, decimals in formatter.growth(value / 100, decimals: decimals)
            }
            // A row needs no more than a bar's room; a tall frame only spreads three bars apart.
            let height = height(needing: Double(rows.count) * 44 + 60)
            output = GrowthTargetChart(
                rows: rows, subject: title, actualName: strings.growthIn(shown.label),
                targetName: strings.targetFor(next)
            ).layout(
                size: Size(width: size.width, height: height), theme: theme, typesetter: typesetter, format: percent)
        case .yearComparison:
            let indicator = try required(indicator)
            let base = shown.baseName(for: indicator)
            let now = shown.label(for: indicator)
            title = spec.title ?? strings.comparisonTitle(indicator.names[language], base, now)
            let before = entityValues(indicator, in: shown.base)
            let values = entityValues(indicator, in: shown.window)
            guard values.contains(where: { $0.value != nil }) || before.contains(where: { $0.value != nil }) else {
                throw Self.noValues(indicator, in: shown.base, and: shown.window)
            }
            let categories = zip(before, values).map { a, b in
                GroupedBarChart.Category(label: b.name, values: [a.value, b.value])
            }
            output = GroupedBarChart(
                categories: categories, seriesNames: [base, now],
                subject: title, unit: formatter.unit(of: indicator), decimals: formatter.displayDecimals(of: indicator)
            ).layout(size: size, theme: theme, typesetter: typesetter, format: label)
        case .bar, .stackedBar, .line, .area, .bullet, .waterfall, .donut, .growth:
            return try moreChart(for: spec)
        }
        return (title, output)
    }

    /// The chart's indicator: the manifest checker has refused an unknown id before any chart is
    /// composed, so a missing one only means the kind names none.
    func required(_ indicator: Indicator?) throws(ChartProblem) -> Indicator {
        guard let indicator else { throw ChartProblem(reason: "it names no indicator of the catalogue") }
        return indicator
    }

    /// The problem of a chart whose indicator has no value for any entity in `window` (or `other`).
    static func noValues(_ indicator: Indicator, in window: Figures.Window, and other: Figures.Window? = nil)
        -> ChartProblem
    {
        let windows = [window, other].compactMap { $0 }.map(named).joined(separator: " or ")
        return ChartProblem(reason: "no entity has a value of '\(indicator.id)' in \(windows)")
    }

    /// The tables the figures come from, by file name.
    var sourceFiles: String {
        [brief.manifest.data.observations, brief.manifest.data.targets].compactMap { $0 }
            .map { $0.split(separator: "/").last.map(String.init) ?? $0 }.joined(
                separator: strings.language.listSeparator)
    }
}

/// The charts a composer and the composers it sizes have made, by spec and size: a brief's chart
/// is asked for to lay it out, to find the heights it may take, for its data table, for the
/// repeated-chart warning and to draw it at the height pagination chose.
final class ChartMemo {
    struct Key: Hashable {
        let spec: Manifest.ChartSpec
        let size: Size
        let exactHeight: Double?
    }

    var charts: [Key: Result<(title: String, output: ChartOutput), ChartProblem>] = [:]
}
