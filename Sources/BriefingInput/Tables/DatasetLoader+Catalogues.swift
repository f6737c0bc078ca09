import BriefingCore
import BriefingData

/// The ids a catalogue defines, for checking references to it.
struct Catalogue {
    /// The catalogue's file name, as named in messages (`indicators.csv`).
    var fileName: String
    /// False when the file could not be read: references to it are then not checked.
    var isKnown: Bool
    var ids: [String] = []
    var firstLine: [String: Int] = [:]

    func contains(_ id: String) -> Bool { !isKnown || firstLine[id] != nil }

    /// Records `id` defined on `line`; returns the line of an earlier definition if there is one.
    mutating func define(_ id: String, line: Int) -> Int? {
        if let first = firstLine[id] { return first }
        firstLine[id] = line
        ids.append(id)
        return nil
    }

    /// `unknown indicator 'x' (not in indicators.csv); did you mean 'y'?`
    func unknownMessage(_ noun: String, _ id: String) -> String {
        "unknown \(noun) '\(id)' (not in \(fileName))" + hint(id)
    }

    func hint(_ id: String) -> String {
        Suggestion.hint(for: id, among: ids)
    }
}

extension DatasetLoader {
    /// The longest short name an indicator may have, in characters.
    static let longestShortName = 40

    /// The indicator catalogue; with `chinese`, one warning for the rows without `name_zh` and one
    /// for those without `unit_zh`.
    static func loadIndicators(
        _ table: CSVTable?, path: String, chinese: Bool = false, coverage: (any GlyphCoverage)? = nil,
        into bag: inout DiagnosticBag
    ) -> (values: [Indicator], catalogue: Catalogue) {
        var catalogue = Catalogue(fileName: fileName(path), isKnown: table != nil)
        guard let table, let header = table.header, let idCell = header.cells.first else { return ([], catalogue) }
        let idName = idCell.text
        let required = columns(["name", "unit", "decimals", "kind"], in: table, into: &bag)
        let nameZH = table.columnIndex("name_zh")
        let unitZH = table.columnIndex("unit_zh")
        let shortName = (en: table.columnIndex("short_name"), zh: table.columnIndex("short_name_zh"))
        let derivationColumns = DerivationColumns(table)
        let changeColumn = table.columnIndex("change")
        var missingNames = MissingChinese(column: "name_zh", row: ("indicator", "indicators"), text: "name")
        var missingUnits = MissingChinese(column: "unit_zh", row: ("indicator", "indicators"), text: "unit")
        var indicators: [Indicator] = []
        var derivationCells: [String: DerivationColumns.Cells] = [:]
        for row in table.rows {
            let cell = row.cells[0]
            let id = String(cell.trimmed)
            guard !id.isEmpty else {
                bag.append(table.error(at: cell, "expected an indicator id in column '\(idName)', found an empty cell"))
                continue
            }
            if let first = catalogue.define(id, line: row.line) {
                bag.append(table.error(at: cell, "duplicate indicator '\(id)' (first defined on line \(first))"))
                continue
            }
            guard let required else { continue }
            let (nameCell, unitCell, decimalsCell, kindCell) =
                (row.cells[required[0]], row.cells[required[1]], row.cells[required[2]], row.cells[required[3]])
            var valid = true
            let name = printable(nameCell, in: table, coverage: coverage, into: &bag)
            if name.isEmpty {
                bag.append(table.error(at: nameCell, "expected a name in column 'name', found an empty cell"))
                valid = false
            }
            let optional = [(nameZH, "name_zh", "Chinese name"), (unitZH, "unit_zh", "Chinese unit")]
            let texts =
                [(nameCell, "name", "name"), (unitCell, "unit", "unit")]
                + optional.compactMap { index, column, what in index.map { (row.cells[$0], column, what) } }
            for (textCell, column, what) in texts {
                if let warning = table.placeholderWarning(
                    at: textCell, expected: "the \(what) of indicator '\(id)' in column '\(column)'")
                {
                    bag.append(warning)
                }
            }
            let decimals = Int(decimalsCell.trimmed).flatMap { (0...9).contains($0) ? $0 : nil }
            if decimals == nil {
                bag.append(
                    table.error(
                        at: decimalsCell,
                        "expected a number of decimals from 0 to 9 in column 'decimals', found \(found(decimalsCell))"))
            }
            let kind = Indicator.Kind(rawValue: String(kindCell.trimmed))
            if kind == nil {
                bag.append(
                    table.error(
                        at: kindCell, "expected \(Indicator.Kind.expected) in column 'kind', found \(found(kindCell))"))
            }
            let derivation = kind.flatMap { derivationColumns.derivation(row, kind: $0, in: table, into: &bag) }
            var changesByDifference: Bool?
            if let changeColumn {
                guard let measure = changeMeasure(row.cells[changeColumn], in: table, into: &bag) else { continue }
                changesByDifference = measure
            }
            guard valid, let decimals, let kind, let derivation else { continue }
            let zhName = nameZH.map { printable(row.cells[$0], in: table, coverage: coverage, into: &bag) }
            let unit = printable(unitCell, in: table, coverage: coverage, into: &bag)
            let zhUnit = unitZH.map { printable(row.cells[$0], in: table, coverage: coverage, into: &bag) }
            let names = Localized(en: SmartPunctuation.apply(name), zh: zhName.flatMap(nonEmpty))
            let units = Localized(en: SmartPunctuation.apply(unit), zh: zhUnit.flatMap(nonEmpty))
            missingNames.check(zhName, line: row.line)
            missingUnits.check(zhUnit, line: row.line)
            var indicator = Indicator(
                id: id, names: names, units: units, decimals: decimals, kind: kind, derivation: derivation.value,
                changesByDifference: changesByDifference)
            let shortNames = [(shortName.en, "short_name"), (shortName.zh, "short_name_zh")].map { column, title -> String? in
                guard let column, let text = nonEmpty(printable(row.cells[column], in: table, coverage: coverage, into: &bag))
                else { return nil }
                // A table header of a few words: a longer one would fill pages with one header cell.
                guard text.count <= Self.longestShortName else {
                    bag.append(
                        table.error(
                            at: row.cells[column],
                            "expected a short name of at most \(Self.longestShortName) characters in column "
                                + "'\(title)', found \(text.count) characters"))
                    return nil
                }
                return text
            }
            indicator.shortNames = Localized(en: shortNames[0].map(SmartPunctuation.apply) ?? "", zh: shortNames[1])
            indicators.append(indicator)
            if derivation.value != nil { derivationCells[id] = derivation.cells }
        }
        DerivationColumns.checkReferences(indicators, cells: derivationCells, in: table, into: &bag)
        if chinese { bag.append(contentsOf: [missingNames, missingUnits].compactMap { $0.warning(in: table) }) }
        return (indicators, catalogue)
    }

