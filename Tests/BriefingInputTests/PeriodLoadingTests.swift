import BriefingCore
import BriefingData
import Foundation
import Testing

@testable import BriefingInput

/// Days into periods: the frequency declared or inferred, several days of a period combined by
/// `aggregate`, and a real weekly table (statsmodels co2) against figures computed in Python.
@Suite struct PeriodLoadingTests {
    static let series = SeriesKey(entity: "a", indicator: "x")

    /// Loads a long table `e,i,date,v` (rows given as `entity,date,value`, indicator `x`).
    static func load(
        _ rows: [String], _ options: PeriodReader.Options
    ) -> (observations: [SeriesKey: [Period: Double]], messages: [String]) {
        let text =
            (["e,i,date,v"]
            + rows.map { row -> String in
                let f = row.split(separator: ",", omittingEmptySubsequences: false)
                return "\(f[0]),x,\(f[1]),\(f[2])"
            }).joined(separator: "\n") + "\n"
        let table = CSVReader().read(text, path: "t.csv")
        let anything = Catalogue(fileName: "any.csv", isKnown: false)
        var bag = DiagnosticBag()
        var rowErrors: [String: [Diagnostic]]? = nil
        let observations = DatasetLoader.loadObservations(
            table, layout: .long(entity: "e", indicator: "i", period: "date", value: "v"),
            periods: PeriodReader(options, workbookDates: false), decimalSeparator: ".", indicators: anything,
            entities: anything, into: &bag, rowErrors: &rowErrors)
        return (observations.values, bag.diagnostics.map(\.summary))
    }

    static let iso = PeriodReader.Options(format: (try? PeriodFormat.parse("YYYY-MM-DD").get()) ?? .standard)

