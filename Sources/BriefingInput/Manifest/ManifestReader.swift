import BriefingCore
import BriefingData
import Foundation
import Yams

/// Reads and checks `brief.yaml`, reporting every problem at its line and column.
public enum ManifestReader {
    /// The manifest file for `path`: the path itself, or `brief.yaml` inside it when it is a folder.
    public static func manifestPath(for path: String) -> String {
        let (world, name) = BriefWorld.brief(at: path, defaultManifest: "brief.yaml")
        return world.path(of: name)
    }

    /// Reads the manifest of the brief at `path` (a folder or a manifest file); throws every problem.
    public static func read(path: String) throws(DiagnosticError) -> Manifest {
        var bag = DiagnosticBag()
        let manifest = read(path: path, into: &bag)
        try bag.throwIfErrors()
        guard let manifest else { throw DiagnosticError(bag.diagnostics) }
        return manifest
    }

    /// Reads the manifest, adding its problems to `bag`. Returns a manifest whenever the data it
    /// names can be found, even if other keys are wrong, so that the tables and notes can be
    /// checked too and every problem reported in one go; a missing title or date is then blank.
    /// With `coverage`, text the document's fonts cannot draw is a warning where it is written.
    public static func read(
        path: String, into bag: inout DiagnosticBag, coverage: (any GlyphCoverage)? = nil
    ) -> Manifest? {
        let (world, name) = BriefWorld.brief(at: path, defaultManifest: "brief.yaml")
        switch world.text(name, as: .manifest) {
        case .success(let text): return parse(text, path: world.path(of: name), world: world, into: &bag, coverage: coverage)
        case .failure(let error):
            bag.append(contentsOf: error.diagnostics)
            return nil
        }
    }

    /// Parses manifest text; `path` names the file in diagnostics and anchors relative paths.
    public static func parse(_ text: String, path: String) throws(DiagnosticError) -> Manifest {
        var bag = DiagnosticBag()
        let manifest = parse(text, path: path, into: &bag)
        try bag.throwIfErrors()
        guard let manifest else { throw DiagnosticError(bag.diagnostics) }
        return manifest
    }

    /// Parses manifest text, adding its problems to `bag`; see `read(path:into:)`. The files it
    /// names are read from the folder of `path`.
    public static func parse(
        _ text: String, path: String, into bag: inout DiagnosticBag, coverage: (any GlyphCoverage)? = nil
    ) -> Manifest? {
        parse(
            text, path: path, world: BriefWorld(folder: (path as NSString).deletingLastPathComponent), into: &bag,
            coverage: coverage)
    }

