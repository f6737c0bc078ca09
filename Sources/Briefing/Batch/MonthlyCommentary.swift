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
        let window = formatter.yearToDate(through: facts.period)
        let rank = facts.rank.map { wording.rankClause(ordinal($0), rank: $0, of: facts.ranked) }
        if zh {
            let growth = facts.yearToDateGrowth.map { "，同比\(change($0))" } ?? ""
            return "\(window)，\(name)\(value)\(growth)\(rank ?? "")。"
        }
        guard let growth = facts.yearToDateGrowth else {
            return "\(name) reached \(value) in \(window)\(rank ?? "")."
        }
        let verb = change(growth)
        let preposition = verb.hasPrefix("was") ? "at" : "to"
        return "\(name) \(verb) year on year in \(window) \(preposition) \(value)\(rank ?? "")."
    }

    private func month(_ facts: MonthlyFacts) -> String? {
        guard facts.period.index > 1 else { return nil }
        let value = formatter.value(facts.month, indicator: facts.indicator)
        let name = formatter.periodOfYear(facts.period)
        if zh {
            let growth = facts.monthGrowth.map { "，同比\(change($0))" } ?? ""
            return "其中\(name)\(facts.period.frequency == .quarterly ? "当季" : "当月")\(value)\(growth)。"
        }
        let growth = facts.monthGrowth.map { ratio -> String in
            let size = formatter.share(abs(ratio))
            let than = "\(name) \(facts.period.year - 1)"
            if size == formatter.share(0) { return ", the same as in \(than)" }
            return ", \(size) \(ratio < 0 ? "less" : "more") than in \(than)"
        }
        return "In \(name) alone the value was \(value)\(growth ?? "")."
    }

    private func target(_ facts: MonthlyFacts) -> String? {
        guard let progress = facts.progress, let targetValue = facts.targetValue, let growth = facts.targetGrowth
        else { return nil }
        let value = formatter.value(targetValue, indicator: facts.indicator)
        let year = facts.period.year
        let decimals = abs(growth * 100 - (growth * 100).rounded()) < 1e-9 ? 0 : 1
        if zh {
            return "累计完成\(year)年目标\(value)（比上年\(change(growth, decimals: decimals))）的\(formatter.share(progress))。"
        }
        return "The year to date is \(formatter.share(progress)) of the \(year) target of \(value) "
            + "(\(formatter.growth(growth, decimals: decimals)) on \(year - 1))."
    }

    /// en `rose 18.3%` / `fell 3.0%` / `was unchanged`; zh `增长18.3%` / `下降3.0%` / `持平`.
    private func change(_ ratio: Double, decimals: Int = 1) -> String {
        let size = formatter.share(abs(ratio), decimals: decimals)
        if size == formatter.share(0, decimals: decimals) { return zh ? "持平" : "was unchanged" }
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
