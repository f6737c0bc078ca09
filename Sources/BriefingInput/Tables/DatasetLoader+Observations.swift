import BriefingCore
import BriefingData

extension DatasetLoader {
    /// The observations of a table, and the entity ids it names in the order first met.
    struct ObservationSet {
        var values: [SeriesKey: [Period: Double]] = [:]
        var entities: [String] = []
    }

    /// Reads the observations; when `rowErrors` is not nil, the problems of a row whose entity cell
    /// is valid go there under the entity's id instead of into `bag`.
    static func loadObservations(
        _ table: CSVTable, layout: TableMapping.Layout,
        periods: PeriodReader = PeriodReader(PeriodReader.Options(), workbookDates: false), decimalSeparator: Character,
        indicators: Catalogue, entities: Catalogue, into bag: inout DiagnosticBag,
        rowErrors: inout [String: [Diagnostic]]?, limits: TableLimits = .standard
    ) -> ObservationSet {
        var collector = ObservationCollector(seriesLimit: limits.series)
        var periods = periods
        /// The problems of the row (or header cell) being read, until `settle` says whose they are.
        var pending = DiagnosticBag()
        /// Files the pending problems under `entity` when attributing them, else into `bag`.
        func settle(_ entity: String?) {
            let diagnostics = pending.diagnostics
            guard !diagnostics.isEmpty else { return }
            if let entity, rowErrors != nil {
                rowErrors?[entity, default: []].append(contentsOf: diagnostics)
            } else {
                bag.append(contentsOf: diagnostics)
            }
            pending = DiagnosticBag()
        }
        /// Checks an id cell against a catalogue; returns the id if it can be used.
        func id(_ cell: CSVCell, noun: String, column: String, in catalogue: Catalogue) -> String? {
            let id = String(cell.trimmed)
            if id.isEmpty {
                pending.append(
                    table.error(at: cell, "expected an \(noun) id in column '\(column)', found an empty cell"))
                return nil
            }
            guard catalogue.contains(id) else {
                pending.append(table.error(at: cell, catalogue.unknownMessage(noun, id)))
                return nil
            }
            return id
        }
        /// `.some(nil)` for an empty cell (a missing value), nil when the cell is not a number.
        func value(_ cell: CSVCell, column: String) -> Double?? {
            let text = cell.trimmed
            if text.isEmpty { return .some(nil) }
            guard let number = TableValues.number(text, decimalSeparator: decimalSeparator) else {
                let expected = TableValues.expectedNumber(text, decimalSeparator: decimalSeparator)
                pending.append(table.error(at: cell, "expected \(expected) in column '\(column)', found '\(text)'"))
                return nil
            }
            return .some(number)
        }
        func add(
            _ entity: String, _ indicator: String, _ place: PeriodReader.Place, _ value: Double?, _ row: CSVRow
        ) -> Bool {
            switch collector.add(entity: entity, indicator: indicator, code: place.code, value: value, line: row.line) {
            case .added:
                return true
            case .duplicate(let first) where place.isFiner && periods.options.aggregate == nil:
                pending.append(
                    table.error(
                        at: row, periods.secondInPeriod("\(entity), \(indicator)", place.period, firstLine: first)))
                return false
            case .duplicate(let first):
                pending.append(
                    table.error(
                        at: row,
                        "duplicate observation for \(entity), \(indicator), \(place.period) (first on line \(first))"))
                return false
            case .full:
                pending.append(table.error(at: row, limits.tooManySeries))
                return false
            }
        }

        guard let header = table.header else { return ObservationSet() }
        guard let keys = keyColumns(layout, in: table, into: &bag) else { return ObservationSet() }
        // A constant role is checked once, at the header.
        for (role, noun, catalogue) in [(layout.entity, "entity", entities), (layout.indicator, "indicator", indicators)] {
            if case .constant(let id)? = role, !catalogue.contains(id) {
                bag.append(table.error(at: header, catalogue.unknownMessage(noun, id) + " (given in 'columns')"))
                return ObservationSet()
            }
        }
        guard let candidates = valueColumns(layout.spread, keys: keys, in: table, into: &bag) else {
            return ObservationSet()
        }
        // The columns whose header names an id or period that can be used (all, in a long table).
        var valueColumns: [Int] = []
        var headerIDs: [Int: String] = [:]
        var periodColumns: [Int: PeriodReader.Place] = [:]
        /// The month or quarter each column names, in a table with a year in each row.
        var partColumns: [Int: PeriodFormat.PartOfYear] = [:]
        if case .periods = layout.spread, layout.yearColumn == nil, let first = candidates.first {
            periods.inferFrequency(
                from: candidates.map { header.cells[$0] }, place: "as column names", noteCell: header.cells[first],
                in: table, into: &bag)
        }
        if case .column(let name)? = layout.period, let index = keys[name] {
            periods.inferFrequency(
                from: table.rows.lazy.map { $0.cells[index] }, place: "in column '\(name)'",
                noteCell: header.cells[index], in: table, into: &bag)
        }
        // A year and a month (or quarter) column give months (quarters): a declared frequency must
        // agree, or be coarser with 'aggregate' saying how to combine.
        if let columns = layout.period, let given = columns.frequency, let declared = periods.frequency,
            declared != given, !(declared < given && periods.options.aggregate != nil),
            let part = columns.names.last, let index = keys[part]
        {
            bag.append(
                table.error(
                    at: header.cells[index],
                    "expected \(declared.rawValue) periods ('frequency: \(declared.rawValue)'), but the columns "
                        + "\(columns.names.map { "'\($0)'" }.joined(separator: " and ")) give \(given.rawValue) ones"
                        + (declared < given ? ": to combine them, add 'aggregate: {to: \(declared.rawValue), by: mean}' (or sum, last)" : "")))
            return ObservationSet()
        }
        for column in candidates {
            let cell = header.cells[column]
            switch layout.spread {
            case .value:
                valueColumns.append(column)
            case .indicators:
                headerIDs[column] = id(cell, noun: "indicator", column: cell.text, in: indicators)
            case .entities:
                headerIDs[column] = id(cell, noun: "entity", column: cell.text, in: entities)
            case .periods where layout.yearColumn != nil:
                switch periods.readPart(cell.trimmed, place: "as a column name") {
                case .part(let part):
                    if let first = partColumns.first(where: { $0.value == part })?.key {
                        let noun = part.frequency.periodNoun
                        pending.append(
                            table.error(
                                at: cell,
                                "expected one column per \(noun), found '\(cell.trimmed)' naming the same \(noun) as "
                                    + "'\(header.cells[first].trimmed)' (field \(first + 1))"))
                    } else {
                        partColumns[column] = part
                    }
                case .refused(let message): pending.append(table.error(at: cell, message))
                }
            case .periods:
                switch periods.read(cell.trimmed, place: "as a column name") {
                case .place(let place): periodColumns[column] = place
                case .refused(let message): pending.append(table.error(at: cell, message))
                case .unplaced: break
                }
            }
            if headerIDs[column] != nil || periodColumns[column] != nil || partColumns[column] != nil {
                valueColumns.append(column)
            }
            settle(nil)
        }
        /// The row's id for `role`: its cell checked against `catalogue`, or the constant; nil
        /// when the header gives it (`.some(nil)`) or the cell is bad.
        func rowID(_ role: TableMapping.Role?, _ row: CSVRow, noun: String, in catalogue: Catalogue) -> String?? {
            switch role {
            case .column(let name)?: return keys[name].map { id(row.cells[$0], noun: noun, column: name, in: catalogue) }
            case .constant(let id)?: return .some(id)
            case nil: return .some(nil)
            }
        }
        for row in table.rows where !collector.isFull {
            let rowEntity: String?? = rowID(layout.entity, row, noun: "entity", in: entities)
            let rowIndicator: String?? = rowID(layout.indicator, row, noun: "indicator", in: indicators)
            var rowPeriod: PeriodReader.Place?? = .some(nil)
            if let columns = layout.period {
                rowPeriod = period(of: row, columns, keys: keys, periods: periods, in: table, into: &pending)
                    .map { .some($0) }
            }
            var rowYear: Int?? = .some(nil)
            if let name = layout.yearColumn, let index = keys[name] {
                rowYear = year(row.cells[index], column: name, in: table, into: &pending).map { .some($0) }
            }
            let keysValid = rowEntity != nil && rowIndicator != nil && rowPeriod != nil && rowYear != nil
            let entityOfRow: String? = rowEntity ?? nil
            settle(entityOfRow)
            // A row with a bad key spoils its values; their cells are checked only in a long table.
            guard keysValid || layout.isLong else { continue }
            var reported = false
            for column in valueColumns {
                let entity: String? = entityOfRow ?? headerIDs[column]
                let indicator: String? = (rowIndicator ?? nil) ?? headerIDs[column]
                let inYear = partColumns[column].flatMap { part in (rowYear ?? nil).map { part.period(in: $0) } }
                let when: PeriodReader.Place? = (rowPeriod ?? nil) ?? periodColumns[column] ?? inYear.map(periods.place)
                let number = value(row.cells[column], column: header.cells[column].text)
                defer { settle(entity) }
                guard keysValid, let entity, let indicator, let when, let number else { continue }
                if !reported, !add(entity, indicator, when, number, row) { reported = true }
            }
        }
        if layout.isLong {
            warnUnusedColumns(table, layout: layout, used: Set(keys.values), into: &bag)
        }
        return ObservationSet(values: collector.observations(periods), entities: collector.entities)
    }

