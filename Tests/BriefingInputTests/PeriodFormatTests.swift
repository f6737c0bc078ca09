import BriefingCore
import BriefingData
import Testing

@testable import BriefingInput

/// `period-format`: every named form and pattern, read and refused with its exact message.
@Suite struct PeriodFormatTests {
    typealias Reading = PeriodFormat.Reading

    static func day(_ year: Int, _ month: Int, _ day: Int) -> Reading {
        .day(CalendarDay(year: year, month: month, day: day))
    }

    /// What `text` reads as in `format`: the reading, or the message for a cell of column 'd'.
    static func read(_ format: String, _ text: Substring, workbook: Bool = false) -> Result<Reading, PeriodFormatError>
    {
        let parsed = format.isEmpty ? .standard : (try? PeriodFormat.parse(format).get()) ?? .standard
        let reader = PeriodReader(PeriodReader.Options(format: parsed), workbookDates: workbook)
        guard let reading = parsed.read(text, workbookDates: workbook) else {
            guard case .refused(let message) = reader.read(text, place: "in column 'd'") else {
                return .failure(PeriodFormatError(message: "not refused"))
            }
            return .failure(PeriodFormatError(message: message))
        }
        return .success(reading)
    }

    static let good: [(String, Substring, Reading)] = [
        ("YYYY", "2014", .period(Period(year: 2014))),
        ("YYYY-MM", "2014-07", .period(Period(year: 2014, month: 7))),
        ("YYYY-MM-DD", "2014-07-15", day(2014, 7, 15)),
        ("YYYY-MM-DD", "2016-02-29", day(2016, 2, 29)),
        ("YYYYQn", "2014Q3", .period(Period(year: 2014, quarter: 3))),
        ("YYYY-Qn", "2014-Q3", .period(Period(year: 2014, quarter: 3))),
        ("YYYY年M月", "2014年7月", .period(Period(year: 2014, month: 7))),
        ("YYYY年M月", "2014年07月", .period(Period(year: 2014, month: 7))),
        ("YYYY年M月", "2014年12月", .period(Period(year: 2014, month: 12))),
        ("YYYY年第N季度", "2014年第3季度", .period(Period(year: 2014, quarter: 3))),
        ("YYYY年第N季度", "2014年第三季度", .period(Period(year: 2014, quarter: 3))),
        ("YYYY年第N季度", "2014年第一季度", .period(Period(year: 2014, quarter: 1))),
        ("excel", "41835", day(2014, 7, 15)),
        ("excel", "41835.75", day(2014, 7, 15)),
        ("excel", "2014-07-15", day(2014, 7, 15)),
        ("%b %d %Y", "Jan 1 2000", day(2000, 1, 1)),
        ("%b %d %Y", "dec 31 1999", day(1999, 12, 31)),
        ("%b-%d-%Y", "Jan-1-1995", day(1995, 1, 1)),
        ("%Y%m%d", "19580329", day(1958, 3, 29)),
        ("%B %Y", "March 2014", .period(Period(year: 2014, month: 3))),
        ("%d.%m.%Y", "5.3.2014", day(2014, 3, 5)),
        ("%e/%m/%Y", "05/03/2014", day(2014, 3, 5)),
        ("%Y/%q", "2014/4", .period(Period(year: 2014, quarter: 4))),
        ("%Y 年", "2014 年", .period(Period(year: 2014))),
        ("%Y%%%m", "2014%07", .period(Period(year: 2014, month: 7))),
        ("", "2014-07", .period(Period(year: 2014, month: 7))),
        ("", "2014-7", .period(Period(year: 2014, month: 7))),
        ("", "2014Q3", .period(Period(year: 2014, quarter: 3))),
        ("", "2014-Q3", .period(Period(year: 2014, quarter: 3))),
        ("", "2014", .period(Period(year: 2014))),
    ]

    @Test(arguments: good) func readsItsForm(_ format: String, _ text: Substring, _ expected: Reading) {
        #expect(Self.read(format, text) == .success(expected))
    }

