import Foundation
import Testing

/// The real-data examples as shipped (Briefings/us-macro, Briefings/gapminder), built by the binary
/// in both languages and read back with poppler and qpdf. Every expected figure comes from the
/// example's expected.json, computed in Python from the raw table by Scripts/extract-real-data —
/// never from our own output.
@Suite(.serialized) struct RealDataExamplesTests {
    static let root = Support.packageRoot.appendingPathComponent("Briefings").path

    /// The PDFs of `example`'s English and Chinese briefs.
    static func built(_ example: String) -> (en: String, zh: String) {
        let folder = (try? Support.temporaryFolder()) ?? NSTemporaryDirectory()
        let en = folder + "/\(example)-en.pdf"
        let zh = folder + "/\(example)-zh.pdf"
        _ = try? Support.briefing(["build", root + "/\(example)/brief.yaml", "-o", en])
        _ = try? Support.briefing(["build", root + "/\(example)/brief.zh.yaml", "-o", zh])
        return (en, zh)
    }

    static let macro = built("us-macro")
    static let gapminder = built("gapminder")

    static func expected(_ example: String) throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: root + "/\(example)/expected.json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// The text without white space, so that a figure split by layout (value and unit, tile and
    /// label) is still found.
    static func squeezed(_ pdf: String) throws -> String {
        try Support.run("pdftotext", [pdf, "-"]).stdout.filter { !$0.isWhitespace }
    }

    static func figure(_ expected: [String: Any], _ section: String, _ id: String) throws -> [String: Any] {
        let figures = try #require(expected[section] as? [String: Any])
        return try #require(figures[id] as? [String: Any])
    }

    @Test func everyPDFIsWellFormedWithEveryFontEmbedded() throws {
        for pdf in [Self.macro.en, Self.macro.zh, Self.gapminder.en, Self.gapminder.zh] {
            let check = try Support.run("qpdf", ["--check", pdf])
            #expect(check.status == 0 && check.stdout.contains("No syntax or stream encoding errors found"), "\(pdf)")
            let fonts = try Support.fonts(of: pdf)
            #expect(!fonts.isEmpty)
            #expect(fonts.allSatisfy { $0.embedded && $0.subset }, "\(pdf): \(fonts)")
        }
    }

    @Test func usMacroTilesShowThe2008AveragesAndChangesOfTheTable() throws {
        let expected = try Self.expected("us-macro")
        let en = try Self.squeezed(Self.macro.en)
        let zh = try Self.squeezed(Self.macro.zh)
        // Averages of the four quarters, growth on 2007; a rate's change in points.
        for id in ["realgdp", "realinv", "cpi"] {
            let figure = try Self.figure(expected, "year_2008", id)
            let value = try #require(figure["en"] as? String)
            let growth = try #require(figure["growth_en_zh"] as? String)
            #expect(en.contains(value.filter { !$0.isWhitespace }), "\(id) \(value)")
            #expect(en.contains(growth + "on2007"), "\(id) \(growth)")
            let zhValue = try #require(figure["zh"] as? String)
            #expect(zh.contains(zhValue.filter { !$0.isWhitespace }), "\(id) \(zhValue)")
        }
        let unemp = try Self.figure(expected, "year_2008", "unemp")
        #expect(en.contains("Unemploymentrate,2008average5.8%"))
        #expect(en.contains((unemp["change_points_en"] as? String ?? "?").filter { !$0.isWhitespace } + "on2007"))
        #expect(!en.contains("+25.4%"), "a rate's growth in % would mislead")
        // A stock is its level at the end of the year, never a sum of quarters.
        let m1 = try Self.figure(expected, "year_2008", "m1")
        #expect(en.contains("MoneystockM1,endof2008"))
        #expect(en.contains(((m1["en"] as? String) ?? "?").filter { !$0.isWhitespace }))
        #expect(zh.contains("2008年末"))
    }

    @Test func usMacroPerPersonComesFromTheTotalsOfItsParts() throws {
        let expected = try Self.expected("us-macro")
        let variants = try #require(expected["per_capita_2008_variants"] as? [String: Any])
        let fromParts = try #require(variants["from_parts"] as? Double)
        let meanOfRatios = try #require(variants["mean_of_quarterly_ratios"] as? Double)
        let en = try Support.text(of: Self.macro.en)
        let shown = { (value: Double) in
            NumberFormatter.localizedString(from: NSNumber(value: value.rounded()), number: .decimal)
        }
        #expect(en.contains(shown(fromParts) + " USD"))
        #expect(!en.contains(shown(meanOfRatios) + " USD"))
    }