    /// The indices of the columns that key each row, by name, reporting each one missing with how
    /// to map it; nil if any is missing.
    private static func keyColumns(
        _ layout: TableMapping.Layout, in table: CSVTable, into bag: inout DiagnosticBag
    ) -> [String: Int]? {
        guard let header = table.header else { return nil }
        var indices: [String: Int] = [:]
        var missing = false
        for (role, name) in layout.keyColumns {
            if let index = table.columnIndex(name) {
                indices[name] = index
                continue
            }
            missing = true
            let isYearOfRow = layout.yearColumn == name && role == "year"
            let hint = isYearOfRow ? "name it with 'columns: {period: {year: NAME}}'" : nil
            bag.append(missingColumn(name, role: role, in: table, header: header, hint: hint))
        }
        return missing ? nil : indices
    }

    /// `no entity column 'entity' in the header (columns are …); name it with …`.
    private static func missingColumn(
        _ name: String, role: String, in table: CSVTable, header: CSVRow, hint: String? = nil
    ) -> Diagnostic {
        let columns = CSVTable.list(header.cells.map(\.text))
        return table.error(
            at: header,
            "no \(role) column '\(name)' in the header (columns are \(columns)); \(hint ?? mappingHint(role))")
    }

    /// How to map a column of `role` in a manifest.
    static func mappingHint(_ role: String) -> String {
        switch role {
        case "entity", "indicator":
            return "name it with 'columns: {\(role): NAME}', or give every row one \(role) with "
                + "'columns: {\(role): {value: ID}}'"
        case "period":
            return "name it with 'columns: {period: NAME}', or a year and a month column with "
                + "'columns: {period: {year: NAME, month: NAME}}'"
        case "year", "month", "quarter":
            return "name it with 'columns: {period: {year: NAME, \(role == "quarter" ? "quarter" : "month"): NAME}}'"
        default:
            return "name it with 'columns: {\(role): NAME}'"
        }
    }

