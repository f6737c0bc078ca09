import BriefingCore
import BriefingData

/// Turns the period cells of an observations table (or the period headers of a wide-periods
/// table) into periods: reads each in the declared ``PeriodFormat``, puts a day into the period of
/// the dataset's frequency that holds it, and combines the values of several days of a period
/// when the manifest says how (`aggregate`).
public struct PeriodReader: Sendable {
    /// How the manifest says periods are written and combined (`period-format`, `frequency`, `aggregate`).
    public struct Options: Hashable, Sendable {
        public var format: PeriodFormat
        /// The dataset's frequency, when declared.
        public var frequency: Frequency?
        public var aggregate: Aggregate?

        public init(format: PeriodFormat = .standard, frequency: Frequency? = nil, aggregate: Aggregate? = nil) {
            self.format = format
            self.frequency = frequency
            self.aggregate = aggregate
        }
    }

    /// How the values of one series falling in one period combine (`aggregate: {to, by}`).
    public struct Aggregate: Hashable, Sendable {
        public enum Rule: String, Hashable, Sendable, CaseIterable {
            /// The mean of the values.
            case mean
            /// Their sum.
            case sum
            /// The value of the latest day.
            case last
        }

        public var to: Frequency
        public var by: Rule

        public init(to: Frequency, by: Rule) {
            self.to = to
            self.by = by
        }
    }

    /// Where a cell falls: `code` keys it within its series (two cells of a series with one code
    /// are duplicates), `period` is the dataset's period holding it.
    struct Place {
        var code: Int32
        var period: Period
        /// Whether the cell is finer than its period (a day or a month read into a coarser period).
        var isFiner: Bool
    }

    /// What reading a cell gave.
    enum Outcome {
        case place(Place)
        /// The cell is not a period as expected: the message.
        case refused(String)
        /// The cell's dates could not be put into periods, as already reported.
        case unplaced
    }

    let options: Options
    /// Whether the table is a workbook, whose date cells the standard format reads as days.
    let workbookDates: Bool
    /// The frequency days fall into: declared, the aggregate's, or inferred.
    var frequency: Frequency?

    init(_ options: Options, workbookDates: Bool) {
        self.options = options
        self.workbookDates = workbookDates
        frequency = options.aggregate?.to ?? options.frequency
    }

    /// Reads the cell `text`; `place` says where it is for messages ("in column 'date'", "as a column name").
    func read(_ text: Substring, place: String) -> Outcome {
        let format = options.format
        guard let reading = format.read(text, workbookDates: workbookDates) else {
            return .refused(refusal(text, place: place))
        }
        switch reading {
        case .period(let period):
            if let refusal = refusal(of: period.frequency, text, place: place) { return .refused(refusal) }
            return .place(self.place(period))
        case .day(let day):
            guard let frequency else { return .unplaced }
            let period = Period(year: day.year, month: day.month).within(frequency)
            let code = options.aggregate == nil ? Self.code(period) : Self.code(day)
            return .place(Place(code: code, period: period, isFiner: true))
        }
    }

    /// What a column name of a table with a year in each row names: a month or a quarter, or why not.
    enum PartReading {
        case part(PeriodFormat.PartOfYear)
        case refused(String)
    }

    /// Reads the column name `text` of a table with a year in each row (`JAN`, `1月`, `Q3`). The
    /// first month or quarter read sets the frequency when none is declared.
    mutating func readPart(_ text: Substring, place: String) -> PartReading {
        guard let part = options.format.readPart(text) else {
            let found = text.isEmpty ? "an empty cell" : "'\(text)'"
            return .refused("expected \(options.format.expectedPart) \(place), found \(found)")
        }
        if let refusal = refusal(of: part.frequency, text, place: place) { return .refused(refusal) }
        frequency = frequency ?? part.frequency
        return .part(part)
    }

    /// Where a period of the table's frequency (or, with `aggregate`, a finer one) falls.
    func place(_ period: Period) -> Place {
        guard let frequency, period.frequency != frequency else {
            return Place(code: Self.code(period), period: period, isFiner: false)
        }
        return Place(code: Self.code(period), period: period.within(frequency), isFiner: true)
    }

    /// Why a period of `periodFrequency` written `text` does not fit the table's frequency: nil
    /// when it is that frequency, or finer and combined by `aggregate`.
    private func refusal(of periodFrequency: Frequency, _ text: Substring, place: String) -> String? {
        guard let frequency, periodFrequency != frequency else { return nil }
        if periodFrequency > frequency, options.aggregate != nil { return nil }
        return "expected a \(frequency.periodNoun) \(place), found '\(text)', a \(periodFrequency.periodNoun) "
            + "(the table's periods are \(frequency.rawValue))"
    }

