import BriefingCore
import BriefingData
import Foundation
import Testing

@testable import BriefingInput

/// A year in each row and its months or quarters across (`layout: wide-periods` with
/// `columns: {period: {year: NAME}}`): statsmodels' elnino.csv as shipped against a long table and
/// annual means computed in Python (Tests/Fixtures/tables/real/SOURCE.md), a Chinese
/// `年份,1月,…,12月` table, quarters, and every error at its cell.
@Suite struct TablesYearRowsTests {
    static let real = TablesFixtures.packageRoot.appendingPathComponent("Tests/Fixtures/tables/real")
    static let tables = TablesFixtures.packageRoot.appendingPathComponent("Tests/Fixtures/tables")
    static let indicators = """
        indicator,name,name_zh,unit,unit_zh,decimals,kind
        sst,Sea surface temperature,海表温度,°C,°C,2,average
        output,Industrial output,工业总产值,bn yuan,亿元,1,flow

        """
    static let series = SeriesKey(entity: "nino12", indicator: "sst")

    /// The mapping of a table with a year in `year` and one constant entity and indicator.
    static func mapping(
        year: String = "YEAR", indicator: String = "sst", periods: [String]? = nil,
        _ options: PeriodReader.Options = .init()
    ) -> TableMapping {
        TableMapping(
            layout: .widePeriods(
                entity: .constant("nino12"), indicator: .constant(indicator), year: year, periods: periods),
            periods: options)
    }

    /// Loads `table` (as `t.csv`) with the catalogue above and no entity catalogue; the dataset or
    /// the diagnostics' one-line forms.
    static func load(_ table: String, _ mapping: TableMapping) throws -> (Dataset?, [String]) {
        let directory = try TemporaryDirectory()
        try directory.write("t.csv", table)
        try directory.write("indicators.csv", indicators)
        let sources = DatasetSources(
            observations: "t.csv", mapping: mapping, indicators: "indicators.csv", entities: nil,
            world: BriefWorld(folder: directory.path, shownAs: ""))
        var bag = DiagnosticBag()
        let dataset = DatasetLoader.load(sources, into: &bag)
        return (dataset, bag.diagnostics.map(\.summary))
    }

    static func errors(_ table: String, _ mapping: TableMapping = mapping()) throws -> [String] {
        try load(table, mapping).1
    }

    /// The rows of a fixture after its header, split at commas.
    static func expectedRows(_ name: String) throws -> [[Substring]] {
        try String(contentsOf: real.appendingPathComponent(name), encoding: .utf8)
            .split(separator: "\n").dropFirst().map { $0.split(separator: ",") }
    }

    // MARK: - Real and fixture tables

    @Test func elninoAsShippedLoadsAsItsLongTable() throws {
        let text = try String(contentsOf: Self.real.appendingPathComponent("elnino.csv"), encoding: .utf8)
        let (loaded, messages) = try Self.load(text, Self.mapping())
        #expect(messages == [])
        let dataset = try #require(loaded)
        #expect(dataset.frequency == .monthly)
        #expect(dataset.entities.map(\.id) == ["nino12"])
        let values = try #require(dataset.observations[Self.series])
        let expected = try Self.expectedRows("elnino-long.expected.csv")
        #expect(expected.count == 732)
        #expect(values.count == expected.count)
        for row in expected {
            let period = try #require(Period(row[0]))
            #expect(values[period] == Double(row[1]), "\(period)")
        }
        let figures = Figures(dataset)
        for row in try Self.expectedRows("elnino-annual.expected.csv") {
            let year = try #require(Int(row[0]))
            let mean = try #require(Double(row[1]))
            let annual = try #require(figures.annual("sst", for: .entity("nino12"), year: year))
            #expect(abs(annual - mean) <= 1e-12 * mean, "\(year)")
        }
    }