    /// Where a row falls: its period cell as `periods` reads it, or its year and month (or quarter) cells.
    private static func period(
        of row: CSVRow, _ columns: TableMapping.PeriodColumns, keys: [String: Int], periods: PeriodReader,
        in table: CSVTable, into bag: inout DiagnosticBag
    ) -> PeriodReader.Place? {
        // `keyColumns` found every column named here.
        let cells = columns.names.map { row.cells[keys[$0] ?? 0] }
        switch columns {
        case .column(let name):
            let cell = cells[0]
            switch periods.read(cell.trimmed, place: "in column '\(name)'") {
            case .place(let place): return place
            case .refused(let message): bag.append(table.error(at: cell, message))
            case .unplaced: break
            }
            return nil
        case .yearAndMonth(let yearName, let partName), .yearAndQuarter(let yearName, let partName):
            let year = year(cells[0], column: yearName, in: table, into: &bag)
            let frequency: Frequency
            if case .yearAndMonth = columns { frequency = .monthly } else { frequency = .quarterly }
            let count = frequency.periodsPerYear
            let index = Int(cells[1].trimmed).flatMap { (1...count).contains($0) ? $0 : nil }
            if index == nil {
                let noun = frequency == .monthly ? "month" : "quarter"
                bag.append(
                    table.error(
                        at: cells[1], "expected a \(noun) from 1 to \(count) in column '\(partName)', found \(found(cells[1]))"))
            }
            guard let year, let index else { return nil }
            let period = Period(year: year, frequency: frequency, index: index)
            return PeriodReader.Place(code: PeriodReader.code(period), period: period, isFiner: false)
        }
    }

