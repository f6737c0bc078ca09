import BriefingCore
import Foundation
import Testing

@testable import BriefingInput

@Suite("CSV reader")
struct TablesCSVReaderTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var input: String
        var fields: [[String]]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "plain, LF, trailing newline", input: "a,b\n1,2\n", fields: [["a", "b"], ["1", "2"]]),
        Case(name: "no trailing newline", input: "a,b\n1,2", fields: [["a", "b"], ["1", "2"]]),
        Case(name: "CRLF", input: "a,b\r\n1,2\r\n", fields: [["a", "b"], ["1", "2"]]),
        Case(name: "lone CR", input: "a,b\r1,2", fields: [["a", "b"], ["1", "2"]]),
        Case(name: "blank trailing lines", input: "a,b\n1,2\n\n\r\n\n", fields: [["a", "b"], ["1", "2"]]),
        Case(name: "blank lines inside", input: "\na,b\n\n1,2\n", fields: [["a", "b"], ["1", "2"]]),
        Case(name: "BOM", input: "\u{FEFF}a,b\n1,2\n", fields: [["a", "b"], ["1", "2"]]),
        Case(
            name: "empty fields", input: "a,b,c\n,2,\n1,,\n",
            fields: [["a", "b", "c"], ["", "2", ""], ["1", "", ""]]),
        Case(name: "quoted", input: "a,b\n\"x\",\"\"\n", fields: [["a", "b"], ["x", ""]]),
        Case(name: "doubled quotes", input: "a\n\"say \"\"hi\"\"\"\n", fields: [["a"], ["say \"hi\""]]),
        Case(name: "delimiter in quotes", input: "a,b\n\"1,5\",2\n", fields: [["a", "b"], ["1,5", "2"]]),
        Case(name: "newline in quotes", input: "a,b\n\"x\ny\",2\n", fields: [["a", "b"], ["x\ny", "2"]]),
        Case(name: "CRLF in quotes kept", input: "a\r\n\"x\r\ny\"\r\n", fields: [["a"], ["x\r\ny"]]),
        Case(name: "spaces kept", input: "a,b\n 1 , x\n", fields: [["a", "b"], [" 1 ", " x"]]),
        Case(name: "unicode", input: "名称,b\n郴州,é\n", fields: [["名称", "b"], ["郴州", "é"]]),
        Case(name: "trailing delimiter at end of file", input: "a,b\n1,", fields: [["a", "b"], ["1", ""]]),
        Case(name: "spreadsheet filler lines", input: "a,b\n1,2\n,\n \t\n, ,\n", fields: [["a", "b"], ["1", "2"]]),
        Case(name: "quoted empty fields are data", input: "a,b\n\"\",\n", fields: [["a", "b"], ["", ""]]),
        Case(name: "empty file", input: "", fields: []),
        Case(name: "only BOM and blank lines", input: "\u{FEFF}\n\n", fields: []),
    ]

    @Test(arguments: cases)
    func parsesFields(_ testCase: Case) {
        let table = CSVReader().read(testCase.input, path: "t.csv")
        #expect(table.diagnostics.isEmpty)
        #expect(TablesFixtures.fields(testCase.input) == testCase.fields)
    }

    @Test func otherDelimiters() {
        #expect(TablesFixtures.fields("a;b\n\"1;5\";2,5\n", delimiter: ";") == [["a", "b"], ["1;5", "2,5"]])
        #expect(TablesFixtures.fields("a\tb\n1\t2\n", delimiter: "\t") == [["a", "b"], ["1", "2"]])
        #expect(CSVReader(delimiter: "\"") == nil)
        #expect(CSVReader(delimiter: "\n") == nil)
        #expect(CSVReader(delimiter: "，") == nil)
    }

    @Test func positionsCountScalarsAndFollowEmbeddedNewlines() {
        let table = CSVReader().read("a,b,c\n\"x\ny\",z,\"é\"\n\"é\",中文,x\n", path: "t.csv")
        #expect(table.diagnostics.isEmpty)
        let cells = table.rows.map { $0.cells.map { "\($0.line):\($0.column)" } }
        #expect(cells == [["2:1", "3:4", "3:6"], ["4:1", "4:5", "4:8"]])
        #expect(table.rows.map(\.line) == [2, 4])
        #expect(table.rows[0].cells.map(\.isQuoted) == [true, false, true])
        #expect(table.sourceLine(3) == "y\",z,\"é\"")
        #expect(table.sourceLine(4) == "\"é\",中文,x")
    }

    @Test func bomIsNotPartOfTheFirstLine() {
        let table = CSVReader().read("\u{FEFF}a,bb\n1,2\n", path: "t.csv")
        #expect(table.header?.cells.map(\.column) == [1, 3])
        #expect(table.sourceLine(1) == "a,bb")
        #expect(table.columnIndex("a") == 0)
    }

    @Test func crlfSourceLines() {
        let table = CSVReader().read("a,b\r\n1,2\r\n3,4", path: "t.csv")
        #expect((1...3).map(table.sourceLine) == ["a,b", "1,2", "3,4"])
        #expect(table.rows.map(\.line) == [2, 3])
    }

    @Test func raggedRows() {
        let table = CSVReader().read(
            "park,indicator,month,value\nhitech,tax,2012-01,1,2\nx,y\nok,1,2,3\n", path: "m.csv")
        #expect(
            TablesFixtures.summaries(table) == [
                "m.csv:2:1: error: expected 4 fields (park, indicator, month, value), found 5",
                "m.csv:3:1: error: expected 4 fields (park, indicator, month, value), found 2",
            ])
        #expect(table.rows.map(\.line) == [4])
        #expect(table.diagnostics[0].sourceLine == "hitech,tax,2012-01,1,2")
    }

    @Test func unterminatedQuoteIsReportedAtTheOpeningQuote() {
        let table = CSVReader().read("a,b\n1,2\n3,\"four\n5,6\n", path: "t.csv")
        #expect(
            TablesFixtures.summaries(table) == [
                "t.csv:3:3: error: unterminated quoted field; expected a closing quote, found the end of the file"
            ])
        #expect(table.diagnostics[0].sourceLine == "3,\"four")
        #expect(table.rows.map(\.line) == [2])
    }

    @Test func quoteInsideAnUnquotedField() {
        let table = CSVReader().read("a,b\n1,2\"5\n", path: "t.csv")
        #expect(
            TablesFixtures.summaries(table) == [
                "t.csv:2:4: error: unexpected quote in an unquoted field; quote the whole field and double the quote"
            ])
        #expect(table.rows.isEmpty)
    }

    @Test func textAfterAClosingQuote() {
        let table = CSVReader().read("a,b\n\"1\"x,2\n", path: "t.csv")
        #expect(
            TablesFixtures.summaries(table) == [
                "t.csv:2:4: error: expected a delimiter or the end of the line after a closing quote, found 'x'"
            ])
        #expect(table.rows.isEmpty)
    }

    @Test func everyProblemIsReported() {
        let table = CSVReader().read("a,b\n1,2,3\n4,x\"y\n\"5\n", path: "t.csv")
        #expect(
            TablesFixtures.summaries(table) == [
                "t.csv:2:1: error: expected 2 fields (a, b), found 3",
                "t.csv:3:4: error: unexpected quote in an unquoted field; quote the whole field and double the quote",
                "t.csv:4:1: error: unterminated quoted field; expected a closing quote, found the end of the file",
            ])
        #expect(table.rows.isEmpty)
    }

    @Test func invalidUTF8() {
        var bytes = Array("a,b\n1,é".utf8)
        bytes += [0xFF, 0x0A]
        let table = CSVReader().read(bytes, path: "t.csv")
        #expect(
            TablesFixtures.summaries(table) == [
                "t.csv:2:4: error: expected UTF-8 text, found the byte 0xff (save the file as UTF-8, or declare its encoding, e.g. `encoding: gb18030`)"
            ])
        #expect(table.header == nil && table.rows.isEmpty)
        // GBK-encoded Chinese, as Excel may save it.
        let gbk: [UInt8] = [0x70, 0x61, 0x72, 0x6B, 0x0A, 0xD6, 0xD0, 0xCE, 0xC4, 0x0A]
        #expect(
            TablesFixtures.summaries(CSVReader().read(gbk, path: "g.csv")) == [
                "g.csv:2:1: error: expected UTF-8 text, found the byte 0xd6 (save the file as UTF-8, or declare its encoding, e.g. `encoding: gb18030`)"
            ])
        // Truncated sequence at the end, overlong form and a surrogate.
        for bad: [UInt8] in [[0x61, 0xE4, 0xB8], [0x61, 0xC0, 0xAF], [0x61, 0xED, 0xA0, 0x80]] {
            #expect(
                TablesFixtures.summaries(CSVReader().read(bad, path: "b.csv")).first?.hasPrefix("b.csv:1:2:") == true)
        }
    }

    /// Arbitrary bytes, and bytes drawn from the characters that matter, never crash or hang, and
    /// every cell's position lies inside the file.
    @Test func arbitraryBytes() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        let alphabet: [UInt8] = [0x2C, 0x22, 0x0A, 0x0D, 0x61, 0x20, 0xC3, 0xA9, 0xEF, 0xBB, 0xBF, 0xFF]
        for round in 0..<3000 {
            let length = Int(next() % 64)
            let bytes: [UInt8] = (0..<length).map { _ in
                round % 2 == 0 ? UInt8(truncatingIfNeeded: next()) : alphabet[Int(next()) % alphabet.count]
            }
            let table = CSVReader().read(bytes, path: "f.csv")
            let lines = bytes.filter { $0 == 0x0A || $0 == 0x0D }.count + 1
            for row in [table.header].compactMap({ $0 }) + table.rows {
                for cell in row.cells {
                    #expect(cell.line >= 1 && cell.line <= lines && cell.column >= 1)
                }
            }
            for diagnostic in table.diagnostics {
                #expect(diagnostic.location.line >= 1 && diagnostic.location.line <= lines)
            }
        }
    }

    @Test func largeFile() throws {
        let monthly = try TablesFixtures.text("monthly.csv")
        let body = monthly.split(whereSeparator: \.isNewline).dropFirst().joined(separator: "\n")
        let big = "park,indicator,month,value\n" + Array(repeating: body, count: 16).joined(separator: "\n") + "\n"
        let clock = ContinuousClock()
        var table: CSVTable?
        let elapsed = clock.measure { table = CSVReader().read(big, path: "big.csv") }
        #expect(table?.rows.count == 1728 * 16)
        #expect(table?.diagnostics.isEmpty == true)
        // Generous bound for a debug build on a shared machine; release is far faster.
        #expect(elapsed < .seconds(5))
    }
}
