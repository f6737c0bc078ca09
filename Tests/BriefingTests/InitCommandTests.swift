import Foundation
import Testing

/// `briefing init` run as a user runs it: on every table shape of the fixtures and on the
/// examples' tables, the brief it writes builds at once and shows the ids found; `check` lists the
/// placeholders with their positions; what it could not decide is printed at its place in
/// brief.yaml; it never replaces a file without --force, and refuses what is not a table.
@Suite struct InitCommandTests {
    /// A table (from the package root) and text its brief's PDF must show.
    struct Table: CustomTestStringConvertible, Sendable {
        var path: String
        var shows: [String]
        var testDescription: String { path }
    }

    static let tables: [Table] =
        [
            "monthly-bom-crlf.csv", "monthly-by-entity.csv", "monthly-decimal-comma.csv",
            "monthly-semicolon.csv", "monthly-thousands.csv", "monthly-year-month.csv", "monthly-tab.tsv",
            "monthly.json",
            "parks.xlsx",
        ].map { Table(path: "Tests/Fixtures/tables/" + $0, shows: ["TODO: tit_volume", "TODO: zixing"]) } + [
            Table(path: "Tests/Fixtures/tables/hitech.csv", shows: ["TODO: tit_volume", "foreign_investment"]),
            Table(path: "Tests/Fixtures/tables/tax-by-entity.csv", shows: ["TODO: hitech", "TODO: suxian"]),
            Table(path: "Tests/Fixtures/tables/years-by-month-zh.csv", shows: ["TODO: years-by-month-zh"]),
            Table(path: "Tests/Fixtures/tables/real/co2.csv", shows: ["TODO: co2"]),
            Table(path: "Tests/Fixtures/tables/real/elec_equip.csv", shows: ["TODO: STS.M.I7.W.TOVT.NS0016.4.000"]),
            Table(path: "Tests/Fixtures/tables/real/elnino.csv", shows: ["TODO: elnino"]),
            Table(path: "Briefings/parks-2014/monthly.csv", shows: ["TODO: tit_volume", "TODO: zixing"]),
            Table(path: "Briefings/gapminder/gapminder.csv", shows: ["TODO: lifeExp", "Afghanistan"]),
            Table(path: "Briefings/us-macro/macrodata.csv", shows: ["TODO: realgdp", "TODO: unemp"]),
        ]

    static func path(_ relative: String) -> String { Support.packageRoot.appendingPathComponent(relative).path }

    /// Runs `init ARGUMENTS` in a new folder; returns the folder and the result.
    static func initialise(_ arguments: [String], in folder: String? = nil) throws -> (String, Support.Result) {
        let folder = try folder ?? Support.temporaryFolder()
        let result = try Support.briefing(
            ["init"] + arguments, environment: ["SOURCE_DATE_EPOCH": "1394582400"], in: folder)
        return (folder, result)
    }

