import BriefingData

/// Reads a cell against the tokens of a ``PeriodFormat``: every token in turn, then the end.
struct PeriodPattern {
    let tokens: [PeriodFormat.Token]

    private static let monthNames = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december",
    ]
    private static let chineseQuarters: [Character] = ["一", "二", "三", "四"]

    /// The period or day `text` names, or nil when it is not written as the tokens say or names
    /// no real month, quarter or day. `given` is the year when the tokens have none.
    func read(_ text: Substring, year given: Int? = nil) -> PeriodFormat.Reading? {
        var rest = text
        var year: Int? = given
        var month: Int?
        var day: Int?
        var quarter: Int?
        /// Reads up to `digits.upperBound` digits, at least `digits.lowerBound`.
        func number(_ digits: ClosedRange<Int>) -> Int? {
            let run = rest.prefix { $0.isASCII && $0.isNumber }.prefix(digits.upperBound)
            guard run.count >= digits.lowerBound, let value = Int(run) else { return nil }
            rest = rest.dropFirst(run.count)
            return value
        }
        for token in tokens {
            switch token {
            case .literal(let literal):
                guard rest.hasPrefix(literal) else { return nil }
                rest = rest.dropFirst(literal.count)
            case .year:
                guard let value = number(4...4) else { return nil }
                year = value
            case .month(let digits):
                guard let value = number(digits) else { return nil }
                month = value
            case .monthName(let full):
                let word = rest.prefix { $0.isASCII && $0.isLetter }
                let lower = word.lowercased()
                guard let index = Self.monthNames.firstIndex(where: { full ? $0 == lower : $0.prefix(3) == lower })
                else { return nil }
                month = index + 1
                rest = rest.dropFirst(word.count)
            case .day(let padded):
                if padded { rest = rest.drop { $0 == " " } }
                guard let value = number(1...2) else { return nil }
                day = value
            case .quarter(let chinese):
                if chinese, let first = rest.first, let index = Self.chineseQuarters.firstIndex(of: first) {
                    quarter = index + 1
                    rest = rest.dropFirst()
                } else {
                    guard let value = number(1...1) else { return nil }
                    quarter = value
                }
            }
        }
        return reading(of: rest, year: year, month: month, day: day, quarter: quarter)
    }

    /// The reading of the fields found, when nothing is left over and each is in range.
    private func reading(
        of rest: Substring, year: Int?, month: Int?, day: Int?, quarter: Int?
    ) -> PeriodFormat.Reading? {
        guard rest.isEmpty, let year, Period.years.contains(year) else { return nil }
        if let quarter {
            guard (1...4).contains(quarter) else { return nil }
            return .period(Period(year: year, quarter: quarter))
        }
        guard let month else { return .period(Period(year: year)) }
        guard (1...12).contains(month) else { return nil }
        guard let day else { return .period(Period(year: year, month: month)) }
        return CalendarDay(checkingYear: year, month: month, day: day).map { .day($0) }
    }
}