    @Test func elninoCombinesIntoQuartersWithAggregate() throws {
        let text = try String(contentsOf: Self.real.appendingPathComponent("elnino.csv"), encoding: .utf8)
        let options = PeriodReader.Options(aggregate: PeriodReader.Aggregate(to: .quarterly, by: .mean))
        let (loaded, messages) = try Self.load(text, Self.mapping(options))
        #expect(messages == [])
        let values = try #require(loaded?.observations[Self.series])
        #expect(values.count == 61 * 4)
        // 1950: JAN 23.110, FEB 24.200, MAR 25.370 (the file's second line).
        let first = try #require(values[Period(year: 1950, quarter: 1)])
        #expect(abs(first - (23.110 + 24.200 + 25.370) / 3) < 1e-12)
    }

    @Test func aChineseTableOfMonthsAcrossLoadsByMonth() throws {
        let text = try String(contentsOf: Self.tables.appendingPathComponent("years-by-month-zh.csv"), encoding: .utf8)
        let (loaded, messages) = try Self.load(text, Self.mapping(year: "年份", indicator: "output"))
        #expect(messages == [])
        let dataset = try #require(loaded)
        let values = try #require(dataset.observations[SeriesKey(entity: "nino12", indicator: "output")])
        // Three years of twelve months, December 2014 empty (a missing value, not zero).
        #expect(values.count == 35)
        #expect(values[Period(year: 2012, month: 1)] == 101.5)
        #expect(values[Period(year: 2013, month: 7)] == 111.5)
        #expect(values[Period(year: 2014, month: 11)] == 118.5)
        #expect(values[Period(year: 2014, month: 12)] == nil)
        let figures = Figures(dataset)
        // 2012: 101.5 + 103.0 + … + 118.0 = 12 × 101.5 + 1.5 × (0 + 1 + … + 11) = 1317.
        #expect(figures.annual("output", for: .entity("nino12"), year: 2012) == 1317)
        #expect(figures.annual("output", for: .entity("nino12"), year: 2014) == nil)
    }

    @Test func quartersAcrossInEitherForm() throws {
        let expected: [Period: Double] = [
            Period(year: 2008, quarter: 1): 1, Period(year: 2008, quarter: 2): 2, Period(year: 2008, quarter: 3): 3,
            Period(year: 2008, quarter: 4): 4, Period(year: 2009, quarter: 1): 5,
        ]
        for header in ["year,Q1,Q2,Q3,Q4", "year,第一季度,第二季度,第3季度,第四季度"] {
            let (loaded, messages) = try Self.load(header + "\n2008,1,2,3,4\n2009,5,,,\n", Self.mapping(year: "year"))
            #expect(messages == [])
            #expect(loaded?.frequency == .quarterly)
            #expect(loaded?.observations[Self.series] == expected)
        }
    }

