import Foundation
import Testing

/// `briefing batch` end to end: the built binary on Briefings/parks-monthly, read back with
/// pdftotext, qpdf and the batch's JSON manifest.
@Suite(.serialized) struct BatchTests {
    static let reports = Support.packageRoot.appendingPathComponent("Briefings/parks-monthly").path

    /// A small batch: 3 parks × 2 months × 2 languages = 12 reports.
    static let small = ["--periods", "2013-01..2013-02", "--entities", "hitech,ecodev,zixing"]

    /// Every PDF under `folder`, relative to it, sorted.
    static func pdfs(in folder: String) -> [String] {
        let files = FileManager.default.enumerator(atPath: folder)?.compactMap { $0 as? String } ?? []
        return files.filter { $0.hasSuffix(".pdf") }.sorted()
    }

    static func temporaryFiles(in folder: String) -> [String] {
        let files = FileManager.default.enumerator(atPath: folder)?.compactMap { $0 as? String } ?? []
        return files.filter { $0.hasSuffix(".tmp") }
    }

    static func expectedSmall() -> [String] {
        ["2013-01", "2013-02"].flatMap { month in
            ["ecodev", "hitech", "zixing"].flatMap { park in ["en", "zh"].map { "\(month)/\(park)-\($0).pdf" } }
        }.sorted()
    }

    @Test func shardsAreDisjointAndTogetherBuildTheWholeBatch() throws {
        let folder = try Support.temporaryFolder() + "/out"
        var seen: [String] = []
        for k in 1...3 {
            let before = Set(Self.pdfs(in: folder))
            let run = try Support.briefing(
                ["batch", Self.reports, "-o", folder, "--shard", "\(k)/3", "--quiet"] + Self.small)
            #expect(run.status == 0, "\(run.stderr)")
            let added = Set(Self.pdfs(in: folder)).subtracting(before)
            #expect(added.count == 4)
            #expect(added.isDisjoint(with: seen))
            seen += added
            #expect(FileManager.default.fileExists(atPath: folder + "/briefing-batch.\(k)-of-3.json"))
        }
        #expect(seen.sorted() == Self.expectedSmall())
    }

