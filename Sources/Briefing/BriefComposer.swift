import BriefingCharts
import BriefingCore
import BriefingData
import BriefingInput
import BriefingLayout
import Foundation

/// Turns a loaded brief into a document spec: the manifest's sections in order, with every
/// figure computed from the data and every label in the brief's language.
struct BriefComposer {
    let brief: Brief
    let layoutTheme: LayoutTheme
    let chartTheme: ChartTheme
    let typesetter: any Typesetter
    let creationDate: Date
    /// The charts composed so far, shared by every `chartComposer`.
    let chartMemo = ChartMemo()

    var language: Language { brief.manifest.language }
    var strings: Wording { Wording(brief: brief.manifest) }
    var formatter: ValueFormatter { ValueFormatter(language: language) }
    var figures: Figures { Figures(brief.dataset) }

    /// The document; an error at a chart's line when the chart has nothing to draw.
    func documentSpec() throws(DiagnosticError) -> DocumentSpec {
        let manifest = brief.manifest
        let date = formatter.date(year: manifest.date.year, month: manifest.date.month, day: manifest.date.day)
        var cover: Cover?
        var masthead: Masthead?
        var body: [Block] = []
        var anchors = AnchorAllocator()
        var figureNumber = 0
        var tableNumber = 0
        var problems: [Diagnostic] = []
        for section in manifest.sections {
            switch section {
            case .cover where brief.theme.cover.style == .masthead:
                masthead = bulletinMasthead(date: date)
            case .cover:
                var page = Cover(
                    title: manifest.title, subtitle: manifest.subtitle, organisation: manifest.organisation, date: date,
                    classification: manifest.classification)
                let fields: [(String, Cover.Field)] = [
                    ("title", .title), ("subtitle", .subtitle), ("organisation", .organisation), ("date", .date),
                    ("classification", .classification),
                ]
                for (key, field) in fields { page.locations[field] = manifest.keyLocations[key] }
                cover = page
            case .contents:
                body += [.contents(title: strings.contents), .pageBreak]
            case .keyIndicators(let references):
                body += keyIndicators(references.compactMap { brief.dataset.indicator($0.id) }, anchors: &anchors)
            case .charts(let specs):
                body.append(.heading(Heading(level: 1, text: strings.charts, anchor: anchors.next())))
                for spec in specs {
                    do throws(ChartProblem) {
                        let figure = try chartComposer.figure(for: spec, number: figureNumber + 1)
                        figureNumber += 1
                        body.append(Block.figure(figure).located(at: spec.location))
                        if spec.dataTable,
                            let table = chartComposer.dataTable(
                                try chartComposer.chart(for: spec).output.data, figure: figureNumber)
                        {
                            body.append(Block.table(table).located(at: spec.location))
                        }
                        if spec.kind == .growthVsTarget { body += otherTargets(anchors: &anchors) }
                    } catch {
                        problems.append(error.diagnostic(for: spec))
                    }
                }
            case .indicatorTable(let spec):
                let indicators =
                    spec.indicators.map { $0.compactMap { brief.dataset.indicator($0.id) } } ?? brief.dataset.indicators
                let trend = spec.trend.flatMap { brief.dataset.indicator($0.id) }
                tableNumber += 1
                let table =
                    spec.rows == .periods
                    ? periodTable(indicators, spec: spec, number: tableNumber, anchors: &anchors)
                    : indicatorTable(
                        indicators, trend: trend, growth: spec.growth, number: tableNumber, anchors: &anchors)
                let located = table.map { $0.located(at: spec.location) }
                body += spec.landscape ? [.landscape(located)] : located
            case .notes:
                if let notes = brief.notes {
                    body += NotesComposer(strings: strings, formatter: formatter).blocks(for: notes, anchors: &anchors)
                }
            }
        }
        guard problems.isEmpty else { throw DiagnosticError(problems) }
        let metadata = DocumentMetadata(
            title: manifest.title, author: manifest.organisation ?? "", subject: manifest.subtitle ?? manifest.title,
            keywords: brief.dataset.indicators.map { $0.names[language] }.joined(separator: ", "),
            creationDate: creationDate, language: language.tag)
        var spec = DocumentSpec(
            cover: cover, body: body, header: manifest.title,
            footerTemplate: strings.footer,
            footerLeft: [manifest.organisation, manifest.classification].compactMap { $0 }.joined(separator: " · "),
            metadata: metadata)
        spec.masthead = masthead
        spec.closing = closingBlock(date: date)
        return spec
    }

