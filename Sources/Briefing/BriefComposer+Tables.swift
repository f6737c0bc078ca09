import BriefingCore
import BriefingData
import BriefingInput
import BriefingLayout

/// The indicator table: entities × indicators over the brief's window with the total in a footer
/// row, or the periods of the total (or the one entity) with the window in a footer row.
extension BriefComposer {
    /// Whether the table of entities has a total row: not for one entity without a total row of
    /// the data, whose total is the entity itself.
    private var hasTotalRow: Bool { brief.dataset.entities.count > 1 || brief.dataset.totalEntity != nil }

    /// Entities × indicators over the window with a total row; with `growth`, a change column after
    /// each indicator; with `trend`, a last column of sparklines of each entity's values of that
    /// indicator over time.
    func indicatorTable(
        _ indicators: [Indicator], trend: Indicator?, growth: Bool, number: Int, anchors: inout AnchorAllocator
    ) -> [Block] {
        let reported = reported
        let title = strings.indicatorTable(reported.label)
        let composer = chartComposer
        var header: [TableCell] =
            [HeaderText.cell(strings.entityHeading, language: language)]
            + headings(indicators, growth: growth, base: reported.baseLabel, qualified: true)
        var rows: [[TableCell]] = brief.dataset.entities.map { entity in
            [.text(RichText(entity.names[language]))]
                + cells(indicators, for: .entity(entity.id), in: brief.window, growth: growth)
        }
        var total: [TableCell] =
            [.text(RichText(strings.total))] + cells(indicators, for: .total, in: brief.window, growth: growth)
        var columns = self.columns(indicators, growth: growth)
        var source = strings.source(composer.sourceFiles)
        if let trend {
            // The indicator is named below the table: its long name would make the header tall.
            header.append(HeaderText.cell(strings.trend(brief.dataset.frequency), language: language))
            source += strings.trendNote(trend.names[language], brief.dataset.frequency)
            for (index, entity) in brief.dataset.entities.enumerated() {
                rows[index].append(.graphic(composer.sparkline(trend, for: .entity(entity.id), width: 54, height: 11)))
            }
            total.append(.graphic(composer.sparkline(trend, width: 54, height: 11)))
            columns.append(.init(alignment: .center))
        }
        let caption = strings.table(number, title)
        let table = TableBlock(
            columns: columns, header: [header], body: rows, footer: hasTotalRow ? [total] : [],
            caption: RichText(caption),
            continuedCaption: RichText(strings.continued(caption)),
            source: RichText(source))
        return [.heading(Heading(level: 1, text: title, anchor: anchors.next())), .table(table)]
    }

    /// Periods × indicators of the total (`rows: periods`): the last `count` periods through the
    /// window's end (by default the window's periods, or five observed years of annual data), and
    /// for quarterly and monthly data the window itself in a footer row. Each row's change is on
    /// its own base, which the change column's heading names.
    func periodTable(
        _ indicators: [Indicator], spec: Manifest.IndicatorTable, number: Int, anchors: inout AnchorAllocator
    ) -> [Block] {
        let frequency = brief.dataset.frequency
        let periods = tablePeriods(count: spec.count)
        let heading = formatter.periodHeading(frequency)
        let span =
            periods == brief.window.periods(at: frequency) || periods.isEmpty
            ? reported.label
            : [periods.first, periods.last].compactMap { $0 }.map { formatter.period($0) }.joined(
                separator: language.rangeDash)
        let title = strings.periodTable(heading, span)
        let regular = periods.allSatisfy {
            figures.baseWindow(of: .period($0)) == Figures.Window.period($0).previousYear
        }
        let base = strings.periodRowBase(frequency, regular: regular)
        let header: [TableCell] =
            [HeaderText.cell(heading, language: language)]
            + headings(indicators, growth: spec.growth, base: base, qualified: false)
        let rows: [[TableCell]] = periods.map { period in
            [.text(RichText(formatter.period(period)))]
                + cells(indicators, for: .total, in: .period(period), growth: spec.growth)
        }
        let footer: [[TableCell]] =
            frequency == .annual
            ? []
            : [
                [.text(RichText(reported.label))]
                    + cells(indicators, for: .total, in: brief.window, growth: spec.growth)
            ]
        let table = TableBlock(
            columns: columns(indicators, growth: spec.growth), header: [header], body: rows, footer: footer,
            caption: RichText(strings.table(number, title)),
            continuedCaption: RichText(strings.continued(strings.table(number, title))),
            source: RichText(strings.source(chartComposer.sourceFiles)))
        return [.heading(Heading(level: 1, text: title, anchor: anchors.next())), .table(table)]
    }

