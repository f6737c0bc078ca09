import BriefingCore
import BriefingData
import BriefingInput

/// Every word briefing itself puts on a page (tiles, captions, table headers, chart headings and
/// titles, contents, commentary), in each language, with the office's own words from the manifest
/// for what its entities are (`entity-noun`) and what their total is (`scope`). No word here
/// names a kind of entity: with no `entity-noun` a brief speaks of entities (单位).
struct Wording: Sendable {
    let language: Language
    let office: OfficeWords

    init(language: Language, office: OfficeWords = OfficeWords()) {
        self.language = language
        self.office = office
    }

    /// The words of a brief: in its language, with its manifest's `entity-noun` and `scope`.
    init(brief manifest: Manifest) {
        self.init(language: manifest.language, office: manifest.words)
    }

    func pick(_ en: String, _ zh: String) -> String { language == .zh ? zh : en }

    private var noun: OfficeWords.Noun { office.entityNoun(language) }
    private var scope: String? { office.scope(language) }

    // MARK: - Entities

    /// A number of entities: en `1 park`, `12 parks`; zh `12个园区`.
    func entities(_ count: Int) -> String { pick("\(count) \(noun.form(for: count))", "\(count)个\(noun.singular)") }

    /// The heading of a column or chart axis of entity names: `Park`, `园区`.
    var entityHeading: String { pick(noun.singular.prefix(1).uppercased() + noun.singular.dropFirst(), noun.singular) }

    /// The entities taken together as a chart shows their total: en `all parks` (or, with one
    /// entity, the scope); zh `全市园区` (`全部园区` without a scope).
    private func whole(_ count: Int) -> String? {
        if count > 1 { return pick("all \(noun.plural)", (scope ?? "全部") + noun.singular) }
        return scope
    }

    // MARK: - Brief

    var contents: String { pick("Contents", "目录") }
    var atAGlance: String { pick("At a glance", "主要指标") }
    var charts: String { pick("Charts", "图表") }
    var notes: String { pick("Meeting notes", "会议纪要") }
    var total: String { pick("Total", "合计") }
    var footer: String { pick("Page {page} of {pages}", "第{page}页，共{pages}页") }
    var chair: String { pick("Chair", "主持") }
    var attendees: String { pick("Attendees", "参会") }
    var date: String { pick("Date", "日期") }
    var indicator: String { pick("Indicator", "指标") }
    var month: String { pick("Month", "月份") }
    var change: String { pick("Change", "变化") }
    var share: String { pick("Share", "占比") }

    func figure(_ number: Int, _ title: String) -> String { pick("Figure \(number). \(title)", "图\(number)  \(title)") }
    func table(_ number: Int, _ title: String) -> String { pick("Table \(number). \(title)", "表\(number)  \(title)") }
    /// A caption repeated over a later part of a table: `… (continued)`, `…（续）`.
    func continued(_ caption: String) -> String { pick("\(caption) (continued)", "\(caption)（续）") }
    func dataOfFigure(_ number: Int) -> String { pick("Data of figure \(number)", "图\(number)数据") }

    /// Names in a title: en `A and B`, zh `A与B`.
    func and(_ names: [String]) -> String { names.joined(separator: pick(" and ", "与")) }

    /// A label before its value: en `Tax: `, zh `税收：`.
    func labelled(_ label: String) -> String { label + language.labelColon }

    /// A table column's heading with its unit: en `Tax (bn yuan)`, zh `税收（亿元）`.
    func withUnit(_ name: String, _ unit: String) -> String { pick("\(name) (\(unit))", "\(name)（\(unit)）") }

    func source(_ files: String) -> String {
        pick("Source: \(files); totals, growth and ranks computed by briefing.", "资料来源：\(files)；合计、增速和排名由briefing计算。")
    }

