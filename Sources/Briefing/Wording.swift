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
    var footer: String { pick("Page {page} of {pages}", "第 {page} 页 共 {pages} 页") }
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
    func labelled(_ label: String) -> String { pick("\(label): ", "\(label)：") }

    /// A table column's heading with its unit: en `Tax (bn yuan)`, zh `税收（亿元）`.
    func withUnit(_ name: String, _ unit: String) -> String { pick("\(name) (\(unit))", "\(name)（\(unit)）") }

    func source(_ files: String) -> String {
        pick("Source: \(files); totals, growth and ranks computed by briefing.", "资料来源：\(files)；合计、增速和排名由 briefing 计算。")
    }

    func trend(_ indicator: String) -> String { pick("\(indicator), monthly", "\(indicator)月度走势") }
    func indicatorTable(_ year: Int) -> String {
        pick("Indicators by \(noun.singular), \(year)", "\(year)年分\(noun.singular)主要指标")
    }

    /// The caption of the key-indicator tiles: en "Totals for 2013 across the 12 parks, with growth
    /// on 2012."; zh "2013年全市12个园区合计，及比上年增长。". With one entity, its figures, named by
    /// the scope when there is one.
    func totalsCaption(_ year: Int, entities count: Int) -> String {
        if count > 1 {
            return pick(
                "Totals for \(year) across the \(entities(count)), with growth on \(year - 1).",
                "\(year)年\(scope ?? "")\(entities(count))合计，及比上年增长。")
        }
        return pick(
            "Figures for \(year)\(scope.map { " for \($0)" } ?? ""), with growth on \(year - 1).",
            "\(year)年\(scope ?? "")主要指标，及比上年增长。")
    }

    func change(_ growth: String, on year: Int) -> String { pick("\(growth) on \(year)", "比上年\(growth)") }
    func target(_ growth: String, year: Int) -> String { pick("\(year) target: \(growth)", "\(year)年目标：\(growth)") }
    func growthIn(_ year: Int) -> String { pick("Growth in \(year)", "\(year)年增速") }
    func targetFor(_ year: Int) -> String { pick("Target for \(year)", "\(year)年目标") }
    func otherTargets(_ year: Int) -> String { pick("Other targets for \(year)", "\(year)年其他目标") }

    // MARK: - Chart titles

    func rankingTitle(_ indicator: String, year: Int) -> String {
        pick("\(indicator) by \(noun.singular), \(year)", "\(year)年各\(noun.singular)\(indicator)")
    }
    /// The total's monthly values over `entities` entities.
    func monthlyTitle(_ indicator: String, from: String, to: String, entities count: Int) -> String {
        let whole = whole(count)
        return pick(
            "\(indicator), \(whole.map { "\($0), " } ?? "")monthly, \(from)–\(to)",
            "\(whole ?? "")\(indicator)月度走势（\(from)–\(to)）")
    }
    func growthTargetTitle(_ year: Int, _ next: Int) -> String {
        pick("Growth in \(year) against the targets for \(next)", "\(year)年增速与\(next)年目标")
    }
    func comparisonTitle(_ indicator: String, _ previous: Int, _ year: Int) -> String {
        pick(
            "\(indicator) by \(noun.singular), \(previous) and \(year)",
            "各\(noun.singular)\(indicator)：\(previous)年与\(year)年")
    }
    func stackedTitle(_ indicators: [String], year: Int) -> String {
        pick("\(and(indicators)) by \(noun.singular), \(year)", "\(year)年各\(noun.singular)\(and(indicators))")
    }
    func contributionsTitle(_ indicator: String, from previous: Int, to year: Int) -> String {
        pick(
            "Contributions of the \(noun.plural) to the change in \(indicator), \(previous)–\(year)",
            "各\(noun.singular)对\(indicator)增长的贡献（\(previous)–\(year)年）")
    }
    func sharesTitle(_ indicator: String, year: Int) -> String {
        pick("Shares of the \(noun.plural) in \(indicator), \(year)", "\(year)年各\(noun.singular)\(indicator)占比")
    }
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
    func yearToDateGrowth(on window: String) -> String { pick("Growth on \(window)", "比\(window)增长") }
    /// en `Rank 3 of 12 parks`, `Rank 1 of 1 park`; zh `居12个园区第3位`.
    func rank(_ rank: Int, of count: Int) -> String {
        pick("Rank \(rank) of \(entities(count))", "居\(entities(count))第\(rank)位")
    }
    func change(_ growth: String, on window: String) -> String { pick("\(growth) on \(window)", "比\(window)\(growth)") }
    func progress(_ year: Int) -> String { pick("Progress to the \(year) target", "\(year)年目标完成进度") }
    func target(_ value: String, growth: String) -> String {
        pick("of the target \(value) (\(growth))", "目标\(value)（\(growth)）")
    }
    func lineTitle(_ indicator: String, _ frequency: Frequency, from: String, to: String) -> String {
        pick("\(indicator), \(self.frequency(frequency)), \(from)–\(to)", "\(indicator)\(self.frequency(frequency))走势（\(from)–\(to)）")
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
    func reportSource(_ files: String) -> String {
        pick(
            "Source: \(files); year to date, growth, ranks and progress computed by briefing.",
            "资料来源：\(files)；累计、增速、位次和完成进度由 briefing 计算。")
    }
    /// The commentary's rank: en `, third of 12 parks`; zh `，居12个园区第3位`.
    func rankClause(_ ordinal: String, rank: Int, of count: Int) -> String {
        pick(", \(ordinal) of \(entities(count))", "，\(self.rank(rank, of: count))")
    }
}
