import BriefingCore
import BriefingData
import Foundation
import Testing

@testable import BriefingInput

/// The kinds `briefing init` guesses: told by a word of the indicator's id (decided, no doubt), or
/// read from its values or taken by default (with the doubt saying so, exactly); and the tables it
/// refuses, with the message at the header.
@Suite struct TableInferenceKindsTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var csv: String
        var kinds: [String: Indicator.Kind]
        var doubts: [String] = []
        var testDescription: String { String(csv.prefix { $0 != "\n" }) }
    }

    static let cases: [Case] = [
        Case(
            csv:
                "year,unemp,tbilrate,cpi,m1,realgdp,pop,gdpPercap,增加值\n2008,5.1,1.5,210.5,1400.5,13000.5,300.5,3000.5,1.5\n",
            kinds: [
                "unemp": .rate, "tbilrate": .rate, "cpi": .index, "m1": .stock, "realgdp": .flow, "pop": .stock,
                "gdpPercap": .rate, "增加值": .flow,
            ]),
        Case(
            csv: "year,x\n2008,37.5%\n2009,38.5%\n",
            kinds: ["x": .rate]),
        Case(
            csv: "year,x\n2008,0.375\n2009,0.385\n",
            kinds: ["x": .rate],
            doubts: [
                "kind of 'x': its values all lie between 0 and 1, as shares do: read as 'rate' (write 'flow', 'stock' or "
                    + "'average' if it is an amount)"
            ]),
        Case(
            csv: "year,x\n2008,37.5\n2009,38.5\n",
            kinds: ["x": .rate],
            doubts: [
                "kind of 'x': its values all lie between 0 and 100 with decimals, as rates in % do: read as 'rate' "
                    + "(averaged over a year and not added up across entities; write 'flow' if each period's amounts add "
                    + "up, 'stock' or 'average' for a level that does)"
            ]),
        Case(
            csv: "year,x\n2008,1375\n2009,1385\n",
            kinds: ["x": .flow],
            doubts: [
                "kind of 'x': nothing in its name or values tells a flow from a level or a rate: read as 'flow' (each "
                    + "period's amount, summed over a year; write 'stock', 'average', 'rate' or 'index' if it is one)"
            ]),
        Case(
            csv: "quarter,x\n2008Q1,1\n2008Q2,3\n2008Q3,6\n2008Q4,9\n2009Q1,2\n2009Q2,4\n2009Q3,7\n2009Q4,11\n",
            kinds: ["x": .stock],
            doubts: [
                "kind of 'x': its values rise through every year and fall back at its start, as a total to date does: read "
                    + "as 'stock' (a year's value is then its last period's; write 'flow' if each period holds its own "
                    + "amount)"
            ]),
    ]

    @Test(arguments: cases) func kinds(_ example: Case) throws {
        let inference = try TableInferenceTests.infer(example.csv)
        #expect(Dictionary(uniqueKeysWithValues: inference.indicators.map { ($0.id, $0.kind) }) == example.kinds)
        #expect(inference.doubts.map(\.reason) == example.doubts)
    }

    /// Decimals follow the values written, fewer for large values.
    @Test func decimals() throws {
        let inference = try TableInferenceTests.infer(
            "year,a,b,c\n2008,1.8183,8425333,28.801\n2009,1.9,9240934,30.332\n")
        #expect(inference.indicators.map(\.decimals) == [2, 0, 1])
    }

    @Test(arguments: [
        (
            "x,y\nfoo,bar\n",
            "t.csv:1:1: error: cannot find the periods: expected a column of periods (2014, 2014-03, 2014Q3, a date), a "
                + "year column beside a month or quarter column, or periods as column names, found columns x, y"
        ),
        ("month,x\n", "t.csv:1:1: error: expected rows of values below the header, found none"),
        (
            "kind,group,year,x\na,p,2012,1\nb,p,2012,2\na,q,2012,3\n",
            "t.csv:1:1: error: cannot tell which column names the entities: no column of text ('kind' and 'group') names "
                + "one row per period; map the table by hand (docs/FORMAT.md, Table shapes)"
        ),
        (
            "month,x\n2013-01,1\n2013-01,2\n",
            "t.csv:3:1: error: duplicate observation for t, x, 2013-01 (first on line 2)"
        ),
    ])
    func refused(_ csv: String, _ message: String) throws {
        let table = try #require(CSVReader(delimiter: ",")).read(csv, path: "t.csv")
        guard case .failure(let error) = TableInference.infer(table, subject: "t") else {
            Issue.record("inferred")
            return
        }
        #expect(error.diagnostics.map(\.summary) == [message])
    }
}
