import BriefingCore
import BriefingData
import Foundation
import Testing

@testable import BriefingInput

/// Every table shape gives the dataset the long table gives: the fixtures (Tests/Fixtures/tables,
/// written by Scripts/make-table-fixtures) hold the parks figures one column per park, with a
/// constant indicator or entity, and with the period in a year and a month column.
@Suite struct TablesShapesTests {
    static func sources(_ file: String, _ layout: TableMapping.Layout) -> DatasetSources {
        TablesFixtures.parksSources(
            observations: TablesFormatsTests.fixture(file), mapping: TableMapping(layout: layout))
    }

    static func long() throws -> Dataset { try DatasetLoader.load(TablesFixtures.parksSources()) }

    @Test func oneColumnPerEntityGivesTheSameDataset() throws {
        let long = try Self.long()
        let parks = long.entities.map(\.id)
        for listed in [nil, parks] {
            let wide = try DatasetLoader.load(
                Self.sources("monthly-by-entity.csv", .wideEntities(indicator: "indicator", period: "month", entities: listed)))
            #expect(wide == long)
            #expect(wide.observations.values.reduce(0) { $0 + $1.count } == 1728)
        }
        // Listing some columns reads only those.
        let two = try DatasetLoader.load(
            Self.sources(
                "monthly-by-entity.csv", .wideEntities(indicator: "indicator", period: "month", entities: ["zixing", "hitech"])))
        #expect(Set(two.observations.keys.map(\.entity)) == ["hitech", "zixing"])
    }

    @Test func aPeriodFromYearAndMonthColumnsGivesTheSameDataset() throws {
        let split = try DatasetLoader.load(
            Self.sources(
                "monthly-year-month.csv",
                .long(entity: "park", indicator: "indicator", period: .yearAndMonth(year: "year", month: "month"), value: "value")))
        #expect(split == (try Self.long()))
    }

    @Test func aConstantIndicatorStandsForTheMissingColumn() throws {
        let long = try Self.long()
        let tax = try DatasetLoader.load(
            Self.sources("tax-by-entity.csv", .wideEntities(indicator: .constant("tax"), period: "month", entities: nil)))
        #expect(tax.observations == long.observations.filter { $0.key.indicator == "tax" })
        #expect(tax.observations.count == 12)
    }

    @Test func aConstantEntityStandsForTheMissingColumn() throws {
        let long = try Self.long()
        let hitech = try DatasetLoader.load(
            Self.sources("hitech.csv", .long(entity: .constant("hitech"), indicator: "indicator", period: "month", value: "value")))
        #expect(hitech.observations == long.observations.filter { $0.key.entity == "hitech" })
        #expect(hitech.observations.count == 6)
    }

