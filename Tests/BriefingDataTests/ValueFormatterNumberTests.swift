import BriefingCore
import BriefingData
import Testing

@Suite struct ValueFormatterNumberTests {
    static let en = ValueFormatter(language: .en)
    static let zh = ValueFormatter(language: .zh)

    @Test(
        arguments: [
            (12345.6, 1, "12,345.6", "12345.6"),
            (241.1, 2, "241.10", "241.10"),
            (0, 1, "0.0", "0.0"),
            (-0.0, 1, "0.0", "0.0"),
            (0, 0, "0", "0"),
            (-3, 1, "\u{2212}3.0", "\u{2212}3.0"),
            (-12345.678, 2, "\u{2212}12,345.68", "\u{2212}12345.68"),
            (0.004, 2, "0.00", "0.00"),
            (-0.004, 2, "0.00", "0.00"),
            (-0.005, 2, "\u{2212}0.01", "\u{2212}0.01"),
            (0.0006, 2, "0.00", "0.00"),
            (123_456_789, 2, "123,456,789.00", "123456789.00"),
            (2.345, 2, "2.35", "2.35"),
            (-2.345, 2, "\u{2212}2.35", "\u{2212}2.35"),
            (1.005, 2, "1.01", "1.01"),
            (0.125, 2, "0.13", "0.13"),
            (2.5, 0, "3", "3"),
            (-2.5, 0, "\u{2212}3", "\u{2212}3"),
            (0.5, 0, "1", "1"),
            (0.49, 0, "0", "0"),
            (9.995, 2, "10.00", "10.00"),
            (999.95, 1, "1,000.0", "1000.0"),
            (999_999.5, 0, "1,000,000", "1000000"),
            (100, 0, "100", "100"),
            (1000, 0, "1,000", "1000"),
            (1e-5, 2, "0.00", "0.00"),
            (1.5e-5, 5, "0.00002", "0.00002"),
            (1e16, 0, "10,000,000,000,000,000", "10000000000000000"),
            (1234.5678, -1, "1,235", "1235"),
            (0.1 + 0.2, 2, "0.30", "0.30"),
        ] as [(Double, Int, String, String)])
    func number(value: Double, decimals: Int, english: String, chinese: String) {
        #expect(Self.en.number(value, decimals: decimals) == english)
        #expect(Self.zh.number(value, decimals: decimals) == chinese)
    }

    @Test func missingValues() {
        #expect(Self.en.number(nil, decimals: 2) == "\u{2014}")
        #expect(Self.en.number(.nan, decimals: 2) == "\u{2014}")
        #expect(Self.en.number(.infinity, decimals: 2) == "\u{2014}")
        #expect(Self.zh.growth(nil) == "\u{2014}")
        #expect(Self.en.value(nil, indicator: Fixtures.sales) == "\u{2014}")
        #expect(Self.zh.points(nil) == "\u{2014}")
    }

    @Test func settingsCanBeChanged() {
        var plain = Self.en
        plain.minusSign = "-"
        plain.groupsThousands = false
        plain.missing = "n/a"
        #expect(plain.number(-12345.6, decimals: 1) == "-12345.6")
        #expect(plain.number(nil, decimals: 1) == "n/a")
        var grouped = Self.zh
        grouped.groupsThousands = true
        #expect(grouped.number(2411, decimals: 1) == "2,411.0")
    }

    @Test(
        arguments: [
            (12.3, 1, "+12.3"), (-4, 1, "\u{2212}4.0"), (0, 1, "0.0"), (-0.01, 1, "0.0"), (0.04, 1, "0.0"),
        ] as [(Double, Int, String)])
    func signedNumber(value: Double, decimals: Int, text: String) {
        #expect(Self.en.signedNumber(value, decimals: decimals) == text)
    }

    // MARK: Percentages

    @Test(
        arguments: [
            (0.376, "+37.6%"), (-0.03, "\u{2212}3.0%"), (0, "0.0%"), (-0.0004, "0.0%"), (0.0005, "+0.1%"),
            (0.00049, "0.0%"), (0.2959853907101422, "+29.6%"), (0.19000126933468753, "+19.0%"), (1.5, "+150.0%"),
            (12.345, "+1,234.5%"), (0.02345, "+2.3%"), (0.02355, "+2.4%"),
        ] as [(Double, String)])
    func growth(ratio: Double, text: String) {
        #expect(Self.en.growth(ratio) == text)
    }

    @Test func growthInChineseAndWithOtherDecimals() {
        #expect(Self.zh.growth(0.376) == "+37.6%")
        #expect(Self.zh.growth(12.345) == "+1234.5%")
        #expect(Self.en.growth(0.37649, decimals: 2) == "+37.65%")
        #expect(Self.en.growth(0.376, decimals: 0) == "+38%")
    }

    @Test(
        arguments: [(0.214, "21.4%"), (1, "100.0%"), (0, "0.0%"), (0.0005, "0.1%"), (-0.1, "\u{2212}10.0%")]
            as [(Double, String)])
    func share(ratio: Double, text: String) {
        #expect(Self.en.share(ratio) == text)
        #expect(Self.zh.share(ratio) == text)
    }

    @Test(
        arguments: [
            (0.023, "+2.3 pp", "+2.3个百分点"), (-0.023, "\u{2212}2.3 pp", "\u{2212}2.3个百分点"),
            (0, "0.0 pp", "0.0个百分点"), (0.1, "+10.0 pp", "+10.0个百分点"),
        ] as [(Double, String, String)])
    func points(difference: Double, english: String, chinese: String) {
        #expect(Self.en.points(difference) == english)
        #expect(Self.zh.points(difference) == chinese)
    }
}