    /// The periods of a `rows: periods` table, in order.
    func tablePeriods(count: Int?) -> [Period] {
        let frequency = brief.dataset.frequency
        let end = brief.window.end(at: frequency)
        guard frequency != .annual else { return Array(brief.dataset.periods.filter { $0 <= end }.suffix(count ?? 5)) }
        guard let count else { return brief.window.periods(at: frequency) }
        return Period.all(from: end.advanced(by: 1 - count), through: end)
    }

    /// The first column left-aligned, then each indicator's right-aligned (and its change's after
    /// it with `growth`), a header too tall shortened by a short name in the catalogue.
    private func columns(_ indicators: [Indicator], growth: Bool) -> [TableBlock.Column] {
        let file = brief.manifest.data.indicators.split(separator: "/").last.map(String.init) ?? ""
        let column = language == .zh ? "short_name_zh" : "short_name"
        return [.init(alignment: .left)]
            + indicators.flatMap { indicator -> [TableBlock.Column] in
                let value = TableBlock.Column(
                    alignment: .right,
                    remedy: "give indicator '\(indicator.id)' a short name in column '\(column)' of \(file)")
                return growth ? [value, .init(alignment: .right)] : [value]
            }
    }

    /// Each indicator's heading with its unit (and, in an entity table over part of a year, a
    /// stock's "end of" when `qualified`), followed by its change's heading on `base` when `growth`.
    private func headings(_ indicators: [Indicator], growth: Bool, base: String, qualified: Bool) -> [TableCell] {
        let wholeYear = brief.window == .year(brief.year)
        return indicators.flatMap { indicator -> [TableCell] in
            let unit = formatter.unit(of: indicator)
            var name = indicator.headerName(language)
            if qualified, !wholeYear, indicator.kind == .stock {
                name = strings.qualified(name, formatter.endOf(brief.window))
            }
            let value = HeaderText.cell(name, unit: strings.bracketed(unit), language: language)
            guard growth else { return [value] }
            // An entity table's stock over part of a year changes on its level a year before.
            let base = qualified ? reported.baseLabel(for: indicator) : base
            let change: TableCell
            if !WindowFigures.changesByDifference(indicator) {
                let heading = strings.growthHeading(on: base, since: qualified && reported.isReadAtEnd(indicator))
                change = HeaderText.cell(heading, language: language)
            } else {
                let points = WindowFigures.inPoints(indicator) ? strings.points : unit
                change = HeaderText.cell(
                    strings.changeHeading(on: base), unit: strings.bracketed(points), language: language)
            }
            return [value, change]
        }
    }

    /// The values of `indicators` for `scope` over `window`, each followed by its change when
    /// `growth`. A total that does not exist (a rate over several entities) is an empty cell, not
    /// a missing value.
    private func cells(_ indicators: [Indicator], for scope: Figures.Scope, in window: Figures.Window, growth: Bool)
        -> [TableCell]
    {
        let reported = reported
        return indicators.flatMap { indicator -> [TableCell] in
            let value = figures.value(of: indicator.id, for: scope, in: window)
            if value == nil, scope == .total, !hasTotal(indicator) {
                return Array(repeating: TableCell.text(RichText("")), count: growth ? 2 : 1)
            }
            let shown = TableCell.text(RichText(formatter.number(value, indicator: indicator)))
            guard growth else { return [shown] }
            let change = reported.changeCell(reported.change(of: indicator, for: scope, in: window), of: indicator)
            return [shown, .text(RichText(change))]
        }
    }

    /// Whether `indicator` has a total at all: an aggregate row, one entity, an additive kind, or
    /// a derived one whose parts have totals.
    private func hasTotal(_ indicator: Indicator, depth: Int = 0) -> Bool {
        let dataset = brief.dataset
        if dataset.totalEntity != nil || dataset.entities.count == 1 || indicator.kind.isAdditive { return true }
        guard let derivation = indicator.derivation, depth < 8,
            let numerator = dataset.indicator(derivation.numerator),
            let denominator = dataset.indicator(derivation.denominator)
        else { return false }
        return hasTotal(numerator, depth: depth + 1) && hasTotal(denominator, depth: depth + 1)
    }
}
