import BriefingData
import Foundation
import Testing

/// The figures of the sample brief, read with a throwaway parser (the real loader lives in
/// BriefingInput): the city's 2013 totals and their growth on 2012.
@Suite struct RealDataTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Briefings/parks-2014").standardized

    static func loadMonthly() throws -> Dataset {
        let text = try String(contentsOf: folder.appendingPathComponent("monthly.csv"), encoding: .utf8)
        var observations: [SeriesKey: [Period: Double]] = [:]
        var entityIDs: [String] = []
        for line in text.split(whereSeparator: \.isNewline).dropFirst() {
            let fields = line.split(separator: ",").map(String.init)
            guard fields.count == 4, let period = Period(fields[2]), let value = Double(fields[3]) else { continue }
            if !entityIDs.contains(fields[0]) { entityIDs.append(fields[0]) }
            observations[SeriesKey(entity: fields[0], indicator: fields[1]), default: [:]][period] = value
        }
        let bn = Localized(en: "bn yuan", zh: "亿元")
        let indicators = ["tit_volume", "tax", "value_added"].map {
            Indicator(id: $0, names: Localized(en: $0), units: bn, decimals: 2, kind: .flow)
        }
        return Dataset(
            indicators: indicators, entities: entityIDs.map { Entity(id: $0, names: Localized(en: $0)) },
            observations: observations)
    }

    @Test(arguments: [
        ("tit_volume", "241.10 bn yuan", "2411.0亿元", "+37.6%"),
        ("tax", "4.40 bn yuan", "44.0亿元", "+29.6%"),
        ("value_added", "52.50 bn yuan", "525.0亿元", "+19.0%"),
    ])
    func cityTotals2013(indicatorID: String, english: String, chinese: String, growth: String) throws {
        let dataset = try Self.loadMonthly()
        #expect(dataset.entities.count == 12)
        let figures = Figures(dataset)
        let indicator = try #require(dataset.indicator(indicatorID))
        let total = figures.annual(indicatorID, for: .total, year: 2013)
        #expect(ValueFormatter(language: .en).value(total, indicator: indicator) == english)
        #expect(ValueFormatter(language: .zh).value(total, indicator: indicator) == chinese)
        let ratio = figures.growth(of: indicatorID, for: .total, in: .year(2013))
        #expect(ValueFormatter(language: .en).growth(ratio) == growth)
        #expect(ValueFormatter(language: .zh).growth(ratio) == growth)
    }
}
