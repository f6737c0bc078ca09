import BriefingCore
import BriefingLayout
import BriefingTestSupport
import Foundation
import Testing

@testable import Briefing

/// Tables of periods (`rows: periods`) name the base each row changes on, and a brief's tables are
/// numbered in order. Figures worked out by hand:
/// - quarterly `output` (flow) 2007 10, 11, 12, 13; 2008 11, 11, 15, 13: each quarter on the same
///   quarter of 2007 +10.0%, 0.0%, +25.0%, 0.0%; the year 50 on 46, +8.7%.
/// - annual every five years `pop` (stock) 1997 100, 2002 110, 2007 121: +10.0% each on the last
///   earlier year with data.
@Suite struct PeriodTableTests {
    static let indicators = """
        indicator,name,name_zh,unit,unit_zh,decimals,kind
        output,Output,产出,bn yuan,亿元,1,flow
        pop,Population,人口,m,百万,1,stock

        """

    static func tables(_ data: String, year: Int, language: String) throws -> [TableBlock] {
        let folder = try Support.temporaryFolder()
        let manifest = """
            title: Periods
            date: 2009-01-15
            language: \(language)
            year: \(year)
            data:
              observations: data.csv
              indicators: indicators.csv
            sections:
              - indicator-table: {growth: true}
              - indicator-table: {rows: periods, growth: true}

            """
        for (name, text) in [("indicators.csv", indicators), ("data.csv", data), ("brief.yaml", manifest)] {
            try text.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
        }
        let brief = try Brief.load(folder)
        let theme = brief.theme.layoutTheme(language: brief.manifest.language, pageSize: brief.manifest.pageSize.size)
        let composer = BriefComposer(
            brief: brief, layoutTheme: theme, chartTheme: brief.theme.chartTheme(language: brief.manifest.language),
            typesetter: FixedMetricsTypesetter(), creationDate: Date(timeIntervalSince1970: 0))
        return try composer.documentSpec().body.compactMap { block -> TableBlock? in
            if case .table(let table) = block { return table }
            return nil
        }
    }

    static let quarterly =
        "entity,indicator,period,value\n"
        + zip(
            ["2007Q1", "2007Q2", "2007Q3", "2007Q4", "2008Q1", "2008Q2", "2008Q3", "2008Q4"],
            [10, 11, 12, 13, 11, 11, 15, 13]
        )
        .map { "a,output,\($0),\($1)\n" }.joined()

    static let everyFiveYears = "entity,indicator,period,value\na,pop,1997,100\na,pop,2002,110\na,pop,2007,121\n"

    static func text(_ row: [TableCell]) -> [String] {
        row.map { cell in
            if case .text(let text) = cell { return text.readableText }
            return "<graphic>"
        }
    }

    @Test(arguments: [("en", "Growth on a year before"), ("zh", "比上年同期增长")])
    func quarterRowsChangeOnTheSameQuarterAYearBefore(language: String, heading: String) throws {
        let tables = try Self.tables(Self.quarterly, year: 2008, language: language)
        let periods = try #require(tables.last)
        #expect(Self.text(periods.header[0]).dropFirst(2).first == heading)
        #expect(periods.body.map { Self.text($0)[2] } == ["+10.0%", "0.0%", "+25.0%", "0.0%"])
        #expect(Self.text(periods.footer[0])[2] == "+8.7%")
        // The entity table keeps the window's base.
        #expect(Self.text(tables[0].header[0])[2] == (language == "en" ? "Growth on 2007" : "比上年增长"))
    }

    @Test(arguments: [("en", "Growth on the previous year with data"), ("zh", "比上一个有数据的年份增长")])
    func yearsWithGapsChangeOnThePreviousYearWithData(language: String, heading: String) throws {
        let periods = try #require(try Self.tables(Self.everyFiveYears, year: 2007, language: language).last)
        // Columns: year, output, its growth, population, its growth.
        #expect(Self.text(periods.header[0])[4] == heading)
        #expect(periods.body.map { Self.text($0)[4] } == ["\u{2014}", "+10.0%", "+10.0%"])
    }

    @Test func yearlyRowsInChineseChangeOnTheYearBefore() throws {
        let annual = "entity,indicator,period,value\na,pop,2007,100\na,pop,2008,110\n"
        let periods = try #require(try Self.tables(annual, year: 2008, language: "zh").last)
        #expect(Self.text(periods.header[0])[4] == "比上年增长")
    }

    @Test(arguments: ["en", "zh"]) func tablesAreNumberedInOrder(language: String) throws {
        let captions = try Self.tables(Self.quarterly, year: 2008, language: language).map { $0.caption?.plainText }
        #expect(
            captions
                == (language == "en"
                    ? ["Table 1. Indicators by entity, 2008", "Table 2. Indicators by quarter, 2008"]
                    : ["表1  2008年分单位主要指标", "表2  2008年分季度主要指标"]))
    }
}
