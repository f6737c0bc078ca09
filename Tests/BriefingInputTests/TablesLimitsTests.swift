import BriefingCore
import BriefingData
import Foundation
import Testing

@testable import BriefingInput

/// Each table limit, with small injected limits: a table at the limit is accepted, one past it is
/// refused with one error saying which limit.
@Suite struct TablesLimitsTests {
    private func csv(_ text: String, _ limits: TableLimits) -> CSVTable {
        var reader = CSVReader()
        reader.limits = limits
        return reader.read(text, path: "t.csv")
    }

    @Test func rowsAtTheLimitAreReadAndOneMoreIsRefused() {
        var limits = TableLimits()
        limits.rows = 3
        let atLimit = csv("h\n1\n2\n3\n", limits)
        #expect(atLimit.diagnostics.isEmpty)
        #expect(atLimit.rows.map { $0.cells[0].text } == ["1", "2", "3"])
        let past = csv("h\n1\n2\n3\n4\n5\n", limits)
        #expect(
            past.diagnostics.map(\.summary) == [
                "t.csv:5:1: error: table too large: more than 3 rows (the limit); the rest of the file is not read"
            ])
    }

    @Test func cellsAtTheLimitAreReadAndOneMoreIsRefused() {
        var limits = TableLimits()
        limits.cells = 4
        #expect(csv("a,b\n1,2\n3,4\n", limits).diagnostics.isEmpty)
        #expect(
            csv("a,b\n1,2\n3,4\n5,6\n", limits).diagnostics.map(\.summary) == [
                "t.csv:4:1: error: table too large: more than 4 cells (the limit); the rest of the file is not read"
            ])
    }

    @Test func aHeaderPastTheColumnLimitRefusesTheTableAtOnce() {
        var limits = TableLimits()
        limits.columns = 3
        #expect(csv("a,b,c\n1,2,3\n", limits).header?.cells.count == 3)
        let past = csv("a,b,c,d,e,f\n1,2,3,4,5,6\n", limits)
        #expect(past.header == nil)
        #expect(
            past.diagnostics.map(\.description) == [
                "t.csv:1:7: error: too many columns: the header has more than 3 fields (the limit); the table is not read\n"
                    + "    a,b,c,d,e,f\n"
                    + "          ^"
            ])
    }

    @Test func aRecordPastTheColumnLimitIsOneErrorNotOnePerField() {
        var limits = TableLimits()
        limits.columns = 3
        let table = csv("a,b,c\n1,2,3,4,5,6,7\n8,9,10\n", limits)
        #expect(
            table.diagnostics.map(\.summary) == [
                "t.csv:2:7: error: too many columns: the record has more than 3 fields (the limit)"
            ])
        #expect(table.rows.map { $0.cells.map(\.text) } == [["8", "9", "10"]])
    }

    @Test func cellBytesAtTheLimitAreReadAndOneMoreIsRefused() {
        var limits = TableLimits()
        limits.cellBytes = 5
        #expect(csv("a\n12345\n", limits).diagnostics.isEmpty)
        #expect(
            csv("a\n123456\n", limits).diagnostics.map(\.summary) == [
                "t.csv:2:1: error: cell too long: 6 bytes (the limit is 5)"
            ])
    }

    @Test func jsonFileBytesAtTheLimitAreReadAndOneMoreIsRefused() {
        let text = #"[{"a": 1}]"#
        var limits = TableLimits()
        limits.jsonFileBytes = text.utf8.count
        #expect(JSONTableReader(path: "t.json", limits: limits).read(Array(text.utf8)).diagnostics.isEmpty)
        limits.jsonFileBytes -= 1
        #expect(
            JSONTableReader(path: "t.json", limits: limits).read(Array(text.utf8)).diagnostics.map(\.summary) == [
                "t.json:1:1: error: JSON table too large: 10 bytes, more than the limit of 9 bytes for a JSON table "
                    + "(a CSV table may be larger)"
            ])
    }

    /// The third key, `"c"`, starts at column 19.
    @Test func jsonKeysPastTheColumnLimitRefuseTheTable() {
        var limits = TableLimits()
        limits.columns = 2
        let table = JSONTableReader(path: "t.json", limits: limits).read(Array(#"[{"a": 1, "b": 2, "c": 3}]"#.utf8))
        #expect(table.header == nil)
        #expect(
            table.diagnostics.map(\.summary) == [
                "t.json:1:19: error: too many columns: the header has more than 2 fields (the limit); the table is not read"
            ])
    }

    /// A JSON table on one long line: the problem 1,002 characters along is shown with the 60 before it.
    @Test func aJSONProblemOnALongLineIsShownInAWindow() throws {
        let unit = #"{"a": 1}, "#
        let text = "[" + String(repeating: unit, count: 100) + "5]"
        let diagnostic = try #require(JSONTableReader(path: "t.json").read(Array(text.utf8)).diagnostics.first)
        #expect(diagnostic.location == SourceLocation(path: "t.json", line: 1, column: 1002))
        #expect(diagnostic.sourceLine == "…" + String(repeating: unit, count: 6) + "5]")
        #expect(diagnostic.excerpt?.caret == 62)
    }

    /// The monthly sheet of the fixture workbook inflates to 355,182 bytes (`unzip -l parks.xlsx`).
    @Test func workbookPartAtTheLimitIsReadAndOneByteLessRefusesIt() throws {
        let url = TablesFixtures.packageRoot.appendingPathComponent("Tests/Fixtures/tables/parks.xlsx")
        let bytes = [UInt8](try Data(contentsOf: url))
        var limits = TableLimits()
        limits.workbookPartBytes = 355_182
        let read = XLSXReader(path: "parks.xlsx", sheet: "monthly", limits: limits).read(bytes)
        #expect(read.diagnostics.isEmpty)
        #expect(read.header?.cells.map(\.text) == ["park", "indicator", "month", "value"])
        limits.workbookPartBytes = 355_181
        #expect(
            XLSXReader(path: "parks.xlsx", sheet: "monthly", limits: limits).read(bytes).diagnostics.map(
                \.summary)
                == [
                    "parks.xlsx:1:1: error: 'xl/worksheets/sheet2.xml' in the workbook inflates to more than 355,181 bytes (the limit)"
                ])
    }

    @Test func seriesAtTheLimitAreReadAndOneMoreIsRefused() {
        var limits = TableLimits()
        limits.series = 2
        let table = CSVReader().read(
            "park,indicator,month,value\na,x,2013-01,1\nb,x,2013-01,2\na,x,2013-02,3\nc,x,2013-01,4\nd,x,2013-01,5\n",
            path: "t.csv")
        let anything = Catalogue(fileName: "any.csv", isKnown: false)
        var bag = DiagnosticBag()
        var rowErrors: [String: [Diagnostic]]? = nil
        let observations = DatasetLoader.loadObservations(
            table, layout: TableMapping.long(entity: "park", period: "month").layout, decimalSeparator: ".", indicators: anything,
            entities: anything, into: &bag, rowErrors: &rowErrors, limits: limits
        ).values
        #expect(observations.count == 2)
        #expect(observations[SeriesKey(entity: "a", indicator: "x")]?.count == 2)
        #expect(
            bag.diagnostics.map(\.summary) == [
                "t.csv:5:1: error: too many series: more than 2 entity and indicator pairs (the limit); "
                    + "the rest of the table is not read"
            ])
    }

    @Test func aWideRowOfBadValuesIsOneErrorWithACountAndAWindowOfTheLine() throws {
        let directory = try TemporaryDirectory()
        for (name, text) in TablesScenario().files { try directory.write(name, text) }
        // A wide-periods row of 600 months, every value "bad".
        let months = (0..<600).map { Period(year: 1960, month: 1).advanced(by: $0).description }
        try directory.write(
            "wide.csv",
            "park,indicator," + months.joined(separator: ",") + "\n"
                + "hitech,tax," + Array(repeating: "bad", count: 600).joined(separator: ",") + "\n")
        var bag = DiagnosticBag()
        _ = DatasetLoader.load(
            DatasetSources(
                observations: "wide.csv",
                mapping: TableMapping(layout: .widePeriods(entity: "park", indicator: "indicator", periods: nil)),
                indicators: "indicators.csv", entities: "parks.csv",
                world: BriefWorld(folder: directory.path, shownAs: "")), into: &bag)
        // The first bad value is at column 12 (after "hitech,tax,"); the window keeps 60 characters
        // after it: "bad," 15 times.
        #expect(
            bag.diagnostics.map(\.description) == [
                "wide.csv:2:12: error: expected a number in column '1960-01', found 'bad' (and 599 more on this line)\n"
                    + "    hitech,tax," + String(repeating: "bad,", count: 15) + "b…\n"
                    + "               ^"
            ])
    }
}
