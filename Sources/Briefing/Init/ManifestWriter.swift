import BriefingCore
import BriefingData
import BriefingInput

/// Writes a new brief's `brief.yaml` from a ``BriefPlan``: every key commented, each doubt of
/// the inference as a check comment at the key it concerns.
enum ManifestWriter {
    /// The most guesses of indicators' kinds noted one by one; the others are noted together.
    static let maxKindNotes = 20

    static func write(_ plan: BriefPlan) -> YAMLLines {
        let words = plan.words
        var yaml = YAMLLines(checkWord: words.check)
        let tables = [plan.observations, plan.indicatorCatalogue, plan.entityCatalogue?.table, plan.targets]
            .compactMap { $0?.name }
        for line in words.header(tables: tables.joined(separator: ", ")) { yaml.comment(line) }
        yaml.line("title: \(YAMLLines.scalar(words.titlePlaceholder))", note: words.titleNote)
        yaml.line("date: \(plan.date)", note: words.dateNote)
        yaml.line("language: \(plan.language.rawValue)", note: words.languageNote)
        if let year = plan.year {
            yaml.comment(words.yearNote(year))
            yaml.comment("year: \(year)")
        } else if let period = plan.period {
            yaml.line("period: \(period)", checks: [(.warning, words.periodCheck(period.description))])
        }
        yaml.comment(words.entityNounNote)
        yaml.comment("entity-noun: {en: [entity, entities], zh: 单位}")
        yaml.comment("scope: {en: the total, zh: 合计}")
        yaml.blank()
        data(plan, into: &yaml)
        yaml.blank()
        yaml.line("notes: notes.md", note: words.notesNote)
        yaml.blank()
        sections(plan, into: &yaml)
        return yaml
    }

    private static func data(_ plan: BriefPlan, into yaml: inout YAMLLines) {
        let inference = plan.inference
        let words = plan.words
        func doubts(_ subject: TableInference.Doubt.Subject) -> [(Diagnostic.Severity, String)] {
            inference.doubts.filter { $0.subject == subject }.map { (.warning, $0.reason) }
        }
        let layout = inference.mapping.layout
        yaml.line("data:")
        yaml.line("observations:", indent: 2, note: words.observationsNote)
        yaml.line("file: \(YAMLLines.scalar(plan.observations.name))", indent: 4, checks: doubts(.numbers))
        yaml.line("layout: \(name(of: layout))", indent: 4, note: words.layoutNote, checks: doubts(.layout))
        yaml.line("columns: \(columns(layout))", indent: 4, note: words.columnsNote)
        let listKey: String
        switch layout {
        case .wideIndicators: listKey = "indicators"
        case .widePeriods: listKey = "periods"
        default: listKey = "entities"
        }
        var periodChecks = doubts(.periods)
        if let list = layout.listedValueColumns {
            yaml.line("\(listKey): \(YAMLLines.list(list))", indent: 4, note: words.listNote)
        }
        if !inference.unusedColumns.isEmpty {
            yaml.comment(words.unused(inference.unusedColumns), indent: 4)
        }
        let options = inference.mapping.periods
        if options.format != .standard {
            yaml.line(
                "period-format: \(YAMLLines.scalar(options.format.name))", indent: 4, note: words.periodFormatNote,
                checks: periodChecks)
            periodChecks = []
        }
        if let aggregate = options.aggregate {
            yaml.line(
                "aggregate: {to: \(aggregate.to.rawValue), by: \(aggregate.by.rawValue)}", indent: 4,
                checks: periodChecks)
            periodChecks = []
        }
        if inference.statesFrequency || !periodChecks.isEmpty {
            yaml.line(
                "frequency: \(inference.frequency.rawValue)", indent: 4, note: words.frequencyNote, checks: periodChecks
            )
        }
        if inference.decimalSeparator != "." { yaml.line("decimal: \",\"", indent: 4) }
        if let sheet = plan.observations.sheet { yaml.line("sheet: \(YAMLLines.scalar(sheet))", indent: 4) }
        if plan.observations.encoding != .utf8 {
            yaml.line("encoding: \(plan.observations.encoding.rawValue)", indent: 4)
        }
        var kindChecks: [(Diagnostic.Severity, String)] = []
        if plan.indicatorCatalogue == nil {
            let rows = Dictionary(inference.indicators.enumerated().map { ($1.id, $0 + 2) }) { first, _ in first }
            let doubted: [(line: Int, reason: String)] = inference.doubts.compactMap { doubt in
                guard case .kind(let id) = doubt.subject, let line = rows[id] else { return nil }
                return (line, doubt.reason)
            }
            // A table of thousands of indicators would otherwise give a manifest of megabytes.
            kindChecks = doubted.prefix(maxKindNotes).map {
                (.note, "\(plan.indicatorFile) line \($0.line): \($0.reason)")
            }
            if doubted.count > maxKindNotes {
                kindChecks.append(
                    (.note, words.moreKinds(doubted.dropFirst(maxKindNotes).map(\.line), plan.indicatorFile)))
            }
        }
        yaml.line(
            "indicators: \(YAMLLines.scalar(plan.indicatorCatalogue?.name ?? plan.indicatorFile))", indent: 2,
            note: words.indicatorsNote, checks: kindChecks)
        if let (table, id) = plan.entityCatalogue {
            yaml.line(
                "entities: {file: \(YAMLLines.scalar(table.name)), id: \(YAMLLines.scalar(id))}", indent: 2,
                note: words.entitiesNote)
        } else {
            yaml.line("entities: {file: \(plan.entityFile), id: entity}", indent: 2, note: words.entitiesNote)
        }
        if let targets = plan.targets {
            yaml.line("targets: \(YAMLLines.scalar(targets.name))", indent: 2, note: words.targetsNote)
        }
    }

