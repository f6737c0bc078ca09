import BriefingCore
import BriefingData

extension PeriodReader {
    /// When the cells may be days and no frequency is declared, infers it from the days among
    /// `cells` (a column, or the headers of a wide-periods table): the coarsest frequency whose
    /// periods each hold at most one of the distinct days, when the days also sit on one month of
    /// their periods. Adds a note at `noteCell` saying what was inferred, or an error at the cell
    /// that makes the frequency ambiguous. `place` says where the cells are ("in column 'date'").
    mutating func inferFrequency(
        from cells: some Sequence<CSVCell>, place: String, noteCell: CSVCell, in table: CSVTable,
        into bag: inout DiagnosticBag
    ) {
        guard frequency == nil, options.format.mayGiveDays else { return }
        var seen: Set<CalendarDay> = []
        var days: [(day: CalendarDay, cell: CSVCell)] = []
        for cell in cells {
            if case .day(let day)? = options.format.read(cell.trimmed, workbookDates: workbookDates),
                seen.insert(day).inserted
            {
                days.append((day, cell))
            }
        }
        days.sort { $0.day < $1.day }
        guard let first = days.first else { return }
        let declare = "declare 'frequency: annual', 'frequency: quarterly' or 'frequency: monthly'"
        guard days.count > 1 else {
            bag.append(
                table.error(
                    at: first.cell, "cannot tell the frequency from one date '\(first.day)' \(place): \(declare)"))
            return
        }
        func period(_ day: CalendarDay, _ frequency: Frequency) -> Period {
            Period(year: day.year, month: day.month).within(frequency)
        }
        let pairs = zip(days, days.dropFirst())
        guard
            let inferred = Frequency.allCases.first(where: { frequency in
                pairs.allSatisfy { period($0.day, frequency) != period($1.day, frequency) }
            })
        else {
            if let (earlier, later) = pairs.first(where: { period($0.day, .monthly) == period($1.day, .monthly) }) {
                bag.append(
                    table.error(
                        at: later.cell,
                        "the dates '\(later.day)' and '\(earlier.day)' (line \(earlier.cell.line)) \(place) fall in "
                            + "one month: to combine the values of a period, add 'aggregate: {to: monthly, by: mean}' "
                            + "(or sum, last; to quarterly or annual)"))
            }
            return
        }
        let offset = { (day: CalendarDay) in (day.month - 1) % inferred.monthsPerPeriod }
        if let odd = days.first(where: { offset($0.day) != offset(first.day) }) {
            bag.append(
                table.error(
                    at: odd.cell,
                    "cannot tell the frequency \(place): the dates fall one in a \(inferred.periodNoun), but on "
                        + "different months of it ('\(first.day)', '\(odd.day)'): \(declare)"))
            return
        }
        frequency = inferred
        let format = options.format == .standard ? "workbook" : "'\(options.format.name)'"
        bag.append(
            table.diagnostic(
                .note, at: noteCell,
                "periods read as \(inferred.rawValue) (inferred from the \(format) dates \(place), "
                    + "one per \(inferred.periodNoun))"))
    }
}
