import BriefingCore
import BriefingData
import Foundation

/// Reads a brief's tables (observations, indicator and entity catalogues, targets) into a checked
/// `Dataset`, reporting every problem in every file at its exact cell.
public enum DatasetLoader {
    /// Loads and checks the tables; throws every error found (with any warnings) if there is one.
    public static func load(_ sources: DatasetSources) throws(DiagnosticError) -> Dataset {
        var bag = DiagnosticBag()
        let dataset = load(sources, into: &bag)
        try bag.throwIfErrors()
        guard let dataset else { throw DiagnosticError(bag.diagnostics) }
        return dataset
    }

    /// Loads and checks the tables, adding errors and warnings to `bag` (so that a caller can report
    /// them together with those of other inputs). Returns nil when any error was found.
    /// With `coverage` (the document's fonts), names and units they cannot draw are warnings at
    /// their cells.
    public static func load(
        _ sources: DatasetSources, into bag: inout DiagnosticBag, coverage: (any GlyphCoverage)? = nil
    ) -> Dataset? {
        var rowErrors: [String: [Diagnostic]]? = nil
        return load(sources, into: &bag, rowErrors: &rowErrors, fileNamePattern: nil, coverage: coverage)
    }

    /// Loads and checks the tables leniently, for a batch where each entity's reports stand alone.
    ///
    /// A problem in a row of the observations table whose entity cell names a catalogued entity
    /// (a value that is not a number, a bad period, an unknown indicator, a duplicate) is not added
    /// to `bag` but to `rowErrors` under that entity's id, with the same text and position as
    /// ``load(_:into:)`` gives it; the observations it spoils are left out of the dataset. Every other
    /// problem (a missing file, a bad header, a catalogue or target error, a row whose entity cell
    /// is empty or unknown) goes to `bag` as in ``load(_:into:)``.
    ///
    /// With `fileNamePattern` (a batch's `output` pattern, as written), entity ids name files: an id
    /// that cannot name one (`FileName`) is an error at its cell of the entity catalogue, in
    /// `rowErrors` under that id, so that only that entity's reports fail.
    /// - Returns: the dataset of the good rows; nil when `bag` holds an error.
    public static func load(
        _ sources: DatasetSources, into bag: inout DiagnosticBag,
        attributingRowErrors rowErrors: inout [String: [Diagnostic]], fileNamePattern: String? = nil,
        coverage: (any GlyphCoverage)? = nil
    ) -> Dataset? {
        var attributed: [String: [Diagnostic]]? = [:]
        let dataset = load(
            sources, into: &bag, rowErrors: &attributed, fileNamePattern: fileNamePattern, coverage: coverage)
        rowErrors = (attributed ?? [:]).mapValues(inFileOrder)
        return dataset
    }

