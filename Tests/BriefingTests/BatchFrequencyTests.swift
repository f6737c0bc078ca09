import Foundation
import Testing

/// Batch reports for annual data observed every five years and for quarterly data, with every
/// figure computed by hand from the fixtures written here.
@Suite struct BatchFrequencyTests {
    /// Writes a report folder: `data` as data.csv, a catalogue, the manifest with `observations`.
    private func folder(
        data: String, indicators: String, entities: String, observations: String, periods: String
    ) throws -> String {
        let folder = try Support.temporaryFolder()
        let files = [
            "data.csv": data, "indicators.csv": "indicator,name,name_zh,unit,unit_zh,decimals,kind\n" + indicators,
            "entities.csv": "entity,name,name_zh\n" + entities,
            "report.yaml": """
                title: {en: Profile, zh: 概况}
                languages: [en, zh]
                indicator: \(indicators.prefix { $0 != "," })
                data:
                  observations:
                \(observations)
                  indicators: indicators.csv
                  entities: entities.csv
                periods: \(periods)
                output: "{period}/{entity}-{lang}.pdf"

                """,
        ]
        for (name, text) in files { try text.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8) }
        return folder
    }

    private func squeezed(_ text: String) -> String {
        text.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ") }
            .filter { !$0.isEmpty }.joined(separator: "\n")
    }

    @Test func annualEveryFiveYears() throws {
        let folder = try folder(
            data: "e,year,out,rate\na,2000,100,\na,2005,120,4.0\na,2010,150,5.5\nb,2000,50,\nb,2005,60,3.0\nb,2010,50,2.0\n",
            indicators: "out,Output,产出,t,吨,0,stock\nrate,Rate,比率,%,%,1,rate\n",
            entities: "a,Alpha,甲\nb,Beta,乙\n",
            observations: """
                    file: data.csv
                    layout: wide-indicators
                    columns: {entity: e, period: year}
                    indicators: [out, rate]
                """,
            periods: "2005..2010")
        let result = try Support.briefing(["batch", folder, "-o", folder + "/out", "--entities", "a"])
        #expect(result.status == 0)
        // 2006–2009 have no data: skipped, said at the manifest's periods line.
        #expect(result.stderr.contains(
            "\(folder)/report.yaml:12:1: warning: no data for 2006, 2007, 2008, 2009 of 2005..2010: reporting 2005, 2010"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/out/2006/a-en.pdf"))
        let en = squeezed(try Support.text(of: folder + "/out/2010/a-en.pdf"))
        #expect(en.contains("Annual report, 2010 · Output"))
        // Share 150 / (150 + 50) = 75.0%; growth on 2005 (no 2009): 150 / 120 − 1 = +25.0%.
        #expect(en.contains("2010 Share of the total\n150 t 75.0%\nRank 1 of 2 entities"))
        // Without targets, the fourth tile is the value growth is on: 2005's 120 t.
        #expect(en.contains("Growth on 2005 2005\n+25.0% 120 t"))
        #expect(en.contains("Output rose 25.0% between 2005 and 2010, to 150 t, first of 2 entities."))
        #expect(en.contains("Figure 1. Output, annual, 2000–2010"))
        // A rate's change is a difference: 5.5 − 4.0 = +1.5 pp; no period column beside the year.
        #expect(en.contains("Indicator 2010 2005 Growth Rank\nOutput (t) 150 120 +25.0% 1\nRate (%) 5.5 4.0 +1.5 pp 1"))
        let zh = squeezed(try Support.text(of: folder + "/out/2010/a-zh.pdf"))
        #expect(zh.contains("2010年度报告 · 产出"))
        #expect(zh.contains("2010年，产出150吨，比2005年增长25.0%，居2个单位第1位。"))
    }

    @Test func quarterly() throws {
        let folder = try folder(
            data: "entity,year,quarter,gdp\nx,2008,1,10\nx,2008,2,20\nx,2008,3,30\nx,2008,4,40\nx,2009,1,12\nx,2009,2,22\nx,2009,3,33\n",
            indicators: "gdp,GDP,生产总值,bn,亿,1,flow\n", entities: "x,Xland,某地\n",
            observations: """
                    file: data.csv
                    layout: wide-indicators
                    columns: {entity: entity, period: {year: year, quarter: quarter}}
                    indicators: [gdp]
                """,
            periods: "2009Q3..2009Q3")
        let result = try Support.briefing(["batch", folder, "-o", folder + "/out"])
        #expect(result.status == 0)
        let en = squeezed(try Support.text(of: folder + "/out/2009Q3/x-en.pdf"))
        #expect(en.contains("Quarterly report, Q3 2009 · GDP"))
        // Q1–Q3: 12 + 22 + 33 = 67 on 10 + 20 + 30 = 60: +11.7%; Q3: 33 on 30: +10.0%.
        #expect(en.contains("Q3 2009 Q1–Q3 2009\n33.0 bn 67.0 bn\n+10.0% on Q3 2008 Rank 1 of 1 entity"))
        #expect(en.contains("Growth on Q1–Q3 2008 Q1–Q3 2008\n+11.7% 60.0 bn"))
        #expect(en.contains("GDP rose 11.7% year on year in Q1–Q3 2009 to 67.0 bn"))
        #expect(en.contains("Figure 1. GDP, quarterly, Q1 2008–Q3 2009"))
        // The time axis ends at the report's quarter, not at the end of its year.
        #expect(en.contains("Q1 2008 Q2 Q3 Q4 Q1 2009 Q2 Q3\n"), "\(en)")
        #expect(!en.contains("Q1 2009 Q2 Q3 Q4"))
        let zh = squeezed(try Support.text(of: folder + "/out/2009Q3/x-zh.pdf"))
        #expect(zh.contains("2009年第三季度报告 · 生产总值"))
        #expect(zh.contains("2009年前三季度，生产总值670亿，同比增长11.7%"))
    }
}