    /// Parses manifest text whose files are read through `world`.
    static func parse(
        _ text: String, path: String, world: BriefWorld, into bag: inout DiagnosticBag,
        coverage: (any GlyphCoverage)? = nil
    ) -> Manifest? {
        var world = world
        let source = SourceText(path: path, text: text, coverage: coverage)
        // Yams recurses for each level of nesting: refuse absurd depth before asking it to parse.
        if let line = NestingDepth.firstLineTooDeep(text) {
            bag.append(
                source.error(
                    source.location(line: line, column: 1),
                    "nesting too deep: a manifest nests at most \(TableLimits.nestingDepth) levels"))
            return nil
        }
        let root: Node
        do {
            guard let node = try YAMLComposer.compose(text) else {
                bag.append(
                    source.error(
                        source.location(line: 1, column: 1),
                        "the manifest is empty: expected at least 'title', 'date', 'data' and 'sections'"))
                return nil
            }
            root = node
        } catch {
            bag.append(source.diagnostic(for: error))
            return nil
        }
        var diagnostics: [Diagnostic] = []
        defer { bag.append(contentsOf: diagnostics.sorted { $0.location < $1.location }) }
        guard var fields = YAMLFields(root, what: "the manifest", source: source, diagnostics: &diagnostics) else {
            return nil
        }
        let title = fields.string("title", required: true)
        if let title, Placeholder.holds(title), let node = fields.node("title") {
            diagnostics.append(
                source.warning(
                    source.location(of: node),
                    Placeholder.message(expected: "the brief's title in 'title'", found: title)))
        }
        let subtitle = fields.string("subtitle")
        let organisation = fields.string("organisation")
        var date: CalendarDay?
        if let text = fields.string("date", required: true), let node = fields.node("date") {
            date = CalendarDay(text)
            if date == nil {
                fields.error(
                    at: node, "expected 'date' to be a date YYYY-MM-DD\(Period.yearNote(text)), found '\(text)'")
            }
        }
        let language = fields.choice("language", Language.self) ?? .en
        let pageSize = fields.choice("page", Manifest.PageSize.self) ?? .a4
        let classification = fields.string("classification")
        let theme = fileName("theme", in: &fields, world: &world)
        let year = fields.int("year", in: 1900...2999)
        let period = reportingPeriod(&fields, year: year)
        let reportingKey = (fields.node("period") ?? fields.node("year")).map { source.location(of: $0) }
        let notes = fileName("notes", in: &fields, world: &world)
        let words = officeWords(&fields)
        let bulletin = bulletin(&fields)
        var data: DatasetSources?
        if let node = fields.node("data") {
            data = readData(node, source: source, world: &world, diagnostics: &diagnostics)
        } else {
            fields.missing("data", "a mapping naming the observations, indicators and entities tables")
        }
        data?.selection = readSelection(&fields)
        var sections: [Manifest.Section] = []
        if let items = fields.sequence("sections") {
            sections = items.compactMap { readSection($0, source: source, diagnostics: &diagnostics) }
        } else if fields.node("sections") == nil {
            fields.missing(
                "sections", "a list of sections such as cover, contents, key-indicators, charts, indicator-table, notes"
            )
        }
        diagnostics += fields.finish(context: "the manifest")
        guard var data else { return nil }
        data.world = world
        data.languages = [language]
        var keyLocations: [String: SourceLocation] = [:]
        for key in ["title", "subtitle", "organisation", "classification", "date", "distribution"] {
            keyLocations[key] = fields.node(key).map { source.location(of: $0) }
        }
        return Manifest(
            path: path, world: world, title: title ?? "", subtitle: subtitle, organisation: organisation,
            date: date ?? CalendarDay(year: 1970, month: 1, day: 1), language: language, pageSize: pageSize,
            classification: classification, theme: theme, year: year, period: period, reportingKey: reportingKey,
            data: data, notes: notes, sections: sections, words: words, bulletin: bulletin, keyLocations: keyLocations)
    }

    static func readData(
        _ node: Node, source: SourceText, world: inout BriefWorld, diagnostics: inout [Diagnostic]
    ) -> DatasetSources? {
        guard var fields = YAMLFields(node, what: "'data'", source: source, diagnostics: &diagnostics) else {
            return nil
        }
        var formats: [String: TableFormat] = [:]
        /// A table entry: a file name, or a mapping with `file`, reading options and the keys `extra` reads.
        func entry(_ node: Node, _ what: String, extra: (inout YAMLFields) -> Void = { _ in }) -> String? {
            var file: String?
            var fileNode = node
            var format = TableFormat()
            if node.scalar != nil {
                file = node.string
            } else if var entryFields = YAMLFields(node, what: "'\(what)'", source: source, diagnostics: &diagnostics) {
                file = entryFields.string("file", required: true)
                fileNode = entryFields.node("file") ?? node
                format = tableFormat(&entryFields)
                extra(&entryFields)
                diagnostics += entryFields.finish(context: "'\(what)'")
            }
            guard let file else { return nil }
            let name = fileName(file, at: fileNode, source: source, world: &world)
            formats[name] = format
            return name
        }
        var observations: String?
        var mapping = TableMapping.long()
        if let table = fields.node("observations") {
            observations = entry(table, "observations") {
                mapping = readObservations(&$0, source: source, diagnostics: &diagnostics)
            }
        } else {
            fields.missing(
                "observations", "the table of values (a file name, or a mapping with 'file', 'layout' and 'columns')")
        }
        var indicators: String?
        if let node = fields.node("indicators") {
            indicators = entry(node, "indicators")
        } else {
            fields.missing("indicators", "the indicator catalogue (a file name, or a mapping with 'file')")
        }
        var entityID: String?
        let entities = fields.node("entities").flatMap { entry($0, "entities") { entityID = $0.string("id") } }
        let total = fields.string("total").flatMap { id in
            fields.node("total").map { manifestID(id, at: $0, source: source) }
        }
        let targets = fields.node("targets").flatMap { entry($0, "targets") }
        diagnostics += fields.finish(context: "'data'")
        guard let observations, let indicators else { return nil }
        return DatasetSources(
            observations: observations, mapping: mapping, indicators: indicators, entities: entities,
            entityIDColumn: entityID, total: total, targets: targets, formats: formats, world: world)
    }

