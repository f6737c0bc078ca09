import Foundation
import Testing

/// The example brief built by the real binary, in both languages, and read back as a reader's
/// tools would: poppler-utils and qpdf.
@Suite(.serialized) struct ExampleBriefTests {
    static let built: (en: String, zh: String) = {
        let folder = (try? Support.temporaryFolder()) ?? NSTemporaryDirectory()
        let en = folder + "/parks-2014.pdf"
        let zh = folder + "/parks-2014-zh.pdf"
        _ = try? Support.briefing(["build", Support.example, "-o", en])
        _ = try? Support.briefing(["build", Support.example + "/brief.zh.yaml", "-o", zh])
        return (en, zh)
    }()

    @Test func bothPDFsPassQpdfCheck() throws {
        for pdf in [Self.built.en, Self.built.zh] {
            let check = try Support.run("qpdf", ["--check", pdf])
            #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
            #expect(check.stdout.contains("No syntax or stream encoding errors found"))
        }
    }

    @Test func englishTextHasTheHeadlineFigures() throws {
        let text = try Support.text(of: Self.built.en)
        for figure in [
            "241.10 bn yuan", "4.40 bn yuan", "52.50 bn yuan", "+37.6% on 2012", "+29.6% on 2012", "+19.0% on 2012",
            "2014 target: +20%", "2014 target: +16%",
            // The donut's data table (data-table: true) and the waterfall's signed contributions.
            "Data of figure 6", "Other parks", "33.8%", "+13.30",
        ] {
            #expect(text.contains(figure), "missing \(figure)")
        }
        // The indicator table's total row, with the catalogue's decimals.
        #expect(
            text.range(
                of: #"Total\s+241\.10\s+4\.40\s+52\.50\s+1,185\.0\s+96\.30\s+212\.1"#, options: .regularExpression)
                != nil)
        // The notes, every construct: heading, bold, list, quote, table.
        for note in [
            "Targets for 2014", "strong downward pressure", "talent and training,",
            "The development of industry is one of the city\u{2019}s great concerns",
            "Financing platform for park enterprises",
        ] {
            #expect(text.contains(note), "missing \(note)")
        }
    }

    @Test func chineseTextHasChineseFiguresAndLabels() throws {
        let text = try Support.text(of: Self.built.zh)
        for figure in [
            "2411.0亿元", "44.0亿元", "525.0亿元", "比上年增长37.6%", "2014年目标：增长20%", "合计", "全市工业园区发展座谈会",
            "发展工业是全市的大事", "园区企业融资平台", "郴州经济开发区", "图6数据", "其他园区", "+133.0",
        ] {
            #expect(text.contains(figure), "missing \(figure)")
        }
        let pages = Int(try Support.info(of: Self.built.zh)["Pages"] ?? "") ?? 0
        #expect(text.contains("第2页，共\(pages)页"))
    }

