import Briefing
import BriefingCore
import Foundation
import Testing

/// Hostile numbers, themes and YAML run through the built `briefing`: each is refused with its
/// positioned error and exit status 65, never a crash (a trap would end the process by a signal).
/// The exact diagnostics of `check` for the same classes are in Tests/Fixtures/bad/ (theme-*,
/// value-too-large, *-year-*, *-alias-bomb, donut-*, chart-id-duplicate-sections).
@Suite struct InputSafetyTests {
    /// A copy of the bad corpus' base brief with `files` written over it, as `FOLDER/brief`.
    func brief(_ files: [String: String]) throws -> String {
        let folder = try Support.temporaryFolder() + "/brief"
        try FileManager.default.copyItem(atPath: BadCorpusTests.corpus + "/_base", toPath: folder)
        for (name, text) in files {
            try text.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
        }
        return folder
    }

    func baseFile(_ name: String) throws -> String {
        try String(contentsOfFile: BadCorpusTests.corpus + "/_base/" + name, encoding: .utf8)
    }

    /// The base manifest naming `theme.yaml`.
    func manifestWithTheme() throws -> String {
        try baseFile("brief.yaml").replacingOccurrences(
            of: "notes: notes.md\n", with: "notes: notes.md\ntheme: theme.yaml\n")
    }

    /// Runs `briefing ARGUMENTS` in the brief's parent folder; the error lines (of standard error,
    /// or of standard output for `check`), paths relative to it.
    func run(_ arguments: [String], brief: String) throws -> (status: Int32, errors: [String]) {
        let result = try Support.briefing(arguments, in: (brief as NSString).deletingLastPathComponent)
        let printed = arguments.first == "check" ? result.stdout : result.stderr
        let errors = printed.split(separator: "\n").map(String.init).filter { $0.contains(": error: ") }
        return (result.status, errors)
    }

    @Test func themeNumbersThatAreNotFiniteOrOutOfRangeStopBuildCheckAndChart() throws {
        let brief = try self.brief([
            "brief.yaml": try manifestWithTheme(),
            "theme.yaml": "sizes: {body: .nan, chart-label: .inf, chart-tick: -1}\ncolors: {chart-palette: []}\n",
        ])
        let expected = [
            "brief/theme.yaml:1:15: error: expected 'sizes.body' in the theme to be a font size from 4 to 72 points, found '.nan'",
            "brief/theme.yaml:1:34: error: expected 'sizes.chart-label' in the theme to be a font size from 4 to 72 points, found '.inf'",
            "brief/theme.yaml:1:52: error: expected 'sizes.chart-tick' in the theme to be a font size from 4 to 72 points, found '-1'",
            "brief/theme.yaml:2:25: error: expected 'colors.chart-palette' in the theme to be a list of 1 to 64 items, found an empty list",
        ]
        let output = try Support.temporaryFolder()
        for arguments in [
            ["build", "brief", "-o", output + "/out.pdf"], ["check", "brief"],
            ["chart", "brief", "--all", "--format", "svg", "-o", output],
        ] {
            let result = try run(arguments, brief: brief)
            #expect(result.status == 65, "\(arguments[0])")
            let errors = arguments[0] == "check" ? result.errors : result.errors.filter { !$0.hasPrefix("error: ") }
            #expect(errors == expected, "\(arguments[0])")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: output).isEmpty)
    }

    @Test func marginsWiderThanThePageStopTheBuild() throws {
        let brief = try self.brief([
            "brief.yaml": try manifestWithTheme(),
            "theme.yaml": "page:\n  margins: {top: 280, right: 50, bottom: 280, left: 50}\n",
        ])
        let result = try run(["build", "brief", "-o", "out.pdf"], brief: brief)
        #expect(result.status == 65)
        // 841.89 − 560 = 281.89 points of text height on A4, fewer than the 288 required.
        #expect(
            result.errors.first
                == "brief/theme.yaml:2:12: error: expected 'page.margins' in the theme to leave a text area at least "
                + "216 points wide and 288 points tall, found 495.3 × 281.9 points on a page of 595.3 × 841.9")
    }

