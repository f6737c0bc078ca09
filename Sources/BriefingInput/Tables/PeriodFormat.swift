import BriefingData

/// How the period cells of an observations table are written (`period-format`): a named form
/// (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `YYYYQn`, `YYYY-Qn`, `YYYY年M月`, `YYYY年第N季度`, `excel`) or a
/// `%` pattern (`%b %d %Y`, `%Y%m%d`). A cell is read exactly as the format says, or refused.
public struct PeriodFormat: Hashable, Sendable {
    /// One piece of a format.
    enum Token: Hashable, Sendable {
        case literal(String)
        /// Four digits.
        case year
        /// A month number of `digits` digits.
        case month(digits: ClosedRange<Int>)
        /// An English month name, abbreviated (`Jan`) or in full (`January`), in any case.
        case monthName(full: Bool)
        /// A day of the month of one or two digits; `padded` allows leading spaces (`%e`).
        case day(padded: Bool)
        /// A quarter 1–4; `chinese` also allows 一, 二, 三, 四.
        case quarter(chinese: Bool)
    }

    /// What a cell says: a period without days, or a day.
    public enum Reading: Hashable, Sendable {
        case period(Period)
        case day(CalendarDay)
    }

    /// The format as written in the manifest (`YYYY-MM-DD`, `%b %d %Y`); empty for the default.
    public let name: String
    let tokens: [Token]
    /// `excel`: workbook date cells (read as `YYYY-MM-DD`) and Excel day numbers.
    let isExcel: Bool

    init(name: String, tokens: [Token], isExcel: Bool = false) {
        self.name = name
        self.tokens = tokens
        self.isExcel = isExcel
    }

    /// No declared format: the periods briefing writes (`YYYY-MM`, `YYYYQn`, `YYYY-Qn`, `YYYY`),
    /// and days `YYYY-MM-DD` from a workbook's date cells.
    public static let standard = PeriodFormat(name: "", tokens: [])

    /// The named forms, in the order messages list them.
    static let named: [PeriodFormat] = [
        PeriodFormat(name: "YYYY", tokens: [.year]),
        PeriodFormat(name: "YYYY-MM", tokens: [.year, .literal("-"), .month(digits: 2...2)]),
        PeriodFormat(
            name: "YYYY-MM-DD",
            tokens: [.year, .literal("-"), .month(digits: 2...2), .literal("-"), .day(padded: false)]),
        PeriodFormat(name: "YYYYQn", tokens: [.year, .literal("Q"), .quarter(chinese: false)]),
        PeriodFormat(name: "YYYY-Qn", tokens: [.year, .literal("-Q"), .quarter(chinese: false)]),
        PeriodFormat(name: "YYYY年M月", tokens: [.year, .literal("年"), .month(digits: 1...2), .literal("月")]),
        PeriodFormat(name: "YYYY年第N季度", tokens: [.year, .literal("年第"), .quarter(chinese: true), .literal("季度")]),
        PeriodFormat(name: "excel", tokens: [], isExcel: true),
    ]

    /// The directives of a pattern, for messages.
    static let directives = "%Y, %m, %d, %e, %b, %B, %q"

    /// The format `text` names, or why it names none (a message for the `period-format` node).
    /// With `yearInRows` (a wide-periods table with a year column) it names the column names'
    /// months or quarters, without the year: ``namedParts`` or a pattern without `%Y`.
    public static func parse(_ text: String, yearInRows: Bool = false) -> Result<PeriodFormat, PeriodFormatError> {
        let forms = yearInRows ? namedParts : named
        if let form = forms.first(where: { $0.name == text }) { return .success(form) }
        guard text.contains("%") else {
            let names = forms.map(\.name)
            let what = yearInRows ? "'period-format' (of the column names; the year is in each row)" : "'period-format'"
            let pattern =
                yearInRows
                ? "\(partDirectives) and other text such as '%b'" : "\(directives) and other text such as '%b %d %Y'"
            return .failure(
                PeriodFormatError(
                    message: "expected \(what) to be one of \(names.joined(separator: ", ")) "
                        + "or a pattern of \(pattern), found '\(text)'"
                        + (names.first { $0.lowercased() == text.lowercased() }.map { "; did you mean '\($0)'?" }
                            ?? Suggestion.hint(for: text, among: names))))
        }
        let tokens: [Token]
        switch Self.tokens(of: text) {
        case .success(let read): tokens = read
        case .failure(let failure): return .failure(failure)
        }
        let format = PeriodFormat(name: text, tokens: tokens)
        if let problem = yearInRows ? format.partProblem : format.patternProblem {
            return .failure(PeriodFormatError(message: problem))
        }
        return .success(format)
    }

