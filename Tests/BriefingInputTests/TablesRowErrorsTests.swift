import BriefingCore
import BriefingData
import Foundation
import Testing

@testable import BriefingInput

/// `DatasetLoader.load(_:into:attributingRowErrors:)`, the lenient load of `briefing batch`: a
/// broken row of the observations table is charged to its entity, other problems stop the load.
@Suite("Dataset loader: row errors attributed to their entity")
struct TablesRowErrorsTests {
    let base = TablesScenario()

    /// What a lenient load gives: the dataset, the summaries put in the bag, those charged to each entity.
    typealias Lenient = (dataset: Dataset?, bag: [String], rows: [String: [String]])

    /// The lenient load of `scenario`.
    func lenient(_ scenario: TablesScenario) throws -> Lenient {
        let directory = try TemporaryDirectory()
        var bag = DiagnosticBag()
        var rowErrors: [String: [Diagnostic]] = [:]
        let dataset = DatasetLoader.load(
            try scenario.sources(in: directory), into: &bag, attributingRowErrors: &rowErrors)
        return (dataset, bag.diagnostics.map(\.summary), rowErrors.mapValues { $0.map(\.summary) })
    }

    /// The lenient load of the base scenario with `rows` as its long observations table.
    func lenient(rows: String...) throws -> Lenient {
        try lenient(base.with("monthly.csv", "park,indicator,month,value\n" + rows.joined(separator: "\n")))
    }

    @Test func badRowsAreChargedToTheirEntityAndTheGoodRowsAreKept() throws {
        let scenario = base.with(
            "monthly.csv",
            """
            park,indicator,month,value
            hitech,tit_volume,2012-01,1.8183
            ecodev,tit_volum,2012-02,1.0
            hitech,tax,2012-01,1.2x
            ecodev,tit_volume,2012-01,1.1
            ecodev,tax,2012-13,0.5
            hitech,tit_volume,2012-01,2
            hitech,tax,2012-02,0.3

            """)
        let result = try lenient(scenario)
        #expect(result.bag == [])
        let dataset = try #require(result.dataset)
        #expect(dataset.value("hitech", "tit_volume", Period(year: 2012, month: 1)) == 1.8183)
        #expect(dataset.value("hitech", "tax", Period(year: 2012, month: 2)) == 0.3)
        #expect(dataset.value("ecodev", "tit_volume", Period(year: 2012, month: 1)) == 1.1)
        #expect(dataset.value("hitech", "tax", Period(year: 2012, month: 1)) == nil)
        #expect(dataset.observations.values.reduce(0) { $0 + $1.count } == 3)
        #expect(dataset.entities.map(\.id) == ["hitech", "ecodev"])

        #expect(
            result.rows == [
                "hitech": [
                    "monthly.csv:4:20: error: expected a number in column 'value', found '1.2x'",
                    "monthly.csv:7:1: error: duplicate observation for hitech, tit_volume, 2012-01 (first on line 2)",
                ],
                "ecodev": [
                    "monthly.csv:3:8: error: unknown indicator 'tit_volum' (not in indicators.csv); did you mean 'tit_volume'?",
                    "monthly.csv:6:12: error: expected a period YYYY-MM in column 'month', found '2012-13'",
                ],
            ])
        // The strict load stops at the same diagnostics, in the order of the file.
        let strict = try scenario.errors()
        #expect(strict == result.rows.values.flatMap { $0 }.sorted { line(of: $0) < line(of: $1) })
    }

    /// The line number of a `monthly.csv:LINE:COL: …` summary.
    func line(of summary: String) -> Int {
        Int(summary.split(separator: ":")[1]) ?? 0
    }

    @Test func aWideTableChargesABadCellToTheRowsEntity() throws {
        var scenario = base.with(
            "monthly.csv", "park,month,tit_volume,tax\nhitech,2012-01,1.8,0.2\necodev,2012-01,1.1,n/a\n")
        scenario.mapping = TableMapping(layout: .wideIndicators(entity: "park", period: "month", indicators: nil))
        let result = try lenient(scenario)
        #expect(result.bag == [])
        #expect(result.rows == ["ecodev": ["monthly.csv:3:20: error: expected a number in column 'tax', found 'n/a'"]])
        #expect(result.dataset?.value("hitech", "tax", Period(year: 2012, month: 1)) == 0.2)
    }

    @Test func problemsThatAreNotOneEntitysRowsStillStopTheLoad() throws {
        // A row whose entity cell is unknown or empty belongs to no entity.
        let unknown = try lenient(rows: "hitec,tax,2012-01,1.2x", "ecodev,tax,2012-01,0.5", ",tax,2012-02,1")
        #expect(unknown.dataset == nil)
        #expect(
            unknown.bag == [
                "monthly.csv:2:1: error: unknown entity 'hitec' (not in parks.csv); did you mean 'hitech'?",
                "monthly.csv:2:19: error: expected a number in column 'value', found '1.2x'",
                "monthly.csv:4:1: error: expected an entity id in column 'park', found an empty cell",
            ])
        #expect(unknown.rows.isEmpty)

        let header = try lenient(base.with("monthly.csv", "park,indicator,month,amount\nhitech,tax,2012-01,1x\n"))
        #expect(header.dataset == nil)
        #expect(
            header.bag == [
                "monthly.csv:1:1: error: no value column 'value' in the header (columns are park, indicator, month, amount); name it with 'columns: {value: NAME}'"
            ])

        var missing = base
        missing.files["monthly.csv"] = nil
        #expect(try lenient(missing).bag == ["monthly.csv:1:1: error: cannot read file: no such file"])

        let catalogue = try lenient(base.with("parks.csv", TablesScenario.parks + "hitech,Again,,Beihu\n"))
        #expect(catalogue.dataset == nil)
        #expect(catalogue.bag == ["parks.csv:4:1: error: duplicate entity 'hitech' (first defined on line 2)"])
    }
}
