import BriefingCore

/// The one formatter for numbers, values with units, percentages and dates in tiles, tables,
/// chart labels and axes, in English or Chinese.
///
/// - Numbers round half away from zero on the decimal digits the value reads as (`2.345` → `2.35`,
///   although the binary double is a hair below), so a table never disagrees with the figure a
///   person would compute by hand.
/// - English groups thousands with `,` (`12,345.6`); Chinese writes no grouping (`2411.0`).
/// - Negative numbers take a real minus sign `−` (U+2212) everywhere: running text, tables, labels
///   and axes. A value that rounds to zero prints without a sign (`0.00`, never `−0.00`).
/// - Missing values (nil, NaN, infinities) print as ``missing`` (`—`).
/// - Every percentage function takes a ratio: `growth(0.376)` is `+37.6%`, `points(0.023)` is
///   `+2.3 pp`.
///
/// Values are recorded in the indicator's English unit; ``value(_:indicator:signed:)`` converts
/// them to the language's unit (see ``UnitScale``): `241.1` of `bn yuan` is `241.10 bn yuan` in
/// English and `2411.0亿元` in Chinese.
public struct ValueFormatter: Hashable, Sendable {
    public var language: Language
    /// Whether to group thousands with `,`; true for English, false for Chinese.
    public var groupsThousands: Bool
    /// The sign written before negative numbers; U+2212 `−` by default.
    public var minusSign: String
    /// What a missing value prints as.
    public var missing: String

    public init(language: Language) {
        self.language = language
        self.groupsThousands = language == .en
        self.minusSign = "\u{2212}"
        self.missing = "\u{2014}"
    }

    // MARK: Numbers

    /// `value` with exactly `decimals` decimals (clamped to 0...), rounded half away from zero.
    public func number(_ value: Double?, decimals: Int) -> String {
        format(value, decimals: decimals, powerOfTen: 0, signed: false)
    }

    /// `value` with a `+` before positive numbers as well (`+12.3`, `−4.0`, `0.0`).
    public func signedNumber(_ value: Double?, decimals: Int) -> String {
        format(value, decimals: decimals, powerOfTen: 0, signed: true)
    }

    // MARK: Values with units

    /// The number of `indicator` in the language's unit, with its display decimals and no unit
    /// (`241.10`, zh `2411.0`); for tables whose header names the unit.
    public func number(_ value: Double?, indicator: Indicator) -> String {
        format(value, decimals: displayDecimals(of: indicator), powerOfTen: scaleExponent(of: indicator), signed: false)
    }

    /// The value of `indicator` converted to the language's unit, with the unit: en `241.10 bn yuan`,
    /// zh `2411.0亿元`. `signed` also puts `+` before positive values, for changes.
    public func value(_ value: Double?, indicator: Indicator, signed: Bool = false) -> String {
        self.value(value, indicator: indicator, decimals: displayDecimals(of: indicator), signed: signed)
    }

    /// As ``value(_:indicator:signed:)`` with `decimals` decimals in the language's unit.
    public func value(_ value: Double?, indicator: Indicator, decimals: Int, signed: Bool = false) -> String {
        let text = format(value, decimals: decimals, powerOfTen: scaleExponent(of: indicator), signed: signed)
        guard text != missing else { return missing }
        return withUnit(text, unit: unit(of: indicator))
    }

    /// `number` (already in the language's unit) followed by `unit`: en with a space (`241.10 bn
    /// yuan`) except before `%`, `‰` and `°`; zh without (`2411.0亿元`) except before a Latin
    /// letter (a unit that fell back to English: `1.50 bn yuan`).
    public func withUnit(_ number: String, unit: String) -> String {
        guard let first = unit.unicodeScalars.first else { return number }
        let spaced: Bool
        switch language {
        case .en: spaced = !["%", "\u{2030}", "\u{00B0}"].contains(first)
        case .zh: spaced = first.isASCII && first.properties.isAlphabetic
        }
        return spaced ? number + " " + unit : number + unit
    }