    private static let sectionNames = ["cover", "contents", "key-indicators", "charts", "indicator-table", "notes"]

    private static func readSection(_ node: Node, source: SourceText, diagnostics: inout [Diagnostic]) -> Manifest
        .Section?
    {
        func reference(_ item: Node) -> Manifest.IndicatorReference? {
            guard let id = item.scalar?.string else {
                diagnostics.append(
                    source.error(source.location(of: item), "expected an indicator id, found \(item.kind)"))
                return nil
            }
            return Manifest.IndicatorReference(id: id, location: source.location(of: item))
        }
        func references(_ nodes: [Node]?) -> [Manifest.IndicatorReference]? { nodes.map { $0.compactMap(reference) } }

        let name: String
        var body: Node?
        if let scalar = node.scalar {
            name = scalar.string
        } else if let mapping = node.mapping, mapping.count == 1, let entry = mapping.first, let key = entry.key.string
        {
            name = key
            body = entry.value
        } else {
            diagnostics.append(
                source.error(
                    source.location(of: node),
                    "expected a section name or a mapping of one section name to its settings, found \(node.kind)"))
            return nil
        }
        let location = body.map { source.location(of: $0) } ?? source.location(of: node)
        func settings(_ what: String) -> YAMLFields? {
            guard let body else { return nil }
            return YAMLFields(body, what: "the settings of '\(what)'", source: source, diagnostics: &diagnostics)
        }
        switch name {
        case "cover": return .cover
        case "contents": return .contents
        case "notes": return .notes
        case "key-indicators":
            guard var fields = settings(name) else {
                diagnostics.append(
                    source.error(
                        location,
                        "expected 'key-indicators' to list its indicators: key-indicators: {indicators: [...]}"))
                return nil
            }
            let list = references(fields.sequence("indicators"))
            if list == nil { fields.missing("indicators", "a list of indicator ids") }
            diagnostics += fields.finish(context: "'key-indicators'")
            return list.map { .keyIndicators($0) }
        case "indicator-table":
            var table = Manifest.IndicatorTable()
            table.location = source.location(of: node)
            guard var fields = settings(name) else { return .indicatorTable(table) }
            let list = references(fields.sequence("indicators"))
            let landscape = fields.bool("landscape") ?? false
            var trend: Manifest.IndicatorReference?
            if let id = fields.string("trend"), let node = fields.node("trend") {
                trend = Manifest.IndicatorReference(id: id, location: source.location(of: node))
            }
            table.indicators = list
            table.landscape = landscape
            table.trend = trend
            table.growth = fields.bool("growth") ?? false
            table.rows = fields.choice("rows", Manifest.IndicatorTable.Rows.self) ?? .entities
            table.count = fields.int("count", in: 1...120)
            if table.rows == .entities, let node = fields.node("count") {
                fields.error(at: node, "'count' applies to 'rows: periods' (the number of periods shown)")
            }
            if table.rows == .periods, let node = fields.node("trend") {
                fields.error(at: node, "'trend' applies to 'rows: entities' (a sparkline per entity)")
            }
            diagnostics += fields.finish(context: "'indicator-table'")
            return .indicatorTable(table)
        case "charts":
            guard let items = body?.sequence else {
                diagnostics.append(
                    source.error(location, "expected 'charts' to be a list of charts, each with 'id' and 'kind'"))
                return nil
            }
            return .charts(items.compactMap { readChart($0, source: source, diagnostics: &diagnostics) })
        default:
            let hint = Suggestion.hint(for: name, among: sectionNames)
            diagnostics.append(
                source.error(
                    source.location(of: node),
                    "unknown section '\(name)'\(hint) (expected one of \(sectionNames.joined(separator: ", ")))"))
            return nil
        }
    }

    private static func readChart(_ node: Node, source: SourceText, diagnostics: inout [Diagnostic]) -> Manifest
        .ChartSpec?
    {
        ChartSpecReader.read(node, source: source, diagnostics: &diagnostics)
    }
}