    /// A trend column's heading: en `Monthly trend`, zh `月度走势`; `trendNote` names its indicator.
    func trend(_ frequency: Frequency) -> String {
        let word = frequencyWord(frequency)
        return pick("\(word.en.prefix(1).uppercased())\(word.en.dropFirst()) trend", "\(word.zh)走势")
    }
    /// What a table's trend column shows, after its source line: en ` Monthly trend: Tax.`, zh `月度走势：税收。`.
    func trendNote(_ indicator: String, _ frequency: Frequency) -> String {
        pick(" \(trend(frequency)): \(indicator).", "\(trend(frequency))：\(indicator)。")
    }
    /// How often: en `monthly`, `quarterly`, `annual`; zh `月度`, `季度`, `年度`.
    func frequencyWord(_ frequency: Frequency) -> (en: String, zh: String) {
        switch frequency {
        case .monthly: return ("monthly", "月度")
        case .quarterly: return ("quarterly", "季度")
        case .annual: return ("annual", "年度")
        }
    }
    /// `window` as the brief words it: en `2013`, `Q1–Q3 2009`; zh `2013年`.
    func indicatorTable(_ window: String) -> String {
        pick("Indicators by \(noun.singular), \(window)", "\(window)分\(noun.singular)主要指标")
    }
    /// `heading` is the period column's (`Quarter`, `季度`); `window` as in ``indicatorTable(_:)``.
    func periodTable(_ heading: String, _ window: String) -> String {
        let whole = scope.map { pick(", \($0)", $0) } ?? ""
        return pick("Indicators by \(heading.lowercased())\(whole), \(window)", "\(window)\(whole)分\(heading)主要指标")
    }

    /// The caption of the key-indicator tiles: en "Totals for 2013 across the 12 parks, with growth
    /// on 2012."; zh "2013年全市12个园区合计，及比上年增长。". With one entity, its figures, named by
    /// the scope when there is one. `base` as a change is said to be on it: en `2012`, zh `上年`, `2002年`.
    func totalsCaption(_ window: String, base: String, entities count: Int) -> String {
        if count > 1 {
            return pick(
                "Totals for \(window) across the \(entities(count)), with growth on \(base).",
                "\(window)\(scope ?? "")\(entities(count))合计，及比\(base)增长。")
        }
        return pick(
            "Figures for \(window)\(scope.map { " for \($0)" } ?? ""), with growth on \(base).",
            "\(window)\(scope ?? "")主要指标，及比\(base)增长。")
    }

    func target(_ growth: String, year: Int) -> String { pick("\(year) target: \(growth)", "\(year)年目标：\(growth)") }
    func growthIn(_ window: String) -> String { pick("Growth in \(window)", "\(window)增速") }
    func targetFor(_ year: Int) -> String { pick("Target for \(year)", "\(year)年目标") }
    func otherTargets(_ year: Int) -> String { pick("Other targets for \(year)", "\(year)年其他目标") }
    /// What each row of a table of periods changes on: the same period a year before (en
    /// `a year before`, zh `上年同期`, for years `上年`), or for annual data with gaps the last
    /// earlier year with data (en `the previous year with data`, zh `上一个有数据的年份`).
    func periodRowBase(_ frequency: Frequency, regular: Bool) -> String {
        guard regular else { return pick("the previous year with data", "上一个有数据的年份") }
        return pick("a year before", frequency == .annual ? "上年" : "上年同期")
    }
    /// A growth column's heading: en `Growth on 2012`, zh `比上年增长`.
    /// With `since`, a level's growth from the end of its base (en `Growth since end of June 2012`).
    func growthHeading(on base: String, since: Bool = false) -> String {
        pick("Growth \(since ? "since" : "on") \(base)", "比\(base)增长")
    }
    /// A rate's change column's heading, over its unit: en `Change on 2012`, zh `比上年变化`.
    func changeHeading(on base: String) -> String { pick("Change on \(base)", "比\(base)变化") }
    /// A unit in brackets, as a table header sets it below the name: en `(bn yuan)`, zh `（亿元）`.
    func bracketed(_ unit: String) -> String { pick("(\(unit))", "（\(unit)）") }
    /// The unit of a change in percentage points: en `pp`, zh `百分点`.
    var points: String { pick("pp", "百分点") }
    /// The mean of a window: en `2008 average`, zh `2008年平均`.
    func average(_ window: String) -> String { pick("\(window) average", "\(window)平均") }
    /// A name with what its value is: en `Money stock M1, end of 2008`, zh `货币供应量M1（2008年末）`.
    func qualified(_ name: String, _ qualifier: String) -> String { pick("\(name), \(qualifier)", "\(name)（\(qualifier)）") }

    // MARK: - Chart titles

