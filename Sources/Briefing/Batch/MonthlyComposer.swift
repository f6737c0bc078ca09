import BriefingCharts
import BriefingCore
import BriefingData
import BriefingInput
import BriefingLayout
import Foundation

/// Composes one report of a batch (two A4 pages): the title, four tiles (the period, the year to
/// date, its growth, progress to the annual target; for annual data or a stock, whose period is
/// its year to date: the value, its share of the total or its rank, growth, progress), a
/// commentary, the entity's periods as a line chart (every year with data for annual data),
/// every entity's year to date as a bar chart, and a table of all indicators.
struct MonthlyComposer {
    let batch: ReportBatch
    let job: BatchJob
    let typesetter: any Typesetter
    let creationDate: Date

    /// The most bars the ranking chart shows; with more entities it shows the largest and this one.
    static let maxBars = 12

    private var language: Language { job.language }
    private var strings: Wording { Wording(language: language, office: batch.manifest.words) }
    private var formatter: ValueFormatter { ValueFormatter(language: language) }
    private var figures: Figures { Figures(batch.dataset) }
    var layoutTheme: LayoutTheme {
        batch.theme.layoutTheme(language: language, pageSize: batch.manifest.pageSize.size)
    }

    /// The named destination at the top of the report; unique within a combined PDF.
    var anchor: String { "report-\(job.entity)-\(job.period)-\(language.rawValue)" }

    /// The report's document spec, or a diagnostic when the entity's data lacks a month it needs.
    func documentSpec() throws(DiagnosticError) -> DocumentSpec {
        let manifest = batch.manifest
        guard let indicator = batch.dataset.indicator(manifest.indicator.id),
            let entity = batch.dataset.entity(job.entity)
        else { throw DiagnosticError([.error(at: .file(manifest.path), "unknown entity '\(job.entity)'")]) }
        let facts = try MonthlyFacts.compute(
            indicator, entity: job.entity, period: job.period, figures: figures,
            observations: manifest.data.observations)
        let month = formatter.period(job.period, style: .long)
        let name = entity.names[language]
        let four = tiles(facts)
        let commentary = MonthlyCommentary(formatter: formatter, wording: strings).sentences(facts)
        let body: [Block] = [
            .heading(Heading(level: 1, text: name, anchor: anchor, inOutline: false, inContents: false)),
            .note(RichText(strings.subtitle(month, job.period.frequency, indicator: indicator.names[language]))),
            // Two tiles to a row: values with their units stay on one line.
            .tiles(Array(four[0..<2])),
            .tiles(Array(four[2..<4])),
            .paragraph(RichText(strings.paragraph(commentary))),
            .figure(lineChart(indicator, name: name)),
            .pageBreak,
            .figure(barChart(indicator, highlighted: name)),
            .table(indicatorTable()),
        ]
        let title = manifest.title[language]
        let metadata = DocumentMetadata(
            title: "\(name) · \(month) · \(title)", author: manifest.organisation?[language] ?? "",
            subject: strings.subtitle(month, job.period.frequency, indicator: indicator.names[language]),
            keywords: [name, job.period.description, indicator.names[language]].joined(separator: ", "),
            creationDate: creationDate, language: language.tag)
        return DocumentSpec(
            cover: nil, body: body, header: title, footerTemplate: strings.footer,
            footerLeft: manifest.organisation?[language], metadata: metadata)
    }

    /// What the year to date through `period` is called: the year for annual data, `end of June
    /// 2014` for a stock (its level then), else `January–June 2014`.
    static func yearToDateLabel(_ period: Period, _ indicator: Indicator, _ formatter: ValueFormatter) -> String {
        indicator.kind == .stock && period.frequency != .annual
            ? formatter.endOf(.yearToDate(period)) : formatter.yearToDate(through: period)
    }

    /// The base of growth over the year to date through `period`, named as that window is.
    private func baseLabel(_ period: Period, _ indicator: Indicator) -> String {
        let base = Period(year: figures.baseWindow(of: .period(period)).year, frequency: period.frequency, index: period.index)
        return Self.yearToDateLabel(base, indicator, formatter)
    }

