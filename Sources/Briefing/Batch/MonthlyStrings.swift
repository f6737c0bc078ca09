import BriefingCore

/// The words of a monthly report, in each language.
struct MonthlyStrings: Sendable {
    let language: Language

    /// The words a monthly report shares with a brief (footer, figure and table captions).
    var common: Strings { Strings(language: language) }

    private func pick(_ en: String, _ zh: String) -> String { common.pick(en, zh) }

    var indicator: String { pick("Indicator", "指标") }
    var month: String { pick("Month", "当月") }
    var yearToDate: String { pick("Year to date", "累计") }
    var growth: String { pick("Growth", "增速") }
    var rank: String { pick("Rank", "位次") }
    var noTarget: String { pick("no target set", "未设目标") }

    func subtitle(_ month: String, indicator: String) -> String {
        pick("Monthly report, \(month) · \(indicator)", "\(month)月度报告 · \(indicator)")
    }
    func yearToDateGrowth(on window: String) -> String { pick("Growth on \(window)", "比\(window)增长") }
    func rank(_ rank: Int, of count: Int, noun: String) -> String {
        pick("Rank \(rank) of \(count) \(noun)s", "居\(count)个\(noun)第\(rank)位")
    }
    func change(_ growth: String, on window: String) -> String { pick("\(growth) on \(window)", "比\(window)\(growth)") }
    func progress(_ year: Int) -> String { pick("Progress to the \(year) target", "\(year)年目标完成进度") }
    func target(_ value: String, growth: String) -> String {
        pick("of the target \(value) (\(growth))", "目标\(value)（\(growth)）")
    }
    func lineTitle(_ indicator: String, from: String, to: String) -> String {
        pick("\(indicator), monthly, \(from)–\(to)", "\(indicator)月度走势（\(from)–\(to)）")
    }
    func barTitle(_ indicator: String, window: String, noun: String) -> String {
        pick("\(indicator) by \(noun), \(window)", "各\(noun)\(indicator)（\(window)）")
    }
    /// Notes a ranking cut to its largest entities; `withThisOne` when this entity was added below them.
    func largest(_ shown: Int, of count: Int, noun: String, withThisOne: Bool) -> String {
        withThisOne
            ? pick(
                " (the \(shown) largest of \(count) \(noun)s, and this one)", "（\(count)个\(noun)中最大的\(shown)个及本\(noun)）"
            )
            : pick(" (the \(shown) largest of \(count) \(noun)s)", "（\(count)个\(noun)中最大的\(shown)个）")
    }
    func tableTitle(_ month: String) -> String { pick("Indicators, \(month)", "\(month)主要指标") }
    func source(_ files: String) -> String {
        pick(
            "Source: \(files); year to date, growth, ranks and progress computed by briefing.",
            "资料来源：\(files)；累计、增速、位次和完成进度由 briefing 计算。")
    }
}