    func rankingTitle(_ indicator: String, window: String) -> String {
        pick("\(indicator) by \(noun.singular), \(window)", "\(window)各\(noun.singular)\(indicator)")
    }
    /// A time series of the total over `entities` entities: en `Tax, all parks, monthly, Jan 2012–Dec
    /// 2013`, zh `全市园区税收月度走势（…）`; with one entity named by the scope, if any.
    func seriesTitle(_ indicator: String, _ frequency: Frequency, from: String, to: String, entities count: Int) -> String {
        let whole = whole(count)
        let word = frequencyWord(frequency)
        let span = language.range(from, to)
        return pick(
            "\(indicator), \(whole.map { "\($0), " } ?? "")\(word.en), \(span)",
            "\(whole ?? "")\(indicator)\(word.zh)走势（\(span)）")
    }
    func growthTargetTitle(_ window: String, _ next: Int) -> String {
        pick("Growth in \(window) against the targets for \(next)", "\(window)增速与\(next)年目标")
    }
    /// The bullet chart's title, distinct from the growth-vs-target chart's though both show growth
    /// against the targets: en `How far growth in 2013 reached the targets for 2014`, zh
    /// `2013年增速达到2014年目标的程度`.
    func bulletTitle(_ window: String, _ next: Int) -> String {
        pick("How far growth in \(window) reached the targets for \(next)", "\(window)增速达到\(next)年目标的程度")
    }
    /// `previous` and `current` are windows as the brief words them (`2012`, `2013年`).
    func comparisonTitle(_ indicator: String, _ previous: String, _ current: String) -> String {
        pick(
            "\(indicator) by \(noun.singular), \(previous) and \(current)",
            "各\(noun.singular)\(indicator)：\(previous)与\(current)")
    }
    /// The `growth` chart's title; `byDifference` for a rate's change in its unit or points;
    /// `since` for a level read at the end of part of a year.
    func growthTitle(_ indicator: String, window: String, base: String, byDifference: Bool, since: Bool = false)
        -> String
    {
        let on = since ? "since" : "on"
        return byDifference
            ? pick(
                "Change in \(indicator) by \(noun.singular), \(window) \(on) \(base)",
                "\(window)各\(noun.singular)\(indicator)变化（比\(base)）")
            : pick(
                "Growth of \(indicator) by \(noun.singular), \(window) \(on) \(base)",
                "\(window)各\(noun.singular)\(indicator)增速（比\(base)）")
    }
    func stackedTitle(_ indicators: [String], window: String) -> String {
        pick("\(and(indicators)) by \(noun.singular), \(window)", "\(window)各\(noun.singular)\(and(indicators))")
    }
    /// `span` joins the base and the window: en `2012–2013`, zh `2012—2013年`.
    func contributionsTitle(_ indicator: String, span: String) -> String {
        pick(
            "Contributions of the \(noun.plural) to the change in \(indicator), \(span)",
            "各\(noun.singular)对\(indicator)增长的贡献（\(span)）")
    }
    func sharesTitle(_ indicator: String, window: String) -> String {
        pick("Shares of the \(noun.plural) in \(indicator), \(window)", "\(window)各\(noun.singular)\(indicator)占比")
    }
    /// The bullet chart's bands: up to half the target, up to the target, beyond it.
    var bulletBands: [String] {
        [pick("Under half the target", "不足目标一半"), pick("Under the target", "低于目标"), pick("At or above the target", "达到或超过目标")]
    }
    /// The stacked series that sums those beyond the palette.
    var otherSeries: String { pick("Other", "其他") }
    /// The slice of the entities outside the largest: `Other parks`, `其他园区`.
    var otherEntities: String { pick("Other \(noun.plural)", "其他\(noun.singular)") }

    // MARK: - Monthly report

    var yearToDate: String { pick("Year to date", "累计") }
    var growth: String { pick("Growth", "增速") }
    var rank: String { pick("Rank", "位次") }
    var noTarget: String { pick("no target set", "未设目标") }
    /// Sentences of a paragraph put together: en with a space between, zh without.
    func paragraph(_ sentences: [String]) -> String { sentences.joined(separator: pick(" ", "")) }

