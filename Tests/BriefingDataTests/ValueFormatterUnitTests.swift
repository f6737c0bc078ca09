import BriefingCore
import BriefingData
import Testing

@Suite struct ValueFormatterUnitTests {
    static let en = ValueFormatter(language: .en)
    static let zh = ValueFormatter(language: .zh)

    static func indicator(_ en: String, _ zh: String, decimals: Int) -> Indicator {
        Indicator(id: "x", names: Localized(en: "X"), units: Localized(en: en, zh: zh), decimals: decimals, kind: .flow)
    }

    @Test(
        arguments: [
            // value, en unit, zh unit, decimals, en text, zh text
            (241.1, "bn yuan", "亿元", 2, "241.10 bn yuan", "2411.0亿元"),
            (4.4, "bn yuan", "亿元", 2, "4.40 bn yuan", "44.0亿元"),
            (52.5, "bn yuan", "亿元", 2, "52.50 bn yuan", "525.0亿元"),
            (1234.56, "bn yuan", "亿元", 2, "1,234.56 bn yuan", "12345.6亿元"),
            (118.5, "m USD", "万美元", 1, "118.5 m USD", "11850万美元"),
            (1185, "m USD", "万美元", 1, "1,185.0 m USD", "118500万美元"),
            (0.004, "m USD", "万美元", 1, "0.0 m USD", "0万美元"),
            (24.7, "thousand", "千人", 1, "24.7 thousand", "24.7千人"),
            (3.5, "thousand", "万人", 1, "3.5 thousand", "0.4万人"),
            (31_889_923, "people", "万人", 0, "31,889,923 people", "3189万人"),
            (2.5, "billion yuan", "亿元", 2, "2.50 billion yuan", "25.0亿元"),
            (7, "bn yuan", "万元", 0, "7 bn yuan", "700000万元"),
            (2.5, "tn yuan", "万亿元", 1, "2.5 tn yuan", "2.5万亿元"),
            (-1.25, "bn yuan", "亿元", 2, "\u{2212}1.25 bn yuan", "\u{2212}12.5亿元"),
            (-0.004, "bn yuan", "亿元", 2, "0.00 bn yuan", "0.0亿元"),
            (-0.004, "bn yuan", "亿元", 3, "\u{2212}0.004 bn yuan", "\u{2212}0.04亿元"),
            // Unknown units: factor 1, shown as written.
            (12.5, "tonnes", "吨", 1, "12.5 tonnes", "12.5吨"),
            (12.5, "%", "%", 1, "12.5%", "12.5%"),
            (3.25, "kg", "千克", 2, "3.25 kg", "3.25千克"),
            (3.25, "points", "", 2, "3.25 points", "3.25 points"),
        ] as [(Double, String, String, Int, String, String)])
    func value(value: Double, enUnit: String, zhUnit: String, decimals: Int, english: String, chinese: String) {
        let indicator = Self.indicator(enUnit, zhUnit, decimals: decimals)
        #expect(Self.en.value(value, indicator: indicator) == english)
        #expect(Self.zh.value(value, indicator: indicator) == chinese)
    }

    @Test func displayValueDecimalsAndUnit() {
        let sales = Fixtures.sales
        #expect(Self.en.displayValue(241.1, indicator: sales) == 241.1)
        #expect(Self.zh.displayValue(241.1, indicator: sales) == 2411)
        #expect(Self.zh.displayValue(-0.3, indicator: sales) == -3)
        #expect(Self.zh.displayValue(118.5, indicator: Fixtures.fdi) == 11850)
        #expect(Self.zh.displayValue(24.7, indicator: Fixtures.staff) == 24.7)
        #expect(Self.en.displayDecimals(of: sales) == 2)
        #expect(Self.zh.displayDecimals(of: sales) == 1)
        #expect(Self.zh.displayDecimals(of: Fixtures.fdi) == 0)
        #expect(Self.zh.displayDecimals(of: Fixtures.staff) == 1)
        #expect(Self.zh.scaleExponent(of: Fixtures.fdi) == 2)
        #expect(Self.en.scaleExponent(of: Fixtures.fdi) == 0)
        #expect(Self.en.unit(of: sales) == "bn yuan")
        #expect(Self.zh.unit(of: sales) == "亿元")
        #expect(Self.zh.unit(of: Fixtures.staff) == "千人")
    }

    @Test func chineseUnitFallsBackToEnglish() {
        let indicator = Self.indicator("bn yuan", "", decimals: 2)
        #expect(Self.zh.unit(of: indicator) == "bn yuan")
        #expect(Self.zh.scaleExponent(of: indicator) == 0)
        #expect(Self.zh.value(1.5, indicator: indicator) == "1.50 bn yuan")
        #expect(Self.en.withUnit("5", unit: "\u{2030}") == "5\u{2030}")
        #expect(Self.zh.withUnit("5", unit: "kg") == "5 kg")
    }

    @Test func numbersWithoutTheUnit() {
        #expect(Self.en.number(241.1, indicator: Fixtures.sales) == "241.10")
        #expect(Self.zh.number(241.1, indicator: Fixtures.sales) == "2411.0")
        #expect(Self.zh.number(118.5, indicator: Fixtures.fdi) == "11850")
    }

    @Test func signedValuesAndExplicitDecimals() {
        #expect(Self.en.value(12.3, indicator: Fixtures.sales, signed: true) == "+12.30 bn yuan")
        #expect(Self.zh.value(-12.3, indicator: Fixtures.sales, signed: true) == "\u{2212}123.0亿元")
        #expect(Self.en.value(241.1, indicator: Fixtures.sales, decimals: 0) == "241 bn yuan")
        #expect(Self.zh.value(241.1, indicator: Fixtures.sales, decimals: 0) == "2411亿元")
        #expect(Self.en.withUnit("5", unit: "") == "5")
        #expect(Self.zh.withUnit("5", unit: "亿元") == "5亿元")
    }

    @Test(
        arguments: [
            ("bn yuan", Language.en, 9, "yuan"), ("m USD", .en, 6, "USD"), ("thousand", .en, 3, ""),
            ("Million tonnes", .en, 6, "tonnes"), ("  bn  yuan ", .en, 9, "yuan"), ("mm", .en, 0, "mm"),
            ("亿元", .zh, 8, "元"), ("万美元", .zh, 4, "美元"), ("千人", .zh, 3, "人"), ("万亿元", .zh, 12, "元"),
            ("百万吨", .zh, 6, "吨"), ("千克", .zh, 0, "千克"), ("元", .zh, 0, "元"),
            ("亿", .zh, 8, ""),
        ] as [(String, Language, Int, String)])
    func unitScale(unit: String, language: Language, exponent: Int, base: String) {
        let scale = UnitScale(parsing: unit, language: language)
        #expect(scale.exponent == exponent)
        #expect(scale.base == base)
    }
}
