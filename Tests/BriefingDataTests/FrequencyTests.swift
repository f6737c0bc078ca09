import BriefingCore
import Testing

@testable import BriefingData

/// Periods of every frequency: parsing, arithmetic, order and labels.
@Suite("Periods: frequencies")
struct FrequencyTests {
    @Test(arguments: [
        ("2014-03", Period(year: 2014, month: 3)), ("2014-3", Period(year: 2014, month: 3)),
        ("2014Q3", Period(year: 2014, quarter: 3)), ("2014-Q3", Period(year: 2014, quarter: 3)),
        ("2014", Period(year: 2014)),
    ])
    func canonicalFormsParse(_ text: String, _ period: Period) {
        #expect(Period(text) == period)
    }

    @Test(arguments: ["2014Q5", "2014Q0", "2014-13", "2014-00", "0999", "2014Q", "2014-Q", "14Q3", "2014q3", "2014-03-"])
    func otherFormsDoNot(_ text: String) {
        #expect(Period(text) == nil)
    }

    @Test func descriptionsRoundTrip() {
        for period in [Period(year: 2014, month: 3), Period(year: 2014, quarter: 4), Period(year: 2014)] {
            #expect(Period(period.description) == period)
        }
        #expect(Period(year: 2014, quarter: 4).description == "2014Q4")
    }

    @Test func arithmeticStaysInItsFrequency() {
        #expect(Period(year: 2014, quarter: 4).advanced(by: 1) == Period(year: 2015, quarter: 1))
        #expect(Period(year: 2014, quarter: 1).advanced(by: -1) == Period(year: 2013, quarter: 4))
        #expect(Period(year: 2014).advanced(by: 5) == Period(year: 2019))
        #expect(Period(year: 2014, quarter: 3).previousYear == Period(year: 2013, quarter: 3))
        #expect(Period.all(from: Period(year: 2013, quarter: 3), through: Period(year: 2014, quarter: 2)).count == 4)
        #expect(Period.all(in: 2014, .quarterly).map(\.lastMonth) == [3, 6, 9, 12])
        #expect(Period(year: 2014, quarter: 3).firstMonth == 7)
    }

    @Test func labelsFollowTheFrequency() {
        let en = ValueFormatter(language: .en)
        let zh = ValueFormatter(language: .zh)
        let q3 = Period(year: 2014, quarter: 3)
        #expect(en.period(q3) == "Q3 2014")
        #expect(zh.period(q3) == "2014年第三季度")
        #expect(en.period(Period(year: 2017)) == "2017")
        #expect(zh.period(Period(year: 2017)) == "2017年")
        #expect(en.yearToDate(through: q3) == "Q1\u{2013}Q3 2014")
        #expect(zh.yearToDate(through: q3) == "2014年前三季度")
        #expect(zh.yearToDate(through: Period(year: 2014, quarter: 2)) == "2014年上半年")
        #expect(en.yearToDate(through: Period(year: 2014, quarter: 1)) == "Q1 2014")
        #expect(en.yearToDate(through: Period(year: 2017)) == "2017")
        #expect(en.endOf(.yearToDate(Period(year: 2014, month: 6))) == "end of June 2014")
        #expect(zh.endOf(.yearToDate(Period(year: 2014, month: 6))) == "2014年6月末")
        #expect(en.endOf(.year(2014)) == "end of 2014")
        #expect(zh.endOf(.period(q3)) == "2014年第三季度末")
    }

    @Test func shortAxesLabelEveryPeriodLongOnesYears() {
        let en = ValueFormatter(language: .en)
        let quarters = Period.all(from: Period(year: 2013, quarter: 1), through: Period(year: 2014, quarter: 4))
        #expect(en.timeAxisLabels(quarters) == ["Q1 2013", "Q2", "Q3", "Q4", "Q1 2014", "Q2", "Q3", "Q4"])
        // 1959Q1–2009Q3: 203 quarters, 51 years: a label every 5 years.
        let long = Period.all(from: Period(year: 1959, quarter: 1), through: Period(year: 2009, quarter: 3))
        let labels = en.timeAxisLabels(long)
        #expect(labels.compactMap { $0 } == stride(from: 1960, through: 2005, by: 5).map(String.init))
        let months = Period.all(from: Period(year: 2012, month: 1), through: Period(year: 2013, month: 12))
        #expect(
            en.timeAxisLabels(months).compactMap { $0 }
                == ["Jan 2012", "Apr", "Jul", "Oct", "Jan 2013", "Apr", "Jul", "Oct"])
        let years = (1952...2007).filter { $0 % 5 == 2 }.map { Period(year: $0) }
        #expect(en.timeAxisLabels(years).compactMap { $0 }.count == 12)
    }
}