    static let bad: [(String, Substring, String)] = [
        ("YYYY", "2014-07", "expected a period like 2014 (period-format 'YYYY') in column 'd', found '2014-07'"),
        ("YYYY", "0999", "expected a period like 2014 (period-format 'YYYY') in column 'd', found '0999'"),
        ("YYYY-MM", "2014-7", "expected a period like 2014-07 (period-format 'YYYY-MM') in column 'd', found '2014-7'"),
        (
            "YYYY-MM", "2014-13",
            "expected a period like 2014-07 (period-format 'YYYY-MM') in column 'd', found '2014-13'"
        ),
        (
            "YYYY-MM-DD", "2014-02-29",
            "expected a date like 2014-07-15 (period-format 'YYYY-MM-DD') in column 'd', found '2014-02-29'"
        ),
        (
            "YYYY-MM-DD", "2014-07",
            "expected a date like 2014-07-15 (period-format 'YYYY-MM-DD') in column 'd', found '2014-07'"
        ),
        ("YYYYQn", "2014-07", "expected a period like 2014Q3 (period-format 'YYYYQn') in column 'd', found '2014-07'"),
        ("YYYYQn", "2014Q5", "expected a period like 2014Q3 (period-format 'YYYYQn') in column 'd', found '2014Q5'"),
        ("YYYY-Qn", "2014Q3", "expected a period like 2014-Q3 (period-format 'YYYY-Qn') in column 'd', found '2014Q3'"),
        (
            "YYYY年M月", "2014年13月",
            "expected a period like 2014年07月 (period-format 'YYYY年M月') in column 'd', found '2014年13月'"
        ),
        (
            "YYYY年第N季度", "2014年第五季度",
            "expected a period like 2014年第三季度 (period-format 'YYYY年第N季度') in column 'd', found '2014年第五季度'"
        ),
        (
            "excel", "July 15",
            "expected a date like 2014-07-15 or 41835 (period-format 'excel') in column 'd', found 'July 15'"
        ),
        (
            "excel", "",
            "expected a date like 2014-07-15 or 41835 (period-format 'excel') in column 'd', found an empty cell"
        ),
        (
            "%b %d %Y", "Jna 1 2000",
            "expected a date like Jul 15 2014 (period-format '%b %d %Y') in column 'd', found 'Jna 1 2000'"
        ),
        (
            "%b %d %Y", "Jan 1 2000 ",
            "expected a date like Jul 15 2014 (period-format '%b %d %Y') in column 'd', found 'Jan 1 2000 '"
        ),
        (
            "%b-%d-%Y", "Feb-30-1995",
            "expected a date like Jul-15-2014 (period-format '%b-%d-%Y') in column 'd', found 'Feb-30-1995'"
        ),
        (
            "%Y%m%d", "1958329",
            "expected a date like 20140715 (period-format '%Y%m%d') in column 'd', found '1958329'"
        ),
        (
            "%B %Y", "Mar 2014",
            "expected a period like July 2014 (period-format '%B %Y') in column 'd', found 'Mar 2014'"
        ),
        ("", "2014-13", "expected a period YYYY-MM in column 'd', found '2014-13'"),
        ("", "0999-01", "expected a period YYYY-MM with a year from 1000 to 9999 in column 'd', found '0999-01'"),
        (
            "", "2006-01-01",
            "expected a period YYYY-MM in column 'd', found the date '2006-01-01': say how the table writes its "
                + "dates with 'period-format: YYYY-MM-DD'"
        ),
    ]

    @Test(arguments: bad) func refusesAnythingElse(_ format: String, _ text: Substring, _ message: String) {
        #expect(Self.read(format, text) == .failure(PeriodFormatError(message: message)))
    }

    @Test func workbookDatesAreDaysByDefault() {
        #expect(Self.read("", "2006-01-01", workbook: true) == .success(Self.day(2006, 1, 1)))
    }

    static let badFormats: [(String, String)] = [
        (
            "DD/MM/YYYY",
            "expected 'period-format' to be one of YYYY, YYYY-MM, YYYY-MM-DD, YYYYQn, YYYY-Qn, YYYY年M月, YYYY年第N季度, "
                + "excel or a pattern of %Y, %m, %d, %e, %b, %B, %q and other text such as '%b %d %Y', found 'DD/MM/YYYY'"
        ),
        (
            "yyyy-mm",
            "expected 'period-format' to be one of YYYY, YYYY-MM, YYYY-MM-DD, YYYYQn, YYYY-Qn, YYYY年M月, YYYY年第N季度, "
                + "excel or a pattern of %Y, %m, %d, %e, %b, %B, %q and other text such as '%b %d %Y', found 'yyyy-mm'; "
                + "did you mean 'YYYY-MM'?"
        ),
        (
            "%Y-%H",
            "expected 'period-format' to use the directives %Y, %m, %d, %e, %b, %B, %q (and %% for '%'), found '%H' in '%Y-%H'"
        ),
        (
            "%Y-%",
            "expected 'period-format' to use the directives %Y, %m, %d, %e, %b, %B, %q (and %% for '%'), found a '%' at the end in '%Y-%'"
        ),
        ("%m/%d", "expected 'period-format' '%m/%d' to hold %Y once, found it missing"),
        ("%Y %Y", "expected 'period-format' '%Y %Y' to hold %Y once, found it 2 times"),
        ("%Y %d", "expected 'period-format' '%Y %d' to give a month (%m, %b or %B) with the day"),
        ("%Y %q %m", "expected 'period-format' '%Y %q %m' to give a quarter (%q) or a month, not both"),
        ("%Y %m %b", "expected 'period-format' '%Y %m %b' to give the month, day and quarter at most once each"),
    ]

    @Test(arguments: badFormats) func badFormatsAreRefusedListingTheForms(_ text: String, _ message: String) {
        #expect(PeriodFormat.parse(text) == .failure(PeriodFormatError(message: message)))
    }

    @Test func aBadFormatIsAnErrorAtItsNode() {
        let yaml = """
            title: T
            date: 2014-01-01
            data:
              observations: {file: o.csv, period-format: "%Y-%H", frequency: weekly, aggregate: {to: monthly, by: median}}
              indicators: i.csv
              entities: e.csv
            sections: [cover]
            """
        var bag = DiagnosticBag()
        _ = ManifestReader.parse(yaml, path: "brief.yaml", into: &bag)
        #expect(
            bag.diagnostics.map(\.summary) == [
                "brief.yaml:4:46: error: expected 'period-format' to use the directives %Y, %m, %d, %e, %b, %B, %q "
                    + "(and %% for '%'), found '%H' in '%Y-%H'",
                "brief.yaml:4:66: error: expected 'frequency' to be one of 'annual', 'quarterly', 'monthly', found 'weekly'",
                "brief.yaml:4:103: error: expected 'by' to be one of 'mean', 'sum', 'last', found 'median'; did you mean 'mean'?",
            ])
    }
}
