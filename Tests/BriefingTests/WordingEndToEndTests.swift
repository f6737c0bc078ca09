import Foundation
import Testing

/// A brief and a batch about sectors (`entity-noun: sector`, `scope: the country`), built by the
/// real binary: no word of their pages speaks of parks or a city, in either language; the
/// Chinese brief shows the targets' `note_zh`; missing Chinese names are warned with their lines.
@Suite(.serialized) struct WordingEndToEndTests {
    static let fixture = Support.packageRoot.appendingPathComponent("Tests/Fixtures/sectors").path

    static func build(_ manifest: String) throws -> String {
        let pdf = try Support.temporaryFolder() + "/brief.pdf"
        let result = try Support.briefing(["build", fixture + "/" + manifest, "-o", pdf])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty, "\(result.stderr)")
        return try Support.text(of: pdf)
    }

    @Test func theEnglishSectorBriefSpeaksOfSectors() throws {
        let text = try Self.build("brief.yaml")
        #expect(text.range(of: "park|city", options: [.regularExpression, .caseInsensitive]) == nil)
        for phrase in [
            "Totals for 2013 across the 3 sectors, with growth on 2012.", "Indicators by sector, 2013",
            "Output, all sectors, monthly", "Contributions of the sectors to the change in Output", "Other sectors",
            "Shares of the sectors in Output, 2013", "export growth: 10%",
        ] {
            #expect(text.contains(phrase), "missing \(phrase)")
        }
        #expect(text.range(of: #"\n\s*Sector\s+Output\b[^\n]*\n\s*\(bn yuan\)"#, options: .regularExpression) != nil)
    }

    @Test func theChineseSectorBriefSpeaksOfDepartmentsAndShowsNoteZH() throws {
        let text = try Self.build("brief.zh.yaml")
        #expect(text.range(of: "园区|全市|park|city", options: [.regularExpression, .caseInsensitive]) == nil)
        for phrase in ["2013年全国3个部门合计，及比上年增长。", "2013年分部门主要指标", "全国部门产出月度走势", "其他部门", "出口增长：10%"] {
            #expect(text.contains(phrase), "missing \(phrase)")
        }
        #expect(!text.contains("export growth"))
    }

    @Test func theSectorReportsRankSectors() throws {
        let folder = try Support.temporaryFolder()
        let result = try Support.briefing(["batch", Self.fixture, "-o", folder, "--entities", "manu"])
        #expect(result.status == 0, "\(result.stderr)")
        let en = try Support.text(of: folder + "/2013-05/manu-en.pdf")
        let zh = try Support.text(of: folder + "/2013-05/manu-zh.pdf")
        #expect(en.contains("Rank 1 of 3 sectors") && en.contains("first of 3 sectors"))
        #expect(en.contains("Output by sector, January–May 2013"))
        #expect(zh.contains("居3个部门第1位"))
        for text in [en, zh] {
            #expect(text.range(of: "园区|全市|park|city", options: [.regularExpression, .caseInsensitive]) == nil)
        }
    }

    @Test func aChineseBriefWarnsOfMissingChineseNamesWithTheirLines() throws {
        let folder = try Support.temporaryFolder()
        for name in ["brief.yaml", "brief.zh.yaml", "report.yaml", "indicators.csv", "monthly.csv", "targets.csv"] {
            try FileManager.default.copyItem(atPath: Self.fixture + "/" + name, toPath: folder + "/" + name)
        }
        try "sector,name,name_zh\nagri,Agriculture,\nmanu,Manufacturing,制造业\nserv,Services,\n"
            .write(toFile: folder + "/sectors.csv", atomically: true, encoding: .utf8)
        let zh = try Support.briefing(["check", folder + "/brief.zh.yaml"])
        #expect(zh.status == 0, "\(zh.stderr)")
        #expect(
            (zh.stdout + zh.stderr).contains(
                "sectors.csv:1:13: warning: 2 entities have no name_zh (lines 2, 4): their English names are shown"),
            "\(zh.stdout)\(zh.stderr)")
        let en = try Support.briefing(["check", folder + "/brief.yaml"])
        #expect(!(en.stdout + en.stderr).contains("name_zh"))
        // A batch with Chinese among its languages warns too, and builds.
        let batch = try Support.briefing(["batch", folder, "-o", folder + "/out", "--quiet"])
        #expect(batch.status == 0, "\(batch.stderr)")
        #expect(
            batch.stderr.hasPrefix(
                folder
                    + "/sectors.csv:1:13: warning: 2 entities have no name_zh (lines 2, 4): their English names are shown"
            ),
            "\(batch.stderr)")
    }
}