    /// A recorded value converted to the language's unit (`241.1` bn yuan → `2411` for zh); for
    /// chart scales, whose tick labels then go through ``number(_:decimals:)``.
    public func displayValue(_ value: Double, indicator: Indicator) -> Double {
        let power = scaleExponent(of: indicator)
        guard power != 0 else { return value }
        // Via the decimal digits, so that 241.1 × 10 is 2411 and not 2411.0000000000005.
        guard let digits = DecimalDigits(magnitudeOf: value)?.shifted(by: power) else { return value }
        return value < 0 ? -digits.doubleValue : digits.doubleValue
    }

    /// The unit values of `indicator` are shown in, in this language (`bn yuan`, `亿元`).
    public func unit(of indicator: Indicator) -> String { indicator.units[language].trimmingSpaces }

    /// The decimals values of `indicator` are shown with in this language: the catalogue's
    /// decimals, less one for each power of ten the conversion multiplies by (2 in `bn yuan` → 1 in
    /// `亿元`, 1 in `m USD` → 0 in `万美元`), never below 0; a conversion to a larger unit keeps the
    /// catalogue's decimals (0 in `people` → 0 in `万人`: `3189万人`, not `3188.9923万人`).
    public func displayDecimals(of indicator: Indicator) -> Int {
        max(0, indicator.decimals - max(0, scaleExponent(of: indicator)))
    }

    /// The power of ten a recorded value is multiplied by to show it in this language: 0 in
    /// English, 1 from `bn yuan` to `亿元`, 2 from `m USD` to `万美元`, 0 from `thousand` to `千人`.
    public func scaleExponent(of indicator: Indicator) -> Int {
        // English, or a unit that falls back to the English one, is shown as recorded.
        guard language != .en, indicator.units[language] != indicator.units.en else { return 0 }
        let recorded = UnitScale(parsing: indicator.units.en, language: .en)
        let shown = UnitScale(parsing: indicator.units[language], language: language)
        return recorded.exponent - shown.exponent
    }

    // MARK: Percentages

    /// A growth ratio as a signed percentage: `0.376` → `+37.6%`, `−0.03` → `−3.0%`, `0` → `0.0%`.
    public func growth(_ ratio: Double?, decimals: Int = 1) -> String {
        let text = format(ratio, decimals: decimals, powerOfTen: 2, signed: true)
        return text == missing ? missing : text + "%"
    }

    /// A share as a percentage: `0.214` → `21.4%`.
    public func share(_ ratio: Double?, decimals: Int = 1) -> String {
        let text = format(ratio, decimals: decimals, powerOfTen: 2, signed: false)
        return text == missing ? missing : text + "%"
    }

    /// A difference of two ratios in percentage points, signed: `0.023` → en `+2.3 pp`,
    /// zh `+2.3个百分点`.
    public func points(_ difference: Double?, decimals: Int = 1) -> String {
        let text = format(difference, decimals: decimals, powerOfTen: 2, signed: true)
        guard text != missing else { return missing }
        switch language {
        case .en: return text + " pp"
        case .zh: return text + "个百分点"
        }
    }

    // MARK: The one rounding routine

    /// `value × 10^powerOfTen` rounded to `decimals`, grouped and signed per the settings.
    private func format(_ value: Double?, decimals: Int, powerOfTen: Int, signed: Bool) -> String {
        guard let value, let digits = DecimalDigits(magnitudeOf: value) else { return missing }
        let (integer, fraction) = digits.shifted(by: powerOfTen).rounded(toDecimals: decimals)
        let isZero = integer.allSatisfy { $0 == "0" } && fraction.allSatisfy { $0 == "0" }
        var text = groupsThousands ? Self.grouped(integer) : integer
        if !fraction.isEmpty { text += "." + fraction }
        if isZero { return text }
        if value < 0 { return minusSign + text }
        return signed ? "+" + text : text
    }

    /// `1234567` → `1,234,567`.
    private static func grouped(_ integer: String) -> String {
        guard integer.count > 3 else { return integer }
        var out = ""
        for (index, character) in integer.enumerated() {
            if index > 0, (integer.count - index) % 3 == 0 { out.append(",") }
            out.append(character)
        }
        return out
    }
}

extension String {
    fileprivate var trimmingSpaces: String {
        var s = Substring(self)
        while let c = s.first, c.isWhitespace { s = s.dropFirst() }
        while let c = s.last, c.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
