/// A non-negative decimal number held as digits, used to round and print `Double`s exactly as
/// they read, not as they are stored.
///
/// `2.345` is stored in binary as `2.34499999999999997…`; rounding that to 2 decimals gives
/// `2.34`. Reading the shortest decimal that round-trips (Swift's `description`, here `2.345`) and
/// rounding those digits gives `2.35`, which is what a reader of the table expects. Scaling by a
/// power of ten (a ratio to a percentage, billions to 亿) only moves the decimal point, so it adds
/// no binary error either.
struct DecimalDigits: Hashable, Sendable {
    /// Significant digits, most significant first, each 0...9; never empty.
    var digits: [UInt8]
    /// Where the decimal point sits: the value is `0.d₁d₂d₃… × 10^pointPosition`.
    var pointPosition: Int

    /// The digits of `|value|`; nil for infinities and NaN.
    init?(magnitudeOf value: Double) {
        guard value.isFinite else { return nil }
        let text = value.magnitude.description  // shortest round-trip form, e.g. "2.345", "1e-05"
        var mantissa = Substring(text)
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = text[..<e]
            exponent = Int(text[text.index(after: e)...]) ?? 0
        }
        var digits: [UInt8] = []
        var integerCount = 0
        var seenPoint = false
        for character in mantissa {
            if character == "." {
                seenPoint = true
            } else if let digit = character.wholeNumberValue {
                digits.append(UInt8(digit))
                if !seenPoint { integerCount += 1 }
            }
        }
        // Drop leading zeros ("0.0042" → "42" with the point moved).
        var position = integerCount + exponent
        while digits.count > 1, digits[0] == 0 {
            digits.removeFirst()
            position -= 1
        }
        self.digits = digits.isEmpty ? [0] : digits
        self.pointPosition = position
    }

    /// The nearest `Double`.
    var doubleValue: Double {
        Double("0." + String(digits.map { Character(String($0)) }) + "e\(pointPosition)") ?? 0
    }

    /// Whether every digit is zero.
    var isZero: Bool { digits.allSatisfy { $0 == 0 } }

    /// Multiplies by `10^power`.
    func shifted(by power: Int) -> DecimalDigits {
        var copy = self
        copy.pointPosition += power
        return copy
    }

    /// The integer and fraction digits rounded half away from zero to `decimals` places.
    func rounded(toDecimals decimals: Int) -> (integer: String, fraction: String) {
        let decimals = max(0, decimals)
        let keep = pointPosition + decimals  // how many of `digits` survive
        var kept: [UInt8]
        if keep < 0 {
            kept = []
        } else if keep >= digits.count {
            kept = digits + Array(repeating: 0, count: keep - digits.count)
        } else {
            kept = Array(digits[..<keep])
            if digits[keep] >= 5 {
                // Carry upwards; may add a digit in front (9.99 → 10.0).
                var index = kept.count - 1
                while index >= 0 {
                    if kept[index] == 9 {
                        kept[index] = 0
                        index -= 1
                    } else {
                        kept[index] += 1
                        break
                    }
                }
                if index < 0 { kept.insert(1, at: 0) }
            }
        }
        // Now `kept` holds the digits of round(value × 10^decimals); the last `decimals` are the fraction.
        // Left-pad so there is at least one integer digit and all the fraction digits.
        var all = kept
        if all.count < decimals + 1 { all = Array(repeating: 0, count: decimals + 1 - all.count) + all }
        let split = all.count - decimals
        var integerDigits = Array(all[..<split])
        while integerDigits.count > 1, integerDigits[0] == 0 { integerDigits.removeFirst() }
        let integer = String(integerDigits.map { Character(String($0)) })
        let fraction = String(all[split...].map { Character(String($0)) })
        return (integer, fraction)
    }
}
