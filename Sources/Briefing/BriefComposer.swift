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

    private var language: Language { brief.manifest.language }
    private var strings: Wording { Wording(brief: brief.manifest) }
    private var formatter: ValueFormatter { ValueFormatter(language: language) }
    private var figures: Figures { Figures(brief.dataset) }

    func documentSpec() -> DocumentSpec {
        let manifest = brief.manifest
        let date = formatter.date(year: manifest.date.year, month: manifest.date.month, day: manifest.date.day)
        var cover: Cover?
        var body: [Block] = []
        var anchors = AnchorAllocator()
        var figureNumber = 0
        for section in manifest.sections {
            switch section {
            case .cover:
                cover = Cover(
                    title: manifest.title, subtitle: manifest.subtitle, organisation: manifest.organisation, date: date,
                    classification: manifest.classification)
            case .contents:
                body += [.contents(title: strings.contents), .pageBreak]
            case .keyIndicators(let references):
                body += keyIndicators(references.compactMap { brief.dataset.indicator($0.id) }, anchors: &anchors)
            case .charts(let specs):
                body.append(.heading(Heading(level: 1, text: strings.charts, anchor: anchors.next())))
                for spec in specs {
                    if let figure = chartComposer.figure(for: spec, number: figureNumber + 1) {
                        figureNumber += 1
                        body.append(.figure(figure))
                        if spec.dataTable, let data = chartComposer.chart(for: spec)?.output.data,
                            let table = chartComposer.dataTable(data, figure: figureNumber)
                        {
                            body.append(.table(table))
                        }
                        if spec.kind == .growthVsTarget { body += otherTargets() }
                    }
                }
            case .indicatorTable(let spec):
                let indicators =
                    spec.indicators.map { $0.compactMap { brief.dataset.indicator($0.id) } } ?? brief.dataset.indicators
                let trend = spec.trend.flatMap { brief.dataset.indicator($0.id) }
                let table = indicatorTable(indicators, trend: trend, anchors: &anchors)
                body += spec.landscape ? [.landscape(table)] : table
            case .notes:
                if let notes = brief.notes {
                    body += NotesComposer(strings: strings, formatter: formatter).blocks(for: notes, anchors: &anchors)
                }
            }
        }
        let metadata = DocumentMetadata(
            title: manifest.title, author: manifest.organisation ?? "", subject: manifest.subtitle ?? manifest.title,
            keywords: brief.dataset.indicators.map { $0.names[language] }.joined(separator: ", "),
            creationDate: creationDate, language: language.tag)
        return DocumentSpec(
            cover: cover, body: body, header: manifest.title,
            footerTemplate: strings.footer,
            footerLeft: [manifest.organisation, manifest.classification].compactMap { $0 }.joined(separator: " · "),
            metadata: metadata)
    }

    private var chartComposer: ChartComposer {
        let body = DocumentLayout.bodyRect(theme: layoutTheme, typesetter: typesetter)
        return ChartComposer(
            brief: brief, figures: figures, formatter: formatter, strings: strings, theme: chartTheme,
            typesetter: typesetter,
            size: Size(width: body.width, height: (body.width * brief.theme.charts.aspect).rounded()))
    }

    private func keyIndicators(_ indicators: [Indicator], anchors: inout AnchorAllocator) -> [Block] {
        let year = brief.year
        let tiles = indicators.map { indicator -> Tile in
            let value = figures.annual(indicator.id, for: .total, year: year)
            let growth = figures.growth(of: indicator.id, for: .total, in: .year(year))
            let target = brief.dataset.targets.first {
                $0.year == year + 1 && Figures.Scope(targetScope: $0.scope) == .total && $0.indicatorID == indicator.id
            }
            return Tile(
                label: indicator.names[language], value: formatter.number(value, indicator: indicator),
                unit: formatter.unit(of: indicator),
                change: growth.map { strings.change(formatter.growthWording($0), on: year - 1) },
                trend: Tile.Trend(growth: growth),
                note: target.map { strings.target(formatter.targetWording($0.value), year: year + 1) },
                sparkline: chartComposer.sparkline(indicator, width: 96))
        }
        var blocks: [Block] = [
            .heading(Heading(level: 1, text: strings.atAGlance, anchor: anchors.next())),
            .paragraph(RichText(strings.totalsCaption(year, entities: brief.dataset.entities.count))),
        ]
        // Three tiles to a row keeps values legible at A4 width.
        var start = 0
        while start < tiles.count {
            blocks.append(.tiles(Array(tiles[start..<min(start + 3, tiles.count)])))
            start += 3
        }
        return blocks
    }

    /// Targets for next year on measures outside the catalogue, which no chart can show.
    private func otherTargets() -> [Block] {
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
            .paragraph(RichText([Span(strings.otherTargets(next), bold: true)])),
            .list(ListBlock(ordered: false, items: items)),
        ]
    }

    /// Entities × indicators for the year with a total row; with `trend`, a last column of
    /// sparklines of each entity's monthly values of that indicator.
    private func indicatorTable(_ indicators: [Indicator], trend: Indicator?, anchors: inout AnchorAllocator) -> [Block]
    {
        let year = brief.year
        let title = strings.indicatorTable(year)
        let composer = chartComposer
        var header: [TableCell] =
            [.text(RichText(strings.entityHeading))]
            + indicators.map { indicator in
                let unit = formatter.unit(of: indicator)
                return .text(RichText(strings.withUnit(indicator.names[language], unit)))
            }
        var rows: [[TableCell]] = brief.dataset.entities.map { entity in
            [.text(RichText(entity.names[language]))]
                + indicators.map {
                    .text(
                        RichText(
                            formatter.number(figures.annual($0.id, for: .entity(entity.id), year: year), indicator: $0))
                    )
                }
        }
        var total: [TableCell] =
            [.text(RichText(strings.total))]
            + indicators.map {
                .text(RichText(formatter.number(figures.annual($0.id, for: .total, year: year), indicator: $0)))
            }
        var columns: [TableBlock.Column] = [.init(alignment: .left)] + indicators.map { _ in .init(alignment: .right) }
        if let trend {
            header.append(.text(RichText(strings.trend(trend.names[language]))))
            for (index, entity) in brief.dataset.entities.enumerated() {
                rows[index].append(.graphic(composer.sparkline(trend, for: .entity(entity.id), width: 54, height: 11)))
            }
            total.append(.graphic(composer.sparkline(trend, width: 54, height: 11)))
            columns.append(.init(alignment: .center))
        }
        let caption = strings.table(1, title)
        let table = TableBlock(
            columns: columns, header: [header], body: rows, footer: [total], caption: RichText(caption),
            continuedCaption: RichText(strings.continued(caption)),
            source: RichText(strings.source(composer.sourceFiles)))
        return [.heading(Heading(level: 1, text: title, anchor: anchors.next())), .table(table)]
    }
}