    /// Why `text` is refused: what the format expects.
    private func refusal(_ text: Substring, place: String) -> String {
        let found = text.isEmpty ? "an empty cell" : "'\(text)'"
        guard options.format == .standard else { return "expected \(options.format.expected) \(place), found \(found)" }
        let expected = "expected a period YYYY-MM\(Period.yearNote(text)) \(place), found"
        if text.count == 10, CalendarDay(String(text)) != nil {
            return "\(expected) the date \(found): say how the table writes its dates with 'period-format: YYYY-MM-DD'"
        }
        return "\(expected) \(found)"
    }

    /// The message suggesting `aggregate` for a second cell of a series in one period.
    func secondInPeriod(_ series: String, _ period: Period, firstLine: Int) -> String {
        let noun = period.frequency.periodNoun
        return "a second value of \(series) in the \(noun) \(period) (the first is on line \(firstLine)): "
            + "to combine the values of a \(noun), add 'aggregate: {to: \(period.frequency.rawValue), by: mean}' "
            + "(or sum, last)"
    }

    // MARK: - Codes

    private static let dayBase: Int32 = 1 << 24

    /// A period as one number: `year × 64 + frequency × 16 + index` (the index is at most 12).
    static func code(_ period: Period) -> Int32 {
        let frequency = Frequency.allCases.firstIndex(of: period.frequency) ?? 0
        return Int32(clamping: period.year * 64 + frequency * 16 + period.index)
    }

    /// A day as one number past every period's: `2^24 + year × 512 + month × 32 + day`.
    static func code(_ day: CalendarDay) -> Int32 {
        dayBase + Int32(clamping: day.year * 512 + day.month * 32 + day.day)
    }

    /// The period a cell coded `code` (below ``dayBase``) was read as, before any combining.
    private static func sourcePeriod(_ code: Int32) -> Period {
        let value = Int(code)
        return Period(year: value / 64, frequency: Frequency.allCases[value % 64 / 16], index: value % 16)
    }

    /// The period of the dataset a cell coded `code` falls in.
    func period(_ code: Int32) -> Period {
        let value = Int(code)
        let period: Period
        if code >= Self.dayBase {
            let day = value - Int(Self.dayBase)
            period = Period(year: day / 512, month: day % 512 / 32)
        } else {
            period = Self.sourcePeriod(code)
        }
        guard let frequency, frequency < period.frequency else { return period }
        return period.within(frequency)
    }

    /// The values of one series by period: the cells' values (by code), combined by the
    /// aggregate's rule where several fall in one period.
    func combine(_ values: [Int32: Double]) -> [Period: Double] {
        guard let aggregate = options.aggregate else {
            // Without an aggregate every code is its own period (the reader refuses finer cells, the
            // loader a finer pair of columns); should two meet, the first is kept rather than trap.
            return Dictionary(values.map { (period($0.key), $0.value) }, uniquingKeysWith: { first, _ in first })
        }
        // In time order, so that sums are the same on every run.
        let groups = Dictionary(grouping: values.sorted { $0.key < $1.key }, by: { period($0.key) })
        return groups.compactMapValues { cells -> Double? in
            // Months or quarters combined into a coarser period must all be there (for `last`, the
            // period's last one): a year of three quarters is missing, never a year. Days cannot
            // be counted so: they combine as they are.
            if let first = cells.first, first.key < Self.dayBase {
                let source = Self.sourcePeriod(first.key)
                let target = period(first.key)
                let needed = target.frequency.monthsPerPeriod / source.frequency.monthsPerPeriod
                switch aggregate.by {
                case .sum, .mean: guard cells.count == needed else { return nil }
                case .last:
                    guard let last = cells.last, Self.sourcePeriod(last.key).lastMonth == target.lastMonth else {
                        return nil
                    }
                }
            }
            let sum = cells.reduce(0) { $0 + $1.value }
            switch aggregate.by {
            case .sum: return sum
            case .mean: return sum / Double(cells.count)
            case .last: return cells[cells.count - 1].value
            }
        }
    }
}

extension Frequency {
    /// `month`, `quarter`, `year`.
    public var periodNoun: String {
        switch self {
        case .annual: return "year"
        case .quarterly: return "quarter"
        case .monthly: return "month"
        }
    }
}

extension Period {
    /// The period of `frequency` (coarser or the same) that holds this one.
    func within(_ frequency: Frequency) -> Period {
        Period(year: year, frequency: frequency, index: (firstMonth - 1) / frequency.monthsPerPeriod + 1)
    }
}