    /// The entity catalogue; with `fileNamePattern`, an id that cannot name a file is an error
    /// at its cell in `rowErrors` (see ``DatasetLoader/load(_:into:attributingRowErrors:fileNamePattern:coverage:)``);
    /// with `chinese`, one warning for the rows without `name_zh`.
    static func loadEntities(
        _ table: CSVTable?, path: String, idColumn: String?, chinese: Bool = false, coverage: (any GlyphCoverage)?,
        fileNamePattern: String?, into bag: inout DiagnosticBag, rowErrors: inout [String: [Diagnostic]]?
    ) -> (values: [Entity], catalogue: Catalogue) {
        var catalogue = Catalogue(fileName: fileName(path), isKnown: table != nil)
        guard let table, let header = table.header else { return ([], catalogue) }
        let idIndex: Int
        if let idColumn {
            guard let index = columns([idColumn], in: table, into: &bag)?.first else {
                catalogue.isKnown = false
                return ([], catalogue)
            }
            idIndex = index
        } else {
            idIndex = 0
        }
        let idName = header.cells[idIndex].text
        let nameIndex = columns(["name"], in: table, into: &bag)?.first
        let nameZH = table.columnIndex("name_zh")
        let attributeColumns = header.cells.indices.filter {
            $0 != idIndex && $0 != nameIndex && $0 != nameZH
        }
        var missingNames = MissingChinese(column: "name_zh", row: ("entity", "entities"), text: "name")
        var entities: [Entity] = []
        for row in table.rows {
            let cell = row.cells[idIndex]
            let id = String(cell.trimmed)
            guard !id.isEmpty else {
                bag.append(table.error(at: cell, "expected an entity id in column '\(idName)', found an empty cell"))
                continue
            }
            if let first = catalogue.define(id, line: row.line) {
                bag.append(table.error(at: cell, "duplicate entity '\(id)' (first defined on line \(first))"))
                continue
            }
            if let fileNamePattern, let problem = FileName.problem(id) {
                rowErrors?[id, default: []].append(
                    table.error(
                        at: cell,
                        "entity id \(FileName.quoted(id)) cannot name a file in 'output' (\(fileNamePattern)): \(problem)"
                    ))
            }
            guard let nameIndex else { continue }
            let name = printable(row.cells[nameIndex], in: table, coverage: coverage, into: &bag)
            if name.isEmpty {
                bag.append(
                    table.error(at: row.cells[nameIndex], "expected a name in column 'name', found an empty cell"))
                continue
            }
            for (index, column, what) in [(nameIndex, "name", "name"), (nameZH, "name_zh", "Chinese name")] {
                if let index,
                    let warning = table.placeholderWarning(
                        at: row.cells[index], expected: "the \(what) of entity '\(id)' in column '\(column)'")
                {
                    bag.append(warning)
                }
            }
            var attributes: [String: String] = [:]
            for index in attributeColumns {
                attributes[header.cells[index].text] = String(row.cells[index].trimmed)
            }
            let nameZHText = nameZH.map { printable(row.cells[$0], in: table, coverage: coverage, into: &bag) }
            let names = Localized(en: SmartPunctuation.apply(name), zh: nameZHText.flatMap(nonEmpty))
            missingNames.check(nameZHText, line: row.line)
            entities.append(Entity(id: id, names: names, attributes: attributes))
        }
        if chinese, let warning = missingNames.warning(in: table) { bag.append(warning) }
        return (entities, catalogue)
    }

