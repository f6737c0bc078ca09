import BriefingCore
import Testing

@testable import BriefingData

/// How each kind of indicator combines over time and across entities; figures worked by hand.
@Suite("Figures: kinds of indicator")
struct KindsTests {
    static func indicator(_ id: String, _ kind: Indicator.Kind, _ derivation: Indicator.Derivation? = nil) -> Indicator {
        Indicator(
            id: id, names: Localized(en: id), units: Localized(en: "u"), decimals: 1, kind: kind, derivation: derivation)
    }

    /// Quarterly 2012–2013 for entities `a` and `b`: output (average) a = 10, 20, 30, 40 in 2013 and
    /// 5 every quarter of 2012; b = 4 everywhere. Population (average) a = 2, b = 1. Unemployment
    /// (rate) a = 5, 6, 7, 8 in 2013, 4 in 2012; b = 10. Prices (index) a = 100, 102, 104, 106.
    static let dataset: Dataset = {
        var observations: [SeriesKey: [Period: Double]] = [:]
        func set(_ entity: String, _ indicator: String, _ values: (Period) -> Double) {
            var series: [Period: Double] = [:]
            for year in 2012...2013 {
                for period in Period.all(in: year, .quarterly) { series[period] = values(period) }
            }
            observations[SeriesKey(entity: entity, indicator: indicator)] = series
        }
        set("a", "output") { $0.year == 2013 ? Double($0.index * 10) : 5 }
        set("b", "output") { _ in 4 }
        set("a", "pop") { _ in 2 }
        set("b", "pop") { _ in 1 }
        set("a", "unemp") { $0.year == 2013 ? Double(4 + $0.index) : 4 }
        set("b", "unemp") { _ in 10 }
        set("a", "prices") { 98 + Double($0.index * 2) }
        return Dataset(
            indicators: [
                indicator("output", .average), indicator("pop", .average), indicator("unemp", .rate),
                indicator("prices", .index), indicator("stock", .stock),
                indicator("per_head", .perCapita, Indicator.Derivation(numerator: "output", denominator: "pop", scale: 10)),
            ],
            entities: [Entity(id: "a", names: Localized(en: "A")), Entity(id: "b", names: Localized(en: "B"))],
            observations: observations, frequency: .quarterly)
    }()

    let figures = Figures(dataset)

    @Test func averagesAreMeansOverTimeAndSumsAcrossEntities() {
        #expect(figures.annual("output", for: .entity("a"), year: 2013) == 25)
        #expect(figures.annual("output", for: .total, year: 2013) == 29)
        #expect(figures.yearToDate("output", for: .entity("a"), through: Period(year: 2013, quarter: 2)) == 15)
        #expect(figures.growth(of: "output", for: .total, in: .year(2013)) == 29.0 / 9 - 1)
    }

    @Test func ratesAndIndicesAreMeansAndHaveNoTotalOfSeveralEntities() {
        #expect(figures.annual("unemp", for: .entity("a"), year: 2013) == 6.5)
        #expect(figures.annual("unemp", for: .total, year: 2013) == nil)
        #expect(figures.share(of: "unemp", for: .entity("a"), in: .year(2013)) == nil)
        #expect(figures.annual("prices", for: .entity("a"), year: 2013) == 103)
        // Only `a` has prices, but `b` is an entity too: still no total.
        #expect(figures.annual("prices", for: .total, year: 2013) == nil)
    }

    @Test func aRateOfASingleEntityIsItsTotal() {
        var one = Self.dataset
        one.entities.removeLast()
        #expect(Figures(one).annual("unemp", for: .total, year: 2013) == 6.5)
    }

    @Test func aTotalRowIsUsedInsteadOfSumming() {
        var data = Self.dataset
        data.observations[SeriesKey(entity: "all", indicator: "unemp")] = Dictionary(
            uniqueKeysWithValues: Period.all(in: 2013, .quarterly).map { ($0, 7.0) })
        data.totalEntity = "all"
        #expect(Figures(data).annual("unemp", for: .total, year: 2013) == 7)
        // The parts' output still exists, but the total row has none: missing, never the sum.
        #expect(Figures(data).annual("output", for: .total, year: 2013) == nil)
    }

    @Test func derivedIndicatorsComeFromTheTotalsOfTheirParts() {
        // a: 25 / 2 × 10 = 125; b: 4 / 1 × 10 = 40; total: (25 + 4) / (2 + 1) × 10 = 96.67, not (125 + 40) / 2.
        #expect(figures.annual("per_head", for: .entity("a"), year: 2013) == 125)
        #expect(figures.annual("per_head", for: .entity("b"), year: 2013) == 40)
        let total = figures.annual("per_head", for: .total, year: 2013)
        #expect(total.map { abs($0 - 290.0 / 3) < 1e-9 } == true)
    }

    @Test func irregularAnnualSeriesGrowOnThePreviousYearWithData() {
        let pop = Self.indicator("pop", .stock)
        let key = SeriesKey(entity: "x", indicator: "pop")
        let data = Dataset(
            indicators: [pop], entities: [Entity(id: "x", names: Localized(en: "X"))],
            observations: [key: [Period(year: 1997): 100, Period(year: 2002): 110, Period(year: 2007): 132]],
            frequency: .annual)
        let figures = Figures(data)
        #expect(figures.baseWindow(of: .year(2007)) == .year(2002))
        #expect(figures.growth(of: "pop", for: .total, in: .year(2007)).map { abs($0 - 0.2) < 1e-12 } == true)
        #expect(figures.baseWindow(of: .year(1997)) == .year(1996))
        #expect(figures.growth(of: "pop", for: .total, in: .year(1997)) == nil)
    }

    @Test func aStockOverAYearIsItsLastQuarter() {
        let key = SeriesKey(entity: "a", indicator: "stock")
        var data = Self.dataset
        data.observations[key] = [Period(year: 2013, quarter: 3): 8, Period(year: 2013, quarter: 4): 9]
        #expect(Figures(data).annual("stock", for: .entity("a"), year: 2013) == 9)
        #expect(Figures(data).yearToDate("stock", for: .entity("a"), through: Period(year: 2013, quarter: 3)) == 8)
    }
}
