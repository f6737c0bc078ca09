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
}