    /// Targets: the scope must be `total` (or `city`, the same) or a catalogued entity; the
    /// indicator may name a measure outside the catalogue (a warning suggests the catalogue id when
    /// it looks like a typo). With `chinese`, one warning for the rows with a note but no `note_zh`.
    static func loadTargets(
        _ table: CSVTable, decimalSeparator: Character, indicators: Catalogue, entities: Catalogue,
        chinese: Bool = false, into bag: inout DiagnosticBag
    ) -> [Target] {
        guard let required = columns(["scope", "indicator", "year", "target_growth"], in: table, into: &bag) else {
            return []
        }
        let noteIndex = table.columnIndex("note")
        let noteZH = table.columnIndex("note_zh")
        var missingNotes = MissingChinese(
            column: "note_zh", row: ("target with a note", "targets with a note"), text: "note")
        var targets: [Target] = []
        var firstLine: [String: Int] = [:]
        for row in table.rows {
            let (scopeCell, indicatorCell, yearCell, valueCell) =
                (row.cells[required[0]], row.cells[required[1]], row.cells[required[2]], row.cells[required[3]])
            var valid = true
            let scope = String(scopeCell.trimmed)
            if scope.isEmpty {
                bag.append(table.error(at: scopeCell, "expected a scope in column 'scope', found an empty cell"))
                valid = false
            } else if !Target.totalScopes.contains(scope), !entities.contains(scope) {
                bag.append(
                    table.error(
                        at: scopeCell,
                        "unknown scope '\(scope)' (expected 'total' or an entity in \(entities.fileName))"
                            + entities.hint(scope)))
                valid = false
            }
            let indicator = String(indicatorCell.trimmed)
            if indicator.isEmpty {
                bag.append(
                    table.error(
                        at: indicatorCell, "expected an indicator id in column 'indicator', found an empty cell"))
                valid = false
            } else if !indicators.contains(indicator),
                let guess = Suggestion.closest(to: indicator, among: indicators.ids)
            {
                bag.append(
                    table.diagnostic(
                        .warning, at: indicatorCell,
                        "indicator '\(indicator)' is not in \(indicators.fileName); did you mean '\(guess)'?"))
            }
            let year = TableValues.year(yearCell.trimmed)
            if year == nil {
                bag.append(
                    table.error(
                        at: yearCell,
                        "expected a year YYYY\(Period.yearNote(yearCell.trimmed)) in column 'year', found \(found(yearCell))"
                    ))
            }
            let value = TableValues.number(valueCell.trimmed, decimalSeparator: decimalSeparator)
            if value == nil {
                let expected = TableValues.expectedNumber(valueCell.trimmed, decimalSeparator: decimalSeparator)
                bag.append(
                    table.error(
                        at: valueCell, "expected \(expected) in column 'target_growth', found \(found(valueCell))"))
            } else if let value, Figures.meaningful(value) == nil {
                let bound = Int(Figures.largestRatio)
                bag.append(
                    table.error(
                        at: valueCell,
                        "expected a growth ratio between -\(bound) and \(bound) (\(Figures.largestRatioText)) in "
                            + "column 'target_growth', found \(found(valueCell))"))
            }
            guard valid, let year, let value else { continue }
            let scopeID = Target.totalScopes.contains(scope) ? Figures.Scope.totalName : scope
            let key = "\(scopeID)\u{0}\(indicator)\u{0}\(year)"
            if let first = firstLine[key] {
                bag.append(
                    table.error(
                        at: row, "duplicate target for \(scope), \(indicator), \(year) (first on line \(first))"))
                continue
            }
            firstLine[key] = row.line
            let note = noteIndex.map { String(row.cells[$0].trimmed) } ?? ""
            let zhNote = noteZH.map { String(row.cells[$0].trimmed) }
            if !note.isEmpty { missingNotes.check(zhNote, line: row.line) }
            targets.append(
                Target(
                    scope: scopeID, indicatorID: indicator, year: year, value: value,
                    note: Localized(en: SmartPunctuation.apply(note), zh: zhNote.flatMap(nonEmpty))))
        }
        if chinese, let warning = missingNotes.warning(in: table) { bag.append(warning) }
        return targets
    }