    /// en `Monthly report, May 2013 · …`, `Quarterly report, Q3 2009`, `Annual report, 2007`;
    /// zh `2013年5月月度报告`, `2009年第三季度报告`, `2007年度报告`.
    func subtitle(_ period: String, _ frequency: Frequency, indicator: String) -> String {
        let zh = ["annual": "度报告", "quarterly": "报告"][frequency.rawValue] ?? "月度报告"
        return pick("\(self.frequency(frequency).capitalized) report, \(period) · \(indicator)", "\(period)\(zh) · \(indicator)")
    }
    /// en `monthly`, `quarterly`, `annual`; zh `月度`, `季度`, `年度`.
    func frequency(_ frequency: Frequency) -> String {
        switch frequency {
        case .monthly: return pick("monthly", "月度")
        case .quarterly: return pick("quarterly", "季度")
        case .annual: return pick("annual", "年度")
        }
    }
    /// The share tile's label: en `Share of the total` (`Share of Asia` with a scope); zh `占合计比重`.
    var shareOfTotal: String { pick("Share of \(scope ?? "the total")", "占\(scope ?? "合计")比重") }
    /// Under a rank: en `of 8 countries`; zh `共8个国家和地区`.
    func rankedAmong(_ count: Int) -> String { pick("of \(entities(count))", "共\(entities(count))") }
    func yearToDateGrowth(on window: String, since: Bool = false) -> String {
        pick("Growth \(since ? "since" : "on") \(window)", "比\(window)增长")
    }
    /// en `Rank 3 of 12 parks`, `Rank 1 of 1 park`; zh `居12个园区第3位`.
    func rank(_ rank: Int, of count: Int) -> String {
        pick("Rank \(rank) of \(entities(count))", "居\(entities(count))第\(rank)位")
    }
    /// A change and its base: en `+0.4% on 2007` (`since end of June 2012` with `since`, for a level
    /// read at the end of part of a year), zh `比上年增长0.4%`.
    func change(_ growth: String, on window: String, since: Bool = false) -> String {
        pick("\(growth) \(since ? "since" : "on") \(window)", "比\(window)\(growth)")
    }
    func progress(_ year: Int) -> String { pick("Progress to the \(year) target", "\(year)年目标完成进度") }
    func target(_ value: String, growth: String) -> String {
        pick("of the target \(value) (\(growth))", "目标\(value)（\(growth)）")
    }
    func lineTitle(_ indicator: String, _ frequency: Frequency, from: String, to: String) -> String {
        let span = language.range(from, to)
        return pick(
            "\(indicator), \(self.frequency(frequency)), \(span)",
            "\(indicator)\(self.frequency(frequency))走势（\(span)）")
    }
    func barTitle(_ indicator: String, window: String) -> String {
        pick("\(indicator) by \(noun.singular), \(window)", "各\(noun.singular)\(indicator)（\(window)）")
    }
    /// Notes a ranking cut to its largest entities; `withThisOne` when this entity was added below them.
    func largest(_ shown: Int, of count: Int, withThisOne: Bool) -> String {
        withThisOne
            ? pick(
                " (the \(shown) largest of \(entities(count)), and this one)",
                "（\(entities(count))中最大的\(shown)个及本\(noun.singular)）")
            : pick(" (the \(shown) largest of \(entities(count)))", "（\(entities(count))中最大的\(shown)个）")
    }
    func tableTitle(_ month: String) -> String { pick("Indicators, \(month)", "\(month)主要指标") }
    /// A report's source line naming what briefing computed: annual reports have no year to date
    /// and show shares; without targets there is no progress.
    func reportSource(_ files: String, annual: Bool, targets: Bool) -> String {
        let items: [(en: String, zh: String)] =
            (annual ? [("growth", "增速"), ("shares", "占比")] : [("year to date", "累计"), ("growth", "增速")])
            + [("ranks", "位次")] + (targets ? [("progress", "完成进度")] : [])
        let en = items.dropLast().map(\.en).joined(separator: ", ") + " and " + (items.last?.en ?? "")
        let zh = items.dropLast().map(\.zh).joined(separator: "、") + "和" + (items.last?.zh ?? "")
        return pick("Source: \(files); \(en) computed by briefing.", "资料来源：\(files)；\(zh)由briefing计算。")
    }
    /// The commentary's rank: en `, third of 12 parks`; zh `，居12个园区第3位`.
    func rankClause(_ ordinal: String, rank: Int, of count: Int) -> String {
        pick(", \(ordinal) of \(entities(count))", "，\(self.rank(rank, of: count))")
    }
}