    @Test func usMacroIsQuarterlyInItsLabelsAndTable() throws {
        let en = try Support.text(of: Self.macro.en)
        let zh = try Support.text(of: Self.macro.zh)
        #expect(en.contains("quarterly, Q1 1959\u{2013}Q3 2009"))
        #expect(en.contains("Indicators by quarter, the United States, Q1 2007\u{2013}Q4 2008"))
        #expect(zh.contains("2008年第四季度"))
        let expected = try Self.expected("us-macro")
        let realgdp = try Self.figure(expected, "year_2008", "realgdp")
        let quarters = try #require(realgdp["quarters"] as? [String: Double])
        for (quarter, value) in quarters {
            let label = "Q\(quarter.suffix(1)) \(quarter.prefix(4))"
            let number = String(format: "%.1f", value)
            let grouped = number.count > 6 ? String(number.dropLast(5)) + "," + number.suffix(5) : number
            #expect(
                en.range(of: "\(label)\\s+\(NSRegularExpression.escapedPattern(for: grouped))", options: .regularExpression)
                    != nil, "\(quarter)")
        }
    }

    @Test func gapminderComparesWithThePreviousYearObservedAndNamesItsCountries() throws {
        let expected = try Self.expected("gapminder")
        let brief = try #require(expected["brief_asia_2007"] as? [String: Any])
        let total = try #require(brief["total_pop"] as? [String: Any])
        let en = try Self.squeezed(Self.gapminder.en)
        let zh = try Self.squeezed(Self.gapminder.zh)
        let growth = try #require(total["growth_en_zh"] as? String)
        #expect(en.contains(((total["en"] as? String) ?? "?").filter { !$0.isWhitespace }))
        #expect(en.contains(growth + "on2002"))
        #expect(zh.contains(((total["zh"] as? String) ?? "?").filter { !$0.isWhitespace }))
        #expect(zh.contains("比2002年增长" + growth.dropFirst()))
        #expect(en.contains("acrossthe33countries"))
        #expect(zh.contains("2007年亚洲33个国家和地区合计"))
        let countries = try #require(brief["countries"] as? [String: Any])
        for (name, value) in countries {
            let country = try #require(value as? [String: Any])
            let pop = try #require(country["pop"] as? [String: Any])
            #expect(en.contains(((pop["en"] as? String) ?? "?").split(separator: " ")[0]), "\(name)")
        }
        // Life expectancy is a rate: no total, no share.
        #expect(!en.contains("Sharesofthecountriesin Life".filter { !$0.isWhitespace }))
    }

    @Test func noPageSpeaksOfParksOrACity() throws {
        for pdf in [Self.macro.en, Self.macro.zh, Self.gapminder.en, Self.gapminder.zh] {
            let text = try Support.text(of: pdf)
            #expect(text.range(of: "园区|全市|\\bparks?\\b|\\bcity\\b", options: [.regularExpression, .caseInsensitive]) == nil)
        }
    }

    @Test func theGapminderReportsAreAnnualAndCompareWith2002() throws {
        let folder = try Support.temporaryFolder()
        let run = try Support.briefing(["batch", Self.root + "/gapminder", "-o", folder, "--entities", "China"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("reporting 1997, 2002, 2007"))
        let en = try Support.text(of: folder + "/2007/China-en.pdf")
        #expect(en.contains("Annual report, 2007"))
        #expect(en.contains("1,318,683,096 people"))
        #expect(en.contains("Rank 1 of 8 countries"))
        #expect(en.contains("Source: gapminder.csv; growth, shares and ranks computed by briefing."))
        let zh = try Support.text(of: folder + "/2007/China-zh.pdf")
        #expect(zh.contains("比2002年"))
    }
}

/// `check` says which frequency it read a table's periods as when the manifest does not say.
@Suite struct FrequencyNoteTests {
    @Test func anUndeclaredFrequencyIsNamedWithAnExample() throws {
        let folder = try Support.temporaryFolder() + "/gapminder"
        try FileManager.default.copyItem(atPath: RealDataExamplesTests.root + "/gapminder", toPath: folder)
        let manifest = folder + "/brief.yaml"
        let text = try String(contentsOfFile: manifest, encoding: .utf8)
            .replacingOccurrences(of: "    frequency: annual\n", with: "")
            .replacingOccurrences(of: "    period-format: YYYY\n", with: "")
        try text.write(toFile: manifest, atomically: true, encoding: .utf8)
        let check = try Support.briefing(["check", folder])
        #expect(check.status == 0)
        #expect(
            (check.stdout + check.stderr).contains(
                "gapminder.csv:1:1: note: periods read as annual (the table writes them as years, such as '1952'; "
                    + "say otherwise with 'frequency')"))
        let declared = try Support.briefing(["check", RealDataExamplesTests.root + "/gapminder"])
        #expect(!(declared.stdout + declared.stderr).contains("periods read as"))
    }
}
