import Briefing
import BriefingCore
import Foundation
import Testing

/// The corpus of bad briefs under Tests/Fixtures/bad/: each folder replaces some files of `_base`
/// and lists in `expected` every diagnostic `briefing check` must give, one
/// `file:line:col: severity: message` a line, paths relative to the brief. Set
/// `BRIEFING_WRITE_EXPECTED=1` to write what is found instead (then read every file you wrote).
@Suite struct BadCorpusTests {
    static let corpus = Support.packageRoot.appendingPathComponent("Tests/Fixtures/bad").path

    static let fixtures: [String] =
        ((try? FileManager.default.contentsOfDirectory(atPath: corpus)) ?? []).filter { !$0.hasPrefix("_") }.sorted()

    /// A copy of `_base` with the fixture's files laid over it.
    static func brief(for fixture: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bad-\(UUID().uuidString)").path
        let brief = folder + "/brief"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: corpus + "/_base", toPath: brief)
        for file in try FileManager.default.contentsOfDirectory(atPath: corpus + "/" + fixture) where file != "expected"
        {
            try? FileManager.default.removeItem(atPath: brief + "/" + file)
            try FileManager.default.copyItem(atPath: corpus + "/\(fixture)/\(file)", toPath: brief + "/" + file)
        }
        return brief
    }

    @Test func corpusHasAtLeastFortyFixtures() {
        #expect(Self.fixtures.count >= 40)
    }

    @Test(arguments: fixtures)
    func fixtureGivesExactlyItsExpectedDiagnostics(_ fixture: String) throws {
        let brief = try Self.brief(for: fixture)
        defer { try? FileManager.default.removeItem(atPath: (brief as NSString).deletingLastPathComponent) }
        let found = BriefCheck.check(brief).diagnostics.map { diagnostic in
            diagnostic.summary.replacingOccurrences(of: brief + "/", with: "")
        }
        let expectedFile = Self.corpus + "/\(fixture)/expected"
        if ProcessInfo.processInfo.environment["BRIEFING_WRITE_EXPECTED"] == "1" {
            try (found.joined(separator: "\n") + "\n").write(toFile: expectedFile, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOfFile: expectedFile, encoding: .utf8).split(separator: "\n")
            .map(String.init).filter { !$0.isEmpty }
        #expect(!expected.isEmpty, "a bad fixture must expect at least one diagnostic")
        #expect(found == expected)
    }

    @Test func symbolicLinkOutOfTheFolderIsRefused() throws {
        let brief = try Self.brief(for: "value-not-a-number")
        defer { try? FileManager.default.removeItem(atPath: (brief as NSString).deletingLastPathComponent) }
        let outside = (brief as NSString).deletingLastPathComponent + "/secret.csv"
        try FileManager.default.copyItem(atPath: brief + "/parks.csv", toPath: outside)
        try FileManager.default.removeItem(atPath: brief + "/parks.csv")
        try FileManager.default.createSymbolicLink(atPath: brief + "/parks.csv", withDestinationPath: "../secret.csv")
        let summaries = BriefCheck.check(brief).diagnostics.map(\.summary)
        #expect(
            summaries.first
                == "\(brief)/brief.yaml:9:20: error: 'parks.csv' is a symbolic link to a file outside the brief's "
                + "folder; a brief may only use files inside its folder")
    }

    @Test func checkCommandPrintsTextAndJSONAndExits65() throws {
        let brief = try Self.brief(for: "many-problems")
        defer { try? FileManager.default.removeItem(atPath: (brief as NSString).deletingLastPathComponent) }
        let text = try Support.run(Support.executable, ["check", brief])
        #expect(text.status == 65)
        #expect(
            text.stdout.contains(
                "\(brief)/monthly.csv:4:20: error: expected a number in column 'value', found 'x'\n"
                    + "    hitech,tax,2013-03,x\n                       ^\n"))
        #expect(text.stdout.hasSuffix("brief.yaml: 5 errors, 0 warnings\n"))
        let json = try Support.run(Support.executable, ["check", "--format", "json", brief])
        #expect(json.status == 65)
        let entries = try #require(
            try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(entries.count == 5)
        #expect(entries.first?["line"] as? Int == 3)
        #expect(entries.first?["severity"] as? String == "error")
        #expect((entries.first?["message"] as? String)?.hasPrefix("unknown key 'titel'") == true)
        #expect(entries[2]["sourceLine"] as? String == "hitech,tax,2013-03,x")
    }

    @Test func checkCommandPassesTheExamples() throws {
        for manifest in ["brief.yaml", "brief.zh.yaml"] {
            let result = try Support.run(Support.executable, ["check", Support.example + "/" + manifest])
            #expect(result.status == 0, "\(result.stdout)")
            #expect(result.stdout.hasSuffix(": 0 errors, 0 warnings\n"))
        }
        let warned = try Self.brief(for: "monthly-gap")
        defer { try? FileManager.default.removeItem(atPath: (warned as NSString).deletingLastPathComponent) }
        #expect(try Support.run(Support.executable, ["check", warned]).status == 0)
    }
}
