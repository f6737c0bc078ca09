import BriefingCore
import BriefingData

/// Two or three sentences about a monthly report's figures, in the report's language:
/// en "Added value of scaled industry rose 18.3% year on year in January–May 2013 to 4.21 bn
/// yuan, third of 12 parks." / zh "2013年1–5月，规模工业增加值42.1亿元，同比增长18.3%，居12个园区第3位。"
struct MonthlyCommentary {
    let formatter: ValueFormatter
    /// The report's words: the rank names the entities (`third of 12 parks`, `居12个园区第3位`).
    let wording: Wording

    private var zh: Bool { formatter.language == .zh }

    /// The sentences, in order: the year to date with its growth and rank; the month; the target.
    func sentences(_ facts: MonthlyFacts) -> [String] {
        [yearToDate(facts), month(facts), target(facts)].compactMap { $0 }
    }

    private func yearToDate(_ facts: MonthlyFacts) -> String {
        let name = facts.indicator.names[formatter.language]
        let value = formatter.value(facts.yearToDate, indicator: facts.indicator)
        let window = MonthlyComposer.yearToDateLabel(facts.period, facts.indicator, formatter)
        let rank = facts.rank.map { wording.rankClause(ordinal($0), rank: $0, of: facts.ranked) }
        // Growth on the year before is "year on year"; on an earlier year (a series every few years) it names it.
        let onLastYear = facts.baseYear == facts.period.year - 1
        if zh {
            let on = onLastYear ? "同比" : "比\(formatter.year(facts.baseYear))"
            let growth = facts.yearToDateGrowth.map { "，\(on)\(change($0, facts.indicator))" } ?? ""
            return "\(window)，\(name)\(value)\(growth)\(rank ?? "")。"
        }
        guard let growth = facts.yearToDateGrowth else {
            return "\(name) reached \(value) in \(window)\(rank ?? "")."
        }
        let verb = change(growth, facts.indicator)
        let preposition = verb.hasPrefix("was") ? "at" : "to"
        let at = window.hasPrefix("end of") ? "at" : "in"
        guard onLastYear else {
            // "Population rose 7.8% between 1997 and 2002, to 1,034,172,547 people".
            return "\(name) \(verb) between \(facts.baseYear) and \(window), \(preposition) \(value)\(rank ?? "")."
        }
        return "\(name) \(verb) year on year \(at) \(window) \(preposition) \(value)\(rank ?? "")."
    }

    private func month(_ facts: MonthlyFacts) -> String? {
        // A stock's period is its year to date: its level at the period's end.
        guard facts.period.index > 1, facts.indicator.kind != .stock else { return nil }
        let value = formatter.value(facts.month, indicator: facts.indicator)
        let name = formatter.periodOfYear(facts.period)
        if zh {
            let growth = facts.monthGrowth.map { "，同比\(change($0, facts.indicator))" } ?? ""
            return "其中\(name)\(facts.period.frequency == .quarterly ? "当季" : "当月")\(value)\(growth)。"
        }
        let growth = facts.monthGrowth.map { ratio -> String in
            let size = formatter.changeSize(ratio, of: facts.indicator)
            let than = "\(name) \(facts.period.year - 1)"
            if size == formatter.changeSize(0, of: facts.indicator) { return ", the same as in \(than)" }
            return ", \(size) \(ratio < 0 ? "less" : "more") than in \(than)"
        }
        return "In \(name) alone the value was \(value)\(growth ?? "")."
    }

    private func target(_ facts: MonthlyFacts) -> String? {
        guard let progress = facts.progress, let targetValue = facts.targetValue, let growth = facts.targetGrowth
        else { return nil }
        let value = formatter.value(targetValue, indicator: facts.indicator)
        let year = facts.period.year
        let base = facts.baseYear
        let decimals = abs(growth * 100 - (growth * 100).rounded()) < 1e-9 ? 0 : 1
        if zh {
            let on = base == year - 1 ? "比上年" : "比\(formatter.year(base))"
            return "累计完成\(year)年目标\(value)（\(on)\(change(growth, decimals: decimals))）的\(formatter.share(progress))。"
        }
        return "The year to date is \(formatter.share(progress)) of the \(year) target of \(value) "
            + "(\(formatter.growth(growth, decimals: decimals)) on \(base))."
    }

    /// A change of `indicator` (growth, or a rate's difference: `rose 0.3 pp`).
    private func change(_ value: Double, _ indicator: Indicator) -> String {
        guard indicator.changesByDifference else { return change(value) }
        return said(value, size: formatter.changeSize(value, of: indicator), zero: formatter.changeSize(0, of: indicator))
    }

    /// en `rose 18.3%` / `fell 3.0%` / `was unchanged`; zh `增长18.3%` / `下降3.0%` / `持平`.
    private func change(_ ratio: Double, decimals: Int = 1) -> String {
        said(ratio, size: formatter.share(abs(ratio), decimals: decimals), zero: formatter.share(0, decimals: decimals))
    }

    private func said(_ ratio: Double, size: String, zero: String) -> String {
        if size == zero { return zh ? "持平" : "was unchanged" }
        if zh { return (ratio < 0 ? "下降" : "增长") + size }
        return (ratio < 0 ? "fell " : "rose ") + size
    }

    /// `first` … `twelfth`, then `13th`, `21st`, `22nd`.
    private func ordinal(_ n: Int) -> String {
        let words = [
            "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
            "twelfth",
        ]
        if (1...12).contains(n) { return words[n - 1] }
        let suffix: String
        switch (n % 10, n % 100) {
        case (_, 11...13): suffix = "th"
        case (1, _): suffix = "st"
        case (2, _): suffix = "nd"
        case (3, _): suffix = "rd"
        default: suffix = "th"
        }
        return "\(n)\(suffix)"
    }
}
