import BriefingData
import BriefingInput
import Foundation
import Testing

/// The figures of the example brief, loaded as `briefing build` loads them: the city's 2013 totals
/// and their growth on 2012, as the published figures give them.
@Suite struct RealDataTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Briefings/parks-2014").standardized.path

    static func load() throws -> Dataset {
        try DatasetLoader.load(
            DatasetSources(
                observations: "monthly.csv", mapping: .long(entity: "park", period: "month"), indicators: "indicators.csv", entities: "parks.csv",
                targets: "targets.csv", world: BriefWorld(folder: folder, shownAs: "")))
    }

    @Test(arguments: [
        ("tit_volume", "241.10 bn yuan", "2411.0亿元", "+37.6%"),
        ("tax", "4.40 bn yuan", "44.0亿元", "+29.6%"),
        ("value_added", "52.50 bn yuan", "525.0亿元", "+19.0%"),
    ])
    func cityTotals2013(indicatorID: String, english: String, chinese: String, growth: String) throws {
        let dataset = try Self.load()
        #expect(dataset.entities.count == 12)
        let figures = Figures(dataset)
        let indicator = try #require(dataset.indicator(indicatorID))
        let total = figures.annual(indicatorID, for: .total, year: 2013)
        #expect(ValueFormatter(language: .en).value(total, indicator: indicator) == english)
        #expect(ValueFormatter(language: .zh).value(total, indicator: indicator) == chinese)
        let ratio = figures.growth(of: indicatorID, for: .total, in: .year(2013))
        #expect(ValueFormatter(language: .en).growth(ratio) == growth)
    }

    @Test func sharesOfTheTotalAddUpAndRanksAreAPermutation() throws {
        let figures = Figures(try Self.load())
        let ranking = figures.ranking(of: "tit_volume", in: .year(2013))
        #expect(ranking.compactMap(\.rank).sorted() == Array(1...12))
        #expect(ranking.first?.entity == "ecodev")
        let shares = ranking.compactMap { figures.share(of: "tit_volume", for: .entity($0.entity), in: .year(2013)) }
        #expect(abs(shares.reduce(0, +) - 1) < 1e-9)
    }

    @Test func growthAgainstNextYearsTargets() throws {
        let dataset = try Self.load()
        let figures = Figures(dataset)
        let targets = figures.targets(for: 2014, scope: .total).filter { dataset.indicator($0.indicatorID) != nil }
        #expect(targets.map(\.indicatorID) == ["tit_volume", "value_added", "foreign_investment"])
        // The brief sets 2013's growth against the 2014 targets: +37.6% against +20%, +19.0% against +16%.
        let english = ValueFormatter(language: .en)
        let volume = figures.growth(of: "tit_volume", for: .total, in: .year(2013)).map { $0 - 0.2 }
        let added = figures.growth(of: "value_added", for: .total, in: .year(2013)).map { $0 - 0.16 }
        #expect(english.points(volume) == "+17.6 pp")
        #expect(english.points(added) == "+3.0 pp")
    }
}
