import BriefingData

extension PeriodFormat {
    /// A month or a quarter without its year: what a column name of a table with a year in each
    /// row names (`JAN`, `1月`, `Q3`).
    public struct PartOfYear: Hashable, Sendable {
        public var frequency: Frequency
        /// The month (1–12) or quarter (1–4).
        public var index: Int

        /// The month or quarter of `year`.
        public func period(in year: Int) -> Period { Period(year: year, frequency: frequency, index: index) }
    }

    /// The named forms of the column names of a table with a year in each row, in the order
    /// messages list them.
    static let namedParts: [PeriodFormat] = [
        PeriodFormat(name: "M月", tokens: [.month(digits: 1...2), .literal("月")]),
        PeriodFormat(name: "Qn", tokens: [.literal("Q"), .quarter(chinese: false)]),
        PeriodFormat(name: "第N季度", tokens: [.literal("第"), .quarter(chinese: true), .literal("季度")]),
    ]

    /// The forms such column names are read in without a `period-format`: `Jan` and `January` (in
    /// any case), `7月`, `Q3`, `第三季度`.
    private static let standardParts =
        [
            PeriodFormat(name: "%b", tokens: [.monthName(full: false)]),
            PeriodFormat(name: "%B", tokens: [.monthName(full: true)]),
        ]
        + namedParts

    /// The directives of a pattern of such column names, for messages.
    static let partDirectives = "%m, %b, %B, %q"

    /// Why a pattern cannot name the months or quarters of a row's year: it holds a year or a
    /// day, or not one month or quarter.
    var partProblem: String? {
        let (years, months, days, quarters) = fieldCounts
        let expected = "expected 'period-format' '\(name)' to"
        if years > 0 { return "\(expected) leave out %Y: the year of each row is in its year column" }
        if days > 0 { return "\(expected) give a month or a quarter of the row's year, not a day" }
        if months + quarters != 1 { return "\(expected) give a month (%m, %b or %B) or a quarter (%q), once" }
        return nil
    }

    /// The month or quarter the column name `text` (trimmed) names; nil when it is not written in
    /// this format (for ``standard``, in any of the forms read without a `period-format`).
    public func readPart(_ text: Substring) -> PartOfYear? {
        for form in self == .standard ? Self.standardParts : [self] {
            // The year is the row's: any year reads the month or quarter.
            guard
                case .period(let period)? = PeriodPattern(tokens: form.tokens).read(text, year: Period.years.lowerBound)
            else { continue }
            return PartOfYear(frequency: period.frequency, index: period.index)
        }
        return nil
    }

    /// What a column name should have been, for messages: "a month like Jul (period-format '%b')".
    public var expectedPart: String {
        guard self != .standard else { return "a month like Jan, January or 7月, or a quarter like Q3 or 第三季度" }
        let noun = fieldCounts.quarters > 0 ? "a quarter" : "a month"
        return "\(noun) like \(example) (period-format '\(name)')"
    }
}