    /// Loads the tables; problems in rows of an entity go to `rowErrors` when it is not nil.
    private static func load(
        _ sources: DatasetSources, into bag: inout DiagnosticBag, rowErrors: inout [String: [Diagnostic]]?,
        fileNamePattern: String?, coverage: (any GlyphCoverage)?
    ) -> Dataset? {
        // Each file's problems are checked into their own bag and reported in file order.
        var files: [(bag: DiagnosticBag, table: CSVTable?)] = []
        func read(_ name: String, _ expected: [String], _ bag: inout DiagnosticBag) -> CSVTable? {
            TableReader.read(
                name, format: sources.format(of: name), world: sources.world, expected: expected, into: &bag)
        }

        let chinese = sources.languages.contains(.zh)
        var indicatorBag = DiagnosticBag()
        let indicatorTable = read(
            sources.indicators, ["indicator", "name", "unit", "decimals", "kind"],
            &indicatorBag)
        let indicators = loadIndicators(
            indicatorTable, path: sources.path(of: sources.indicators), chinese: chinese, coverage: coverage,
            into: &indicatorBag)
        files.append((indicatorBag, indicatorTable))

        var entityBag = DiagnosticBag()
        var entities: (values: [Entity], catalogue: Catalogue)
        if let entityFile = sources.entities {
            let entityTable = read(entityFile, [sources.entityIDColumn ?? "id", "name"], &entityBag)
            entities = loadEntities(
                entityTable, path: sources.path(of: entityFile), idColumn: sources.entityIDColumn, chinese: chinese,
                coverage: coverage, fileNamePattern: fileNamePattern, into: &entityBag, rowErrors: &rowErrors)
            files.append((entityBag, entityTable))
        } else {
            entities = ([], Catalogue(fileName: fileName(sources.path(of: sources.observations)), isKnown: false))
        }

        var observationBag = DiagnosticBag()
        let observationTable = read(
            sources.observations, sources.mapping.layout.namedColumns, &observationBag)
        let periods = PeriodReader(
            sources.mapping.periods, workbookDates: TableFormat.Kind(path: sources.observations) == .xlsx)
        let observations = observationTable.map {
            loadObservations(
                $0, layout: sources.mapping.layout, periods: periods,
                decimalSeparator: sources.format(of: sources.observations)
                    .decimalSeparator, indicators: indicators.catalogue, entities: entities.catalogue,
                into: &observationBag, rowErrors: &rowErrors)
        }
        files.append((observationBag, observationTable))
        if sources.entities == nil, let observations {
            // Without a catalogue, the entities are the ids the observations name.
            for id in observations.entities {
                _ = entities.catalogue.define(id, line: 0)
                entities.values.append(Entity(id: id, names: Localized(en: id)))
            }
            entities.catalogue.isKnown = true
        }

        var targets: [Target] = []
        if let targetsPath = sources.targets {
            var targetBag = DiagnosticBag()
            let targetTable = read(targetsPath, ["scope", "indicator", "year", "target_growth"], &targetBag)
            if let targetTable {
                targets = loadTargets(
                    targetTable, decimalSeparator: sources.format(of: targetsPath).decimalSeparator,
                    indicators: indicators.catalogue, entities: entities.catalogue, chinese: chinese,
                    into: &targetBag)
            }
            files.append((targetBag, targetTable))
        }

        var hasErrors = false
        for file in files {
            hasErrors = hasErrors || file.bag.hasErrors
            let diagnostics = inFileOrder(file.bag.diagnostics)
            bag.append(
                contentsOf: RepeatSummary.summarising(diagnostics) { file.table?.columnName(at: $0.location) })
        }
        var manifestBag = DiagnosticBag()
        let selected = entities.catalogue.isKnown
            ? selectEntities(sources, among: entities.catalogue, into: &manifestBag) : nil
        bag.append(contentsOf: manifestBag.diagnostics)
        guard !hasErrors, !manifestBag.hasErrors, let observations else { return nil }
        let derivedWithValues = indicators.values.filter { indicator in
            indicator.derivation != nil
                && observations.values.keys.contains { $0.indicator == indicator.id }
        }
        for indicator in derivedWithValues {
            guard let derivation = indicator.derivation else { continue }
            bag.error(
                .file(sources.path(of: sources.observations)),
                "'\(indicator.id)' is a '\(indicator.kind.rawValue)' indicator, computed from \(derivation.numerator) / "
                    + "\(derivation.denominator): expected no values of it in the table (give it another kind to read them)")
        }
        guard derivedWithValues.isEmpty else { return nil }
        let frequencies = Dictionary(
            observations.values.values.flatMap(\.keys).map { ($0.frequency, $0) }, uniquingKeysWith: min)
        if frequencies.count > 1 {
            let found = frequencies.sorted { $0.key < $1.key }.map { "\($0.key.rawValue) (\($0.value))" }
            bag.error(
                .file(sources.path(of: sources.observations)),
                "expected periods of one frequency, found " + found.joined(separator: ", ")
                    + ": a table holds years, quarters or months, not a mix")
            return nil
        }
        let chosen = selected.map(Set.init)
        func isKept(_ entity: String) -> Bool { chosen?.contains(entity) ?? true || entity == sources.total?.id }
        rowErrors = rowErrors?.filter { isKept($0.key) }
        return Dataset(
            indicators: indicators.values,
            entities: entities.values.filter { chosen?.contains($0.id) ?? true },
            observations: observations.values.filter { isKept($0.key.entity) },
            targets: targets.filter { !entities.catalogue.contains($0.scope) || isKept($0.scope) },
            frequency: frequencies.first?.key ?? sources.mapping.periods.frequency ?? .monthly, totalEntity: sources.total?.id)
    }

    /// The ids of the entities the brief is about, in catalogue order: all but the total, or those
    /// `sources.selection` selects. The total and each id selected must be in `catalogue`.
    private static func selectEntities(
        _ sources: DatasetSources, among catalogue: Catalogue, into bag: inout DiagnosticBag
    ) -> [String] {
        let source = sources.entities == nil ? "\(catalogue.fileName) has" : "the entity catalogue has"
        if let total = sources.total, !catalogue.contains(total.id) {
            bag.append(
                total.error(
                    "unknown entity '\(total.id)' for 'total'\(catalogue.hint(total.id)) (\(source) "
                        + "\(CSVTable.list(catalogue.ids, shown: 12)))"))
        }
        let parts = catalogue.ids.filter { $0 != sources.total?.id }
        return sources.selection?.selected(from: parts, total: sources.total?.id, source: source, into: &bag)
            ?? parts
    }

    /// `diagnostics` of one file in the order of the file; problems at the same place keep the order
    /// they were found in.
    private static func inFileOrder(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.enumerated().sorted {
            ($0.element.location.line, $0.element.location.column, $0.offset)
                < ($1.element.location.line, $1.element.location.column, $1.offset)
        }.map(\.element)
    }

    // MARK: - Headers

    static func reportDuplicateColumns(_ table: CSVTable, into bag: inout DiagnosticBag) {
        guard let header = table.header else { return }
        var seen: [String: Int] = [:]
        for (index, cell) in header.cells.enumerated() {
            if let first = seen[cell.text] {
                bag.append(
                    table.error(
                        at: cell, "duplicate column '\(cell.text)' in the header (it is also field \(first + 1))"))
            } else {
                seen[cell.text] = index
            }
        }
    }

    /// The indices of `names` in the header, reporting each one missing; nil if any is missing.
    static func columns(_ names: [String], in table: CSVTable, into bag: inout DiagnosticBag) -> [Int]? {
        guard let header = table.header else { return nil }
        var indices: [Int] = []
        var missing = false
        for name in names {
            if let index = table.columnIndex(name) {
                indices.append(index)
            } else {
                missing = true
                let columns = CSVTable.list(header.cells.map(\.text))
                bag.append(table.error(at: header, "no column '\(name)' in the header; columns are \(columns)"))
            }
        }
        return missing ? nil : indices
    }

    /// How a cell's content is quoted in a message.
    static func found(_ cell: CSVCell) -> String {
        let text = cell.trimmed
        return text.isEmpty ? "an empty cell" : "'\(text)'"
    }

    /// The file name of `path`, as catalogues are named in messages.
    static func fileName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