    @Test func aConstantNotInTheCatalogueIsAnErrorAtTheHeader() throws {
        let errors = try TablesScenario().with("monthly.csv", "indicator,month,value\ntax,2012-01,1\n")
            .mapped(.long(entity: .constant("hitec"), indicator: "indicator", period: "month", value: "value")).errors()
        #expect(
            errors == [
                "monthly.csv:1:1: error: unknown entity 'hitec' (not in parks.csv); did you mean 'hitech'? (given in 'columns')"
            ])
    }

    @Test func withoutACatalogueTheEntitiesAreTheIDsFoundInOrder() throws {
        let long = try Self.long()
        var sources = TablesFixtures.parksSources()
        sources.entities = nil
        let dataset = try DatasetLoader.load(sources)
        // The order of first appearance in monthly.csv, read here independently.
        let rows = try TablesDatasetLoaderTests.longRows()
        let order = rows.map { $0[0] }.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        #expect(dataset.entities.map(\.id) == order)
        #expect(dataset.entities.allSatisfy { $0.names == Localized(en: $0.id) })
        #expect(dataset.observations == long.observations)
        #expect(dataset.targets == long.targets)
    }

    @Test func missingColumnsSayHowToMapThem() throws {
        let errors = try TablesScenario().with("monthly.csv", "park,indicator,month,value\nhitech,tax,2012-01,1\n")
            .mapped(.wideEntities(indicator: "kpi", period: .yearAndMonth(year: "yr", month: "month"), entities: nil))
            .errors()
        #expect(
            errors == [
                "monthly.csv:1:1: error: no indicator column 'kpi' in the header (columns are park, indicator, month, value); "
                    + "name it with 'columns: {indicator: NAME}', or give every row one indicator with "
                    + "'columns: {indicator: {value: ID}}'",
                "monthly.csv:1:1: error: no year column 'yr' in the header (columns are park, indicator, month, value); "
                    + "name it with 'columns: {period: {year: NAME, month: NAME}}'",
            ])
    }

    @Test func badYearAndMonthCellsAreErrorsAtTheirCells() throws {
        let errors = try TablesScenario()
            .with("monthly.csv", "park,indicator,year,month,value\nhitech,tax,12,1,1\nhitech,tax,2012,13,1\n")
            .mapped(.long(entity: "park", indicator: "indicator", period: .yearAndMonth(year: "year", month: "month"), value: "value"))
            .errors()
        #expect(
            errors == [
                "monthly.csv:2:12: error: expected a year YYYY in column 'year', found '12'",
                "monthly.csv:3:17: error: expected a month from 1 to 12 in column 'month', found '13'",
            ])
    }

    @Test func aBadCellOfAnEntityColumnIsChargedToThatEntity() throws {
        let scenario = TablesScenario()
            .with("monthly.csv", "indicator,month,hitech,ecodev\ntax,2012-01,1,x\nbad,2012-02,1,2\n")
            .mapped(.wideEntities(indicator: "indicator", period: "month", entities: nil))
        let directory = try TemporaryDirectory()
        var bag = DiagnosticBag()
        var rowErrors: [String: [Diagnostic]] = [:]
        let dataset = DatasetLoader.load(
            try scenario.sources(in: directory), into: &bag, attributingRowErrors: &rowErrors)
        #expect(rowErrors.mapValues { $0.map(\.summary) } == ["ecodev": ["monthly.csv:2:15: error: expected a number in column 'ecodev', found 'x'"]])
        #expect(bag.diagnostics.map(\.summary) == ["monthly.csv:3:1: error: unknown indicator 'bad' (not in indicators.csv); did you mean 'tax'?"])
        #expect(dataset == nil)
    }

    // MARK: - Repeated errors

    @Test func repeatedErrorsInAColumnAreSummarisedAfterThree() throws {
        let rows = (1...560).map { "hitech,tax,2012/\($0),1" } + ["hitech,tax,2012-01,x", "ecodev,tax,2012-01,y"]
        let errors = try TablesScenario().with("monthly.csv", "park,indicator,month,value\n" + rows.joined(separator: "\n"))
            .errors()
        #expect(
            errors == [
                "monthly.csv:2:12: error: expected a period YYYY-MM in column 'month', found '2012/1'",
                "monthly.csv:3:12: error: expected a period YYYY-MM in column 'month', found '2012/2'",
                "monthly.csv:4:12: error: expected a period YYYY-MM in column 'month', found '2012/3'",
                "monthly.csv:5:12: error: … and 557 more rows like this in column 'month', lines 5–561",
                "monthly.csv:562:20: error: expected a number in column 'value', found 'x'",
                "monthly.csv:563:20: error: expected a number in column 'value', found 'y'",
            ])
        guard case .failure(let error) = try TablesScenario().with(
            "monthly.csv", "park,indicator,month,value\n" + rows.joined(separator: "\n")
        ).load() else { return }
        #expect(error.diagnostics.problemCount(.error) == 562)
    }

    @Test func fourOfAKindAreAllShown() {
        let diagnostics = (1...4).map { Diagnostic.error(at: SourceLocation(path: "t.csv", line: $0 + 1, column: 3), "bad '\($0)'") }
        #expect(RepeatSummary.summarising(diagnostics) { _ in "a" } == diagnostics)
        let five = diagnostics + [.error(at: SourceLocation(path: "t.csv", line: 9, column: 3), "bad '9'")]
        #expect(
            RepeatSummary.summarising(five) { _ in "a" }.map(\.summary) == [
                "t.csv:2:3: error: bad '1'", "t.csv:3:3: error: bad '2'", "t.csv:4:3: error: bad '3'",
                "t.csv:5:3: error: … and 2 more rows like this in column 'a', lines 5–9",
            ])
        // Different columns are different groups.
        #expect(RepeatSummary.summarising(five) { "\($0.location.line)" } == five)
    }
}

extension TablesScenario {
    /// The scenario with its observations read through `layout`.
    func mapped(_ layout: TableMapping.Layout) -> TablesScenario {
        var copy = self
        copy.mapping = TableMapping(layout: layout)
        return copy
    }
}
