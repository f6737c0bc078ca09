import BriefingData
import Foundation
import Testing

/// The indicator catalogue's `short_name` and `short_name_zh`: shown in table headers in place of
/// the name, and suggested by a warning when a header still takes more than three lines.
@Suite struct ShortNameTests {
    /// The example's catalogue without its short names.
    static let catalogue = """
        indicator,name,name_zh,unit,unit_zh,decimals,kind
        tit_volume,"Total technology, industry and trade volume",技工贸总收入,bn yuan,亿元,2,flow
        tax,Tax payment,税收总额,bn yuan,亿元,2,flow
        value_added,Added value of scaled industry,规模工业增加值,bn yuan,亿元,2,flow
        foreign_investment,Foreign investment actually used,实际利用外资,m USD,万美元,1,flow
        fixed_investment,Fixed-asset investment,固定资产投资,bn yuan,亿元,2,flow
        employees,Employees at year end,年末从业人员,thousand,千人,1,stock
        """

    /// A copy of the example whose catalogue has `rows` (indicator id → short name, Chinese short
    /// name) as its short names, or no short-name columns when `rows` is nil.
    static func example(shortNames rows: [String: (String, String)]?) throws -> String {
        let folder = try Support.copyOfExample()
        var lines = catalogue.split(separator: "\n").map(String.init)
        if let rows {
            lines = lines.enumerated().map { index, line in
                guard index > 0 else { return line + ",short_name,short_name_zh" }
                let names = rows[String(line.prefix { $0 != "," })] ?? ("", "")
                return line + ",\"\(names.0)\",\(names.1)"
            }
        }
        try (lines.joined(separator: "\n") + "\n").write(
            toFile: folder + "/indicators.csv", atomically: true, encoding: .utf8)
        return folder
    }

    @Test func aHeaderOfMoreThanThreeLinesWarnsAndSuggestsAShortName() throws {
        let folder = try Self.example(shortNames: nil)
        let result = try Support.briefing(["build", folder, "-o", folder + "/out.pdf"])
        #expect(result.status == 0, "\(result.stderr)")
        let warnings = result.stderr.split(separator: "\n").filter { $0.contains("the header") }
        let table = "table 'Table 1. Indicators by park, 2013'"
        #expect(
            warnings == [
                "\(folder)/brief.yaml:36:5: warning: \(table): the header 'Total technology, industry and trade volume' takes 4 lines at the widths the page allows, more than 3; give indicator 'tit_volume' a short name in column 'short_name' of indicators.csv",
                "\(folder)/brief.yaml:36:5: warning: \(table): the header 'Added value of scaled industry' takes 4 lines at the widths the page allows, more than 3; give indicator 'value_added' a short name in column 'short_name' of indicators.csv",
                "\(folder)/brief.yaml:36:5: warning: \(table): the header 'Foreign investment actually used' takes 4 lines at the widths the page allows, more than 3; give indicator 'foreign_investment' a short name in column 'short_name' of indicators.csv",
            ], "\(result.stderr)")
    }

    /// A short name is a header of a few words: a long one is an error at its cell, not a header
    /// cell that fills pages.
    @Test func aShortNameLongerThanFortyCharactersIsAnErrorAtItsCell() throws {
        let long = String(repeating: "x", count: 41)
        let folder = try Self.example(shortNames: ["tax": (long, "税收")])
        let result = try Support.briefing(["check", folder])
        #expect(result.status == 65)
        // Line 3 (tax); the short name's cell starts after `tax,Tax payment,税收总额,bn yuan,亿元,2,flow,`.
        let column = "tax,Tax payment,税收总额,bn yuan,亿元,2,flow,".count + 1
        #expect(
            result.stdout.contains(
                "\(folder)/indicators.csv:3:\(column): error: expected a short name of at most 40 characters in "
                    + "column 'short_name', found 41 characters"), "\(result.stdout)")
    }

    @Test func shortNamesAreShownInTableHeadersOnlyInTheirLanguage() throws {
        let folder = try Self.example(shortNames: [
            "tit_volume": ("Tech, industry & trade", "技工贸"), "foreign_investment": ("Foreign investment used", ""),
        ])
        let english = try Support.briefing(["build", folder, "-o", folder + "/en.pdf"])
        #expect(english.status == 0 && !english.stderr.contains("warning"), "\(english.stderr)")
        let text = try Support.text(of: folder + "/en.pdf")
        #expect(text.contains("Tech,") && text.contains("& trade"))
        // Elsewhere the full name: the tiles, the charts' titles, the notes.
        #expect(text.contains("Total technology, industry and trade volume"))
        let chinese = try Support.briefing(["build", folder + "/brief.zh.yaml", "-o", folder + "/zh.pdf"])
        #expect(chinese.status == 0, "\(chinese.stderr)")
        let zh = try Support.text(of: folder + "/zh.pdf").filter { $0 != "\u{2060}" }
        // 技工贸 in the header (not followed by 总收入); 实际利用外资 (no Chinese short name) as named.
        #expect(zh.components(separatedBy: "技工贸").dropFirst().contains { !$0.hasPrefix("总") }, "\(zh)")
        #expect(zh.contains("实际利用外资"))
    }

    @Test func aChineseHeaderFallsBackToTheChineseNameBeforeTheEnglishShortName() {
        var indicator = Indicator(
            id: "x", names: Localized(en: "Long name", zh: "长名称"), units: Localized(en: "bn"), decimals: 1,
            kind: .flow)
        #expect(indicator.headerName(.en) == "Long name" && indicator.headerName(.zh) == "长名称")
        indicator.shortNames = Localized(en: "Short")
        #expect(indicator.headerName(.en) == "Short" && indicator.headerName(.zh) == "长名称")
        indicator.names.zh = nil
        #expect(indicator.headerName(.zh) == "Short")
        indicator.shortNames.zh = "短"
        #expect(indicator.headerName(.zh) == "短")
    }
}
