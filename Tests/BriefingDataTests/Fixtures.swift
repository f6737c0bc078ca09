import BriefingData

/// A small dataset whose figures are easy to compute by hand; every value is a multiple of 0.5
/// so sums are exact in binary.
///
/// - `sales` (flow, bn yuan): `a` 1.0 a month in 2012 and 1.5 in 2013; `b` 2.0 every month;
///   `c` m in month m of 2012 and m/2 in 2013 with June 2013 missing.
/// - `staff` (stock, thousand): Decembers `a` 5 → 6, `b` 7 → (missing; November 2013 is 8),
///   `c` 1 → 2; other months 0.5 below December.
/// - `fdi` (flow, m USD) exists only for `a`.
enum Fixtures {
    static let sales = Indicator(
        id: "sales", names: Localized(en: "Sales", zh: "销售额"), units: Localized(en: "bn yuan", zh: "亿元"),
        decimals: 2, kind: .flow)
    static let staff = Indicator(
        id: "staff", names: Localized(en: "Staff", zh: "从业人员"),
        units: Localized(en: "thousand", zh: "千人"), decimals: 1, kind: .stock)
    static let fdi = Indicator(
        id: "fdi", names: Localized(en: "FDI", zh: "实际利用外资"), units: Localized(en: "m USD", zh: "万美元"),
        decimals: 1, kind: .flow)

    static func p(_ year: Int, _ month: Int) -> Period { Period(year: year, month: month) }

    static let dataset: Dataset = {
        var observations: [SeriesKey: [Period: Double]] = [:]
        func set(_ entity: String, _ indicator: String, _ values: [Period: Double]) {
            observations[SeriesKey(entity: entity, indicator: indicator)] = values
        }
        var a: [Period: Double] = [:]
        var b: [Period: Double] = [:]
        var c: [Period: Double] = [:]
        for m in 1...12 {
            a[p(2012, m)] = 1.0
            a[p(2013, m)] = 1.5
            b[p(2012, m)] = 2.0
            b[p(2013, m)] = 2.0
            c[p(2012, m)] = Double(m)
            if m != 6 { c[p(2013, m)] = Double(m) / 2 }
        }
        set("a", "sales", a)
        set("b", "sales", b)
        set("c", "sales", c)

        func stock(_ dec2012: Double, _ dec2013: Double?) -> [Period: Double] {
            var series: [Period: Double] = [:]
            for m in 1...11 {
                series[p(2012, m)] = dec2012 - 0.5
                series[p(2013, m)] = (dec2013 ?? 8.5) - 0.5
            }
            series[p(2012, 12)] = dec2012
            if let dec2013 { series[p(2013, 12)] = dec2013 }
            return series
        }
        set("a", "staff", stock(5, 6))
        set("b", "staff", stock(7, nil))
        set("c", "staff", stock(1, 2))
        set("a", "fdi", [p(2013, 1): 10])

        return Dataset(
            indicators: [sales, staff, fdi],
            entities: ["a", "b", "c"].map { Entity(id: $0, names: Localized(en: $0.uppercased())) },
            observations: observations,
            targets: [
                Target(scope: "city", indicatorID: "sales", year: 2013, value: 0.2, note: Localized(en: "at least")),
                Target(scope: "a", indicatorID: "sales", year: 2013, value: 0.4, note: Localized(en: "")),
                Target(
                    scope: "city", indicatorID: "sales_share_of_city", year: 2013, value: 0.6,
                    note: Localized(en: "share")),
                Target(scope: "city", indicatorID: "sales", year: 2014, value: 0.1, note: Localized(en: "")),
            ])
    }()

    static let figures = Figures(dataset)
}