    @Test func oneDatePerMonthIsMonthlyWithANote() {
        let (observations, messages) = Self.load(["a,2000-01-03,1", "a,2000-02-07,2", "a,2000-03-01,3"], Self.iso)
        #expect(
            messages == [
                "t.csv:1:5: note: periods read as monthly (inferred from the 'YYYY-MM-DD' dates in column 'date', one per month)"
            ])
        #expect(
            observations[Self.series]
                == [Period(year: 2000, month: 1): 1, Period(year: 2000, month: 2): 2, Period(year: 2000, month: 3): 3])
    }

    @Test func oneDatePerQuarterOrYearIsQuarterlyOrAnnual() {
        let quarters = Self.load(["a,2000-01-01,1", "b,2000-01-01,5", "a,2000-04-01,2", "a,2001-01-01,3"], Self.iso)
        #expect(
            quarters.messages == [
                "t.csv:1:5: note: periods read as quarterly (inferred from the 'YYYY-MM-DD' dates in column 'date', one per quarter)"
            ])
        #expect(
            quarters.observations[Self.series]
                == [
                    Period(year: 2000, quarter: 1): 1, Period(year: 2000, quarter: 2): 2,
                    Period(year: 2001, quarter: 1): 3,
                ])
        let years = Self.load(["a,2000-07-01,1", "a,2002-07-01,2"], Self.iso)
        #expect(
            years.messages == [
                "t.csv:1:5: note: periods read as annual (inferred from the 'YYYY-MM-DD' dates in column 'date', one per year)"
            ])
        #expect(years.observations[Self.series] == [Period(year: 2000): 1, Period(year: 2002): 2])
    }

    @Test func ambiguousDatesAskForTheFrequency() {
        #expect(
            Self.load(["a,2000-01-03,1"], Self.iso).messages == [
                "t.csv:2:5: error: cannot tell the frequency from one date '2000-01-03' in column 'date': declare "
                    + "'frequency: annual', 'frequency: quarterly' or 'frequency: monthly'"
            ])
        #expect(
            Self.load(["a,2000-01-01,1", "a,2000-05-01,2", "a,2000-09-01,3"], Self.iso).messages == [
                "t.csv:3:5: error: cannot tell the frequency in column 'date': the dates fall one in a quarter, but on "
                    + "different months of it ('2000-01-01', '2000-05-01'): declare 'frequency: annual', "
                    + "'frequency: quarterly' or 'frequency: monthly'"
            ])
        #expect(
            Self.load(["a,2000-01-03,1", "a,2000-01-05,2", "a,2000-02-01,3"], Self.iso).messages == [
                "t.csv:3:5: error: the dates '2000-01-05' and '2000-01-03' (line 2) in column 'date' fall in one month: "
                    + "to combine the values of a period, add 'aggregate: {to: monthly, by: mean}' (or sum, last; to "
                    + "quarterly or annual)"
            ])
    }

    @Test func aDeclaredFrequencyPlacesDatesAndRefusesTwoInAPeriod() {
        var options = Self.iso
        options.frequency = .monthly
        // Another series may have its own day of the month.
        let (observations, messages) = Self.load(
            ["a,2000-01-03,1", "b,2000-01-31,7", "a,2000-01-05,2", "a,2000-02-01,3"], options)
        #expect(
            messages == [
                "t.csv:4:1: error: a second value of a, x in the month 2000-01 (the first is on line 2): to combine "
                    + "the values of a month, add 'aggregate: {to: monthly, by: mean}' (or sum, last)"
            ])
        #expect(observations[SeriesKey(entity: "b", indicator: "x")] == [Period(year: 2000, month: 1): 7])
        var quarterly = PeriodReader.Options()
        quarterly.frequency = .quarterly
        #expect(
            Self.load(["a,2014Q2,1", "a,2014-07,2"], quarterly).messages == [
                "t.csv:3:5: error: expected a quarter in column 'date', found '2014-07', a month (the table's periods are quarterly)"
            ])
    }

    /// January: 1, 2 and 6 on the 3rd, 10th and 31st; February: 4 on the 7th, an empty cell on the 14th.
    static let days = ["a,2000-01-10,2", "a,2000-01-03,1", "a,2000-01-31,6", "a,2000-02-07,4", "a,2000-02-14,"]

    @Test(arguments: [
        (PeriodReader.Aggregate.Rule.mean, 3.0, 4.0), (.sum, 9.0, 4.0), (.last, 6.0, 4.0),
    ])
    func aggregateCombinesTheDaysOfAPeriod(_ rule: PeriodReader.Aggregate.Rule, _ january: Double, _ february: Double) {
        var options = Self.iso
        options.aggregate = PeriodReader.Aggregate(to: .monthly, by: rule)
        let (observations, messages) = Self.load(Self.days, options)
        #expect(messages == [])
        #expect(
            observations[Self.series] == [
                Period(year: 2000, month: 1): january, Period(year: 2000, month: 2): february,
            ])
    }

    @Test func aggregateCombinesMonthsIntoQuartersAndRefusesTheSameDayTwice() {
        let months = PeriodReader.Options(aggregate: PeriodReader.Aggregate(to: .quarterly, by: .sum))
        let quarters = Self.load(["a,2000-01,1", "a,2000-02,2", "a,2000-03,4", "a,2000-04,8"], months)
        #expect(quarters.messages == [])
        // The second quarter has only April: incomplete, so missing, never a quarter's sum.
        #expect(quarters.observations[Self.series] == [Period(year: 2000, quarter: 1): 7])
        var options = Self.iso
        options.aggregate = PeriodReader.Aggregate(to: .monthly, by: .mean)
        #expect(
            Self.load(["a,2000-01-03,1", "a,2000-01-03,2"], options).messages == [
                "t.csv:3:1: error: duplicate observation for a, x, 2000-01 (first on line 2)"
            ])
    }

    @Test(arguments: [(PeriodReader.Aggregate.Rule.sum, 7.0), (.mean, 7.0 / 3), (.last, 4.0)])
    func aPeriodCombinedFromMonthsNeedsThemAll(_ rule: PeriodReader.Aggregate.Rule, _ first: Double) {
        let options = PeriodReader.Options(aggregate: PeriodReader.Aggregate(to: .quarterly, by: rule))
        // Q1 complete; Q2 lacks May (sum and mean need every month; last needs June, which is there);
        // Q3 lacks September.
        let rows = ["a,2000-01,1", "a,2000-02,2", "a,2000-03,4", "a,2000-04,8", "a,2000-06,16", "a,2000-07,32"]
        let combined = Self.load(rows, options).observations[Self.series]
        var expected: [Period: Double] = [Period(year: 2000, quarter: 1): first]
        if rule == .last { expected[Period(year: 2000, quarter: 2)] = 16 }
        #expect(combined == expected)
    }

    @Test func aYearAndQuarterColumnsMustAgreeWithTheDeclaredFrequency() {
        let table = CSVReader().read("e,i,year,quarter,v\na,x,2000,1,1\na,x,2000,2,2\n", path: "t.csv")
        let anything = Catalogue(fileName: "any.csv", isKnown: false)
        for (options, message) in [
            (
                PeriodReader.Options(frequency: .annual),
                "t.csv:1:10: error: expected annual periods ('frequency: annual'), but the columns 'year' and "
                    + "'quarter' give quarterly ones: to combine them, add 'aggregate: {to: annual, by: mean}' (or sum, last)"
            ),
            (
                PeriodReader.Options(frequency: .monthly),
                "t.csv:1:10: error: expected monthly periods ('frequency: monthly'), but the columns 'year' and "
                    + "'quarter' give quarterly ones"
            ),
        ] {
            var bag = DiagnosticBag()
            var rowErrors: [String: [Diagnostic]]? = nil
            _ = DatasetLoader.loadObservations(
                table, layout: .long(entity: "e", indicator: "i", period: .yearAndQuarter(year: "year", quarter: "quarter"), value: "v"),
                periods: PeriodReader(options, workbookDates: false), decimalSeparator: ".", indicators: anything,
                entities: anything, into: &bag, rowErrors: &rowErrors)
            #expect(bag.diagnostics.map(\.summary) == [message])
        }
    }

    static let real = TablesFixtures.packageRoot.appendingPathComponent("Tests/Fixtures/tables/real")

    /// Reads the real table's date column with `reader` (inferring when it may), returning its
    /// values by period and the diagnostics.
    static func readReal(_ file: String, _ options: PeriodReader.Options) throws -> ([Period: Double], [String]) {
        let text = try String(contentsOf: real.appendingPathComponent(file), encoding: .utf8)
        let table = CSVReader().read(text, path: file)
        var reader = PeriodReader(options, workbookDates: false)
        var bag = DiagnosticBag()
        let header = try #require(table.header)
        reader.inferFrequency(
            from: table.rows.map { $0.cells[0] }, place: "in column '\(header.cells[0].text)'",
            noteCell: header.cells[0], in: table, into: &bag)
        var values: [Int32: Double] = [:]
        for row in table.rows {
            guard case .place(let place) = reader.read(row.cells[0].trimmed, place: "in column 'date'") else {
                Issue.record("\(row.cells[0].text) not read")
                continue
            }
            if let value = Double(row.cells[1].trimmed) { values[place.code] = value }
        }
        return (reader.combine(values), bag.diagnostics.map(\.summary))
    }

    @Test(arguments: [(PeriodReader.Aggregate.Rule.mean, 1), (.sum, 2), (.last, 3)])
    func weeklyCO2CombinesIntoMonthsAsPythonDoes(_ rule: PeriodReader.Aggregate.Rule, _ column: Int) throws {
        let options = PeriodReader.Options(
            format: try PeriodFormat.parse("%Y%m%d").get(), aggregate: PeriodReader.Aggregate(to: .monthly, by: rule))
        let (values, messages) = try Self.readReal("co2.csv", options)
        #expect(messages == [])
        let expected = try String(
            contentsOf: Self.real.appendingPathComponent("co2-monthly.expected.csv"), encoding: .utf8
        )
        .split(separator: "\n").dropFirst().map { $0.split(separator: ",") }
        #expect(values.count == expected.count)
        #expect(expected.count == 521)
        for line in expected {
            let period = try #require(Period(line[0]))
            let value = try #require(Double(line[column]))
            #expect(abs((values[period] ?? .nan) - value) <= 1e-9 * abs(value), "\(period)")
        }
    }

    @Test func monthlyElecEquipIsInferredMonthly() throws {
        let (values, messages) = try Self.readReal(
            "elec_equip.csv", PeriodReader.Options(format: try PeriodFormat.parse("%b-%d-%Y").get()))
        #expect(
            messages == [
                "elec_equip.csv:1:1: note: periods read as monthly (inferred from the '%b-%d-%Y' dates in column 'DATE', one per month)"
            ])
        // 257 rows, January 1995 to May 2016 (`tail -1` of the file: May-1-2016,97.86).
        #expect(values.count == 257)
        #expect(values[Period(year: 1995, month: 1)] == 66.19)
        #expect(values[Period(year: 2016, month: 5)] == 97.86)
    }
}