    @Test func aDeclaredFormatReadsTheColumnNamesAndListedColumnsAreTheOnlyOnes() throws {
        let options = PeriodReader.Options(format: try PeriodFormat.parse("M%m", yearInRows: true).get())
        let (loaded, messages) = try Self.load(
            "year,M1,M2,total\n2008,1,2,3\n", Self.mapping(year: "year", periods: ["M1", "M2"], options))
        #expect(messages == [])
        #expect(
            loaded?.observations[Self.series] == [Period(year: 2008, month: 1): 1, Period(year: 2008, month: 2): 2])
    }

    // MARK: - Errors

    @Test func aColumnThatIsNoMonthOrQuarterIsAnErrorAtItsName() throws {
        #expect(
            try Self.errors("YEAR,JAN,FEB,Total\n1950,1,2,3\n") == [
                "t.csv:1:14: error: expected a month like Jan, January or 7月, or a quarter like Q3 or 第三季度 as a column "
                    + "name, found 'Total'"
            ])
        let options = PeriodReader.Options(format: try PeriodFormat.parse("%b", yearInRows: true).get())
        #expect(
            try Self.errors("YEAR,JAN,2月\n1950,1,2\n", Self.mapping(options)) == [
                "t.csv:1:10: error: expected a month like Jul (period-format '%b') as a column name, found '2月'"
            ])
    }

    @Test func monthsAndQuartersTogetherAreAnError() throws {
        #expect(
            try Self.errors("YEAR,JAN,Q1\n1950,1,2\n") == [
                "t.csv:1:10: error: expected a month as a column name, found 'Q1', a quarter (the table's periods are monthly)"
            ])
    }

    @Test func aMonthTwiceIsAnErrorAtTheSecondColumn() throws {
        #expect(
            try Self.errors("YEAR,JAN,FEB,Jan,January\n1950,1,2,3,4\n") == [
                "t.csv:1:14: error: expected one column per month, found 'Jan' naming the same month as 'JAN' (field 2)",
                "t.csv:1:18: error: expected one column per month, found 'January' naming the same month as 'JAN' (field 2)",
            ])
        #expect(
            try Self.errors("年份,1月,01月\n2012,1,2\n", Self.mapping(year: "年份")) == [
                "t.csv:1:7: error: expected one column per month, found '01月' naming the same month as '1月' (field 2)"
            ])
    }

    @Test func aBadYearCellIsAnErrorAtIt() throws {
        #expect(
            try Self.errors("YEAR,JAN,FEB\n1950,1,2\n'51,3,4\n\n1952,5,x\n") == [
                "t.csv:3:1: error: expected a year YYYY in column 'YEAR', found ''51'",
                "t.csv:5:8: error: expected a number in column 'FEB', found 'x'",
            ])
    }

    @Test func aYearTwiceIsADuplicateObservation() throws {
        #expect(
            try Self.errors("YEAR,JAN\n1950,1\n1950,2\n") == [
                "t.csv:3:1: error: duplicate observation for nino12, sst, 1950-01 (first on line 2)"
            ])
    }

    @Test func aMissingYearColumnSaysHowToMapIt() throws {
        #expect(
            try Self.errors("year,JAN\n1950,1\n") == [
                "t.csv:1:1: error: no year column 'YEAR' in the header (columns are year, JAN); "
                    + "name it with 'columns: {period: {year: NAME}}'"
            ])
    }

    // MARK: - Manifest

    /// Reads an observations entry; the mapping and the diagnostics' one-line forms.
    static func read(_ text: String) throws -> (TableMapping, [String]) {
        var diagnostics: [Diagnostic] = []
        let node = try #require(try YAMLComposer.compose(text))
        var fields = try #require(
            YAMLFields(node, what: "o", source: SourceText(path: "b.yaml", text: text), diagnostics: &diagnostics))
        let mapping = ManifestReader.readObservations(&fields, source: fields.source, diagnostics: &diagnostics)
        return (mapping, (diagnostics + fields.finish(context: "o")).map(\.summary))
    }

    @Test func theManifestMapsAYearColumn() throws {
        let (mapping, messages) = try Self.read(
            "layout: wide-periods\ncolumns: {entity: {value: nino12}, indicator: {value: sst}, period: {year: YEAR}}\n"
                + "period-format: M月\n")
        #expect(messages == [])
        #expect(
            mapping == Self.mapping(PeriodReader.Options(format: try PeriodFormat.parse("M月", yearInRows: true).get())))
    }

    @Test func aPeriodFormatWithTheYearOrAPeriodColumnIsAnError() throws {
        let layout = "layout: wide-periods\ncolumns: {period: {year: YEAR}}\n"
        #expect(
            try Self.read(layout + "period-format: YYYY-MM\n").1 == [
                "b.yaml:3:16: error: expected 'period-format' (of the column names; the year is in each row) to be one "
                    + "of M月, Qn, 第N季度 or a pattern of %m, %b, %B, %q and other text such as '%b', found 'YYYY-MM'"
            ])
        #expect(
            try Self.read(layout + "period-format: '%b %Y'\n").1 == [
                "b.yaml:3:16: error: expected 'period-format' '%b %Y' to leave out %Y: the year of each row is in its "
                    + "year column"
            ])
        #expect(
            try Self.read(layout + "period-format: '%b %d'\n").1 == [
                "b.yaml:3:16: error: expected 'period-format' '%b %d' to give a month or a quarter of the row's year, "
                    + "not a day"
            ])
        #expect(
            try Self.read("layout: wide-periods\ncolumns: {period: YEAR}\n").1 == [
                "b.yaml:2:19: error: expected 'period' of a wide-periods table ({year: NAME}: the column of each "
                    + "row's year, the other columns its months or quarters), found text 'YEAR'"
            ])
    }
}