    var chartComposer: ChartComposer {
        let body = DocumentLayout.bodyRect(theme: layoutTheme, typesetter: typesetter)
        var composer = ChartComposer(
            brief: brief, figures: figures, formatter: formatter, strings: strings, theme: chartTheme,
            typesetter: typesetter,
            size: Size(width: body.width, height: (body.width * brief.theme.charts.aspect).rounded()))
        composer.memo = chartMemo
        return composer
    }

    /// Draws the document's figures at the heights pagination chooses.
    var drawer: ChartDrawer {
        let specs = brief.manifest.sections.flatMap { section -> [Manifest.ChartSpec] in
            if case .charts(let specs) = section { return specs }
            return []
        }
        return ChartDrawer(composer: chartComposer, specs: specs)
    }

    /// Figures over the brief's window, worded by kind.
    var reported: WindowFigures {
        WindowFigures(figures: figures, formatter: formatter, strings: strings, window: brief.window)
    }

    private func keyIndicators(_ indicators: [Indicator], anchors: inout AnchorAllocator) -> [Block] {
        let year = brief.year
        let reported = reported
        let tiles = indicators.map { indicator -> Tile in
            let value = figures.value(of: indicator.id, for: .total, in: brief.window)
            let change = reported.tileChange(of: indicator)
            let target = brief.dataset.targets.first {
                $0.year == year + 1 && Figures.Scope(targetScope: $0.scope) == .total && $0.indicatorID == indicator.id
            }
            return Tile(
                label: reported.qualifiedName(indicator), value: formatter.number(value, indicator: indicator),
                unit: value == nil ? "" : formatter.unit(of: indicator), change: change.text, trend: change.trend,
                note: target.map { strings.target(formatter.targetWording($0.value), year: year + 1) },
                sparkline: chartComposer.sparkline(indicator, width: 96))
        }
        var blocks: [Block] = [
            .heading(Heading(level: 1, text: strings.atAGlance, anchor: anchors.next())),
            .paragraph(
                RichText(
                    strings.totalsCaption(
                        reported.label, base: reported.baseLabel, entities: brief.dataset.entities.count))),
        ]
        // Three tiles to a row keeps values legible at A4 width.
        var start = 0
        while start < tiles.count {
            blocks.append(.tiles(Array(tiles[start..<min(start + 3, tiles.count)])))
            start += 3
        }
        return blocks
    }

    /// Targets for next year on measures outside the catalogue, which no chart can show, under a
    /// sub-heading of the charts section kept with its list.
    private func otherTargets(anchors: inout AnchorAllocator) -> [Block] {
        let next = brief.year + 1
        let others = brief.dataset.targets.filter { $0.year == next && brief.dataset.indicator($0.indicatorID) == nil }
        guard !others.isEmpty else { return [] }
        let items = others.map { target -> [Block] in
            let note = target.note[language]
            let what = note.isEmpty ? target.indicatorID : note
            return [
                .paragraph(
                    RichText([
                        Span(strings.labelled(what)), Span(formatter.share(target.value, decimals: 0), bold: true),
                    ]))
            ]
        }
        return [
            .heading(Heading(level: 2, text: strings.otherTargets(next), anchor: anchors.next(), numbered: false)),
            .list(ListBlock(ordered: false, items: items)),
        ]
    }
}