    private static func sections(_ plan: BriefPlan, into yaml: inout YAMLLines) {
        let words = plan.words
        yaml.line("sections:", note: words.sectionsNote)
        yaml.line("- cover", indent: 2)
        yaml.line("- contents", indent: 2)
        if !plan.keyIndicators.isEmpty {
            yaml.line(
                "- key-indicators: {indicators: \(YAMLLines.list(plan.keyIndicators))}", indent: 2,
                note: words.keyIndicatorsNote)
        }
        var charts: [String] = []
        if let ranking = plan.ranking {
            charts.append("{id: ranking, kind: ranking, indicator: \(YAMLLines.scalar(ranking))}")
        }
        if let trend = plan.trend {
            charts.append("{id: trend, kind: \(plan.trendKind), indicator: \(YAMLLines.scalar(trend))}")
        }
        let entities = plan.inference.entities.count
        if entities > BriefPlan.maxRankedEntities {
            yaml.comment(words.noRankingNote(entities: entities, most: BriefPlan.maxRankedEntities), indent: 2)
        }
        if !charts.isEmpty {
            yaml.line("- charts:", indent: 2, note: words.chartsNote)
            for chart in charts { yaml.line("- " + chart, indent: 6) }
        }
        let periods = plan.inference.entities.count == 1
        var options = periods ? ["rows: periods"] : []
        var note = words.tableNote(periods: periods)
        if let listed = plan.tableIndicators {
            options.append("indicators: [\(listed.map(YAMLLines.scalar).joined(separator: ", "))]")
            note = words.tableSubsetNote(listed: listed.count, of: plan.inference.indicators.count)
        }
        let table = options.isEmpty ? "- indicator-table" : "- indicator-table: {\(options.joined(separator: ", "))}"
        yaml.line(table, indent: 2, note: note)
        yaml.line("- notes", indent: 2)
    }

    /// `long`, `wide-indicators`, …
    private static func name(of layout: TableMapping.Layout) -> String {
        switch layout {
        case .long: return "long"
        case .wideIndicators: return "wide-indicators"
        case .widePeriods: return "wide-periods"
        case .wideEntities: return "wide-entities"
        }
    }

    /// `{entity: park, period: month}`: every role the layout reads from its rows.
    private static func columns(_ layout: TableMapping.Layout) -> String {
        func role(_ role: TableMapping.Role) -> String {
            switch role {
            case .column(let name): return YAMLLines.scalar(name)
            case .constant(let id): return "{value: \(YAMLLines.scalar(id))}"
            }
        }
        func period(_ columns: TableMapping.PeriodColumns) -> String {
            switch columns {
            case .column(let name): return YAMLLines.scalar(name)
            case .yearAndMonth(let year, let month):
                return "{year: \(YAMLLines.scalar(year)), month: \(YAMLLines.scalar(month))}"
            case .yearAndQuarter(let year, let quarter):
                return "{year: \(YAMLLines.scalar(year)), quarter: \(YAMLLines.scalar(quarter))}"
            }
        }
        var parts: [String] = []
        switch layout {
        case .long(let entity, let indicator, let periods, let value):
            parts = [
                "entity: \(role(entity))", "indicator: \(role(indicator))", "period: \(period(periods))",
                "value: \(YAMLLines.scalar(value))",
            ]
        case .wideIndicators(let entity, let periods, _):
            parts = ["entity: \(role(entity))", "period: \(period(periods))"]
        case .widePeriods(let entity, let indicator, let year, _):
            parts = ["entity: \(role(entity))", "indicator: \(role(indicator))"]
            if let year { parts.append("period: {year: \(YAMLLines.scalar(year))}") }
        case .wideEntities(let indicator, let periods, _):
            parts = ["indicator: \(role(indicator))", "period: \(period(periods))"]
        }
        return "{" + parts.joined(separator: ", ") + "}"
    }
}

extension TableMapping.Layout {
    /// The value columns listed (`indicators:`, `periods:`, `entities:`); nil when every other column is one.
    var listedValueColumns: [String]? {
        switch self {
        case .long: return nil
        case .wideIndicators(_, _, let list), .widePeriods(_, _, _, let list), .wideEntities(_, _, let list):
            return list
        }
    }
}