    private func tiles(_ facts: MonthlyFacts) -> [Tile] {
        let indicator = facts.indicator
        let unit = formatter.unit(of: indicator)
        let period = job.period
        let base = baseLabel(period, indicator)
        let growth = Tile(
            label: strings.yearToDateGrowth(
                on: base, since: indicator.kind == .stock && period.frequency != .annual), value: formatter.change(facts.yearToDateGrowth, of: indicator),
            unit: "", change: nil, trend: Tile.Trend(growth: facts.yearToDateGrowth), note: nil)
        let yearToDate = Tile(
            label: Self.yearToDateLabel(period, indicator, formatter),
            value: formatter.number(facts.yearToDate, indicator: indicator), unit: unit, change: nil, trend: .flat,
            note: facts.rank.map { strings.rank($0, of: facts.ranked) })
        if period.frequency == .annual || indicator.kind == .stock {
            // The period is the year to date: one tile for the value, one for its share or rank.
            let rank = Tile(
                label: strings.rank, value: facts.rank.map(String.init) ?? formatter.missing, unit: "", change: nil,
                trend: .flat, note: strings.rankedAmong(facts.ranked))
            let share = facts.share.map {
                Tile(
                    label: strings.shareOfTotal, value: formatter.share($0), unit: "", change: nil, trend: .flat,
                    note: yearToDate.note)
            }
            return [Tile(
                label: yearToDate.label, value: yearToDate.value, unit: unit, change: nil, trend: .flat, note: nil),
                share ?? rank, growth, lastTile(facts)]
        }
        let lastYearMonth = formatter.period(period.previousYear, style: .long)
        let monthTile = Tile(
            label: formatter.period(period, style: .long), value: formatter.number(facts.month, indicator: indicator),
            unit: unit,
            change: facts.monthGrowth.map { strings.change(formatter.changeWording($0, of: indicator), on: lastYearMonth) },
            trend: Tile.Trend(growth: facts.monthGrowth), note: nil)
        return [monthTile, yearToDate, growth, lastTile(facts)]
    }

    /// Progress to the target; when the data has no targets at all, the value the growth is on.
    private func lastTile(_ facts: MonthlyFacts) -> Tile {
        guard batch.dataset.targets.isEmpty else { return progressTile(facts) }
        let indicator = facts.indicator
        let value = figures.baseValue(of: indicator.id, for: .entity(job.entity), in: .yearToDate(job.period))
        return Tile(
            label: baseLabel(job.period, indicator), value: formatter.number(value, indicator: indicator),
            unit: formatter.unit(of: indicator), change: nil, trend: .flat, note: nil)
    }

    private func progressTile(_ facts: MonthlyFacts) -> Tile {
        let indicator = facts.indicator
        let period = job.period
        let target = facts.targetValue.map { value in
            facts.targetGrowth.map {
                strings.target(formatter.value(value, indicator: indicator), growth: formatter.targetWording($0))
            }
        }
        return Tile(
            label: strings.progress(period.year), value: formatter.share(facts.progress), unit: "", change: nil,
            trend: .flat, note: target.flatMap { $0 } ?? strings.noTarget)
    }

    private var chartSize: Size {
        let body = DocumentLayout.bodyRect(theme: layoutTheme, typesetter: typesetter)
        return Size(width: body.width, height: (body.width * batch.theme.charts.aspect).rounded())
    }

    private var numberLabel: NumberLabel {
        NumberLabel { [formatter] value, decimals in formatter.number(value, decimals: decimals) }
    }

    private var source: RichText {
        let files = [batch.manifest.data.observations, batch.manifest.data.targets].compactMap { $0 }
            .map { ($0 as NSString).lastPathComponent }
        return RichText(
            strings.reportSource(
                files.joined(separator: language.listSeparator), annual: job.period.frequency == .annual,
                targets: !batch.dataset.targets.isEmpty))
    }

