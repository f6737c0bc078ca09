import BriefingData
import Testing

@Suite struct FiguresTests {
    let figures = Fixtures.figures
    func p(_ year: Int, _ month: Int) -> Period { Period(year: year, month: month) }

    // MARK: Flows

    @Test func annualFlowSumsTwelveMonths() {
        #expect(figures.annual("sales", for: .entity("a"), year: 2012) == 12)
        #expect(figures.annual("sales", for: .entity("a"), year: 2013) == 18)
        #expect(figures.annual("sales", for: .entity("c"), year: 2012) == 78)
        #expect(figures.value(of: "sales", for: .entity("b"), in: .year(2013)) == 24)
    }

    @Test func annualFlowWithAMissingMonthIsNil() {
        #expect(figures.annual("sales", for: .entity("c"), year: 2013) == nil)
        // ... and so is the total, which needs every entity.
        #expect(figures.annual("sales", for: .total, year: 2013) == nil)
        // A year with no data at all.
        #expect(figures.annual("sales", for: .entity("a"), year: 2011) == nil)
    }

    @Test func yearToDateFlowSumsJanuaryThroughTheMonth() {
        #expect(figures.yearToDate("sales", for: .entity("a"), through: p(2013, 5)) == 7.5)
        #expect(figures.yearToDate("sales", for: .entity("c"), through: p(2013, 5)) == 7.5)
        #expect(figures.yearToDate("sales", for: .entity("c"), through: p(2013, 1)) == 0.5)
        // June is missing, so every year to date from June on is missing.
        #expect(figures.yearToDate("sales", for: .entity("c"), through: p(2013, 6)) == nil)
        #expect(figures.yearToDate("sales", for: .entity("c"), through: p(2013, 7)) == nil)
        #expect(figures.baseValue(of: "sales", for: .entity("c"), in: .yearToDate(p(2013, 5))) == 15)
    }

