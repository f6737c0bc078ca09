import Foundation
import Testing

/// What layout compromises on is reported where the block was written, by `check` (which lays the
/// brief out) and `build` alike, as text with the line and a caret and as JSON: a chart scaled to
/// fit at its node in the manifest, the cover's title at its value, a notes table, list and
/// footnote at their lines, the indicator table at its section.
@Suite struct LayoutWarningPositionTests {
    /// The trivial brief with everything layout must compromise on: a title too long for the
    /// cover, a chart taller than a page (theme `charts.aspect: 2`), and notes with a table too
    /// wide for the page even in parts, a list nested 20 levels deep and a footnote longer than
    /// a quarter of a page.
    static func hostileBrief() throws -> (parent: String, manifest: [String], notes: [String]) {
        let parent = try Support.temporaryFolder()
        let folder = parent + "/brief"
        try FileManager.default.copyItem(
            atPath: Support.packageRoot.appendingPathComponent("Briefings/trivial").path, toPath: folder)
        var manifest = try String(contentsOfFile: folder + "/brief.yaml", encoding: .utf8)
        manifest = manifest.replacingOccurrences(
            of: "title: Hello, parks",
            with: "title: " + Array(repeating: "Quarterly", count: 120).joined(separator: " "))
        manifest = manifest.replacingOccurrences(of: "notes: notes.md\n", with: "notes: notes.md\ntheme: theme.yaml\n")
        manifest = manifest.replacingOccurrences(
            of: "sections:\n  - notes\n",
            with:
                "sections:\n  - cover\n  - charts:\n      - {id: ranking, kind: bar, indicator: value_added}\n  - notes\n"
        )
        try manifest.write(toFile: folder + "/brief.yaml", atomically: true, encoding: .utf8)
        try "charts: {aspect: 2}\n".write(toFile: folder + "/theme.yaml", atomically: true, encoding: .utf8)
        var notes = "---\ntitle: Hello\n---\n\nHello, parks.[^1]\n\n| first | second |\n|---|---|\n"
        notes += "| \(String(repeating: "9", count: 60)) | \(String(repeating: "8", count: 60)) |\n\n"
        for depth in 0..<20 { notes += String(repeating: "  ", count: depth) + "- level \(depth)\n" }
        notes += "\n[^1]: " + Array(repeating: "word", count: 3000).joined(separator: " ") + "\n"
        try notes.write(toFile: folder + "/notes.md", atomically: true, encoding: .utf8)
        return (parent, manifest.components(separatedBy: "\n"), notes.components(separatedBy: "\n"))
    }

    /// `path:line:col` of the first line of `lines` containing `text`, at its first character.
    static func position(of text: String, in lines: [String], path: String) -> String {
        guard let index = lines.firstIndex(where: { $0.contains(text) }), let range = lines[index].range(of: text)
        else { return "\(text) not found" }
        return "\(path):\(index + 1):\(lines[index].distance(from: lines[index].startIndex, to: range.lowerBound) + 1)"
    }

    /// The warnings expected, as `path:line:col: warning: message`, each position found in the
    /// files as written.
    static func expected(manifest: [String], notes: [String]) -> [String] {
        [
            position(of: "{id: ranking", in: manifest, path: "brief/brief.yaml")
                + ": warning: figure 'Figure 1. Value added by park, 2013' is too large for the page and was scaled to 69%",
            position(of: "| first", in: notes, path: "brief/notes.md")
                + ": warning: a table without caption is too wide for the page even in parts: its first column and column 'second' need 604 pt at the narrowest, the page is 483 pt wide between its margins; the cells are wrapped inside words and numbers",
            position(of: "- level 0", in: notes, path: "brief/notes.md")
                + ": warning: lists and quotes nested deeper than the column allows are set without further indentation, at least 144 pt wide",
            // cmark starts a footnote definition at its text, after `[^1]: `.
            position(of: "word", in: notes, path: "brief/notes.md")
                + ": warning: footnote 1 is too long for a page: 11 of its 126 lines are shown",
            position(of: "Quarterly", in: manifest, path: "brief/brief.yaml")
                + ": warning: 'Quarterly Quarterly Quarterly Quarterly …' is too long for the cover: 14 of its 40 lines are shown",
        ]
    }

