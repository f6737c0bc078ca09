import BriefingCore
import BriefingData
import BriefingInput
import Testing

@testable import Briefing

/// The commentary of a monthly report, computed from a small dataset, word for word.
struct BatchCommentaryTests {
    static let indicator = Indicator(
        id: "value_added", names: Localized(en: "Added value of scaled industry", zh: "规模工业增加值"),
        units: Localized(en: "bn yuan", zh: "亿元"), decimals: 2, kind: .flow)

    /// Three parks; `a` grows by `growth` on last year in every month, `b` and `c` are flat.
    static func dataset(growth: Double, target: Double?) -> Dataset {
        var observations: [SeriesKey: [Period: Double]] = [:]
        for (entity, base) in [("a", 1.0), ("b", 2.0), ("c", 0.5)] {
            var series: [Period: Double] = [:]
            for month in 1...12 {
                series[Period(year: 2012, month: month)] = base
                series[Period(year: 2013, month: month)] = entity == "a" ? base * (1 + growth) : base
            }
            observations[SeriesKey(entity: entity, indicator: "value_added")] = series
        }
        let entities = ["a", "b", "c"].map { Entity(id: $0, names: Localized(en: "Park \($0)", zh: "园区\($0)")) }
        let targets = target.map {
            [Target(scope: "city", indicatorID: "value_added", year: 2013, value: $0, note: Localized(en: ""))]
        }
        return Dataset(indicators: [indicator], entities: entities, observations: observations, targets: targets ?? [])
    }

    static func sentences(_ language: Language, growth: Double, target: Double?, period: Period) throws -> [String] {
        let facts = try MonthlyFacts.compute(
            indicator, entity: "a", period: period, figures: Figures(dataset(growth: growth, target: target)),
            observations: "monthly.csv")
        let parks = OfficeWords(entityNouns: [.en: .init("park", language: .en), .zh: .init("园区", language: .zh)])
        return MonthlyCommentary(
            formatter: ValueFormatter(language: language), wording: Wording(language: language, office: parks)
        ).sentences(facts)
    }

    @Test func englishSentencesGiveGrowthRankMonthAndTarget() throws {
        // Year to date through May: 5 × 1.184 = 5.92 against 5.00; b has 10.00, c 2.50.
        #expect(
            try Self.sentences(.en, growth: 0.184, target: 0.2, period: Period(year: 2013, month: 5)) == [
                "Added value of scaled industry rose 18.4% year on year in January–May 2013 to 5.92 bn yuan, second of 3 parks.",
                "In May alone the value was 1.18 bn yuan, 18.4% more than in May 2012.",
                "The year to date is 41.1% of the 2013 target of 14.40 bn yuan (+20% on 2012).",
            ])
    }

    @Test func chineseSentencesGiveGrowthRankMonthAndTarget() throws {
        #expect(
            try Self.sentences(.zh, growth: 0.184, target: 0.2, period: Period(year: 2013, month: 5)) == [
                "2013年1—5月，规模工业增加值59.2亿元，同比增长18.4%，居3个园区第2位。",
                "其中5月当月11.8亿元，同比增长18.4%。",
                "累计完成2013年目标144.0亿元（比上年增长20%）的41.1%。",
            ])
    }

    @Test func aFallInJanuaryWithoutTargetIsOneSentence() throws {
        #expect(
            try Self.sentences(.en, growth: -0.03, target: nil, period: Period(year: 2013, month: 1)) == [
                "Added value of scaled industry fell 3.0% year on year in January 2013 to 0.97 bn yuan, second of 3 parks."
            ])
        #expect(
            try Self.sentences(.zh, growth: -0.03, target: nil, period: Period(year: 2013, month: 1)) == [
                "2013年1月，规模工业增加值9.7亿元，同比下降3.0%，居3个园区第2位。"
            ])
    }

    @Test func aMissingMonthIsADiagnosticNamingIt() {
        var data = Self.dataset(growth: 0.1, target: nil)
        data.observations[SeriesKey(entity: "a", indicator: "value_added")]?[Period(year: 2012, month: 3)] = nil
        #expect(throws: DiagnosticError.self) {
            try MonthlyFacts.compute(
                Self.indicator, entity: "a", period: Period(year: 2013, month: 2), figures: Figures(data),
                observations: "monthly.csv")
        }
        do {
            _ = try MonthlyFacts.compute(
                Self.indicator, entity: "a", period: Period(year: 2013, month: 2), figures: Figures(data),
                observations: "monthly.csv")
        } catch {
            #expect(
                error.diagnostics.map(\.description).first?.hasPrefix(
                    "monthly.csv:1:1: error: a has no 'value_added' for 2012-03: the report for 2013-02 needs every month from 2012-01 through 2013-02"
                ) == true)
        }
    }

    @Test func shardsAreDisjointAndCoverTheBatch() throws {
        let items = Array(0..<29)
        for count in 1...6 {
            let parts = (1...count).compactMap { Shard(index: $0, count: count) }.map { $0.select(items) }
            #expect(parts.count == count)
            #expect(parts.flatMap { $0 }.sorted() == items)
            #expect(Set(parts.flatMap { $0 }).count == items.count)
            #expect((parts.map(\.count).max() ?? 0) - (parts.map(\.count).min() ?? 0) <= 1)
        }
        #expect(Shard("2/8") == Shard(index: 2, count: 8))
        #expect(Shard(completionIndex: "1", count: 8) == Shard(index: 2, count: 8))
        #expect(Shard("0/8") == nil && Shard("9/8") == nil && Shard("x") == nil)
        #expect(Shard(completionIndex: "8", count: 8) == nil)
    }
}
