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

    /// A period: a month (en `Mar 2014`, `March 2014` when `.long`; zh `2014年3月`), a quarter
    /// (en `Q3 2014`, zh `2014年第三季度`) or a year (en `2014`, zh `2014年`).
    public func period(_ period: Period, style: MonthStyle = .short) -> String {
        switch (period.frequency, language) {
        case (.monthly, .en): return "\(monthName(period.index, style: style)) \(period.year)"
        case (.monthly, .zh): return "\(period.year)年\(period.index)月"
        case (.quarterly, .en): return "Q\(period.index) \(period.year)"
        case (.quarterly, .zh): return "\(period.year)年第\(Self.chineseNumerals[period.index])季度"
        case (.annual, _): return year(period.year)
        }
    }

    /// A period without its year: en `June`, `Q2`; zh `6月`, `第二季度`; the year for annual data.
    public func periodOfYear(_ period: Period) -> String {
        switch (period.frequency, language) {
        case (.monthly, _): return monthName(period.index, style: .long)
        case (.quarterly, .en): return "Q\(period.index)"
        case (.quarterly, .zh): return "第\(Self.chineseNumerals[period.index])季度"
        case (.annual, _): return year(period.year)
        }
    }

    /// 一 … 十二, for quarters and months written in words.
    static let chineseNumerals = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]

    /// A year: en `2013`, zh `2013年`.
    public func year(_ year: Int) -> String {
        switch language {
        case .en: return String(year)
        case .zh: return "\(year)年"
        }
    }

    /// A tick on a time axis: the period without its year (en `Feb`, `Q2`; zh `2月`, `第二季度`), with
    /// the year where it changes, i.e. when `previous` (the tick before) is nil or in another year
    /// (en `Jan 2013`, `Q1 2013`; zh `2013年1月`); a year alone for annual data.
    public func axisPeriod(_ period: Period, previous: Period?) -> String {
        guard let previous, previous.year == period.year else { return self.period(period) }
        return period.frequency == .monthly ? monthName(period.index) : periodOfYear(period)
    }

    /// The labels of a run of ticks, the year written on the first and wherever it changes.
    public func axisPeriods(_ periods: [Period]) -> [String] {
        periods.indices.map { axisPeriod(periods[$0], previous: $0 > 0 ? periods[$0 - 1] : nil) }
    }

    /// The periods of a year through `period`: en `January–May 2013`, `Q1–Q3 2013`; zh
    /// `2013年1—5月`, `2013年前三季度`, `2013年上半年`; through the first period just that period (en
    /// `January 2013`, zh `2013年第一季度`); for annual data the year.
    public func yearToDate(through period: Period) -> String {
        guard period.index > 1 else { return self.period(period, style: .long) }
        switch (period.frequency, language) {
        case (.monthly, .en): return language.range("January", monthName(period.index, style: .long)) + " \(period.year)"
        case (.monthly, .zh): return "\(period.year)年" + language.range("1", "\(period.index)月")
        case (.quarterly, .en): return language.range("Q1", "Q\(period.index)") + " \(period.year)"
        case (.quarterly, .zh):
            let span = ["", "", "上半年", "前三季度", "全年"][period.index]
            return "\(period.year)年\(span)"
        case (.annual, _): return year(period.year)
        }
    }

    /// What a window of ``Figures`` covers: a period (en `May 2013`), a year to date
    /// (`January–May 2013`) or a year (`2013`).
    public func window(_ window: Figures.Window) -> String {
        switch window {
        case .period(let period): return self.period(period, style: .long)
        case .yearToDate(let period): return yearToDate(through: period)
        case .year(let year): return self.year(year)
        }
    }

    /// The end of a window, where a stock's level is read: en `end of June 2014`, `end of Q3 2014`,
    /// `end of 2014`; zh `2014年6月末`, `2014年第三季度末`, `2014年末`.
    public func endOf(_ window: Figures.Window) -> String {
        let text: String
        switch window {
        case .period(let period), .yearToDate(let period):
            text = period.frequency == .annual ? year(period.year) : self.period(period, style: .long)
        case .year(let year): text = self.year(year)
        }
        return language == .zh ? text + "末" : "end of " + text
    }
}