    @Test func footerCountsEveryPage() throws {
        let pages = Int(try Support.info(of: Self.built.en)["Pages"] ?? "") ?? 0
        #expect(pages >= 5)
        let text = try Support.text(of: Self.built.en)
        for page in 2...pages { #expect(text.contains("Page \(page) of \(pages)")) }
        #expect(!text.contains("Page 1 of"))  // the cover has no footer
    }

    @Test func everyFontIsEmbeddedAndSubset() throws {
        for pdf in [Self.built.en, Self.built.zh] {
            let fonts = try Support.fonts(of: pdf)
            #expect(!fonts.isEmpty)
            for font in fonts { #expect(font.embedded && font.subset, "\(font.name) in \(pdf)") }
        }
        #expect(try Support.fonts(of: Self.built.zh).contains { $0.name.contains("NotoSansCJKsc") })
        #expect(try Support.fonts(of: Self.built.en).contains { $0.name.contains("NotoSans-Regular") })
        // An English brief needs no CJK font (the tiles' trend triangles are drawn, not ▲ glyphs):
        // embedding one would cost cairo a read of its 16 MB CFF table.
        #expect(try !Support.fonts(of: Self.built.en).contains { $0.name.contains("CJK") })
    }

    @Test func outlineHasSectionsAndNoteHeadings() throws {
        let outline = try Support.outline(of: Self.built.en)
        let titles = outline.map(\.title)
        for title in [
            "Contents", "At a glance", "Charts", "Indicators by park, 2013",
            "Symposium on the development of the city\u{2019}s industrial parks", "Summary", "Targets for 2014",
            "Requirements",
        ] {
            #expect(titles.contains(title), "outline lacks \(title)")
        }
        #expect(outline.first { $0.title == "Summary" }?.depth == 2)
        #expect(try Support.outline(of: Self.built.zh).map(\.title).contains("会议概要"))
    }

    @Test func metadataComesFromTheBrief() throws {
        let info = try Support.info(of: Self.built.en)
        #expect(info["Title"] == "Industrial Parks 2013 and Targets for 2014")
        #expect(info["Author"] == "Chenzhou Municipal Development and Reform Commission")
        #expect(info["Subject"]?.hasPrefix("Results of the parks in 2013") == true)
        #expect(info["CreationDate"]?.contains("Mar 12") == true && info["CreationDate"]?.contains("2014") == true)
        #expect(info["Page size"]?.contains("(A4)") == true)
    }

    @Test func taggedWithStructureLanguageAndAlternativeTexts() throws {
        for (pdf, language) in [(Self.built.en, "en"), (Self.built.zh, "zh-CN")] {
            #expect(try Support.info(of: pdf)["Tagged"] == "yes")
            let structure = try Support.structure(of: pdf)
            for type in [
                "Document", "H1", "H2", "P", "L", "LI", "Lbl", "LBody", "Table", "TR", "TH", "TD", "Figure", "TOC",
                "TOCI", "BlockQuote",
            ] {
                #expect((structure.types[type] ?? 0) > 0, "no \(type) element in \(pdf)")
            }
            #expect(structure.types["Figure"] == 7)  // the manifest's seven charts
            #expect(structure.language == language)
            #expect(structure.alternativeTexts.count == 7)
        }
        let english = try Support.structure(of: Self.built.en).alternativeTexts
        #expect(
            english.first?.hasPrefix(
                "Bar chart: Total technology, industry and trade volume by park, 2013; highest Chenzhou Economic Development Zone"
            ) == true)
        #expect(try Support.structure(of: Self.built.zh).alternativeTexts.first?.contains("郴州经济开发区") == true)
    }

    @Test func sameInputsGiveTheSameBytes() throws {
        let folder = try Support.temporaryFolder()
        let again = folder + "/again.pdf"
        let result = try Support.briefing(["build", Support.example, "-o", again])
        #expect(result.status == 0)
        let first = FileManager.default.contents(atPath: Self.built.en)
        #expect(first != nil && first == FileManager.default.contents(atPath: again))
    }

    @Test func sourceDateEpochSetsTheCreationDate() throws {
        let pdf = try Support.temporaryFolder() + "/epoch.pdf"
        let result = try Support.briefing(
            ["build", Support.example, "-o", pdf], environment: ["SOURCE_DATE_EPOCH": "1700000000"])
        #expect(result.status == 0)
        #expect(try Support.info(of: pdf)["CreationDate"]?.contains("2023") == true)
    }

    @Test func defaultOutputIsNamedAfterTheBrief() throws {
        let folder = try Support.temporaryFolder()
        let result = try Support.briefing(["build", Support.example + "/brief.zh.yaml"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder + "/out/parks-2014-zh.pdf"))
    }
}

/// Real exports come long or wide: the same data as a wide table gives the same brief.
@Suite struct WideTableTests {
    /// Rewrites the example's long `monthly.csv` as one column per indicator (or per period).
    func widen(_ brief: String, byIndicator: Bool) throws {
        let text = try String(contentsOfFile: brief + "/monthly.csv", encoding: .utf8)
        var values: [[String]: String] = [:]  // [park, indicator, month] → value
        var parks: [String] = [], indicators: [String] = [], months: [String] = []
        for line in text.split(whereSeparator: \.isNewline).dropFirst() {
            let f = line.split(separator: ",").map(String.init)
            values[[f[0], f[1], f[2]]] = f[3]
            if !parks.contains(f[0]) { parks.append(f[0]) }
            if !indicators.contains(f[1]) { indicators.append(f[1]) }
            if !months.contains(f[2]) { months.append(f[2]) }
        }
        var rows: [String]
        if byIndicator {
            rows = ["park,month," + indicators.joined(separator: ",")]
            for park in parks {
                for month in months {
                    rows.append(
                        ([park, month] + indicators.map { values[[park, $0, month]] ?? "" }).joined(separator: ","))
                }
            }
        } else {
            rows = ["park,indicator," + months.joined(separator: ",")]
            for park in parks {
                for indicator in indicators {
                    rows.append(
                        ([park, indicator] + months.map { values[[park, indicator, $0]] ?? "" }).joined(separator: ","))
                }
            }
        }
        try (rows.joined(separator: "\n") + "\n").write(toFile: brief + "/wide.csv", atomically: true, encoding: .utf8)
        let manifest = try String(contentsOfFile: brief + "/brief.yaml", encoding: .utf8)
        let layout =
            byIndicator
            ? "file: wide.csv\n    layout: wide-indicators\n    columns: {entity: park, period: month}"
            : "file: wide.csv\n    layout: wide-periods\n    columns: {entity: park, indicator: indicator}"
        try manifest.replacingOccurrences(
            of:
                "file: monthly.csv\n    layout: long\n    columns: {entity: park, indicator: indicator, period: month, value: value}",
            with: layout
        ).write(toFile: brief + "/brief.yaml", atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(atPath: brief + "/monthly.csv")
    }

    @Test(arguments: [true, false]) func wideTableGivesTheSameBrief(byIndicator: Bool) throws {
        let brief = try Support.copyOfExample()
        try widen(brief, byIndicator: byIndicator)
        let wide = brief + "/wide.pdf"
        let result = try Support.briefing(["build", brief, "-o", wide])
        #expect(result.status == 0, "\(result.stderr)")
        let long = try Support.temporaryFolder() + "/long.pdf"
        _ = try Support.briefing(["build", Support.example, "-o", long])
        // The same words in the same order (column spacing in pdftotext's layout differs with the
        // width of the file name on the source line, which names the table's file).
        let normalise = { (text: String) in
            text.replacingOccurrences(of: "wide.csv", with: "monthly.csv").split(whereSeparator: \.isWhitespace)
        }
        #expect(normalise(try Support.text(of: wide)) == normalise(try Support.text(of: long)))
    }
}