    /// The year in `cell` of the year column `column`, or an error at it.
    private static func year(
        _ cell: CSVCell, column: String, in table: CSVTable, into bag: inout DiagnosticBag
    ) -> Int? {
        if let year = TableValues.year(cell.trimmed) { return year }
        let note = Period.yearNote(cell.trimmed)
        bag.append(table.error(at: cell, "expected a year YYYY\(note) in column '\(column)', found \(found(cell))"))
        return nil
    }

    /// Warns of each column a long table does not use: often a misnamed one.
    private static func warnUnusedColumns(
        _ table: CSVTable, layout: TableMapping.Layout, used: Set<Int>, into bag: inout DiagnosticBag
    ) {
        guard let header = table.header, case .value(let valueName) = layout.spread else { return }
        let mapped = layout.namedColumns
        let names = mapped.map { "'\($0)'" }
        let list = names.count > 1 ? names.dropLast().joined(separator: ", ") + " and " + names[names.count - 1] : names.joined()
        for (index, cell) in header.cells.enumerated()
        where !used.contains(index) && cell.text != valueName && !cell.text.isEmpty && !mapped.contains(cell.text) {
            bag.append(
                table.diagnostic(.warning, at: cell, "column '\(cell.text)' is not used: a long table maps \(list)"))
        }
    }

    /// The columns holding values: a long table's value column, those listed (each must exist),
    /// or every column not keying the rows.
    private static func valueColumns(
        _ spread: TableMapping.Layout.Spread, keys: [String: Int], in table: CSVTable, into bag: inout DiagnosticBag
    ) -> [Int]? {
        switch spread {
        case .value(let name):
            guard let header = table.header else { return nil }
            guard let index = table.columnIndex(name) else {
                bag.append(missingColumn(name, role: "value", in: table, header: header))
                return nil
            }
            return [index]
        case .indicators(let listed), .periods(let listed), .entities(let listed):
            return wideColumns(listed, excluding: Array(keys.values), in: table, into: &bag)
        }
    }

    /// The value columns of a wide table: those listed (each must exist), or every column not in `excluding`.
    private static func wideColumns(
        _ listed: [String]?, excluding: [Int], in table: CSVTable, into bag: inout DiagnosticBag
    ) -> [Int]? {
        let candidates: [Int]
        if let listed {
            guard let found = columns(listed, in: table, into: &bag) else { return nil }
            candidates = found
        } else {
            guard let header = table.header else { return nil }
            candidates = Array(header.cells.indices)
        }
        // A repeated column name is reported with the header; only its first column is read.
        guard let header = table.header else { return [] }
        var firstOfName: [String: Int] = [:]
        for (index, cell) in header.cells.enumerated() where firstOfName[cell.text] == nil {
            firstOfName[cell.text] = index
        }
        let excluded = Set(excluding)
        var seen = Set<Int>()
        return candidates.filter { index in
            !excluded.contains(index) && firstOfName[header.cells[index].text] == index && seen.insert(index).inserted
        }
    }
}
