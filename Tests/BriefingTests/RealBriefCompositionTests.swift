import BriefingCore
import BriefingData
import BriefingRender
import Foundation
import Testing

@testable import Briefing

/// The real examples composed end to end with today's input keys: gapminder (annual, every five
/// years) as a long table built from the shipped CSV and built by the CLI; us-macro (quarterly, one
/// entity) as a dataset read from the shipped CSV, composed and written in process. Figures from
/// each example's expected.json.
@Suite struct RealBriefCompositionTests {
    static let root = Support.packageRoot.appendingPathComponent("Briefings").path

    static func rows(_ file: String) throws -> [[String: String]] {
        let lines = try String(contentsOfFile: file, encoding: .utf8).split(whereSeparator: \.isNewline)
        func fields(_ line: Substring) -> [String] {
            var out: [String] = [], field = "", quoted = false
            for c in line {
                if c == "\"" { quoted.toggle() } else if c == ",", !quoted { out.append(field); field = "" } else { field.append(c) }
            }
            return out + [field]
        }
        let header = fields(lines[0])
        return lines.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, fields($0))) }
    }

    @Test func annualBriefComparesWithThePreviousYearWithData() throws {
        let folder = try Support.temporaryFolder()
        var long = ["entity,indicator,period,value"]
        var asia = Set<String>()
        for row in try Self.rows(Self.root + "/gapminder/gapminder.csv") where row["continent"] == "Asia" {
            asia.insert(row["country"] ?? "")
            for indicator in ["lifeExp", "pop", "gdpPercap"] {
                long.append("\"\(row["country"] ?? "")\",\(indicator),\(row["year"] ?? ""),\(row[indicator] ?? "")")
            }
        }
        try (long.joined(separator: "\n") + "\n").write(toFile: folder + "/gap.csv", atomically: true, encoding: .utf8)
        let countries = try Self.rows(Self.root + "/gapminder/countries.csv").filter { asia.contains($0["country"] ?? "") }
            .map { "\"\($0["country"] ?? "")\",\"\($0["name"] ?? "")\",\($0["name_zh"] ?? "")" }
        try (["country,name,name_zh"] + countries).joined(separator: "\n").write(
            toFile: folder + "/countries.csv", atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(atPath: Self.root + "/gapminder/indicators.csv", toPath: folder + "/indicators.csv")
        try """
            title: Asia in 2007
            date: 2008-06-30
            language: en
            year: 2007
            data:
              observations: {file: gap.csv, layout: long, columns: {entity: entity, period: period}}
              indicators: indicators.csv
              entities: {file: countries.csv, id: country}
            sections:
              - key-indicators:
                  indicators: [pop]
              - charts:
                  - {id: change, kind: waterfall, indicator: pop}
                  - {id: since-1952, kind: line, indicator: pop}
                  - {id: life, kind: growth, indicator: lifeExp}
              - indicator-table: {growth: true}

            """.write(toFile: folder + "/brief.yaml", atomically: true, encoding: .utf8)
        let build = try Support.briefing(["build", "brief.yaml", "-o", "out.pdf"], in: folder)
        #expect(build.status == 0, "\(build.stderr)")
        let text = try Support.text(of: folder + "/out.pdf")
        let expected = try JSONSerialization.jsonObject(
            with: Data(contentsOf: URL(fileURLWithPath: Self.root + "/gapminder/expected.json"))) as? [String: Any]
        let brief = try #require(expected?["brief_asia_2007"] as? [String: Any])
        let total = try #require(brief["total_pop"] as? [String: Any])
        let value = try #require((total["en"] as? String)?.split(separator: " ").first)
        #expect(text.contains("Population, end of 2007"))
        #expect(text.contains(String(value)))
        #expect(text.contains("\(total["growth_en_zh"] ?? "") on 2002"))
        #expect(text.contains("Population, all entities, annual, 1952\u{2013}2007"))
        #expect(text.contains("Change in Life expectancy at birth by entity, 2007 on 2002"))
        // Afghanistan's life expectancy: 42.129 → 43.828 years, +1.7 (a rate: its change in years).
        #expect(text.range(of: #"Afghanistan\s+31,889,923\s+\+26\.2%\s+43\.8\s+\+1\.7"#, options: .regularExpression) != nil)
    }

    /// us-macro's quarters, read from the shipped table: one entity, `us`.
    static func macroDataset() throws -> Dataset {
        let catalogue = try rows(root + "/us-macro/indicators.csv")
        let indicators = catalogue.map { row in
            Indicator(
                id: row["indicator"] ?? "", names: Localized(en: row["name"] ?? "", zh: row["name_zh"]),
                units: Localized(en: row["unit"] ?? "", zh: row["unit_zh"]), decimals: Int(row["decimals"] ?? "") ?? 0,
                kind: Indicator.Kind(rawValue: row["kind"] ?? "") ?? .flow,
                derivation: (row["numerator"] ?? "").isEmpty
                    ? nil
                    : Indicator.Derivation(
                        numerator: row["numerator"] ?? "", denominator: row["denominator"] ?? "",
                        scale: Double(row["scale"] ?? "") ?? 1))
        }
        var observations: [SeriesKey: [Period: Double]] = [:]
        for row in try rows(root + "/us-macro/macrodata.csv") {
            let period = Period(
                year: Int(Double(row["year"] ?? "") ?? 0), quarter: Int(Double(row["quarter"] ?? "") ?? 0))
            for indicator in indicators where indicator.derivation == nil {
                observations[SeriesKey(entity: "us", indicator: indicator.id), default: [:]][period] = Double(
                    row[indicator.id] ?? "")
            }
        }
        return Dataset(
            indicators: indicators, entities: [Entity(id: "us", names: Localized(en: "United States", zh: "美国"))],
            observations: observations, frequency: .quarterly)
    }

    @Test(arguments: [Figures.Window.year(2008), .yearToDate(Period(year: 2009, quarter: 3))])
    func quarterlyBriefByKindAndPeriod(window: Figures.Window) throws {
        // The manifest is read with a one-row stand-in table; the quarters replace it below.
        let folder = try Support.temporaryFolder()
        for name in ["indicators.csv", "entities.csv"] {
            try FileManager.default.copyItem(atPath: Self.root + "/us-macro/" + name, toPath: folder + "/" + name)
        }
        try "entity,indicator,period,value\nus,realgdp,2008,1\n".write(
            toFile: folder + "/data.csv", atomically: true, encoding: .utf8)
        try """
            title: The US Economy
            date: 2009-12-15
            language: en
            year: 2008
            data:
              observations: {file: data.csv, layout: long, columns: {entity: entity, period: period}}
              indicators: indicators.csv
              entities: {file: entities.csv, id: entity}
            sections:
              - key-indicators:
                  indicators: [realgdp, m1, unemp, tbilrate]
              - charts:
                  - {id: output, kind: line, indicators: [realgdp, realcons]}
              - indicator-table: {indicators: [realgdp, m1, tbilrate], rows: periods, growth: true}

            """.write(toFile: folder + "/brief.yaml", atomically: true, encoding: .utf8)
        var brief = try Brief.load(folder)
        brief.dataset = try Self.macroDataset()
        brief.window = window
        try FontConfiguration.use(configFile: Assets.fontConfiguration)
        let typesetter = try PangoTypesetter(monospaceFamily: brief.theme.fonts(for: .en).mono)
        let laidOut = try BriefBuilder.layout(brief, typesetter: typesetter, sourceDateEpoch: "0")
        try PDFWriter.write(laidOut.document, to: folder + "/out.pdf")
        let text = try Support.text(of: folder + "/out.pdf")
        #expect(text.contains("Real GDP and Real personal consumption, quarterly, Q1 1959\u{2013}Q3 2009"))
        if window == .year(2008) {
            // expected.json year_2008: realgdp 13,312.2 (+0.4%), m1 1,576.5 at end of year (+14.5%),
            // unemp 5.8% (+1.2 pp), tbilrate 1.15% (−3.0 pp, not −72.5%).
            for line in ["Real GDP, 2008 average", "13,312.2", "+0.4% on 2007", "Money stock M1, end of 2008", "1,576.5",
                "+14.5% on 2007", "+1.2 pp on 2007", "\u{2212}3.0 pp on 2007", "Indicators by quarter, 2008"]
            {
                #expect(text.contains(line), "\(line)")
            }
            #expect(!text.contains("72.5"))
            // The quarters of 2008 and the year: realgdp 2008Q4 13,141.9 (−1.9% on 2007Q4).
            #expect(text.range(of: #"Q4 2008\s+13,141\.9\s+\S+\s+1,576\.5"#, options: .regularExpression) != nil)
            #expect(text.range(of: #"\n\s*2008\s+13,312\.2\s+\+0\.4%\s+1,576\.5\s+\+14\.5%\s+1\.15\s+−3\.0 pp"#, options: .regularExpression) != nil)
        } else {
            // expected.json year_to_date_2009Q3: realgdp 12,939.1, −3.2% on Q1–Q3 2008; M1 at end of Q3 1,673.9.
            for line in ["Real GDP, Q1\u{2013}Q3 2009 average", "12,939.1", "\u{2212}3.2% on Q1\u{2013}Q3 2008",
                "Money stock M1, end of Q3 2009", "1,673.9", "Indicators by quarter, Q1\u{2013}Q3 2009"]
            {
                #expect(text.contains(line), "\(line)")
            }
        }
    }
}
