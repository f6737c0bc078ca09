import BriefingCore
import BriefingData

/// The words briefing itself puts on a page, in each brief language.
struct Strings: Sendable {
    let language: Language

    func pick(_ en: String, _ zh: String) -> String { language == .zh ? zh : en }

    var contents: String { pick("Contents", "目录") }
    var atAGlance: String { pick("At a glance", "主要指标") }
    var charts: String { pick("Charts", "图表") }
    var notes: String { pick("Meeting notes", "会议纪要") }
    var total: String { pick("Total", "合计") }
    var footer: String { pick("Page {page} of {pages}", "第 {page} 页 共 {pages} 页") }
    var entity: String { pick("Park", "园区") }
    var chair: String { pick("Chair", "主持") }
    var attendees: String { pick("Attendees", "参会") }
    var date: String { pick("Date", "日期") }
    var footnotes: String { pick("Notes", "注释") }

    func figure(_ number: Int, _ title: String) -> String { pick("Figure \(number). \(title)", "图\(number)  \(title)") }
    func table(_ number: Int, _ title: String) -> String { pick("Table \(number). \(title)", "表\(number)  \(title)") }

    func source(_ files: String) -> String {
        pick("Source: \(files); totals, growth and ranks computed by briefing.", "资料来源：\(files)；合计、增速和排名由 briefing 计算。")
    }

    /// A trend column's heading: en `Tax, monthly`, zh `税收月度走势`.
    func trend(_ indicator: String, _ frequency: Frequency) -> String {
        pick("\(indicator), \(frequencyWord(frequency).en)", "\(indicator)\(frequencyWord(frequency).zh)走势")
    }
    /// `window` as the brief words it: en `2013`, `Q1–Q3 2009`; zh `2013年`.
    func indicatorTable(_ window: String) -> String { pick("Indicators by park, \(window)", "\(window)分园区主要指标") }
    /// `heading` is the period column's (`Quarter`, `季度`); `window` as in ``indicatorTable(_:)``.
    func periodTable(_ heading: String, _ window: String) -> String {
        pick("Indicators by \(heading.lowercased()), \(window)", "\(window)分\(heading)主要指标")
    }
    /// `base` as a change is said to be on it: en `2012`, zh `上年`, `2002年`.
    func cityTotals(_ window: String, base: String, entities: Int) -> String {
        pick(
            "Totals for \(window) across the \(entities) parks, with growth on \(base).",
            "\(window)全市\(entities)个园区合计，及比\(base)增长。")
    }

    func change(_ growth: String, on base: String) -> String { pick("\(growth) on \(base)", "比\(base)\(growth)") }
    func target(_ growth: String, year: Int) -> String { pick("\(year) target: \(growth)", "\(year)年目标：\(growth)") }
    func growthIn(_ window: String) -> String { pick("Growth in \(window)", "\(window)增速") }
    func targetFor(_ year: Int) -> String { pick("Target for \(year)", "\(year)年目标") }

    func rankingTitle(_ indicator: String, window: String) -> String {
        pick("\(indicator) by park, \(window)", "\(window)各园区\(indicator)")
    }
    /// A time series' title: monthly as the total of the parks, quarterly and annual as the series.
    func seriesTitle(_ indicator: String, _ frequency: Frequency, from: String, to: String) -> String {
        switch frequency {
        case .monthly:
            return pick("\(indicator), all parks, monthly, \(from)–\(to)", "全市园区\(indicator)月度走势（\(from)–\(to)）")
        case .quarterly, .annual:
            let word = frequencyWord(frequency)
            return pick("\(indicator), \(word.en), \(from)–\(to)", "\(indicator)\(word.zh)走势（\(from)–\(to)）")
        }
    }
    /// How often: en `monthly`, `quarterly`, `annual`; zh `月度`, `季度`, `年度`.
    func frequencyWord(_ frequency: Frequency) -> (en: String, zh: String) {
        switch frequency {
        case .monthly: return ("monthly", "月度")
        case .quarterly: return ("quarterly", "季度")
        case .annual: return ("annual", "年度")
        }
    }
    func growthTargetTitle(_ window: String, _ next: Int) -> String {
        pick("Growth in \(window) against the targets for \(next)", "\(window)增速与\(next)年目标")
    }
    /// `previous` and `current` are windows as the brief words them (`2012`, `2013年`).
    func comparisonTitle(_ indicator: String, _ previous: String, _ current: String) -> String {
        pick("\(indicator) by park, \(previous) and \(current)", "各园区\(indicator)：\(previous)与\(current)")
    }
    /// The `growth` chart's title; `byDifference` for a rate's change in its unit or points.
    func growthTitle(_ indicator: String, window: String, base: String, byDifference: Bool) -> String {
        byDifference
            ? pick("Change in \(indicator) by park, \(window) on \(base)", "\(window)各园区\(indicator)变化（比\(base)）")
            : pick("Growth of \(indicator) by park, \(window) on \(base)", "\(window)各园区\(indicator)增速（比\(base)）")
    }
    /// A growth column's heading: en `Growth on 2012`, zh `比上年增长`.
    func growthHeading(on base: String) -> String { pick("Growth on \(base)", "比\(base)增长") }
    /// A rate's change column's heading: en `Change on 2012 (pp)`, zh `比上年变化（百分点）`.
    func changeHeading(on base: String, unit: String) -> String {
        pick("Change on \(base) (\(unit))", "比\(base)变化（\(unit)）")
    }
    /// The unit of a change in percentage points: en `pp`, zh `百分点`.
    var points: String { pick("pp", "百分点") }
    /// The mean of a window: en `2008 average`, zh `2008年平均`.
    func average(_ window: String) -> String { pick("\(window) average", "\(window)平均") }
    /// A name with what its value is: en `Money stock M1, end of 2008`, zh `货币供应量M1（2008年末）`.
    func qualified(_ name: String, _ qualifier: String) -> String { pick("\(name), \(qualifier)", "\(name)（\(qualifier)）") }
    func otherTargets(_ year: Int) -> String { pick("Other targets for \(year)", "\(year)年其他目标") }
    func unitNote(_ unit: String) -> String { pick("Values in \(unit).", "单位：\(unit)。") }
}
