import BriefingCore

/// A calendar month, the period of every observation.
public struct Period: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var year: Int
    /// 1...12
    public var month: Int

    public init(year: Int, month: Int) {
        precondition((1...12).contains(month), "month out of range")
        self.year = year
        self.month = month
    }

    /// Parses `YYYY-MM` (also `YYYY-M`); nil for anything else.
    public init?(_ text: some StringProtocol) {
        // Read as bytes: this runs once per row of every data table.
        var bytes = text.utf8.makeIterator()
        func digit() -> Int? {
            guard let byte = bytes.next(), byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            return Int(byte - UInt8(ascii: "0"))
        }
        guard let y1 = digit(), let y2 = digit(), let y3 = digit(), let y4 = digit(), bytes.next() == UInt8(ascii: "-"),
            let m1 = digit()
        else { return nil }
        var month = m1
        switch bytes.next() {
        case nil: break
        case let byte? where byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"):
            month = 10 * m1 + Int(byte - UInt8(ascii: "0"))
            guard bytes.next() == nil else { return nil }
        default: return nil
        }
        guard (1...12).contains(month) else { return nil }
        self.init(year: ((y1 * 10 + y2) * 10 + y3) * 10 + y4, month: month)
    }

    /// `YYYY-MM`.
    public var description: String { "\(year)-\(month < 10 ? "0" : "")\(month)" }

    /// The month `count` months later (earlier when negative).
    public func advanced(by count: Int) -> Period {
        let index = year * 12 + (month - 1) + count
        return Period(year: index / 12, month: index % 12 + 1)
    }

    /// The same month a year before.
    public var previousYear: Period { Period(year: year - 1, month: month) }

    /// January to December of `year`.
    public static func months(of year: Int) -> [Period] { (1...12).map { Period(year: year, month: $0) } }

    public static func < (a: Period, b: Period) -> Bool { (a.year, a.month) < (b.year, b.month) }
}
