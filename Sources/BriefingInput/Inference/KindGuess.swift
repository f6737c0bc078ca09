import BriefingData

/// Guesses an indicator's kind ([Kinds] in docs/FORMAT.md) from words in its id and from its
/// values, and how many decimals to show it with. A kind told by a word of its name is decided; a
/// kind read from its values, or by default, comes with a doubt saying so.
struct KindGuess {
    let id: String
    /// The indicator's series, one per entity.
    let series: [[Period: Double]]
    let frequency: Frequency
    /// Whether its cells are written with `%`.
    let hasPercent: Bool

    /// Words that name a kind, by kind, in the order tried.
    static let words: [(kind: Indicator.Kind, words: [String])] = [
        (
            .rate,
            [
                "rate", "ratio", "share", "pct", "percent", "percentage", "unemp", "infl", "inflation", "interest",
                "yield", "percap", "%", "率", "比重", "比例", "占比", "人均",
            ]
        ),
        (.index, ["index", "cpi", "ppi", "idx", "price", "prices", "指数", "价格"]),
        (
            .stock,
            [
                "ytd", "cumulative", "population", "pop", "stock", "balance", "employment", "employees", "staff",
                "headcount", "debt", "deposits", "loans", "reserves", "m1", "m2", "累计", "人口", "余额", "存量", "人数", "从业",
                "就业", "年末",
            ]
        ),
        (
            .flow,
            [
                "output", "sales", "revenue", "volume", "tax", "taxes", "investment", "inv", "exports", "imports",
                "income",
                "spending", "expenditure", "gdp", "production", "consumption", "cons", "added", "profit", "profits",
                "收入", "税", "产值", "增加值", "投资", "销售", "出口", "进口", "利润", "产量", "支出", "外资",
            ]
        ),
    ]

    /// The guess, with its doubt appended to `doubts` when it is not told by a word of the id.
    func guess(into doubts: inout [TableInference.Doubt]) -> TableInference.IndicatorGuess {
        let values = series.flatMap(\.values)
        var result = TableInference.IndicatorGuess(
            id: id, kind: .flow, kindReason: "", decimals: decimals(values))
        func doubt(_ kind: Indicator.Kind, _ reason: String, _ alternative: String) {
            result.kind = kind
            result.kindReason = reason
            doubts.append(.init(.kind(id), "kind of '\(id)': \(reason): read as '\(kind.rawValue)' (\(alternative))"))
        }
        for (kind, words) in Self.words {
            if let word = RoleHints.word(in: id, words) {
                result.kind = kind
                result.kindReason = "its name says '\(word)'"
                return result
            }
        }
        let fractional = values.contains { $0.rounded() != $0 }
        if hasPercent {
            result.kind = .rate
            result.kindReason = "its cells are written with %"
        } else if looksCumulative {
            doubt(
                .stock, "its values rise through every year and fall back at its start, as a total to date does",
                "a year's value is then its last period's; write 'flow' if each period holds its own amount")
        } else if fractional, values.allSatisfy({ (0...1).contains($0) }) {
            doubt(
                .rate, "its values all lie between 0 and 1, as shares do",
                "write 'flow', 'stock' or 'average' if it is an amount")
        } else if fractional, values.allSatisfy({ (0...100).contains($0) }) {
            doubt(
                .rate, "its values all lie between 0 and 100 with decimals, as rates in % do",
                "averaged over a year and not added up across entities; write 'flow' if each period's amounts add up, "
                    + "'stock' or 'average' for a level that does")
        } else {
            doubt(
                .flow, "nothing in its name or values tells a flow from a level or a rate",
                "each period's amount, summed over a year; write 'stock', 'average', 'rate' or 'index' if it is one")
        }
        return result
    }

    /// Whether most series rise through each year and fall back at its start: totals to date.
    private var looksCumulative: Bool {
        guard frequency != .annual else { return false }
        var rising = 0
        var years = 0
        var fallsBack = 0
        var starts = 0
        for values in series {
            let byYear = Dictionary(grouping: values.keys, by: \.year)
            for (year, periods) in byYear where periods.count >= 3 {
                let ordered = periods.sorted().compactMap { values[$0] }
                years += 1
                if zip(ordered, ordered.dropFirst()).allSatisfy({ $0 <= $1 }) { rising += 1 }
                if let first = periods.min(), let previous = byYear[year - 1]?.max(), let start = values[first],
                    let end = values[previous]
                {
                    starts += 1
                    if start < end { fallsBack += 1 }
                }
            }
        }
        return years >= 2 && starts >= 1 && rising * 5 >= years * 4 && fallsBack * 5 >= starts * 4
    }

    /// How many decimals to show: those the values are written with, at most 3, fewer for large
    /// values (none from 1,000, one from 10).
    private func decimals(_ values: [Double]) -> Int {
        let written =
            values.prefix(10_000).map { value -> Int in
                var text = String(value)
                if text.hasSuffix(".0") { return 0 }
                if text.contains("e") { return 3 }
                text = String(text.drop { $0 != "." }.dropFirst())
                return text.count
            }.max() ?? 0
        let sorted = values.map(abs).sorted()
        let median = sorted.isEmpty ? 0 : sorted[sorted.count / 2]
        let cap = median >= 1000 ? 0 : median >= 10 ? 1 : median >= 0.1 ? 2 : 3
        return min(written, cap)
    }
}