    @Test func jobCompletionIndexSelectsTheSameShardAsShardFlag() throws {
        let byFlag = try Support.temporaryFolder()
        let byIndex = try Support.temporaryFolder()
        let flag = try Support.briefing(
            ["batch", Self.reports, "-o", byFlag, "--shard", "2/3", "--quiet"] + Self.small)
        let index = try Support.briefing(
            ["batch", Self.reports, "-o", byIndex, "--shards", "3", "--quiet"] + Self.small,
            environment: ["JOB_COMPLETION_INDEX": "1"])
        #expect(flag.status == 0 && index.status == 0, "\(flag.stderr)\(index.stderr)")
        #expect(Self.pdfs(in: byIndex) == Self.pdfs(in: byFlag))
        #expect(Self.pdfs(in: byIndex).count == 4)
        let bad = try Support.briefing(
            ["batch", Self.reports, "-o", byIndex, "--shards", "3"] + Self.small,
            environment: ["JOB_COMPLETION_INDEX": "3"])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("JOB_COMPLETION_INDEX '3' is not a shard of 3"))
    }

    @Test func aRerunSkipsEverythingAndForceRebuilds() throws {
        let folder = try Support.temporaryFolder()
        let first = try Support.briefing(["batch", Self.reports, "-o", folder] + Self.small)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.contains("built 12, skipped 0, failed 0"))
        let second = try Support.briefing(["batch", Self.reports, "-o", folder] + Self.small)
        #expect(second.stderr.contains("built 0, skipped 12, failed 0"))
        let forced = try Support.briefing(["batch", Self.reports, "-o", folder, "--force"] + Self.small)
        #expect(forced.stderr.contains("built 12, skipped 0, failed 0"))
        // A report removed by hand is rebuilt alone.
        try FileManager.default.removeItem(atPath: folder + "/2013-02/zixing-zh.pdf")
        let repaired = try Support.briefing(["batch", Self.reports, "-o", folder] + Self.small)
        #expect(repaired.stderr.contains("built 1, skipped 11, failed 0"))
        #expect(Self.pdfs(in: folder) == Self.expectedSmall())
    }

    @Test func aBrokenEntityFailsAloneAndTheOthersAreBuilt() throws {
        let copy = try Support.temporaryFolder() + "/reports"
        try FileManager.default.copyItem(atPath: Self.reports, toPath: copy)
        let table = copy + "/monthly.csv"
        let rows = try String(contentsOfFile: table, encoding: .utf8).split(whereSeparator: \.isNewline)
        try rows.filter { !$0.hasPrefix("zixing,value_added,2013-01") }.joined(separator: "\n")
            .write(toFile: table, atomically: true, encoding: .utf8)
        let folder = try Support.temporaryFolder()
        let run = try Support.briefing(["batch", copy, "-o", folder] + Self.small)
        #expect(run.status == 1)
        #expect(run.stderr.contains("zixing has no 'value_added' for 2013-01"))
        #expect(run.stderr.contains("built 8, skipped 0, failed 4"))
        #expect(run.stderr.contains("'zixing' 2013-01 en") && run.stderr.contains("'zixing' 2013-02 zh"))
        #expect(Self.pdfs(in: folder) == Self.expectedSmall().filter { !$0.contains("zixing") })
    }

    /// The recorded outputs of the ledger `briefing-batch.json` in `folder`, sorted.
    static func ledgerOutputs(in folder: String) throws -> [String] {
        let data = try Data(contentsOf: URL(fileURLWithPath: folder + "/briefing-batch.json"))
        let ledger = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        return ((ledger?["outputs"] as? [String: Any]) ?? [:]).keys.sorted()
    }

    @Test func anEntityWithABadValueInTheTableFailsAloneWithItsDiagnostic() throws {
        let copy = try Support.temporaryFolder() + "/reports"
        try FileManager.default.copyItem(atPath: Self.reports, toPath: copy)
        let table = copy + "/monthly.csv"
        let original = try String(contentsOfFile: table, encoding: .utf8)
        var rows = original.split(whereSeparator: \.isNewline).map(String.init)
        let index = try #require(rows.firstIndex { $0.hasPrefix("zixing,tax,2012-06,") })
        rows[index] = "zixing,tax,2012-06,1.2x"
        try rows.joined(separator: "\n").write(toFile: table, atomically: true, encoding: .utf8)

        let folder = try Support.temporaryFolder()
        let run = try Support.briefing(["batch", copy, "-o", folder] + Self.small)
        #expect(run.status == 1, "\(run.stderr)")
        let diagnostic = "monthly.csv:\(index + 1):20: error: expected a number in column 'value', found '1.2x'"
        #expect(run.stderr.contains(diagnostic), "\(run.stderr)")
        // Said once for the entity, not once per report.
        #expect(run.stderr.components(separatedBy: diagnostic).count == 2)
        #expect(run.stderr.contains("failed: every report of 'zixing' (4)"))
        #expect(run.stderr.contains("built 8, skipped 0, failed 4"))
        for name in ["'zixing' 2013-01 en", "'zixing' 2013-01 zh", "'zixing' 2013-02 en", "'zixing' 2013-02 zh"] {
            #expect(run.stderr.contains("  \(name) → "), "\(name)")
        }
        let others = Self.expectedSmall().filter { !$0.contains("zixing") }
        #expect(Self.pdfs(in: folder) == others)
        for file in others {
            #expect(try Support.run("qpdf", ["--check", folder + "/" + file]).status == 0, "\(file)")
        }
        #expect(try Self.ledgerOutputs(in: folder) == others)

        // Not recorded as done: a rerun fails them again; once the row is fixed they are built.
        let again = try Support.briefing(["batch", copy, "-o", folder, "--quiet"] + Self.small)
        #expect(again.status == 1)
        #expect(again.stderr.contains(diagnostic))
        try original.write(toFile: table, atomically: true, encoding: .utf8)
        let fixed = try Support.briefing(["batch", copy, "-o", folder] + Self.small)
        #expect(fixed.status == 0, "\(fixed.stderr)")
        #expect(fixed.stderr.contains("failed 0"))
        #expect(Self.pdfs(in: folder) == Self.expectedSmall())
        #expect(try Self.ledgerOutputs(in: folder) == Self.expectedSmall())
    }

    @Test func aKilledRunLeavesNoBrokenFileAndTheRerunCompletesIt() throws {
        let folder = try Support.temporaryFolder()
        let arguments = [
            "batch", Self.reports, "-o", folder, "--periods", "2013-01..2013-03", "--jobs", "2", "--quiet",
        ]
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Support.executable)
        process.arguments = arguments
        try process.run()
        let deadline = Date().addingTimeInterval(60)
        while Self.pdfs(in: folder).count < 6, Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        let partial = Self.pdfs(in: folder)
        #expect(partial.count >= 6 && partial.count < 72, "killed after \(partial.count) reports")
        for file in partial {
            #expect(try Support.run("qpdf", ["--check", folder + "/" + file]).status == 0, "\(file)")
        }
        let rerun = try Support.briefing(Array(arguments.dropLast()))
        #expect(rerun.status == 0, "\(rerun.stderr)")
        #expect(rerun.stderr.contains("failed 0"))
        let all = Self.pdfs(in: folder)
        #expect(all.count == 72)
        #expect(Self.temporaryFiles(in: folder).isEmpty)
        for file in all {
            #expect(try Support.run("qpdf", ["--check", folder + "/" + file]).status == 0, "\(file)")
        }
        let again = try Support.briefing(Array(arguments.dropLast()))
        #expect(again.stderr.contains("built 0, skipped 72, failed 0"))
    }

    @Test func combineWritesOneOutlineEntryPerMonthAndEntity() throws {
        let folder = try Support.temporaryFolder()
        let combined = folder + "/all.pdf"
        let run = try Support.briefing(
            ["batch", Self.reports, "-o", folder + "/out", "--combine", combined, "--quiet"] + Self.small)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try Support.run("qpdf", ["--check", combined]).status == 0)
        #expect(try Support.info(of: combined)["Pages"] == "24")
        let outline = try Support.outline(of: combined)
        #expect(outline.filter { $0.depth == 1 }.map(\.title) == ["January 2013", "February 2013"])
        let parks = outline.filter { $0.depth == 2 }.map(\.title)
        #expect(parks.count == 12)
        #expect(
            parks.prefix(6) == [
                "Chenzhou Hi-tech Zone (en)", "郴州高新区 (zh)", "Chenzhou Economic Development Zone (en)",
                "郴州经济开发区 (zh)", "Zixing Economic Development Zone (en)", "资兴经济开发区 (zh)",
            ])
    }

    /// The year to date of `park`'s `indicator` through May 2013 and through May 2012, summed from the CSV.
    static func yearToDate(_ park: String, _ indicator: String) throws -> (Double, Double) {
        let rows = try String(contentsOfFile: reports + "/monthly.csv", encoding: .utf8).split(
            whereSeparator: \.isNewline)
        var sums = (0.0, 0.0)
        for row in rows {
            let f = row.split(separator: ",")
            guard f.count == 4, f[0] == park, f[1] == indicator, let value = Double(f[3]) else { continue }
            for (year, add) in [("2013", true), ("2012", false)] {
                guard f[2].hasPrefix(year), let month = Int(f[2].suffix(2)), month <= 5 else { continue }
                if add { sums.0 += value } else { sums.1 += value }
            }
        }
        return sums
    }

    @Test func aReportShowsTheFiguresOfItsParkAndMonth() throws {
        let folder = try Support.temporaryFolder()
        let run = try Support.briefing(
            ["batch", Self.reports, "-o", folder, "--periods", "2013-05", "--entities", "hitech", "--quiet"])
        #expect(run.status == 0, "\(run.stderr)")
        let (now, before) = try Self.yearToDate("hitech", "value_added")
        let english = try Support.text(of: folder + "/2013-05/hitech-en.pdf")
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let growth = String(format: "%.1f", (now / before - 1) * 100)
        #expect(english.contains("Chenzhou Hi-tech Zone"))
        #expect(
            english.contains(
                "Added value of scaled industry rose \(growth)% year on year in January–May 2013 to "
                    + String(format: "%.2f", now) + " bn yuan"))
        #expect(english.contains("Page 2 of 2"))
        let chinese = try Support.text(of: folder + "/2013-05/hitech-zh.pdf")
            .split(whereSeparator: \.isWhitespace).joined()
        #expect(chinese.contains("2013年1—5月，规模工业增加值" + String(format: "%.1f", now * 10) + "亿元，同比增长\(growth)%"))
        #expect(chinese.contains("郴州高新区"))
    }
}
