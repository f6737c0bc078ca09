import BriefingCore

/// How often a series is observed: every year, quarter or month. Every period of a dataset has
/// the same frequency.
public enum Frequency: String, Hashable, Sendable, CaseIterable, Comparable {
    case annual, quarterly, monthly

    /// 1, 4 or 12.
    public var periodsPerYear: Int {
        switch self {
        case .annual: return 1
        case .quarterly: return 4
        case .monthly: return 12
        }
    }

    /// 12, 3 or 1.
    public var monthsPerPeriod: Int { 12 / periodsPerYear }

    /// Coarser frequencies first: annual < quarterly < monthly.
    public static func < (a: Frequency, b: Frequency) -> Bool { a.periodsPerYear < b.periodsPerYear }
}

/// A year, a quarter or a month: the period of an observation.
public struct Period: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var year: Int
    public var frequency: Frequency
    /// The period's number within its year, 1...`frequency.periodsPerYear`: the month, the
    /// quarter, or 1 for a year.
    public var index: Int

    public init(year: Int, frequency: Frequency, index: Int) {
        precondition((1...frequency.periodsPerYear).contains(index), "period index out of range")
        self.year = year
        self.frequency = frequency
        self.index = index
    }

    /// A month (1...12).
    public init(year: Int, month: Int) { self.init(year: year, frequency: .monthly, index: month) }

    /// A quarter (1...4).
    public init(year: Int, quarter: Int) { self.init(year: year, frequency: .quarterly, index: quarter) }

    /// A year.
    public init(year: Int) { self.init(year: year, frequency: .annual, index: 1) }

    /// The years a period or a date may have. Year 0 and years before 1000 are refused where a
    /// brief states them, so that period arithmetic never leaves the years of four digits.
    public static let years = 1000...9999

    /// For messages about a year, period or date refused for its year: " from 1000 to 9999" when
    /// `text` is a four-digit year outside ``years`` (`0999`), " with a year from 1000 to 9999" when
    /// it starts with one and a `-` or `Q` (`0000-01`), else "".
    public static func yearNote(_ text: some StringProtocol) -> String {
        let head = Array(text.utf8.prefix(5))
        let range = "from \(years.lowerBound) to \(years.upperBound)"
        if head.count == 4, let year = Int(String(decoding: head, as: UTF8.self)), !years.contains(year) {
            return " " + range
        }
        guard head.count == 5, head[4] == UInt8(ascii: "-") || head[4] == UInt8(ascii: "Q"),
            let year = Int(String(decoding: head[..<4], as: UTF8.self)), !years.contains(year)
        else { return "" }
        return " with a year " + range
    }

    /// Parses a period as briefing writes it (``description``), with a year in ``years``: a month
    /// `YYYY-MM` (also `YYYY-M`), a quarter `YYYYQn` (also `YYYY-Qn`), or a year `YYYY`; nil for
    /// anything else.
    public init?(_ text: some StringProtocol) {
        // Read as bytes: this runs once per row of every data table.
        var bytes = text.utf8.makeIterator()
        func digit(_ byte: UInt8?) -> Int? {
            guard let byte, byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            return Int(byte - UInt8(ascii: "0"))
        }
        guard let y1 = digit(bytes.next()), let y2 = digit(bytes.next()), let y3 = digit(bytes.next()),
            let y4 = digit(bytes.next())
        else { return nil }
        let year = ((y1 * 10 + y2) * 10 + y3) * 10 + y4
        guard Self.years.contains(year) else { return nil }
        var separator = bytes.next()
        guard let first = separator else {
            self.init(year: year)
            return
        }
        if first == UInt8(ascii: "-") { separator = bytes.next() }
        if separator == UInt8(ascii: "Q") {
            guard let quarter = digit(bytes.next()), (1...4).contains(quarter), bytes.next() == nil else { return nil }
            self.init(year: year, quarter: quarter)
            return
        }
        guard first == UInt8(ascii: "-"), let m1 = digit(separator) else { return nil }
        var month = m1
        if let next = bytes.next() {
            guard let m2 = digit(next), bytes.next() == nil else { return nil }
            month = 10 * m1 + m2
        }
        guard (1...12).contains(month) else { return nil }
        self.init(year: year, month: month)
    }

    /// `YYYY-MM`, `YYYYQn` or `YYYY`.
    public var description: String {
        switch frequency {
        case .monthly: return "\(year)-\(index < 10 ? "0" : "")\(index)"
        case .quarterly: return "\(year)Q\(index)"
        case .annual: return String(year)
        }
    }

    /// The month the period ends in: the month itself, the quarter's third month, or December.
    public var lastMonth: Int { index * frequency.monthsPerPeriod }

    /// The month the period starts in.
    public var firstMonth: Int { (index - 1) * frequency.monthsPerPeriod + 1 }

    /// The period `count` periods of its frequency later (earlier when negative).
    public func advanced(by count: Int) -> Period {
        let perYear = frequency.periodsPerYear
        let ordinal = year * perYear + (index - 1) + count
        return Period(year: ordinal / perYear, frequency: frequency, index: ordinal % perYear + 1)
    }

    /// The same period a year before.
    public var previousYear: Period { Period(year: year - 1, frequency: frequency, index: index) }

    /// The first period of its year (January, the first quarter, the year itself).
    public var firstOfYear: Period { Period(year: year, frequency: frequency, index: 1) }

    /// The last period of its year (December, the fourth quarter, the year itself).
    public var lastOfYear: Period { Period(year: year, frequency: frequency, index: frequency.periodsPerYear) }

    /// Every period of `year` at `frequency`, in order.
    public static func all(in year: Int, _ frequency: Frequency) -> [Period] {
        (1...frequency.periodsPerYear).map { Period(year: year, frequency: frequency, index: $0) }
    }

    /// January to December of `year`.
    public static func months(of year: Int) -> [Period] { all(in: year, .monthly) }

    /// Every period from `first` through `last` (of `first`'s frequency), in order; empty when
    /// `last` is before `first`.
    public static func all(from first: Period, through last: Period) -> [Period] {
        guard first <= last else { return [] }
        let perYear = first.frequency.periodsPerYear
        let count = (last.year - first.year) * perYear + (last.index - first.index)
        return (0...count).map { first.advanced(by: $0) }
    }

    /// In time order; periods of different frequencies by the month they end in, then coarser first.
    public static func < (a: Period, b: Period) -> Bool {
        if a.frequency == b.frequency { return (a.year, a.index) < (b.year, b.index) }
        return (a.year, a.lastMonth, a.frequency) < (b.year, b.lastMonth, b.frequency)
    }
}