    @Test func checkReportsLayoutWarningsAtTheirBlocks() throws {
        let (parent, manifest, notes) = try Self.hostileBrief()
        let run = try Support.briefing(["check", "brief"], in: parent)
        #expect(run.status == 0, "\(run.stdout)")
        let lines = run.stdout.components(separatedBy: "\n")
        let warnings = lines.filter { $0.contains(": warning: ") }
        #expect(warnings == Self.expected(manifest: manifest, notes: notes), "\(run.stdout)")
        // Each with its line and a caret under the column.
        let chart = try #require(lines.firstIndex { $0.contains("scaled to") })
        #expect(lines[chart + 1] == "          - {id: ranking, kind: bar, indicator: value_added}")
        #expect(lines[chart + 2] == "            ^")
        let table = try #require(lines.firstIndex { $0.contains("too wide for the page") })
        #expect(lines[table + 1] == "    | first | second |")
        #expect(lines[table + 2] == "    ^")
        #expect(lines.last { !$0.isEmpty } == "brief/brief.yaml: 0 errors, 5 warnings")
    }

    @Test func checkJSONCarriesLayoutWarningsWithTheirPositions() throws {
        struct Entry: Decodable, Equatable {
            var path: String
            var line: Int
            var column: Int
            var severity: String
            var message: String
            var sourceLine: String?
            var caret: Int?
        }
        let (parent, manifest, notes) = try Self.hostileBrief()
        let run = try Support.briefing(["check", "--format", "json", "brief"], in: parent)
        #expect(run.status == 0)
        let entries = try JSONDecoder().decode([Entry].self, from: Data(run.stdout.utf8)).filter {
            $0.severity == "warning"
        }
        #expect(
            entries.map { "\($0.path):\($0.line):\($0.column): warning: \($0.message)" }
                == Self.expected(manifest: manifest, notes: notes))
        #expect(
            entries.first
                == Entry(
                    path: "brief/brief.yaml", line: 18, column: 9, severity: "warning",
                    message:
                        "figure 'Figure 1. Value added by park, 2013' is too large for the page and was scaled to 69%",
                    sourceLine: "      - {id: ranking, kind: bar, indicator: value_added}", caret: 9))
        #expect(entries.last?.sourceLine?.hasPrefix("title: Quarterly Quarterly") == true)
        #expect(entries.last?.caret == 8)
    }

    @Test func buildPrintsLayoutWarningsAtTheirBlocks() throws {
        let (parent, manifest, notes) = try Self.hostileBrief()
        let run = try Support.briefing(["build", "brief", "-o", parent + "/out.pdf"], in: parent)
        #expect(run.status == 0, "\(run.stderr)")
        let warnings = run.stderr.components(separatedBy: "\n").filter { $0.contains(": warning: ") }
        #expect(warnings == Self.expected(manifest: manifest, notes: notes), "\(run.stderr)")
    }

    /// The indicator table's headers too tall for their column: at the `indicator-table` section.
    @Test func checkReportsTheIndicatorTableAtItsSection() throws {
        let folder = try ShortNameTests.example(shortNames: nil)
        let run = try Support.briefing(["check", folder])
        #expect(run.status == 0, "\(run.stdout)")
        let manifest = try String(contentsOfFile: folder + "/brief.yaml", encoding: .utf8).components(separatedBy: "\n")
        let section = Self.position(of: "indicator-table", in: manifest, path: folder + "/brief.yaml")
        let headers = run.stdout.components(separatedBy: "\n").filter { $0.contains("the header") }
        #expect(headers.count == 3)
        #expect(headers.allSatisfy { $0.hasPrefix(section + ": warning: table 'Table 1. Indicators by park, 2013': ") })
    }
}
