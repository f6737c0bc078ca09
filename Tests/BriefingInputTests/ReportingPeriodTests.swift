import BriefingCore
import BriefingData
import Testing

@testable import BriefingInput

/// The top-level `period` of a brief, the default reporting year, and their errors at the key.
@Suite struct ReportingPeriodTests {
    /// Quarterly data from 2008Q1 to 2009Q3.
    static let dataset = Dataset(
        indicators: [], entities: [],
        observations: [
            SeriesKey(entity: "a", indicator: "x"): Dictionary(
                uniqueKeysWithValues: Period.all(
                    from: Period(year: 2008, quarter: 1), through: Period(year: 2009, quarter: 3)
                )
                .map { ($0, 1.0) })
        ], frequency: .quarterly)

    static func manifest(_ key: String) -> (Manifest?, [String]) {
        let yaml = """
            title: T
            date: 2014-01-01
            \(key)
            data: {observations: o.csv, indicators: i.csv, entities: e.csv}
            sections: [cover]
            """
        var bag = DiagnosticBag()
        let manifest = ManifestReader.parse(yaml, path: "brief.yaml", into: &bag)
        return (manifest, bag.diagnostics.map(\.summary))
    }

    static func check(_ key: String, _ dataset: Dataset = dataset) throws -> (Figures.Window?, [String]) {
        let (parsed, messages) = manifest(key)
        #expect(messages == [])
        let manifest = try #require(parsed)
        return (
            ManifestChecker.reportingWindow(manifest, dataset: dataset),
            ManifestChecker.reportingProblems(manifest, dataset: dataset).map(\.summary)
        )
    }

    @Test func aPeriodIsTheYearToDateThroughIt() throws {
        let (window, messages) = try Self.check("period: 2009Q3")
        #expect(window == .yearToDate(Period(year: 2009, quarter: 3)))
        #expect(messages == [])
    }

    @Test func theDefaultIsTheLastCompleteYearWithANote() throws {
        let (window, messages) = try Self.check("")
        #expect(window == .year(2008))
        #expect(
            messages == [
                "brief.yaml:1:1: note: reporting on 2008, the last complete year of o.csv (say which with 'year' or 'period')"
            ])
    }

    @Test func noCompleteYearIsAnErrorSuggestingTheKeys() throws {
        let partial = Dataset(
            indicators: [], entities: [],
            observations: [
                SeriesKey(entity: "a", indicator: "x"): [
                    Period(year: 2009, quarter: 1): 1, Period(year: 2009, quarter: 2): 2,
                ]
            ],
            frequency: .quarterly)
        let (window, messages) = try Self.check("", partial)
        #expect(window == nil)
        #expect(
            messages == [
                "brief.yaml:1:1: error: no year of o.csv has data in every quarter (its data run from 2009Q1 to 2009Q2): "
                    + "say which year to report on with 'year: 2009' or the year to date with 'period: 2009Q2'"
            ])
    }

    static let problems: [(String, String)] = [
        (
            "period: 2009Q4",
            "brief.yaml:3:9: error: the reporting period 2009Q4 has no data in o.csv (its data run from 2008Q1 to 2009Q3)"
        ),
        (
            "period: 2009-06",
            "brief.yaml:3:9: error: expected 'period' to be a quarter like 2009Q4 (the data are quarterly), found '2009-06'"
        ),
        (
            "year: 2010",
            "brief.yaml:3:7: error: the reporting year 2010 has no data in o.csv (its data run from 2008Q1 to 2009Q3)"
        ),
    ]

    @Test(arguments: problems) func aReportingPeriodWithoutDataIsAnErrorAtItsKey(_ key: String, _ message: String)
        throws
    {
        #expect(try Self.check(key).1 == [message])
    }

    static let badKeys: [(String, String)] = [
        (
            "period: 2008",
            "brief.yaml:3:9: error: expected 'period' to be a quarter like 2009Q3 or a month like 2014-06, found '2008' "
                + "(a whole year is 'year: 2008')"
        ),
        (
            "period: 2009Q5",
            "brief.yaml:3:9: error: expected 'period' to be a quarter like 2009Q3 or a month like 2014-06, found '2009Q5'"
        ),
    ]

    @Test func periodAndYearTogetherAreRefused() {
        #expect(
            Self.manifest("year: 2009\nperiod: 2009Q3").1 == [
                "brief.yaml:4:9: error: expected 'year' or 'period', found both: 'period' reports on its year to date, "
                    + "'year' on a whole year"
            ])
    }

    @Test(arguments: badKeys) func aBadPeriodIsAnErrorAtItsNode(_ key: String, _ message: String) {
        #expect(Self.manifest(key).1 == [message])
    }
}
