import BriefingData

/// What one column of a table holds, as far as its cells tell: numbers, years, small whole
/// numbers (months, quarters), periods in some format, or text. The facts ``TableInference``
/// decides a table's shape from.
struct ColumnProfile: Hashable {
    /// The column's position in the header.
    var index: Int
    /// The header's text, as written (the name a manifest maps).
    var name: String
    /// How many cells are not empty.
    var filled = 0
    /// How many different non-empty texts the column holds.
    var distinct = 0
    /// Every non-empty cell is a number (with the table's decimal separator).
    var isNumeric = false
    /// Every non-empty cell is a whole number.
    var isWhole = false
    /// The smallest and largest number, when ``isNumeric``.
    var range: ClosedRange<Double>?
    /// Some cell ends in `%`.
    var hasPercent = false
    /// The most decimals a cell is written with.
    var decimals = 0
    /// The named formats and patterns (``PeriodFormatCandidates``) that read every non-empty cell
    /// as a period or a day, best first; empty when none does.
    var periodFormats: [PeriodFormat] = []

    /// Every non-empty cell is a year `YYYY`.
    var isYears: Bool {
        isWhole
            && range.map { Period.years.contains(Int($0.lowerBound)) && Period.years.contains(Int($0.upperBound)) }
                ?? false
    }

    /// Every non-empty cell is a whole number from 1 to `last` (12 for months, 4 for quarters).
    func isPartOfYear(upTo last: Int) -> Bool {
        isWhole && range.map { $0.lowerBound >= 1 && $0.upperBound <= Double(last) } ?? false
    }

    /// Whether the column holds periods of a format other than plain years (`2014-03`, dates).
    var holdsPeriods: Bool { !periodFormats.isEmpty && !isYears }

    /// The header's text without surrounding spaces.
    var trimmedName: Substring {
        Substring(name).drop { $0 == " " }.reversed().drop { $0 == " " }.reversed().reduce(into: Substring()) {
            $0.append($1)
        }
    }

    /// The column's name in lower case without spaces, `_` or `-`, for matching hint words.
    var key: String { Self.key(name) }

    static func key(_ name: String) -> String {
        String(name.lowercased().filter { !" _-.".contains($0) })
    }

    /// Profiles `cells` (the column's cells below the header).
    init(index: Int, name: String, cells: [Substring], decimalSeparator: Character, workbookDates: Bool) {
        self.index = index
        self.name = name
        var seen: Set<Substring> = []
        var numeric = true
        var whole = true
        var low = Double.infinity
        var high = -Double.infinity
        var formats = PeriodFormatCandidates.all(workbookDates: workbookDates)
        for text in cells where !text.isEmpty {
            filled += 1
            guard seen.insert(text).inserted else { continue }
            if text.hasSuffix("%") { hasPercent = true }
            if numeric, let number = TableValues.number(text, decimalSeparator: decimalSeparator) {
                low = min(low, number)
                high = max(high, number)
                if number.rounded() != number || text.contains(decimalSeparator) { whole = false }
                if let point = text.lastIndex(of: decimalSeparator) {
                    decimals = max(decimals, text[text.index(after: point)...].prefix { $0.isNumber }.count)
                }
            } else if Double(String(text)) == nil {
                numeric = false
            }
            // Else a number the brief refuses ('1e400', 'nan', 'inf'): the column still holds numbers,
            // so that loading the table reports the cell where it is.
            if !formats.isEmpty {
                formats.removeAll { $0.read(text, workbookDates: workbookDates) == nil }
            }
        }
        distinct = seen.count
        isNumeric = numeric && low <= high
        isWhole = isNumeric && whole
        range = isNumeric ? low...high : nil
        periodFormats = filled > 0 ? formats : []
    }
}

/// The period formats tried on a column's cells when inferring, in order of preference: the
/// periods briefing writes, the named forms, then patterns common in published tables.
enum PeriodFormatCandidates {
    /// Patterns of dates and months seen in statistics offices' and packages' tables.
    static let patterns = [
        "%Y%m%d", "%Y/%m/%d", "%Y/%m", "%b-%d-%Y", "%b %d %Y", "%b %d, %Y", "%d/%m/%Y", "%m/%d/%Y",
        "%d.%m.%Y", "%b %Y", "%B %Y", "%b-%Y", "%Y %b", "%Y-%b",
    ]

    /// The formats tried, best first. The standard one reads dates only in a workbook.
    static func all(workbookDates: Bool) -> [PeriodFormat] {
        var formats: [PeriodFormat] = [.standard]
        formats += PeriodFormat.named.filter { $0.name != "YYYY" && $0.name != "YYYY-MM" && $0.name != "excel" }
        formats += patterns.compactMap { try? PeriodFormat.parse($0).get() }
        return formats
    }
}
