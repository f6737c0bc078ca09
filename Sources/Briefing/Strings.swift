import BriefingCore

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
    /// The caption of a wide table's later parts.
    func continued(_ caption: String) -> String { pick("\(caption) (continued)", "\(caption)（续）") }

    func source(_ files: String) -> String {
        pick("Source: \(files); totals, growth and ranks computed by briefing.", "资料来源：\(files)；合计、增速和排名由 briefing 计算。")
    }

    func trend(_ indicator: String) -> String { pick("\(indicator), monthly", "\(indicator)月度走势") }
    func indicatorTable(_ year: Int) -> String { pick("Indicators by park, \(year)", "\(year)年分园区主要指标") }
    func cityTotals(_ year: Int, entities: Int) -> String {
        pick(
            "Totals for \(year) across the \(entities) parks, with growth on \(year - 1).",
            "\(year)年全市\(entities)个园区合计，及比上年增长。")
    }

    func change(_ growth: String, on year: Int) -> String { pick("\(growth) on \(year)", "比上年\(growth)") }
    func target(_ growth: String, year: Int) -> String { pick("\(year) target: \(growth)", "\(year)年目标：\(growth)") }
    func growthIn(_ year: Int) -> String { pick("Growth in \(year)", "\(year)年增速") }
    func targetFor(_ year: Int) -> String { pick("Target for \(year)", "\(year)年目标") }

    func rankingTitle(_ indicator: String, year: Int) -> String {
        pick("\(indicator) by park, \(year)", "\(year)年各园区\(indicator)")
    }
    func monthlyTitle(_ indicator: String, from: String, to: String) -> String {
        pick("\(indicator), all parks, monthly, \(from)–\(to)", "全市园区\(indicator)月度走势（\(from)–\(to)）")
    }
    func growthTargetTitle(_ year: Int, _ next: Int) -> String {
        pick("Growth in \(year) against the targets for \(next)", "\(year)年增速与\(next)年目标")
    }
    func comparisonTitle(_ indicator: String, _ previous: Int, _ year: Int) -> String {
        pick("\(indicator) by park, \(previous) and \(year)", "各园区\(indicator)：\(previous)年与\(year)年")
    }
    func otherTargets(_ year: Int) -> String { pick("Other targets for \(year)", "\(year)年其他目标") }
    func unitNote(_ unit: String) -> String { pick("Values in \(unit).", "单位：\(unit)。") }
}