    @Test func yearToDateThroughDecemberIsTheYear() {
        #expect(
            figures.value(of: "sales", for: .total, in: .yearToDate(p(2012, 12)))
                == figures.value(of: "sales", for: .total, in: .year(2012)))
    }

    @Test func monthValue() {
        #expect(figures.value(of: "sales", for: .entity("c"), in: .period(p(2013, 4))) == 2)
        #expect(figures.value(of: "sales", for: .entity("c"), in: .period(p(2013, 6))) == nil)
        #expect(figures.value(of: "sales", for: .total, in: .period(p(2013, 4))) == 1.5 + 2 + 2)
    }

    // MARK: Stocks

    @Test func annualStockIsDecember() {
        #expect(figures.annual("staff", for: .entity("a"), year: 2013) == 6)
        #expect(figures.annual("staff", for: .entity("a"), year: 2012) == 5)
        #expect(figures.annual("staff", for: .total, year: 2012) == 13)
    }

    @Test func annualStockWithDecemberMissingIsNilNotNovember() {
        #expect(figures.annual("staff", for: .entity("b"), year: 2013) == nil)
        #expect(figures.annual("staff", for: .total, year: 2013) == nil)
    }

    @Test func yearToDateStockIsTheMonthsValue() {
        #expect(figures.yearToDate("staff", for: .entity("b"), through: p(2013, 11)) == 8)
        #expect(figures.yearToDate("staff", for: .entity("a"), through: p(2013, 3)) == 5.5)
        #expect(figures.yearToDate("staff", for: .total, through: p(2013, 11)) == 5.5 + 8 + 1.5)
    }

    // MARK: Totals

    @Test func totalSumsAllEntities() {
        #expect(figures.annual("sales", for: .total, year: 2012) == 114)
        #expect(figures.yearToDate("sales", for: .total, through: p(2013, 5)) == 25)
        #expect(figures.yearToDate("sales", for: .total, through: p(2012, 5)) == 30)
    }

    @Test func totalIsNilWhenAnEntityHasNoSeries() {
        #expect(figures.value(of: "fdi", for: .entity("a"), in: .period(p(2013, 1))) == 10)
        #expect(figures.value(of: "fdi", for: .total, in: .period(p(2013, 1))) == nil)
    }

    @Test func unknownIndicatorIsNil() {
        #expect(figures.value(of: "nope", for: .total, in: .year(2012)) == nil)
        #expect(figures.growth(of: "nope", for: .entity("a"), in: .year(2013)) == nil)
        #expect(figures.ranking(of: "nope", in: .year(2013)).allSatisfy { $0.rank == nil })
    }

    @Test func emptyDatasetHasNoTotal() {
        let empty = Figures(Dataset(indicators: [Fixtures.sales], entities: [], observations: [:]))
        #expect(empty.value(of: "sales", for: .total, in: .year(2012)) == nil)
    }

    // MARK: Growth and shares

    @Test func growthIsARatio() {
        #expect(figures.growth(of: "sales", for: .entity("a"), in: .year(2013)) == 0.5)
        #expect(figures.growth(of: "sales", for: .entity("b"), in: .year(2013)) == 0)
        #expect(figures.growth(of: "sales", for: .entity("c"), in: .year(2013)) == nil)
        #expect(figures.growth(of: "sales", for: .entity("c"), in: .yearToDate(p(2013, 5))) == -0.5)
        let total = figures.growth(of: "sales", for: .total, in: .yearToDate(p(2013, 5)))
        #expect(abs((total ?? 0) - (-1.0 / 6)) < 1e-12)
        let staff = figures.growth(of: "staff", for: .entity("a"), in: .year(2013))  // 6 / 5 − 1
        #expect(abs((staff ?? 0) - 0.2) < 1e-12)
        // 2011 has no data: no base.
        #expect(figures.growth(of: "sales", for: .entity("a"), in: .year(2012)) == nil)
    }

    @Test func growthWithoutAPositiveBaseIsNil() {
        #expect(Figures.growth(from: 0, to: 5) == nil)
        #expect(Figures.growth(from: -2, to: 5) == nil)
        #expect(Figures.growth(from: nil, to: 5) == nil)
        #expect(Figures.growth(from: 4, to: nil) == nil)
        #expect(Figures.growth(from: 4, to: 5) == 0.25)
        #expect(Figures.growth(from: 4, to: 0) == -1)
    }

    @Test func shareOfTheTotal() {
        #expect(figures.share(of: "sales", for: .entity("b"), in: .yearToDate(p(2013, 5))) == 0.4)
        #expect(figures.share(of: "sales", for: .entity("a"), in: .yearToDate(p(2013, 5))) == 0.3)
        #expect(figures.share(of: "sales", for: .total, in: .year(2012)) == 1)
        // The total is missing, so is every share.
        #expect(figures.share(of: "sales", for: .entity("a"), in: .year(2013)) == nil)
    }

    // MARK: Ranking

    @Test func rankingByValueWithATie() {
        let ranking = figures.ranking(of: "sales", in: .yearToDate(p(2013, 5)))
        #expect(ranking.map(\.entity) == ["b", "a", "c"])
        #expect(ranking.map(\.rank) == [1, 2, 2])
        #expect(ranking.map(\.figure) == [10, 7.5, 7.5])
        #expect(figures.rank(of: "sales", for: "c", in: .yearToDate(p(2013, 5))) == 2)
    }

    @Test func rankingByGrowth() {
        let ranking = figures.ranking(of: "sales", in: .yearToDate(p(2013, 5)), by: .growth)
        #expect(ranking.map(\.entity) == ["a", "b", "c"])
        #expect(ranking.map(\.rank) == [1, 2, 3])
        #expect(ranking.map(\.figure) == [0.5, 0, -0.5])
    }

    @Test func rankingPutsMissingLast() {
        let ranking = figures.ranking(of: "sales", in: .year(2013))
        #expect(ranking.map(\.entity) == ["b", "a", "c"])
        #expect(ranking.map(\.rank) == [1, 2, nil])
        #expect(figures.rank(of: "sales", for: "c", in: .year(2013)) == nil)
    }

    @Test(arguments: [
        ([5, 3, 5, 1] as [Double?], [1, 3, 1, 4] as [Int?]),
        ([1, 2, 3], [3, 2, 1]),
        ([2, 2, 2], [1, 1, 1]),
        ([nil, 4, nil, 4, 9], [nil, 2, nil, 2, 1]),
        ([-1, 0, -1], [2, 1, 2]),
        ([], []),
    ])
    func competitionRanks(figures: [Double?], ranks: [Int?]) {
        #expect(Figures.ranks(of: figures) == ranks)
    }

    @Test func sumsInAnotherOrderStillTie() {
        let x = 0.1 + 0.2 + 0.3
        let y = 0.3 + 0.2 + 0.1
        #expect(x != y)
        #expect(Figures.ranks(of: [x, y, 1]) == [2, 2, 1])
    }

    // MARK: Series

    @Test func monthlySeriesKeepsMissingMonths() {
        let series = figures.series(of: "sales", for: .entity("c"), over: p(2013, 5)...p(2013, 7))
        #expect(series.map(\.period) == [p(2013, 5), p(2013, 6), p(2013, 7)])
        #expect(series.map(\.value) == [2.5, nil, 3.5])
        let total = figures.series(of: "sales", for: .total, over: p(2013, 5)...p(2013, 7))
        #expect(total.map(\.value) == [2.5 + 3.5, nil, 3.5 + 3.5])
    }

    @Test func yearToDateSeriesRestartsInJanuary() {
        let series = figures.series(of: "sales", for: .entity("a"), over: p(2012, 11)...p(2013, 2), .yearToDate)
        #expect(series.map(\.value) == [11, 12, 1.5, 3])
    }

    @Test func growthSeries() {
        let series = figures.growthSeries(of: "sales", for: .entity("c"), over: p(2013, 5)...p(2013, 6))
        #expect(series.map(\.value) == [-0.5, nil])
    }

    @Test func monthRanges() {
        #expect(Period.all(from: p(2012, 11), through: p(2013, 2)).count == 4)
        #expect(Period.all(from: p(2013, 1), through: p(2013, 1)) == [p(2013, 1)])
        #expect(Period.all(from: p(2013, 2), through: p(2013, 1)).isEmpty)
        #expect(Figures.Window.yearToDate(p(2013, 3)).periods(at: .monthly) == [p(2013, 1), p(2013, 2), p(2013, 3)])
        #expect(Figures.Window.year(2013).end(at: .monthly) == p(2013, 12))
        #expect(Figures.Window.period(p(2013, 3)).previousYear == .period(p(2012, 3)))
    }

    // MARK: Targets

    @Test func progressOnATargetOverTheYear() {
        let target = Fixtures.dataset.targets[1]  // a, sales, 2013, +40 %
        let progress = figures.progress(on: target)
        #expect(progress.window == .year(2013))
        #expect(progress.actual == 0.5)
        #expect(abs((progress.gap ?? 0) - 0.1) < 1e-12)
        #expect(abs((progress.gapInPoints ?? 0) - 10) < 1e-9)
        #expect(progress.isMet == true)
    }

    @Test func progressOnACityTargetYearToDate() {
        let target = Fixtures.dataset.targets[0]  // city, sales, 2013, +20 %
        #expect(figures.progress(on: target).actual == nil)  // c's June is missing
        #expect(figures.progress(on: target).isMet == nil)
        let progress = figures.progress(on: target, through: p(2013, 5))
        #expect(progress.window == .yearToDate(p(2013, 5)))
        #expect(abs((progress.gap ?? 0) - (-1.0 / 6 - 0.2)) < 1e-12)
        #expect(progress.isMet == false)
    }

    @Test func targetOutsideTheCatalogueHasNoActual() {
        let progress = figures.progress(on: Fixtures.dataset.targets[2])
        #expect(progress.actual == nil)
        #expect(progress.gap == nil)
        #expect(progress.targetGrowth == 0.6)
    }

    @Test func targetsOfAYear() {
        #expect(figures.targets(for: 2013).count == 3)
        #expect(figures.targets(for: 2013, scope: .total).map(\.indicatorID) == ["sales", "sales_share_of_city"])
        #expect(figures.targets(for: 2013, scope: .entity("a")).count == 1)
        #expect(Figures.Scope(targetScope: "city") == .total)
        #expect(Figures.Scope(targetScope: "hitech") == .entity("hitech"))
    }
}
