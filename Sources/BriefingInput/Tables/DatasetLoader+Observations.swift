import BriefingCore
import BriefingData

/// Collects observations, remembering where each was first seen to report duplicates.
///
/// A table may hold 5,000,000 values: each is kept once, with its line, under its series and its
/// period (or day, when days are combined) as one 32-bit number, `PeriodReader.Place.code` (a
/// dictionary keyed by series and period together, beside the values, took three times the memory).
private struct ObservationCollector {
    struct Entry {
        var value: Double?
        var line: Int32
    }

    enum Outcome {
        case added
        /// An observation for the same series and period is on `firstLine`.
        case duplicate(firstLine: Int)
        /// The observation would start one series more than the limit: nothing more is added.
        case full
    }

    /// The most series (entity and indicator pairs) held.
    let seriesLimit: Int
    /// Per series, per code: the value (nil for an empty cell) and its line.
    private var series: [SeriesKey: [Int32: Entry]] = [:]
    /// Whether an observation was refused for starting a series past `seriesLimit`.
    private(set) var isFull = false

    init(seriesLimit: Int) { self.seriesLimit = seriesLimit }

    /// Adds one observation.
    mutating func add(entity: String, indicator: String, code month: Int32, value: Double?, line: Int) -> Outcome {
        let key = SeriesKey(entity: entity, indicator: indicator)
        if let values = series[key] {
            if let first = values[month] { return .duplicate(firstLine: Int(first.line)) }
        } else if series.count == seriesLimit || isFull {
            isFull = true
            return .full
        }
        series[key, default: [:]][month] = Entry(value: value, line: Int32(clamping: line))
        return .added
    }

    /// The values by series and period, empty cells left out, put into periods (and combined) by
    /// `periods`. Empties the collector series by series, so that both forms are never held whole at once.
    mutating func observations(_ periods: PeriodReader) -> [SeriesKey: [Period: Double]] {
        var observations: [SeriesKey: [Period: Double]] = [:]
        for key in Array(series.keys) {
            guard let months = series.removeValue(forKey: key) else { continue }
            var values: [Int32: Double] = [:]
            values.reserveCapacity(months.count)
            for (month, entry) in months {
                if let value = entry.value { values[month] = value }
            }
            if !values.isEmpty { observations[key] = periods.combine(values) }
        }
        return observations
    }
}

extension DatasetLoader {
    /// Reads the observations; when `rowErrors` is not nil, the problems of a row whose entity cell
    /// is valid go there under the entity's id instead of into `bag`.
    static func loadObservations(
        _ table: CSVTable, layout: TableMapping.Layout,
        periods: PeriodReader = PeriodReader(PeriodReader.Options(), workbookDates: false), decimalSeparator: Character,
        indicators: Catalogue, entities: Catalogue, into bag: inout DiagnosticBag,
        rowErrors: inout [String: [Diagnostic]]?, limits: TableLimits = .standard
    ) -> [SeriesKey: [Period: Double]] {
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
        /// Where a cell of the period column falls; nil (with its problem pending) when it is no period.
        func period(_ cell: CSVCell, column: String) -> PeriodReader.Place? {
            switch periods.read(cell.trimmed, place: "in column '\(column)'") {
            case .place(let place): return place
            case .refused(let message): pending.append(table.error(at: cell, message))
            case .unplaced: break
            }
            return nil
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
                    table.diagnostic(
                        .warning, at: cell,
                        "column '\(cell.text)' is not used: a long table maps '\(entityName)', '\(indicatorName)', '\(periodName)' and '\(valueName)'"
                    ))
            }
            periods.inferFrequency(
                from: table.rows.lazy.map { $0.cells[c[2]] }, place: "in column '\(periodName)'",
                noteCell: header.cells[c[2]], in: table, into: &bag)
            for row in table.rows where !collector.isFull {
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
            periods.inferFrequency(
                from: table.rows.lazy.map { $0.cells[c[1]] }, place: "in column '\(periodName)'",
                noteCell: header.cells[c[1]], in: table, into: &bag)
            var indicatorColumns: [(index: Int, id: String)] = []
            for index in valueColumns {
                let cell = header.cells[index]
                if let indicator = id(cell, noun: "indicator", column: cell.text, in: indicators) {
                    indicatorColumns.append((index, indicator))
                }
                settle(nil)
            }
            for row in table.rows where !collector.isFull {
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
            let headers = valueColumns.map { header.cells[$0] }
            if let first = headers.first {
                periods.inferFrequency(from: headers, place: "as column names", noteCell: first, in: table, into: &bag)
            }
            var periodColumns: [(index: Int, period: PeriodReader.Place)] = []
            for index in valueColumns {
                let cell = header.cells[index]
                switch periods.read(cell.trimmed, place: "as a column name") {
                case .place(let place): periodColumns.append((index, place))
                case .refused(let message): bag.append(table.error(at: cell, message))
                case .unplaced: break
                }
            }
            for row in table.rows where !collector.isFull {
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
        return collector.observations(periods)
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
