import BriefingCore
import BriefingInput

/// The words `briefing init` writes into a new brief — comments, placeholders, the notes
/// template — in the brief's language.
struct InitWords {
    let language: Language

    var check: String { language == .zh ? "请核对" : "CHECK" }

    func header(tables: String) -> [String] {
        switch language {
        case .en:
            return [
                "A brief started by `briefing init` from \(tables). `briefing check` lists what is left to fill in "
                    + "(the cells and values starting with 'TODO:', with their positions); the lines marked CHECK are "
                    + "what init could not decide for certain. Every key is explained in docs/FORMAT.md."
            ]
        case .zh:
            return [
                "由 `briefing init` 根据 \(tables) 生成的简报。",
                "`briefing check` 列出尚待填写之处（以“TODO:”开头的单元格和值，附行列位置）；",
                "标有“请核对”的行是 init 无法确定的推断。各键的说明见 docs/FORMAT.md。",
            ]
        }
    }

    var titlePlaceholder: String { Placeholder.text(language == .zh ? "简报标题" : "the brief's title") }
    var unitPlaceholder: String { Placeholder.text(language == .zh ? "单位" : "unit") }

    var titleNote: String { language == .zh ? "必填：封面标题" : "required: the cover's title" }
    var dateNote: String {
        language == .zh ? "必填，YYYY-MM-DD：封面日期（生成之日）" : "required, YYYY-MM-DD: the cover date (the day init ran)"
    }
    var languageNote: String { language == .zh ? "en | zh" : "en | zh" }

    func yearNote(_ year: Int) -> String {
        language == .zh
            ? "报告年度：省略时为最后一个完整年度，即\(year)年（或用 period: 报告年初至某月、某季度）"
            : "The year reported on: left out, the last complete year, \(year) (or 'period:' for a year to date)"
    }

    func unused(_ columns: [String]) -> String {
        let names = columns.map { "'\($0)'" }.joined(separator: ", ")
        return language == .zh ? "不读取的列：\(names)" : "not read: \(names)"
    }

    /// The guesses of kinds past the first few, in one note: their lines in the catalogue.
    func moreKinds(_ lines: [Int], _ file: String) -> String {
        let shown = lines.prefix(10).map(String.init).joined(separator: ", ") + (lines.count > 10 ? ", …" : "")
        return language == .zh
            ? "另有\(lines.count)个指标的类型同样是推测的（\(file)第\(shown)行）：请核对其 kind 列"
            : "\(lines.count) more indicators' kinds are guesses too (\(file) lines \(shown)): check their 'kind' column"
    }

    func periodCheck(_ period: String) -> String {
        language == .zh
            ? "没有一个年度的每一期都有数据：报告\(period)为止的年初至今（改为 year: 或其他期间）"
            : "no year has data in every period: reporting on the year to date through \(period) (change it, or write 'year:')"
    }

    var entityNounNote: String {
        language == .zh
            ? "单位的称谓（默认“单位”）与合计的称谓：" : "What the entities are called (default: entity, entities) and their total:"
    }

    var observationsNote: String {
        language == .zh
            ? "数据表（docs/FORMAT.md：Tables、Table shapes）" : "the table of values (docs/FORMAT.md: Tables, Table shapes)"
    }
    var layoutNote: String { "long | wide-indicators | wide-periods | wide-entities" }
    var columnsNote: String {
        language == .zh ? "角色 -> 列名；{value: ID} 为常量" : "roles -> column names; {value: ID}: one id for every row"
    }
    var listNote: String { language == .zh ? "列出：其余列不读取" : "listed: the other columns are not read" }
    var periodFormatNote: String { language == .zh ? "期间的写法" : "how the periods are written" }
    var frequencyNote: String { language == .zh ? "annual | quarterly | monthly" : "annual | quarterly | monthly" }
    var indicatorsNote: String {
        language == .zh ? "指标目录：名称、单位、小数位、类型（kind）" : "the indicator catalogue: names, units, decimals, kinds"
    }
    var entitiesNote: String { language == .zh ? "单位目录：名称" : "the entity catalogue: names" }
    var targetsNote: String { language == .zh ? "目标" : "the targets" }
    var notesNote: String { language == .zh ? "会议纪要（Markdown）" : "meeting notes (Markdown)" }
    var sectionsNote: String {
        language == .zh ? "依次出现的各部分（docs/FORMAT.md：Sections）" : "in the order they appear (docs/FORMAT.md: Sections)"
    }
    var keyIndicatorsNote: String { language == .zh ? "概览：每个指标一格" : "at a glance: a tile per indicator" }
    var chartsNote: String { language == .zh ? "图表（docs/FORMAT.md：Chart kinds）" : "docs/FORMAT.md: Chart kinds" }
    func tableNote(periods: Bool) -> String {
        switch (language, periods) {
        case (.en, true): return "one entity: its periods as rows"
        case (.en, false): return "a row per entity, the total below"
        case (.zh, true): return "只有一个单位：按期间列行"
        case (.zh, false): return "每个单位一行，合计在下"
        }
    }

    /// Why a brief of `entities` entities has no ranking chart.
    func noRankingNote(entities: Int, most: Int) -> String {
        switch language {
        case .en:
            "No ranking chart: \(entities) entities are more bars than a page can show (at most \(most)). Choose the "
                + "brief's entities with 'entities: [...]' (docs/FORMAT.md) and add {id: ranking, kind: ranking, indicator: ID}."
        case .zh:
            "未写排名图：\(entities)个单位，一页容纳不下（最多\(most)个）。请用 entities: [...] 选定简报的单位"
                + "（见 docs/FORMAT.md），再加 {id: ranking, kind: ranking, indicator: ID}。"
        }
    }

    /// The note of an indicator table listing `listed` of `total` indicators.
    func tableSubsetNote(listed: Int, of total: Int) -> String {
        switch language {
        case .en: "the first \(listed) of \(total) indicators: list those to show"
        case .zh: "共\(total)个指标，列出前\(listed)个：请改为要显示的指标"
        }
    }

    /// The notes template.
    func notes(date: String) -> String {
        switch language {
        case .en:
            return """
                ---
                title: Meeting notes
                date: \(date)
                ---

                # Summary

                TODO: what the meeting found, in a few sentences. Markdown: **bold**, *italic*, lists, tables.

                # Decisions

                1. TODO: the first decision.

                """
        case .zh:
            return """
                ---
                title: 会议纪要
                date: \(date)
                ---

                # 会议概况

                TODO: 用几句话概述会议情况。可用 Markdown：**加粗**、*强调*、列表、表格。

                # 议定事项

                1. TODO: 第一项议定事项。

                """
        }
    }
}
