import Foundation
import Testing

/// Broken briefs: each must exit 65, print `path:line:col: error: …` for every problem, and write no PDF.
@Suite struct BadInputTests {
    /// Breaks a copy of the example with `edit`, builds it, and returns the error lines (paths
    /// relative to the brief folder) and the exit status; checks that no PDF was written.
    func build(_ edit: (String) throws -> Void) throws -> (status: Int32, errors: [String]) {
        let brief = try Support.copyOfExample()
        try edit(brief)
        let output = brief + "/out.pdf"
        let result = try Support.briefing(
            ["build", "brief", "-o", output], in: (brief as NSString).deletingLastPathComponent)
        #expect(!FileManager.default.fileExists(atPath: output), "a PDF was written despite errors")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: brief).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty, "temporary files left: \(leftovers)")
        let errors = result.stderr.split(separator: "\n").map(String.init).filter { $0.contains(": error: ") }
        return (result.status, errors)
    }

    func replace(_ file: String, in brief: String, _ old: String, with new: String) throws {
        let path = brief + "/" + file
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains(old), "fixture text not found: \(old)")
        try text.replacingOccurrences(of: old, with: new).write(toFile: path, atomically: true, encoding: .utf8)
    }

    /// The 1-based line of the example's `file` that holds `text`.
    func lineNumber(of text: String, in file: String) throws -> Int {
        let lines = try String(contentsOfFile: Support.example + "/" + file, encoding: .utf8).split(
            omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        return try #require(lines.firstIndex { $0.contains(text) }) + 1
    }

    @Test func missingTableFile() throws {
        let result = try build { try FileManager.default.removeItem(atPath: $0 + "/targets.csv") }
        #expect(result.status == 65)
        #expect(result.errors == ["brief/targets.csv:1:1: error: cannot read file: no such file"])
    }

    @Test func missingNotesFile() throws {
        let result = try build { try FileManager.default.removeItem(atPath: $0 + "/notes.md") }
        #expect(result.status == 65)
        #expect(result.errors.count == 1)
        #expect(result.errors.first?.hasPrefix("brief/notes.md:1:1: error: cannot read the notes file") == true)
    }

    @Test func raggedRow() throws {
        let result = try build {
            try replace("monthly.csv", in: $0, "hitech,tax,2012-03,", with: "hitech,tax,extra,2012-03,")
        }
        let line = try lineNumber(of: "hitech,tax,2012-03,", in: "monthly.csv")
        #expect(result.status == 65)
        #expect(
            result.errors == [
                "brief/monthly.csv:\(line):1: error: expected 4 fields (park, indicator, month, value), found 5"
            ])
    }

    @Test func valueThatIsNotANumber() throws {
        let result = try build {
            try replace(
                "monthly.csv", in: $0, "hitech,tit_volume,2012-02,1.9378", with: "hitech,tit_volume,2012-02,1.9x78")
        }
        #expect(result.status == 65)
        #expect(result.errors == ["brief/monthly.csv:3:27: error: expected a number in column 'value', found '1.9x78'"])
    }

    @Test func indicatorMissingFromTheCatalogue() throws {
        let result = try build {
            try replace("monthly.csv", in: $0, "hitech,tit_volume,2012-01,", with: "hitech,tit_volum,2012-01,")
        }
        #expect(result.status == 65)
        #expect(
            result.errors == [
                "brief/monthly.csv:2:8: error: unknown indicator 'tit_volum' (not in indicators.csv); did you mean 'tit_volume'?"
            ])
    }

    @Test func manifestWithAnUnknownKey() throws {
        let result = try build { try replace("brief.yaml", in: $0, "classification:", with: "clasification:") }
        #expect(result.status == 65)
        #expect(result.errors.count == 1)
        #expect(
            result.errors.first?.hasPrefix(
                "brief/brief.yaml:9:1: error: unknown key 'clasification' in the manifest; did you mean 'classification'?"
            ) == true)
    }

    @Test func manifestWithAWrongType() throws {
        let result = try build { try replace("brief.yaml", in: $0, "year: 2013", with: "year: [2013]") }
        #expect(result.status == 65)
        #expect(
            result.errors == [
                "brief/brief.yaml:10:7: error: expected 'year' to be a whole number from 1900 to 2999, found a list"
            ])
    }

    @Test func manifestNamingAnUnknownIndicator() throws {
        let result = try build {
            try replace(
                "brief.yaml", in: $0, "indicators: [tit_volume, tax, value_added]",
                with: "indicators: [tit_volume, taxes, value_added]")
        }
        #expect(result.status == 65)
        #expect(
            result.errors == [
                "brief/brief.yaml:27:32: error: unknown indicator 'taxes' in key-indicators (not in indicators.csv); did you mean 'tax'?"
            ])
    }

    @Test func everyProblemIsReportedNotJustTheFirst() throws {
        let result = try build { brief in
            try replace("brief.yaml", in: brief, "page: A4", with: "page: A5")
            try replace(
                "monthly.csv", in: brief, "hitech,tit_volume,2012-02,1.9378", with: "hitech,tit_volume,2012-02,n/a")
            try replace("monthly.csv", in: brief, "ecodev,tax,2013-12,", with: "ecodev,tax,2013-13,")
            try replace("notes.md", in: brief, "date: 2014-03-12", with: "date: [2014-03-12")
        }
        #expect(result.status == 65)
        #expect(result.errors.count == 4, "\(result.errors)")
        #expect(
            result.errors.contains {
                $0.hasPrefix("brief/brief.yaml:8:7: error: expected 'page' to be one of 'A4', 'Letter', found 'A5'")
            })
        #expect(
            result.errors.contains {
                $0.hasPrefix("brief/monthly.csv:3:27: error: expected a number in column 'value', found 'n/a'")
            })
        #expect(
            result.errors.contains {
                $0.hasPrefix("brief/monthly.csv:")
                    && $0.contains("expected a period YYYY-MM in column 'month', found '2013-13'")
            })
        #expect(
            result.errors.contains(
                "brief/notes.md:4:6: error: invalid front matter: did not find expected ',' or ']' (while parsing a flow sequence on line 3)"
            ))
    }

    @Test func diagnosticsShowTheLineAndACaret() throws {
        let brief = try Support.copyOfExample()
        try replace(
            "monthly.csv", in: brief, "hitech,tit_volume,2012-02,1.9378", with: "hitech,tit_volume,2012-02,1.9x78")
        let result = try Support.briefing(
            ["build", "brief", "-o", brief + "/out.pdf"], in: (brief as NSString).deletingLastPathComponent)
        let lines = result.stderr.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        let index = try #require(lines.firstIndex { $0.contains("expected a number") })
        #expect(lines[index + 1] == "    hitech,tit_volume,2012-02,1.9x78")
        #expect(lines[index + 2] == "    " + String(repeating: " ", count: 26) + "^")
    }

    @Test func usageErrorsExit64() throws {
        let result = try Support.briefing(["build"])
        #expect(result.status == 64)
    }

    @Test func aFailedBuildLeavesAnExistingPDFUntouched() throws {
        let brief = try Support.copyOfExample()
        let output = brief + "/existing.pdf"
        try Data("old".utf8).write(to: URL(fileURLWithPath: output))
        try replace("monthly.csv", in: brief, "hitech,tit_volume,2012-02,1.9378", with: "hitech,tit_volume,2012-02,x")
        let result = try Support.briefing(["build", brief, "-o", output])
        #expect(result.status == 65)
        #expect(FileManager.default.contents(atPath: output) == Data("old".utf8))
    }
}