    /// Two values near 1e308 summed to infinity in the total of a chart and crashed the build.
    @Test func valuesWhoseSumOverflowsAreRefusedAtTheirCells() throws {
        let monthly = try baseFile("monthly.csv").split(separator: "\n").map { line in
            line.hasPrefix("hitech,tax,2013-01,") || line.hasPrefix("ecodev,tax,2013-01,")
                ? line.prefix(while: { $0 != "," }) + ",tax,2013-01,1e308" : String(line)
        }
        let brief = try self.brief(["monthly.csv": monthly.joined(separator: "\n") + "\n"])
        let result = try run(["build", "brief", "-o", "out.pdf"], brief: brief)
        #expect(result.status == 65)
        #expect(
            result.errors.filter { !$0.hasPrefix("error: ") } == [
                "brief/monthly.csv:2:20: error: expected a number from -1e15 to 1e15 in column 'value', found '1e308'",
                "brief/monthly.csv:14:20: error: expected a number from -1e15 to 1e15 in column 'value', found '1e308'",
            ])
    }

    /// 108 KB of front matter, `[&a "<100 KB>", *a, *a, …]`, took over 20 s and 2 GB to build.
    @Test func frontMatterAliasesOfALongStringAreRefusedAtTheAlias() throws {
        let long = String(repeating: "x", count: 100_000)
        let aliases = Array(repeating: "*a", count: 2_000).joined(separator: ", ")
        let notes = "---\ntitle: Minutes\nchair: &a \"\(long)\"\nattendees: [\(aliases)]\n---\n\n# Decisions\n"
        let brief = try self.brief(["notes.md": notes])
        let clock = ContinuousClock()
        let start = clock.now
        let result = try run(["build", "brief", "-o", "out.pdf"], brief: brief)
        #expect(clock.now - start < .seconds(10), "a bounded check, not the expansion")
        #expect(result.status == 65)
        // The eleventh alias takes the text past 1,000,000 bytes: 100,000 bytes each.
        let column = "attendees: [".count + 4 * 10 + 1
        #expect(
            result.errors.first
                == "brief/notes.md:4:\(column): error: alias '*a' repeats too much: the aliases up to here stand for "
                + "11 values and 1,100,000 bytes of text (expected at most 100,000 values and 1,000,000 bytes in a file)"
        )
    }

    @Test func moreThanAThousandAliasesAreRefusedAtTheOneTooMany() throws {
        func manifest(aliases: Int) throws -> String {
            try baseFile("brief.yaml").replacingOccurrences(
                of: "title: Base brief\n",
                with: "title: &t Base brief\nx: [" + Array(repeating: "*t", count: aliases).joined(separator: ", ")
                    + "]\n")
        }
        let allowed = BriefCheck.check(try brief(["brief.yaml": try manifest(aliases: 1_000)])).diagnostics
            .filter { $0.severity != .note }
        #expect(allowed.count == 1 && allowed[0].message.hasPrefix("unknown key 'x' in the manifest"))
        let folder = try brief(["brief.yaml": try manifest(aliases: 1_001)])
        let refused = BriefCheck.check(folder).diagnostics.map {
            $0.summary.replacingOccurrences(of: folder + "/", with: "")
        }
        #expect(
            refused == [
                "brief.yaml:4:\(5 + 4 * 1_000): error: too many aliases: '*t' is alias number 1,001 in this file "
                    + "(expected at most 1,000)"
            ])
    }

    @Test func donutOfNegativeValuesStopsTheBuild() throws {
        let brief = try self.brief([
            "brief.yaml": try String(
                contentsOfFile: BadCorpusTests.corpus + "/donut-negative/brief.yaml", encoding: .utf8),
            "monthly.csv": try String(
                contentsOfFile: BadCorpusTests.corpus + "/donut-negative/monthly.csv", encoding: .utf8),
        ])
        let result = try run(["build", "brief", "-o", "out.pdf"], brief: brief)
        #expect(result.status == 65)
        // ecodev's 2013 tax: −(0.11 + 0.12 + … + 0.22) = −1.98.
        #expect(
            result.errors.first
                == "brief/brief.yaml:17:9: error: the donut chart 'tax-shares' shows shares of a whole, but tax in 2013 "
                + "is negative for ecodev (−1.98 bn yuan) (expected values of zero or more: use a bar chart)")
    }

    /// `check` and `chart --id` name the same charts, from every `charts` section.
    @Test func checkAndChartAgreeOnTheChartIDs() throws {
        let manifest = try baseFile("brief.yaml").replacingOccurrences(
            of: "  - indicator-table\n",
            with: "  - indicator-table\n  - charts:\n      - {id: tax-bars, kind: bar, indicator: tax}\n"
                + "  - charts:\n      - {id: tax-area, kind: area, indicator: tax}\n")
        let brief = try self.brief(["brief.yaml": manifest])
        #expect(BriefCheck.check(brief).errorCount == 0)
        let declared = try Brief.load(brief).manifest.charts.map(\.id)
        #expect(declared == ["tax-monthly", "tax-bars", "tax-area"])
        let output = try Support.temporaryFolder()
        let unknown = try Support.briefing(["chart", brief, "--id", "tax", "--format", "svg", "-o", output])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("(its charts: tax-monthly, tax-bars, tax-area)"))
        for id in declared {
            let result = try Support.briefing(["chart", brief, "--id", id, "--format", "svg", "-o", output])
            #expect(result.status == 0, "\(id): \(result.stderr)")
        }
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: output).sorted()
                == declared.map { $0 + ".svg" }.sorted())
    }

    /// Every 2012 `tit_volume` of the example set to `base` (inside the value limit): growth over
    /// 2013 is far beyond ±10,000 %. It trapped the bullet chart (a value label wider than the
    /// plot, 1e-100) or printed `+167,430,555,555,555,450.0%` (1e-15); now it is shown as missing
    /// with a warning. 144 cells of 2012 (12 parks × 12 months) and the 2013 total of 241.1 were
    /// summed from monthly.csv outside briefing.
    @Test(arguments: [("1e-100", "+1.67e+102", "1.44e-98"), ("1e-15", "+1.67e+17", "1.44e-13")])
    func growthFromATinyBaseIsShownAsMissingWithAWarning(_ base: String, _ percent: String, _ sum: String) throws {
        let brief = try Support.copyOfExample()
        let table = brief + "/monthly.csv"
        let lines = try String(contentsOfFile: table, encoding: .utf8).split(
            omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        let changed = lines.map { line in
            line.contains(",tit_volume,2012-")
                ? line.split(separator: ",").prefix(3).joined(separator: ",") + "," + base
                : String(line)
        }
        #expect(changed.filter { $0.hasSuffix("," + base) }.count == 144)
        try changed.joined(separator: "\n").write(toFile: table, atomically: true, encoding: .utf8)
        let warning =
            "\(table):1:1: warning: the growth of 'tit_volume' in 2013 on 2012 is \(percent) % (from \(sum) to "
            + "241.1), beyond ±10,000 %: not meaningful, shown as missing (—)"
        let check = try Support.briefing(["check", brief])
        #expect(check.status == 0)
        #expect(check.stdout.contains(warning + "\n"), "\(check.stdout)")
        let pdf = (brief as NSString).deletingLastPathComponent + "/out.pdf"
        let build = try Support.briefing(["build", brief, "-o", pdf])
        #expect(build.status == 0, "\(build.stderr)")
        #expect(build.stderr.contains(warning + "\n"), "\(build.stderr)")
        let text = try Support.text(of: pdf)
        #expect(!text.contains("e+"), "no growth printed in exponent form")
        #expect(!text.contains(",555,"), "no absurd growth printed in full")
    }
}