    static func nonEmpty(_ text: String) -> String? { text.isEmpty ? nil : text }

    /// The trimmed text of a cell a reader sees (a name, a unit), made printable (`PrintableText`:
    /// bidirectional controls removed, combining marks capped), with a warning at the cell for each
    /// kind of change and for characters `coverage` cannot draw.
    static func printable(
        _ cell: CSVCell, in table: CSVTable, coverage: (any GlyphCoverage)?, into bag: inout DiagnosticBag
    ) -> String {
        let printable = PrintableText(String(cell.trimmed), coverage: coverage)
        for (_, message) in printable.summary {
            bag.append(table.diagnostic(.warning, at: cell, message))
        }
        return printable.text
    }
}

extension DatasetLoader {
    /// The `change` cell of the indicator catalogue: `.some(nil)` when empty (the kind's default),
    /// `.some(true)` for `difference`, `.some(false)` for `growth`; nil after reporting anything else.
    static func changeMeasure(_ cell: CSVCell, in table: CSVTable, into bag: inout DiagnosticBag) -> Bool?? {
        switch cell.trimmed {
        case "": return .some(nil)
        case "difference": return .some(true)
        case "growth": return .some(false)
        default:
            bag.append(
                table.error(at: cell, "expected 'growth' or 'difference' in column 'change', found \(found(cell))"))
            return nil
        }
    }
}
