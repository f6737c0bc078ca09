import BriefingData
import Testing

/// Derived figures that would not be finite, and years outside four digits.
@Suite struct NumberSafetyTests {
    @Test func growthFromAValueTooSmallToDivideByIsMissing() {
        // 1e15 / 1e-300 is 1e315, beyond Double's largest finite value (about 1.8e308).
        #expect(Figures.growth(from: 1e-300, to: 1e15) == nil)
        #expect(Figures.growth(from: 1e-300, to: 1e-301) == -0.9)
        #expect(Figures.growth(from: 2, to: 3) == 0.5)
    }

    @Test func periodsAndDatesHaveYearsFrom1000To9999() {
        #expect(Period.years == 1000...9999)
        #expect(Period("0000-01") == nil)
        #expect(Period("0999-12") == nil)
        #expect(Period("1000-01") == Period(year: 1000, month: 1))
        #expect(Period("9999-12") == Period(year: 9999, month: 12))
        #expect(Period("10000-01") == nil)
    }

    @Test func yearNoteNamesTheRangeOnlyForAYearOutsideIt() {
        #expect(Period.yearNote("0000-01") == " with a year from 1000 to 9999")
        #expect(Period.yearNote("0999-12-31") == " with a year from 1000 to 9999")
        #expect(Period.yearNote("0999") == " from 1000 to 9999")
        #expect(Period.yearNote("2013-13") == "")
        #expect(Period.yearNote("10000-01-01") == "")
        #expect(Period.yearNote("x") == "")
    }
}
