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

    /// The years a period or a date may have. Year 0 and years before 1000 are refused where a
    /// brief states them, so that month arithmetic never leaves the years of four digits.
    public static let years = 1000...9999

    /// For messages about a year, period or date refused for its year: " from 1000 to 9999" when
    /// `text` is a four-digit year outside ``years`` (`0999`), " with a year from 1000 to 9999" when
    /// it starts with one and a `-` (`0000-01`), else "".
    public static func yearNote(_ text: some StringProtocol) -> String {
        let head = Array(text.utf8.prefix(5))
        let range = "from \(years.lowerBound) to \(years.upperBound)"
        if head.count == 4, let year = Int(String(decoding: head, as: UTF8.self)), !years.contains(year) {
            return " " + range
        }
        guard head.count == 5, head[4] == UInt8(ascii: "-"),
            let year = Int(String(decoding: head[..<4], as: UTF8.self)), !years.contains(year)
        else { return "" }
        return " with a year " + range
    }

    /// Parses `YYYY-MM` (also `YYYY-M`) with a year in ``years``; nil for anything else.
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
        let year = ((y1 * 10 + y2) * 10 + y3) * 10 + y4
        guard (1...12).contains(month), Self.years.contains(year) else { return nil }
        self.init(year: year, month: month)
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
