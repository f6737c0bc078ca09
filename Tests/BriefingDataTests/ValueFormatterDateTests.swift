import BriefingData
import Foundation
import Testing

@Suite struct ValueFormatterDateTests {
    let en = ValueFormatter(language: .en)
    let zh = ValueFormatter(language: .zh)
    func p(_ year: Int, _ month: Int) -> Period { Period(year: year, month: month) }

    @Test func days() {
        #expect(en.date(year: 2014, month: 3, day: 12) == "12 March 2014")
        #expect(zh.date(year: 2014, month: 3, day: 12) == "2014年3月12日")
        #expect(en.date(year: 2013, month: 12, day: 1) == "1 December 2013")
        #expect(zh.date(year: 2013, month: 12, day: 1) == "2013年12月1日")
        #expect(en.date(DateComponents(year: 2014, month: 3, day: 12)) == "12 March 2014")
        #expect(zh.date(DateComponents(year: 2014, month: 3, day: 12)) == "2014年3月12日")
        #expect(en.date(DateComponents(year: 2014, month: 3)) == "\u{2014}")
    }

    @Test func months() {
        #expect(en.period(p(2014, 3)) == "Mar 2014")
        #expect(en.period(p(2014, 3), style: .long) == "March 2014")
        #expect(zh.period(p(2014, 3)) == "2014年3月")
        #expect(zh.period(p(2014, 12), style: .long) == "2014年12月")
        #expect(
            (1...12).map { en.monthName($0) } == [
                "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
            ])
        #expect(en.monthName(9, style: .long) == "September")
        #expect(zh.monthName(9) == "9月")
        #expect(en.year(2013) == "2013")
        #expect(zh.year(2013) == "2013年")
    }

    @Test func axisTicksShowTheYearWhereItChanges() {
        let ticks = Period.all(from: p(2012, 1), through: p(2013, 2))
        let english = en.axisPeriods(ticks)
        #expect(english.first == "Jan 2012")
        #expect(english[1] == "Feb")
        #expect(english[11] == "Dec")
        #expect(english[12] == "Jan 2013")
        #expect(english[13] == "Feb")
        let chinese = zh.axisPeriods(ticks)
        #expect(chinese.first == "2012年1月")
        #expect(chinese[1] == "2月")
        #expect(chinese[12] == "2013年1月")
        #expect(chinese[13] == "2月")
        // Quarterly ticks starting mid-year.
        #expect(
            en.axisPeriods([p(2012, 7), p(2012, 10), p(2013, 1), p(2013, 4)]) == ["Jul 2012", "Oct", "Jan 2013", "Apr"])
        #expect(en.axisPeriod(p(2012, 5), previous: nil) == "May 2012")
        #expect(zh.axisPeriod(p(2012, 5), previous: p(2012, 4)) == "5月")
    }

    @Test func yearToDateAndWindows() {
        #expect(en.yearToDate(through: p(2013, 5)) == "January\u{2013}May 2013")
        #expect(zh.yearToDate(through: p(2013, 5)) == "2013年1\u{2014}5月")
        #expect(en.yearToDate(through: p(2013, 1)) == "January 2013")
        #expect(zh.yearToDate(through: p(2013, 1)) == "2013年1月")
        #expect(en.yearToDate(through: p(2013, 12)) == "January\u{2013}December 2013")
        #expect(en.window(.yearToDate(p(2013, 5))) == "January\u{2013}May 2013")
        #expect(en.window(.period(p(2013, 5))) == "May 2013")
        #expect(zh.window(.period(p(2013, 5))) == "2013年5月")
        #expect(en.window(.year(2013)) == "2013")
        #expect(zh.window(.year(2013)) == "2013年")
    }
}