    @Test(arguments: tables) func theBriefWrittenBuilds(_ table: Table) throws {
        let (folder, result) = try Self.initialise([Self.path(table.path), "-o", "brief"])
        #expect(result.status == 0, "\(result.stderr)")
        let build = try Support.briefing(["build", folder + "/brief", "-o", folder + "/brief.pdf"])
        #expect(build.status == 0, "\(build.stderr)")
        let text = try Support.text(of: folder + "/brief.pdf")
        for shown in table.shows { #expect(text.contains(shown), "missing \(shown)") }
    }

    /// A text column with another value on every row reads as the entities, none with a whole
    /// window of values: the brief has no ranking (it would have nothing to draw) and builds.
    @Test func noRankingWhenNoEntityHasTheWholeWindow() throws {
        let folder = try Support.temporaryFolder()
        try "month,label,ab\n2020-01,x,1.5\n2020-02,y,2.5\n".write(
            toFile: folder + "/labels.csv", atomically: true, encoding: .utf8)
        let (_, result) = try Self.initialise([folder + "/labels.csv", "-o", "brief"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let manifest = try String(contentsOfFile: folder + "/brief/brief.yaml", encoding: .utf8)
        #expect(!manifest.contains("kind: ranking"))
        let build = try Support.briefing(["build", folder + "/brief", "-o", folder + "/brief.pdf"])
        #expect(build.status == 0, "\(build.stderr)")
    }

    /// A table of many indicators: the indicator table lists the first twelve, and says so.
    @Test func theIndicatorTableListsTwelveOfMany() throws {
        let folder = try Support.temporaryFolder()
        let ids = (1...20).map { "output_\($0)" }
        let rows = (2010...2013).map { year in
            "\(year)," + ids.indices.map { "\($0 + year - 2000).5" }.joined(separator: ",")
        }
        try (["year," + ids.joined(separator: ",")] + rows).joined(separator: "\n").write(
            toFile: folder + "/many.csv", atomically: true, encoding: .utf8)
        let (_, result) = try Self.initialise([folder + "/many.csv", "-o", "brief"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let manifest = try String(contentsOfFile: folder + "/brief/brief.yaml", encoding: .utf8)
        let listed = ids.prefix(12).joined(separator: ", ")
        #expect(
            manifest.contains(
                "  # the first 12 of 20 indicators: list those to show\n"
                    + "  - indicator-table: {rows: periods, indicators: [\(listed)]}\n"))
        let build = try Support.briefing(["build", folder + "/brief", "-o", folder + "/brief.pdf"])
        #expect(build.status == 0, "\(build.stderr)")
    }

    /// A value the brief refuses (too large, not finite) is reported at its cell, as `build` would,
    /// and nothing is written: it does not make its column text.
    @Test(arguments: [
        ("1e400", "expected a number from -1e15 to 1e15 in column 'gdp', found '1e400'"),
        ("nan", "expected a number in column 'gdp', found 'nan'"),
        ("-inf", "expected a number in column 'gdp', found '-inf'"),
    ])
    func aValueOutOfRangeIsReportedAtItsCell(_ value: String, _ message: String) throws {
        let folder = try Support.temporaryFolder()
        try "year,gdp\n2010,\(value)\n2011,5\n".write(toFile: folder + "/big.csv", atomically: true, encoding: .utf8)
        let (_, result) = try Self.initialise([folder + "/big.csv", "-o", "brief"], in: folder)
        #expect(result.status == 65)
        #expect(result.stderr.contains("big.csv:2:6: error: \(message)"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder + "/brief"))
    }

    /// gapminder's 142 countries are more bars than a page can show: no ranking, and a comment
    /// saying how to have one.
    @Test func noRankingOfMoreThanThirtyEntities() throws {
        let (folder, result) = try Self.initialise([Self.path("Briefings/gapminder/gapminder.csv"), "-o", "g"])
        #expect(result.status == 0, "\(result.stderr)")
        let manifest = try String(contentsOfFile: folder + "/g/brief.yaml", encoding: .utf8)
        #expect(!manifest.contains("- {id: ranking"))
        #expect(
            manifest.contains("  # No ranking chart: 142 entities are more bars than a page can show (at most 30)."))
    }

    @Test func aChineseBriefBuildsInChinese() throws {
        let (folder, result) = try Self.initialise([
            Self.path("Briefings/parks-2014/monthly.csv"), "--language", "zh", "-o", "b",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let manifest = try String(contentsOfFile: folder + "/b/brief.yaml", encoding: .utf8)
        #expect(manifest.contains("title: \"TODO: 简报标题\""))
        #expect(manifest.contains("language: zh"))
        let notes = try String(contentsOfFile: folder + "/b/notes.md", encoding: .utf8)
        #expect(notes.contains("title: 会议纪要"))
        let build = try Support.briefing(["build", folder + "/b", "-o", folder + "/b.pdf"])
        #expect(build.status == 0, "\(build.stderr)")
        let text = try Support.text(of: folder + "/b.pdf")
        for shown in ["TODO: 简报标题", "2014年3月12日", "2013年分单位主要指标", "TODO: tit_volume"] {
            #expect(text.contains(shown), "missing \(shown)")
        }
    }

    /// `check` lists every placeholder at its cell (repeats folded as check folds them).
    @Test func checkListsWhatIsLeftToFill() throws {
        let (folder, result) = try Self.initialise([Self.path("Tests/Fixtures/tables/hitech.csv"), "-o", "b"])
        #expect(
            result.stdout.contains("16 placeholders to fill in (`briefing check b` lists them), 0 choices to check"))
        let check = try Support.briefing(["check", "b"], in: folder)
        #expect(check.status == 0)
        let lines = check.stdout.split(separator: "\n").filter { !$0.hasPrefix(" ") }
        #expect(
            Array(lines.prefix(5)) == [
                "b/brief.yaml:4:8: warning: expected the brief's title in 'title', found the placeholder 'TODO: the brief's title'",
                "b/indicators.csv:2:12: warning: expected the name of indicator 'tit_volume' in column 'name', found the placeholder 'TODO: tit_volume'",
                "b/indicators.csv:2:30: warning: expected the unit of indicator 'tit_volume' in column 'unit', found the placeholder 'TODO: unit'",
                "b/indicators.csv:3:5: warning: expected the name of indicator 'tax' in column 'name', found the placeholder 'TODO: tax'",
                "b/indicators.csv:3:16: warning: expected the unit of indicator 'tax' in column 'unit', found the placeholder 'TODO: unit'",
            ])
        #expect(
            lines.contains(
                "b/entities.csv:2:8: warning: expected the name of entity 'hitech' in column 'name', found the placeholder 'TODO: hitech'"
            ))
        #expect(
            lines.contains("b/indicators.csv:5:20: warning: … and 3 more rows like this in column 'name', lines 5–7"))
        #expect(
            lines.contains(
                "b/notes.md:8:1: warning: expected the notes' own text, found the placeholder 'TODO: what the meeting "
                    + "found, in a few sentences. Markdown:…'"))
        #expect(
            lines.contains(
                "b/notes.md:12:4: warning: expected the notes' own text, found the placeholder 'TODO: the first decision.'"
            ))
        #expect(lines.last == "b/brief.yaml: 0 errors, 16 warnings")
    }

    /// What init could not decide: a CHECK comment above the key, and a line at that key on stderr.
    @Test func doubtsAreMarkedAtTheirKey() throws {
        let (folder, result) = try Self.initialise([Self.path("Tests/Fixtures/tables/tax-by-entity.csv"), "-o", "b"])
        #expect(result.status == 0)
        let first = try #require(result.stderr.split(separator: "\n").first)
        #expect(
            first
                == "b/brief.yaml:21:5: warning: the columns 'hitech', 'ecodev', 'zixing', 'yongxing', 'guiyang', 'yizhang', "
                + "'jiahe', 'linwu', 'rucheng', 'guidong', 'anren' and 'suxian' hold numbers and no column names entities: "
                + "read as indicators of one entity 'tax-by-entity' (if they are one indicator's values for several "
                + "entities, write 'layout: wide-entities' and 'columns: {indicator: {value: ID}, ...}')")
        let lines = try String(contentsOfFile: folder + "/b/brief.yaml", encoding: .utf8).split(
            separator: "\n", omittingEmptySubsequences: false)
        #expect(
            lines[20]
                == "    layout: wide-indicators             # long | wide-indicators | wide-periods | wide-entities")
        #expect(
            lines[47]
                == "  indicators: indicators.csv            # the indicator catalogue: names, units, decimals, kinds")
        #expect(
            lines[15]
                == "    # CHECK: the columns 'hitech', 'ecodev', 'zixing', 'yongxing', 'guiyang', 'yizhang', 'jiahe',")
        #expect(
            result.stderr.contains(
                "b/brief.yaml:48:3: note: indicators.csv line 2: kind of 'hitech': its values all lie between 0 and 1, as "
                    + "shares do: read as 'rate' (write 'flow', 'stock' or 'average' if it is an amount)"))
        #expect(result.stdout.contains("13 choices to check"))
    }

    /// Catalogues and targets named beside the observations are used, not written again.
    @Test func cataloguesGivenAreUsed() throws {
        let parks = ["monthly.csv", "indicators.csv", "parks.csv", "targets.csv"].map {
            Self.path("Briefings/parks-2014/" + $0)
        }
        let (folder, result) = try Self.initialise(parks + ["-o", "b"])
        #expect(result.status == 0, "\(result.stderr)")
        let manifest = try String(contentsOfFile: folder + "/b/brief.yaml", encoding: .utf8)
        #expect(manifest.contains("  entities: {file: parks.csv, id: park}"))
        #expect(manifest.contains("  targets: targets.csv"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/b/entities.csv"))
        let build = try Support.briefing(["build", folder + "/b", "-o", folder + "/b.pdf"])
        #expect(build.status == 0)
        #expect(try Support.text(of: folder + "/b.pdf").contains("Chenzhou Hi-tech Zone"))
    }

    @Test func twoObservationTablesAreAUsageError() throws {
        let folder = try Support.temporaryFolder()
        let table = Self.path("Briefings/parks-2014/monthly.csv")
        try FileManager.default.copyItem(atPath: table, toPath: folder + "/other.csv")
        let (_, result) = try Self.initialise([table, "other.csv", "-o", "b"], in: folder)
        #expect(result.status == 64)
        #expect(
            result.stderr
                == "error: expected one observations table, found '\(table)' and 'other.csv': a brief reads one table "
                + "of values (start a brief for each, or combine them into one table)\n")
        #expect(!FileManager.default.fileExists(atPath: folder + "/b"))
    }

    /// Without -o the folder is named after the first table; a second init replaces nothing and
    /// writes nothing, unless --force.
    @Test func existingFilesAreNeverReplacedWithoutForce() throws {
        let table = Self.path("Tests/Fixtures/tables/hitech.csv")
        let (folder, first) = try Self.initialise([table])
        #expect(first.status == 0)
        let manifest = folder + "/hitech/brief.yaml"
        try "edited\n".write(toFile: manifest, atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(atPath: folder + "/hitech/notes.md")
        let (_, second) = try Self.initialise([table], in: folder)
        #expect(second.status == 64)
        #expect(
            second.stderr
                == "error: nothing written: hitech/brief.yaml, hitech/indicators.csv, hitech/entities.csv, "
                + "hitech/hitech.csv already exist (use --force to replace)\n")
        #expect(try String(contentsOfFile: manifest, encoding: .utf8) == "edited\n")
        #expect(!FileManager.default.fileExists(atPath: folder + "/hitech/notes.md"))
        let (_, forced) = try Self.initialise([table, "--force"], in: folder)
        #expect(forced.status == 0)
        #expect(try String(contentsOfFile: manifest, encoding: .utf8).hasPrefix("# A brief started by `briefing init`"))
    }

    @Test func whatIsNotATableIsRefused() throws {
        let folder = try Support.temporaryFolder()
        try Data().write(to: URL(fileURLWithPath: folder + "/empty.csv"))
        try Data([0x7F, 0x45, 0x4C, 0x46, 0xD0, 0x00]).write(to: URL(fileURLWithPath: folder + "/binary.csv"))
        try Data("x,y\nfoo,bar\n".utf8).write(to: URL(fileURLWithPath: folder + "/text.csv"))
        try Data("not a zip".utf8).write(to: URL(fileURLWithPath: folder + "/book.xlsx"))
        try FileManager.default.createDirectory(atPath: folder + "/folder.csv", withIntermediateDirectories: false)
        try FileManager.default.createSymbolicLink(
            atPath: folder + "/link.csv", withDestinationPath: Self.path("Tests/Fixtures/tables/hitech.csv"))
        for (table, message) in [
            ("empty.csv", "empty.csv:1:1: error: expected a header row (the columns), found an empty file"),
            (
                "binary.csv",
                "binary.csv:1:5: error: expected UTF-8 text, found the byte 0xd0 (save the file as UTF-8, or declare its encoding, e.g. `encoding: gb18030`)"
            ),
            (
                "text.csv",
                "text.csv:1:1: error: cannot find the periods: expected a column of periods (2014, 2014-03, 2014Q3, a date), a year column beside a month or quarter column, or periods as column names, found columns x, y"
            ),
            (
                "book.xlsx",
                "book.xlsx:1:1: error: expected an Excel workbook (.xlsx), found a file that is not a ZIP archive"
            ),
            ("folder.csv", "folder.csv:1:1: error: 'folder.csv' is not a regular file (it is a directory)"),
            ("missing.csv", "missing.csv:1:1: error: cannot read file: no such file"),
            (
                "link.csv",
                "link.csv:1:1: error: 'link.csv' is a symbolic link to a file outside the brief's folder; a brief may only "
                    + "use files inside its folder"
            ),
        ] {
            let (_, result) = try Self.initialise([table, "-o", "b"], in: folder)
            #expect(result.status == 65, "\(table)")
            #expect(result.stderr.split(separator: "\n").first.map(String.init) == message)
            #expect(
                result.stderr.hasSuffix("error: nothing written: the table cannot be read as a brief's observations\n"))
            #expect(!FileManager.default.fileExists(atPath: folder + "/b"))
        }
    }

    @Test func aFolderThatIsAFileIsRefused() throws {
        let folder = try Support.temporaryFolder()
        try Data("x".utf8).write(to: URL(fileURLWithPath: folder + "/taken"))
        let (_, result) = try Self.initialise(
            [Self.path("Tests/Fixtures/tables/hitech.csv"), "-o", "taken"], in: folder)
        #expect(result.status == 64)
        #expect(result.stderr == "error: cannot write taken/brief.yaml: taken is a file, not a folder\n")
    }

    @Test func helpListsTheLanguages() throws {
        let help = try Support.briefing(["init", "--help"])
        #expect(help.stdout.contains("--language <language>"))
        #expect(help.stdout.contains("(values: en, zh; default: en)"))
    }
}
