import BriefingCore
import BriefingData
import Foundation
import Yams

/// Reads and checks a report manifest (`report.yaml`), reporting every problem at its line and
/// column, like ``ManifestReader`` does for `brief.yaml`.
public enum ReportManifestReader {
    /// The manifest file for `path`: the path itself, or `report.yaml` inside it when it is a folder.
    public static func manifestPath(for path: String) -> String {
        let (world, name) = BriefWorld.brief(at: path, defaultManifest: "report.yaml")
        return world.path(of: name)
    }

    /// Reads the report manifest at `path` (a folder or a manifest file); throws every problem.
    public static func read(path: String) throws(DiagnosticError) -> ReportManifest {
        let (world, name) = BriefWorld.brief(at: path, defaultManifest: "report.yaml")
        switch world.text(name, as: .reportManifest) {
        case .success(let text): return try parse(text, path: world.path(of: name), world: world)
        case .failure(let error): throw error
        }
    }

    /// Parses report manifest text; `path` names the file in diagnostics, and the files it names
    /// are read from its folder.
    public static func parse(_ text: String, path: String) throws(DiagnosticError) -> ReportManifest {
        try parse(text, path: path, world: BriefWorld(folder: (path as NSString).deletingLastPathComponent))
    }

    /// Parses report manifest text whose files are read through `world`.
    static func parse(_ text: String, path: String, world: BriefWorld) throws(DiagnosticError) -> ReportManifest {
        let source = SourceText(path: path, text: text)
        let root: Node
        do {
            guard let node = try YAMLComposer.compose(text) else {
                throw DiagnosticError([
                    source.error(
                        source.location(line: 1, column: 1),
                        "the report manifest is empty: expected at least 'title', 'indicator' and 'data'")
                ])
            }
            root = node
        } catch let error as DiagnosticError {
            throw error
        } catch {
            throw DiagnosticError([source.diagnostic(for: error)])
        }
        var diagnostics: [Diagnostic] = []
        let manifest = read(root, source: source, world: world, diagnostics: &diagnostics)
        var bag = DiagnosticBag()
        bag.append(contentsOf: diagnostics.sorted { $0.location < $1.location })
        try bag.throwIfErrors()
        guard let manifest else { throw DiagnosticError(bag.diagnostics) }
        return manifest
    }

    private static func read(
        _ root: Node, source: SourceText, world: BriefWorld, diagnostics: inout [Diagnostic]
    ) -> ReportManifest? {
        guard var fields = YAMLFields(root, what: "the report manifest", source: source, diagnostics: &diagnostics)
        else { return nil }
        var world = world
        let title = localized("title", in: &fields, required: true)
        let organisation = localized("organisation", in: &fields)
        let words = ManifestReader.officeWords(&fields)
        var languages: [Language] = [.en]
        if let items = fields.sequence("languages") {
            languages = []
            for item in items {
                guard let name = item.scalar?.string, let language = Language(rawValue: name) else {
                    let options = Language.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
                    fields.error(at: item, "expected each language to be one of \(options), found \(item.kind)")
                    continue
                }
                if !languages.contains(language) { languages.append(language) }
            }
            if items.isEmpty, let node = fields.node("languages") {
                fields.error(at: node, "expected at least one language in 'languages', found an empty list")
            }
        }
        var indicator: Manifest.IndicatorReference?
        if let id = fields.string("indicator", required: true), let node = fields.node("indicator") {
            indicator = Manifest.IndicatorReference(id: id, location: source.location(of: node))
        }
        let pageSize = fields.choice("page", Manifest.PageSize.self) ?? .a4
        let theme = ManifestReader.fileName("theme", in: &fields, world: &world)
        var data: DatasetSources?
        if let node = fields.node("data") {
            data = ManifestReader.readData(node, source: source, world: &world, diagnostics: &diagnostics)
        } else {
            fields.missing("data", "a mapping naming the observations, indicators and entities tables")
        }
        let selection = ManifestReader.readSelection(&fields)
        var periods: ClosedRange<Period>?
        if let text = fields.string("periods"), let node = fields.node("periods") {
            periods = ReportManifest.periodRange(text)
            if periods == nil {
                let note = text.components(separatedBy: "..").map(Period.yearNote).max() ?? ""
                fields.error(
                    at: node,
                    "expected 'periods' to be a range of periods such as 2013-01..2013-06, 2009Q1..2009Q3 or "
                        + "1997..2007\(note), found '\(text)'")
            }
        }
        let output = OutputPattern(fields.string("output") ?? "{period}/{entity}-{lang}.pdf")
        if let node = fields.node("output") {
            for problem in problems(of: output, languages: languages) { fields.error(at: node, problem) }
        }
        diagnostics += fields.finish(context: "the report manifest")
        guard let title, let indicator, var data else { return nil }
        data.world = world
        data.languages = Set(languages)
        data.selection = selection
        return ReportManifest(
            path: source.path, world: world, title: title, organisation: organisation, languages: languages,
            indicator: indicator,
            words: words, pageSize: pageSize, theme: theme, data: data, periods: periods, output: output)
    }

