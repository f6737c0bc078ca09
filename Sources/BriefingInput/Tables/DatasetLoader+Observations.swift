import BriefingCore
import BriefingData

/// Collects observations, remembering where each was first seen to report duplicates.
private struct ObservationCollector {
    struct Key: Hashable {
        var series: SeriesKey
        var period: Period
    }

    var observations: [SeriesKey: [Period: Double]] = [:]
    var firstLine: [Key: Int] = [:]

    /// Adds one observation; returns the line of an earlier one for the same key, if any.
    mutating func add(entity: String, indicator: String, period: Period, value: Double?, line: Int) -> Int? {
        let series = SeriesKey(entity: entity, indicator: indicator)
        let key = Key(series: series, period: period)
        if let first = firstLine[key] { return first }
        firstLine[key] = line
        if let value { observations[series, default: [:]][period] = value }
        return nil
    }
}

extension DatasetLoader {
    /// Reads the observations; when `rowErrors` is not nil, the problems of a row whose entity cell
    /// is valid go there under the entity's id instead of into `bag`.
    static func loadObservations(
        _ table: CSVTable, layout: TableMapping.Layout, decimalSeparator: Character, indicators: Catalogue,
        entities: Catalogue, into bag: inout DiagnosticBag, rowErrors: inout [String: [Diagnostic]]?
    ) -> [SeriesKey: [Period: Double]] {
        var collector = ObservationCollector()
        /// The problems of the row (or header cell) being read, until `settle` says whose they are.
        var pending: [Diagnostic] = []
        /// Files the pending problems under `entity` when attributing them, else into `bag`.
        func settle(_ entity: String?) {
            guard !pending.isEmpty else { return }
            if let entity, rowErrors != nil {
                rowErrors?[entity, default: []].append(contentsOf: pending)
            } else {
                bag.append(contentsOf: pending)
            }
            pending = []
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
        func period(_ cell: CSVCell, column: String) -> Period? {
            guard let period = TableValues.period(cell.trimmed) else {
                pending.append(
                    table.error(
                        at: cell,
                        "expected a period YYYY-MM\(Period.yearNote(cell.trimmed)) in column '\(column)', found \(found(cell))"
                    ))
                return nil
            }
            return period
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
        func add(_ entity: String, _ indicator: String, _ period: Period, _ value: Double?, _ row: CSVRow) -> Bool {
            guard
                let first = collector.add(
                    entity: entity, indicator: indicator, period: period, value: value, line: row.line)
            else { return true }
            pending.append(
                table.error(
                    at: row, "duplicate observation for \(entity), \(indicator), \(period) (first on line \(first))"))
            return false
        }

        guard let header = table.header else { return [:] }
        switch layout {
        case .long(let entityName, let indicatorName, let periodName, let valueName):
            guard let c = columns([entityName, indicatorName, periodName, valueName], in: table, into: &bag) else {
                return [:]
            }
            // A column the mapping does not use is often a misnamed one: say so.
            let mapped = [entityName, indicatorName, periodName, valueName]
            for (index, cell) in header.cells.enumerated()
            where !c.contains(index) && !cell.text.isEmpty && !mapped.contains(cell.text) {
                bag.append(
                    .warning(
                        at: table.location(of: cell),
                        "column '\(cell.text)' is not used: a long table maps '\(entityName)', '\(indicatorName)', '\(periodName)' and '\(valueName)'",
                        sourceLine: table.sourceLine(cell.line)))
            }
            for row in table.rows {
                let entity = id(row.cells[c[0]], noun: "entity", column: entityName, in: entities)
                let indicator = id(row.cells[c[1]], noun: "indicator", column: indicatorName, in: indicators)
                let when = period(row.cells[c[2]], column: periodName)
                let number = value(row.cells[c[3]], column: valueName)
                if let entity, let indicator, let when, let number {
                    _ = add(entity, indicator, when, number, row)
                }
                settle(entity)
            }

        case .wideIndicators(let entityName, let periodName, let listed):
            guard let c = columns([entityName, periodName], in: table, into: &bag),
                let valueColumns = wideColumns(listed, excluding: c, in: table, into: &bag)
            else { return [:] }
            var indicatorColumns: [(index: Int, id: String)] = []
            for index in valueColumns {
                let cell = header.cells[index]
                if let indicator = id(cell, noun: "indicator", column: cell.text, in: indicators) {
                    indicatorColumns.append((index, indicator))
                }
                settle(nil)
            }
            for row in table.rows {
                let entity = id(row.cells[c[0]], noun: "entity", column: entityName, in: entities)
                defer { settle(entity) }
                guard let entity, let when = period(row.cells[c[1]], column: periodName) else { continue }
                var reported = false
                for column in indicatorColumns {
                    guard let number = value(row.cells[column.index], column: column.id) else { continue }
                    if !reported, !add(entity, column.id, when, number, row) { reported = true }
                }
            }

        case .widePeriods(let entityName, let indicatorName, let listed):
            guard let c = columns([entityName, indicatorName], in: table, into: &bag),
                let valueColumns = wideColumns(listed, excluding: c, in: table, into: &bag)
            else { return [:] }
            var periodColumns: [(index: Int, period: Period)] = []
            for index in valueColumns {
                let cell = header.cells[index]
                if let when = TableValues.period(cell.trimmed) {
                    periodColumns.append((index, when))
                } else {
                    bag.append(
                        table.error(
                            at: cell,
                            "expected a period YYYY-MM\(Period.yearNote(cell.trimmed)) as a column name, found \(found(cell))"
                        ))
                }
            }
            for row in table.rows {
                let entity = id(row.cells[c[0]], noun: "entity", column: entityName, in: entities)
                defer { settle(entity) }
                guard let entity,
                    let indicator = id(row.cells[c[1]], noun: "indicator", column: indicatorName, in: indicators)
                else { continue }
                var reported = false
                for column in periodColumns {
                    let name = header.cells[column.index].text
                    guard let number = value(row.cells[column.index], column: name) else { continue }
                    if !reported, !add(entity, indicator, column.period, number, row) { reported = true }
                }
            }
        }
        return collector.observations
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
        return candidates.filter { index in
            guard !excluding.contains(index), let header = table.header else { return false }
            return header.cells.firstIndex { $0.text == header.cells[index].text } == index
        }.reduce(into: [Int]()) { if !$0.contains($1) { $0.append($1) } }
    }
}
