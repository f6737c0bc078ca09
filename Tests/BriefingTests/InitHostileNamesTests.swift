import Foundation
import Testing

/// `briefing init` on tables whose column names and ids hold what YAML reads specially — line
/// breaks (YAML 1.1's too: U+0085, U+2028), a byte order mark, `:`, `#`, a leading `-`, quotes —
/// writes a brief.yaml that reads back as written: `check` finds no error, and the names appear
/// escaped in its comments.
@Suite struct InitHostileNamesTests {
    static func initialise(_ csv: String) throws -> (folder: String, result: Support.Result, manifest: String) {
        let folder = try Support.temporaryFolder()
        try Data(csv.utf8).write(to: URL(fileURLWithPath: folder + "/table.csv"))
        let result = try Support.briefing(
            ["init", "table.csv", "-o", "b"], environment: ["SOURCE_DATE_EPOCH": "1394582400"], in: folder)
        let manifest = (try? String(contentsOfFile: folder + "/b/brief.yaml", encoding: .utf8)) ?? ""
        return (folder, result, manifest)
    }

    /// A column that is not read, named with a line break, `:` and `#`, is listed in a comment
    /// that stays one comment.
    @Test func aLineBreakInAnUnreadColumnStaysInItsComment() throws {
        let (folder, result, manifest) = try Self.initialise(
            "\"not\nread: x #c\",entity,indicator,period,value\nz,a,g,2020,1\nz,a,g,2021,2\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stderr.contains("error"), "\(result.stderr)")
        #expect(manifest.contains("\n    # not read: 'not\\nread: x #c'\n"))
        let check = try Support.briefing(["check", "b"], in: folder)
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
    }

    /// Indicators named with YAML 1.1's line breaks and a byte order mark, listed in a check
    /// comment and in the key indicators' list, are escaped in both.
    @Test func unicodeLineBreaksInNamesAreEscaped() throws {
        let (folder, result, manifest) = try Self.initialise(
            "period,a\u{2028}b,c\u{85}d,e\u{FEFF}f\n2020-01,1,2,3\n2020-02,1,2,3\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stderr.contains("error"), "\(result.stderr)")
        #expect(manifest.contains("    # CHECK: the columns 'a\\u2028b', 'c\\x85d' and 'e\\uFEFFf' hold numbers"))
        #expect(manifest.contains("  - key-indicators: {indicators: [\"a\\u2028b\", \"c\\x85d\", \"e\\uFEFFf\"]}"))
        let check = try Support.briefing(["check", "b"], in: folder)
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
    }

    /// Entity ids YAML would read as a mapping, a comment, a list item or a quoted string are
    /// quoted in the manifest and kept as they are in the catalogue; the brief builds.
    @Test func entityIdsWithYAMLSyntaxBuild() throws {
        let (folder, result, _) = try Self.initialise(
            "entity,indicator,period,value\n\"a: b\",gdp,2020,1\n#x,gdp,2021,2\n- y,gdp,2022,3\n"
                + "\"q\"\"z\",gdp,2020,4\n中文,gdp,2021,5\n")
        #expect(result.status == 0, "\(result.stderr)")
        let build = try Support.briefing(["build", "b", "-o", "b.pdf"], in: folder)
        #expect(build.status == 0, "\(build.stderr)")
        let entities = try String(contentsOfFile: folder + "/b/entities.csv", encoding: .utf8)
        #expect(entities.contains("\na: b,TODO: a: b,\n#x,TODO: #x,\n- y,TODO: - y,\n\"q\"\"z\",\"TODO: q\"\"z\",\n"))
    }

    /// A table of many indicators whose kinds are guesses: the first twenty are noted one by one,
    /// the others in one note, so that brief.yaml stays small (thousands of notes made it larger
    /// than a manifest may be, and the brief written did not check).
    @Test func manyGuessedKindsAreNotedTogether() throws {
        let ids = (1...22).map { "c\($0)" }
        let row = { (month: Int) in "2020-0\(month)," + ids.indices.map { String($0 + 1) }.joined(separator: ",") }
        let (folder, result, _) = try Self.initialise(
            "period," + ids.joined(separator: ",") + "\n" + (1...3).map(row).joined(separator: "\n") + "\n")
        #expect(result.status == 0, "\(result.stderr)")
        let notes = result.stderr.split(separator: "\n").filter { $0.contains(": note: ") }
        #expect(notes.count == 21)
        #expect(notes.first?.hasPrefix("b/brief.yaml:") == true)
        #expect(notes.first?.contains(": note: indicators.csv line 2: kind of 'c1': ") == true)
        #expect(
            notes.last?.hasSuffix(
                ": note: 2 more indicators' kinds are guesses too (indicators.csv lines 22, 23): check their 'kind' column"
            )
                == true, "\(notes)")
        let check = try Support.briefing(["check", "b"], in: folder)
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
    }
}