    /// Text, or a mapping of language codes to text (`{en: …, zh: …}`, `en` required).
    private static func localized(_ key: String, in fields: inout YAMLFields, required: Bool = false) -> Localized? {
        guard let node = fields.node(key) else {
            if required { fields.missing(key, "text, or a mapping {en: …, zh: …}") }
            return nil
        }
        if node.mapping == nil { return fields.string(key).map { Localized(en: $0) } }
        var diagnostics: [Diagnostic] = []
        guard var texts = YAMLFields(node, what: "'\(key)'", source: fields.source, diagnostics: &diagnostics) else {
            return nil
        }
        let en = texts.string("en", required: true)
        let zh = texts.string("zh")
        fields.absorb(texts.finish(context: "'\(key)'"))
        return en.map { Localized(en: $0, zh: zh) }
    }

    /// What is wrong with an output pattern: unknown placeholders, a path leaving the output
    /// folder, or a pattern under which two reports would share a file.
    static func problems(of pattern: OutputPattern, languages: [Language]) -> [String] {
        var problems: [String] = []
        let used = pattern.usedPlaceholders
        for name in used where !OutputPattern.placeholders.contains(name) {
            let hint = Suggestion.hint(for: name, among: OutputPattern.placeholders)
            let options = OutputPattern.placeholders.map { "{\($0)}" }.joined(separator: ", ")
            problems.append("unknown placeholder '{\(name)}' in 'output'\(hint) (expected \(options))")
        }
        let namesMonth = used.contains("period") || (used.contains("year") && used.contains("month"))
        if !used.contains("entity") || !namesMonth || (languages.count > 1 && !used.contains("lang")) {
            let needed = languages.count > 1 ? "{entity}, {period} and {lang}" : "{entity} and {period}"
            problems.append("expected 'output' to use \(needed), so that every report has its own file")
        }
        if pattern.text.hasPrefix("/") || pattern.text.split(separator: "/").contains("..") {
            problems.append("expected 'output' to be a path inside the output folder, found '\(pattern.text)'")
        }
        if !pattern.text.hasSuffix(".pdf") {
            problems.append("expected 'output' to end in '.pdf', found '\(pattern.text)'")
        }
        return problems
    }

    /// Where the manifest states its `periods`: the start of that line, else the manifest file.
    public static func periodsLocation(_ manifest: ReportManifest) -> SourceLocation {
        let name = (manifest.path as NSString).lastPathComponent
        let source = SourceText(
            path: manifest.path, text: (try? manifest.world.text(name, as: .reportManifest).get()) ?? "")
        return source.lines.firstIndex { $0.hasPrefix("periods:") }.map { source.location(line: $0 + 1, column: 1) }
            ?? .file(manifest.path)
    }

    /// Checks the manifest against its data: the headline indicator must be in the catalogue (the
    /// entities selected are checked when the data is read).
    public static func check(_ manifest: ReportManifest, dataset: Dataset) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let name = (manifest.path as NSString).lastPathComponent
        let source = SourceText(
            path: manifest.path, text: (try? manifest.world.text(name, as: .reportManifest).get()) ?? "")
        let reference = manifest.indicator
        if dataset.indicator(reference.id) == nil {
            let ids = dataset.indicators.map(\.id)
            diagnostics.append(
                source.error(
                    reference.location,
                    "unknown indicator '\(reference.id)'\(Suggestion.hint(for: reference.id, among: ids)) "
                        + "(expected one of \(ids.joined(separator: ", ")))"))
        }
        if let periods = manifest.periods, periods.lowerBound.frequency != dataset.frequency {
            diagnostics.append(
                source.error(
                    periodsLocation(manifest),
                    "expected 'periods' to be \(dataset.frequency.rawValue) like the data "
                        + "(\(dataset.periods.first.map { "\($0)" } ?? "")), found \(periods.lowerBound.frequency.rawValue) "
                        + "'\(periods.lowerBound)'"))
        }
        return diagnostics
    }

    /// A message for each id of `ids` that is not one of the dataset's (selected) entities, with a
    /// "did you mean".
    public static func unknownEntities(_ ids: [String], in dataset: Dataset) -> [String] {
        let known = dataset.entities.map(\.id)
        return ids.filter { dataset.entity($0) == nil }.map { id in
            "unknown entity '\(id)'\(Suggestion.hint(for: id, among: known)) (the entities are "
                + "\(known.prefix(12).joined(separator: ", "))\(known.count > 12 ? ", …" : ""))"
        }
    }
}
