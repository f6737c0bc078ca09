import Foundation

/// Turns a value and a number of decimals into label text. Charts take the project's formatter as
/// one of these, so `241.10` (en, bn yuan) or `2411.0` (zh, 亿元) is the caller's business.
public struct NumberLabel: Sendable {
    public var format: @Sendable (Double, Int) -> String

    public init(_ format: @escaping @Sendable (Double, Int) -> String) {
        self.format = format
    }

    public func callAsFunction(_ value: Double, decimals: Int) -> String {
        format(value, decimals)
    }

    /// `1234.5` → `1234.5` with the given decimals, a proper minus sign for negatives.
    public static let plain = NumberLabel { value, decimals in
        signed(String(format: "%.\(max(0, decimals))f", abs(value)), value, decimals, plus: false)
    }

    /// Values in percentage points: `37.6` → `+37.6%`, `0` → `0%`, `-5` → `−5%`.
    public static let percent = NumberLabel { value, decimals in
        signed(String(format: "%.\(max(0, decimals))f", abs(value)), value, decimals, plus: true) + "%"
    }

    private static func signed(_ digits: String, _ value: Double, _ decimals: Int, plus: Bool) -> String {
        let rounded = (abs(value) * pow(10, Double(max(0, decimals)))).rounded()
        if rounded == 0 { return digits }
        return (value < 0 ? "\u{2212}" : plus ? "+" : "") + digits
    }
}
