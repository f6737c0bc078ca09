import BriefingCore
import BriefingData

/// The working state of ``TableInference/infer(_:subject:)``: the table's column profiles, and
/// the decisions taken so far with their doubts.
struct InferenceDraft {
    /// Where a table's periods are: in a column (or a year and a month or quarter column), in the
    /// column names, or split between a year column and month or quarter column names.
    enum PeriodPlan: Equatable {
        case rows(TableMapping.PeriodColumns, format: PeriodFormat)
        case headers([String])
        case yearInRows(year: String, parts: [String])
    }

    let table: CSVTable
    /// The id of a role the table has no column for (the file's name: `macrodata`).
    let subject: String
    let workbookDates: Bool
    var decimalSeparator: Character = "."
    var profiles: [ColumnProfile] = []
    var doubts: [TableInference.Doubt] = []

    init(table: CSVTable, subject: String, workbookDates: Bool) {
        self.table = table
        self.subject = subject
        self.workbookDates = workbookDates
        decimalSeparator = chooseDecimalSeparator()
        let columns = table.header?.cells.count ?? 0
        profiles = (0..<columns).map { index in
            ColumnProfile(
                index: index, name: table.header?.cells[index].text ?? "",
                cells: table.rows.map { $0.cells[index].trimmed },
                decimalSeparator: decimalSeparator, workbookDates: workbookDates)
        }
    }

    /// `.` unless more cells read as numbers with a decimal comma; a doubt when cells such as
    /// `1,818` read either way.
    private mutating func chooseDecimalSeparator() -> Character {
        var point = 0
        var comma = 0
        var either: Substring?
        for row in table.rows.prefix(5000) {
            for cell in row.cells where cell.trimmed.contains(",") || cell.trimmed.contains(".") {
                let text = cell.trimmed
                let asPoint = TableValues.number(text, decimalSeparator: ".") != nil
                let asComma = TableValues.number(text, decimalSeparator: ",") != nil
                if asPoint { point += 1 }
                if asComma { comma += 1 }
                if asPoint, asComma, text.contains(","), either == nil { either = text }
            }
        }
        if comma > point { return "," }
        if let either, comma == point {
            doubts.append(
                .init(
                    .numbers,
                    "numbers such as '\(either)' read with ',' grouping thousands or as a decimal comma: read "
                        + "',' as grouping thousands (write 'decimal: \",\"' if it is a decimal comma)"))
        }
        return "."
    }

    /// The columns with at least one non-empty cell.
    var filled: [ColumnProfile] { profiles.filter { $0.filled > 0 } }

    /// `'a', 'b' and 'c'`.
    static func names(_ columns: [ColumnProfile]) -> String {
        let quoted = columns.map { "'\($0.name)'" }
        guard let last = quoted.last, quoted.count > 1 else { return quoted.first ?? "" }
        return quoted.dropLast().joined(separator: ", ") + " and " + last
    }

    /// Decides where the periods are; nil when nothing in the table reads as periods.
    mutating func decidePeriods() -> PeriodPlan? {
        let headerPeriods = profiles.filter { ($0.isNumeric || $0.filled == 0) && Period($0.trimmedName) != nil }
        if headerPeriods.count >= 2 { return .headers(headerPeriods.map(\.name)) }
        let years = preferring(filled.filter(\.isYears), RoleHints.year)
        let parts = profiles.filter {
            ($0.isNumeric || $0.filled == 0) && PeriodFormat.standard.readPart($0.trimmedName) != nil
        }
        if parts.count >= 2, let year = years.first {
            return .yearInRows(year: year.name, parts: parts.map(\.name))
        }
        let periodColumns = preferring(filled.filter(\.holdsPeriods), RoleHints.period)
        if let chosen = periodColumns.first {
            if periodColumns.count > 1 {
                doubts.append(
                    .init(
                        .layout,
                        "columns \(Self.names(periodColumns)) all hold periods: read '\(chosen.name)' as the "
                            + "period (name another with 'columns: {period: NAME}')"))
            }
            noteOtherFormats(of: chosen)
            return .rows(.column(chosen.name), format: chosen.periodFormats[0])
        }
        guard let year = years.first else { return nil }
        let others = filled.filter { $0.index != year.index }
        if let month = others.first(where: { $0.isPartOfYear(upTo: 12) && RoleHints.matches($0.name, RoleHints.month) })
        {
            return .rows(.yearAndMonth(year: year.name, month: month.name), format: .standard)
        }
        if let quarter = others.first(where: {
            $0.isPartOfYear(upTo: 4) && RoleHints.matches($0.name, RoleHints.quarter)
        }) {
            return .rows(.yearAndQuarter(year: year.name, quarter: quarter.name), format: .standard)
        }
        if !RoleHints.matches(year.name, RoleHints.year), let range = year.range {
            doubts.append(
                .init(
                    .layout,
                    "column '\(year.name)' holds whole numbers from \(Int(range.lowerBound)) to "
                        + "\(Int(range.upperBound)), read as the years (if they are values, name the period column "
                        + "with 'columns: {period: NAME}')"))
        }
        return .rows(.column(year.name), format: .standard)
    }

    /// A doubt when another format reads the column's cells as other periods (`03/04/2014` as
    /// `%d/%m/%Y` and `%m/%d/%Y`).
    private mutating func noteOtherFormats(of column: ColumnProfile) {
        guard let chosen = column.periodFormats.first else { return }
        let cells = table.rows.map { $0.cells[column.index].trimmed }.filter { !$0.isEmpty }
        let differing = column.periodFormats.dropFirst().filter { format in
            cells.contains {
                format.read($0, workbookDates: workbookDates) != chosen.read($0, workbookDates: workbookDates)
            }
        }
        guard !differing.isEmpty else { return }
        let others = differing.map { "'\($0.name)'" }.joined(separator: ", ")
        doubts.append(
            .init(
                .periods,
                "the periods in column '\(column.name)' read as '\(chosen.name)' and as \(others): read as "
                    + "'\(chosen.name)' (write 'period-format' if not)"))
    }

    /// `columns` with those named by one of `words` first, in their order.
    func preferring(_ columns: [ColumnProfile], _ words: [String]) -> [ColumnProfile] {
        columns.filter { RoleHints.matches($0.name, words) } + columns.filter { !RoleHints.matches($0.name, words) }
    }

    /// Whether the cells of `columns` together differ in every row (they can key the rows).
    func isKey(_ columns: [Int]) -> Bool {
        var seen: Set<[Substring]> = []
        for row in table.rows where !seen.insert(columns.map { row.cells[$0].trimmed }).inserted {
            return false
        }
        return true
    }
}