    /// The tokens of the pattern `text`, or why it is not one (an unknown directive).
    static func tokens(of text: String) -> Result<[Token], PeriodFormatError> {
        var tokens: [Token] = []
        var literal = ""
        var characters = text.makeIterator()
        while let character = characters.next() {
            guard character == "%" else {
                literal.append(character)
                continue
            }
            let directive = characters.next()
            if directive == "%" {
                literal.append("%")
                continue
            }
            let token: Token
            switch directive {
            case "Y": token = .year
            case "m": token = .month(digits: 1...2)
            case "d": token = .day(padded: false)
            case "e": token = .day(padded: true)
            case "b": token = .monthName(full: false)
            case "B": token = .monthName(full: true)
            case "q": token = .quarter(chinese: false)
            default:
                let found = directive.map { "'%\($0)'" } ?? "a '%' at the end"
                return .failure(
                    PeriodFormatError(
                        message: "expected 'period-format' to use the directives \(directives) (and %% for '%'), "
                            + "found \(found) in '\(text)'"))
            }
            if !literal.isEmpty { tokens.append(.literal(literal)) }
            literal = ""
            tokens.append(token)
        }
        if !literal.isEmpty { tokens.append(.literal(literal)) }
        return .success(tokens)
    }

    /// How many of the tokens are a year, a month (number or name), a day and a quarter.
    var fieldCounts: (years: Int, months: Int, days: Int, quarters: Int) {
        func count(_ matches: (Token) -> Bool) -> Int { tokens.filter(matches).count }
        let months = count {
            if case .month = $0 { return true }
            if case .monthName = $0 { return true }
            return false
        }
        let days = count {
            if case .day = $0 { return true }
            return false
        }
        let quarters = count {
            if case .quarter = $0 { return true }
            return false
        }
        return (count { $0 == .year }, months, days, quarters)
    }

    /// Why a pattern cannot name periods: no year, a field twice, a day without a month, a
    /// quarter with a month.
    private var patternProblem: String? {
        let (years, months, days, quarters) = fieldCounts
        let expected = "expected 'period-format' '\(name)' to"
        if years != 1 { return "\(expected) hold %Y once, found it \(years == 0 ? "missing" : "\(years) times")" }
        if months > 1 || days > 1 || quarters > 1 {
            return "\(expected) give the month, day and quarter at most once each"
        }
        if days == 1, months == 0 { return "\(expected) give a month (%m, %b or %B) with the day" }
        if quarters == 1, months + days > 0 { return "\(expected) give a quarter (%q) or a month, not both" }
        return nil
    }

    /// Whether the format's cells may be days (and so need a frequency to fall into periods).
    public var mayGiveDays: Bool {
        isExcel || self == .standard
            || tokens.contains {
                if case .day = $0 { return true }
                return false
            }
    }

    /// A cell written in this format, for messages: `2014Q3`, `Jul 15 2014`.
    public var example: String {
        if isExcel { return "2014-07-15 or 41835" }
        return tokens.map { token -> String in
            switch token {
            case .literal(let text): return text
            case .year: return "2014"
            case .month: return "07"
            case .monthName(let full): return full ? "July" : "Jul"
            case .day: return "15"
            case .quarter(let chinese): return chinese ? "三" : "3"
            }
        }.joined()
    }

    /// What a cell should have held, for messages: "a period like 2014Q3 (period-format 'YYYYQn')".
    public var expected: String {
        let noun = mayGiveDays ? "a date" : "a period"
        return "\(noun) like \(example) (period-format '\(name)')"
    }

    /// Reads `text` (trimmed) in this format; nil when it is not written so or names no real day.
    /// The ``standard`` format reads days only when `workbookDates` (the table is a workbook).
    public func read(_ text: Substring, workbookDates: Bool = false) -> Reading? {
        if self == .standard {
            if workbookDates, text.count == 10, let day = CalendarDay(String(text)) { return .day(day) }
            return Period(text).map { .period($0) }
        }
        if isExcel {
            if let day = CalendarDay(String(text)) { return .day(day) }
            guard let serial = Double(text), let date = XLSXSheetReader.date(fromSerial: serial) else { return nil }
            return CalendarDay(date).map { .day($0) }
        }
        return PeriodPattern(tokens: tokens).read(text)
    }
}

/// A `period-format` that names no format: the message for its YAML node.
public struct PeriodFormatError: Error, Hashable, Sendable {
    public var message: String
}