    /// The periods from the start of last year through the report's, this one highlighted: the axis
    /// ends at the report's period, not at the end of its year; for annual data every year with
    /// data through the report's.
    private func lineChart(_ indicator: Indicator, name: String) -> Figure {
        let months =
            job.period.frequency == .annual
            ? batch.dataset.periods.filter { $0 <= job.period }
            : Period.all(from: job.period.previousYear.firstOfYear, through: job.period)
        let first = months.first ?? job.period
        let values = months.map { period in
            batch.dataset.value(job.entity, indicator.id, period).map {
                formatter.displayValue($0, indicator: indicator)
            }
        }
        let title = strings.lineTitle(
            indicator.names[language], job.period.frequency, from: formatter.period(first),
            to: formatter.period(job.period))
        let index = months.firstIndex(of: job.period) ?? 0
        let decimals = formatter.displayDecimals(of: indicator)
        let axisLabels = formatter.timeAxisLabels(months)
        let output = LineChart(
            series: [LineChart.Series(name: name, values: values)], periods: months.map { formatter.period($0) },
            subject: title,
            axisLabel: { axisLabels[$0] }, unit: formatter.unit(of: indicator), decimals: decimals, showsMarkers: true,
            highlighted: LineChart.HighlightedPoint(
                index: index, label: formatter.number(values[index], decimals: decimals))
        ).layout(size: chartSize, theme: chartTheme, typesetter: typesetter, format: numberLabel)
        return Figure(
            frame: output.frame, caption: RichText(strings.figure(1, title)), source: source,
            alternativeText: output.alternativeText)
    }

    /// Every entity's year to date, this one highlighted; the largest `maxBars` when there are more.
    private func barChart(_ indicator: Indicator, highlighted: String) -> Figure {
        let ranking = figures.ranking(of: indicator.id, in: .yearToDate(job.period)).filter { $0.figure != nil }
        var shown = Array(ranking.prefix(Self.maxBars))
        let added = !shown.contains { $0.entity == job.entity }
        if added, let own = ranking.first(where: { $0.entity == job.entity }) {
            shown[shown.count - 1] = own
        }
        let bars = shown.compactMap { row -> RankedBarChart.Bar? in
            guard let entity = batch.dataset.entity(row.entity), let value = row.figure else { return nil }
            return RankedBarChart.Bar(
                label: entity.names[language], value: formatter.displayValue(value, indicator: indicator))
        }
        var title = strings.barTitle(
            indicator.names[language], window: Self.yearToDateLabel(job.period, indicator, formatter))
        if ranking.count > shown.count {
            title += strings.largest(
                added ? shown.count - 1 : shown.count, of: ranking.count, withThisOne: added)
        }
        let output = RankedBarChart(
            bars: bars, subject: title, highlighted: highlighted, unit: formatter.unit(of: indicator),
            decimals: formatter.displayDecimals(of: indicator)
        ).layout(size: chartSize, theme: chartTheme, typesetter: typesetter, format: numberLabel)
        return Figure(
            frame: output.frame, caption: RichText(strings.figure(2, title)), source: source,
            alternativeText: output.alternativeText)
    }

    private var chartTheme: ChartTheme { batch.theme.chartTheme(language: language) }

    /// Every indicator of the catalogue: the period, the year to date (a stock's level at the
    /// period's end), its base, the change (growth, or a rate's difference) and the rank; for annual
    /// data, whose period is its year to date, without the period's column.
    private func indicatorTable() -> TableBlock {
        let period = job.period
        let annual = period.frequency == .annual
        let scope = Figures.Scope.entity(job.entity)
        let current = Figures.Window.yearToDate(period)
        let base = figures.baseWindow(of: current)
        let header = (annual ? [] : [formatter.period(period)])
            + [annual ? formatter.period(period) : strings.yearToDate, formatter.window(base), strings.growth, strings.rank]
        let rows = batch.dataset.indicators.map { indicator -> [TableCell] in
            let unit = formatter.unit(of: indicator)
            let label = strings.withUnit(indicator.names[language], unit)
            let rank = figures.rank(of: indicator.id, for: job.entity, in: current)
            let value = { (window: Figures.Window) in
                formatter.number(figures.value(of: indicator.id, for: scope, in: window), indicator: indicator)
            }
            return ([label] + (annual ? [] : [value(.period(period))]) + [
                value(current), value(base),
                formatter.change(figures.change(of: indicator.id, for: scope, in: current), of: indicator),
                rank.map(String.init) ?? formatter.missing,
            ]).map { TableCell.text(RichText($0)) }
        }
        return TableBlock(
            columns: [.init(alignment: .left)] + Array(repeating: .init(alignment: .right), count: header.count),
            header: [([strings.indicator] + header).map { HeaderText.cell($0, language: language) }], body: rows,
            caption: RichText(strings.table(1, strings.tableTitle(formatter.period(period, style: .long)))),
            source: source)
    }
}
