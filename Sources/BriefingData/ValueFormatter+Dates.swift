import BriefingCore
import Foundation

extension ValueFormatter {
    /// How much of a month's name to write.
    public enum MonthStyle: Hashable, Sendable {
        /// en `Mar`, zh `3月`.
        case short
        /// en `March`, zh `3月`.
        case long
    }

    static let englishMonthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]

    /// The name of `month` (1...12): en `Mar` / `March`, zh `3月`.
    public func monthName(_ month: Int, style: MonthStyle = .short) -> String {
        switch language {
        case .en:
            guard (1...12).contains(month) else { return String(month) }
            let name = Self.englishMonthNames[month - 1]
            return style == .long ? name : String(name.prefix(3))
        case .zh:
            return "\(month)月"
        }
    }

    /// A day: en `12 March 2014`, zh `2014年3月12日`.
    public func date(year: Int, month: Int, day: Int) -> String {
        switch language {
        case .en: return "\(day) \(monthName(month, style: .long)) \(year)"
        case .zh: return "\(year)年\(month)月\(day)日"
        }
    }

    /// A day from its year, month and day components; ``missing`` if one of them is absent.
    public func date(_ components: DateComponents) -> String {
        guard let year = components.year, let month = components.month, let day = components.day else {
            return missing
        }
        return date(year: year, month: month, day: day)
    }

    /// A month: en `Mar 2014` (`March 2014` when `.long`), zh `2014年3月`.
    public func month(_ period: Period, style: MonthStyle = .short) -> String {
        switch language {
        case .en: return "\(monthName(period.month, style: style)) \(period.year)"
        case .zh: return "\(period.year)年\(period.month)月"
        }
    }

    /// A year: en `2013`, zh `2013年`.
    public func year(_ year: Int) -> String {
        switch language {
        case .en: return String(year)
        case .zh: return "\(year)年"
        }
    }

    /// A month tick on a time axis: just the month (en `Feb`, zh `2月`), with the year where it
    /// changes, i.e. when `previous` (the tick before) is nil or in another year (en `Jan 2013`,
    /// zh `2013年1月`).
    public func axisMonth(_ period: Period, previous: Period?) -> String {
        if let previous, previous.year == period.year { return monthName(period.month) }
        return month(period)
    }

    /// The labels of a run of month ticks, the year written on the first and wherever it changes.
    public func axisMonths(_ periods: [Period]) -> [String] {
        periods.indices.map { axisMonth(periods[$0], previous: $0 > 0 ? periods[$0 - 1] : nil) }
    }

    /// The months of a year to date: en `January–May 2013`, zh `2013年1–5月`; through January
    /// just en `January 2013`, zh `2013年1月`.
    public func yearToDate(through period: Period) -> String {
        guard period.month > 1 else { return month(period, style: .long) }
        switch language {
        case .en: return "January\u{2013}\(monthName(period.month, style: .long)) \(period.year)"
        case .zh: return "\(period.year)年1\u{2013}\(period.month)月"
        }
    }

    /// What a window of ``Figures`` covers: a month (en `May 2013`), a year to date
    /// (`January–May 2013`) or a year (`2013`).
    public func window(_ window: Figures.Window) -> String {
        switch window {
        case .month(let period): return month(period, style: .long)
        case .yearToDate(let period): return yearToDate(through: period)
        case .year(let year): return self.year(year)
        }
    }
}
