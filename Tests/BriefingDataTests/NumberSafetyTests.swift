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

    @Test func growthAndSharesBeyondTenThousandPercentAreMissing() {
        // 101 / 1 − 1 = 100 (+10,000 %) is the largest shown; a hair more is not meaningful.
        #expect(Figures.growth(from: 1, to: 101) == 100)
        #expect(Figures.growth(from: 1, to: 101.0001) == nil)
        #expect(Figures.growth(from: 1e-100, to: 241.1) == nil)
        #expect(abs((Figures.anyGrowth(from: 1e-100, to: 241.1) ?? 0) / 2.411e102 - 1) < 1e-12)
        #expect(Figures.meaningful(-100) == -100 && Figures.meaningful(-100.5) == nil)
        #expect(Figures.meaningful(.nan) == nil && Figures.meaningful(.infinity) == nil)
        // A share of a total that nearly cancels out (+5 and −4.99 of 0.01): 500 times the whole.
        let dataset = Dataset(
            indicators: [Indicator(id: "x", names: .init(en: "X"), units: .init(en: "u"), decimals: 1, kind: .stock)],
            entities: [Entity(id: "a", names: .init(en: "A")), Entity(id: "b", names: .init(en: "B"))],
            observations: [
                SeriesKey(entity: "a", indicator: "x"): [Period(year: 2013, month: 12): 5],
                SeriesKey(entity: "b", indicator: "x"): [Period(year: 2013, month: 12): -4.99],
            ])
        #expect(Figures(dataset).share(of: "x", for: .entity("a"), in: .year(2013)) == nil)
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
