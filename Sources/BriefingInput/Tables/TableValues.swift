import BriefingData

/// Parsing of typed cells and the "did you mean" hint.
enum TableValues {
    /// The largest magnitude a value may have: 10^15, below 2^53, so whole numbers stay exact and
    /// sums of a table's values stay far from overflowing.
    static let largestMagnitude = 1e15

    /// What a cell that is not a ``number(_:decimalSeparator:)`` was expected to be, for messages:
    /// "a number", or "a number from -1e15 to 1e15" when it is a number beyond that (`1e309`, `-1e308`).
    static func expectedNumber(_ text: Substring, decimalSeparator: Character) -> String {
        guard parse(text, decimalSeparator: decimalSeparator) != nil else { return "a number" }
        return "a number from -1e15 to 1e15"
    }

    /// A number as spreadsheets write it: a plain decimal after removing thousands separators in
    /// well-formed groups of three (`1,234.5`; with a decimal comma `1.234,5` or `1 234,5`), with a
    /// decimal comma turned into a point, and a trailing `%` dividing by 100 (`37.6%` is 0.376).
    /// Nil beyond ±``largestMagnitude``.
    static func number(_ text: Substring, decimalSeparator: Character) -> Double? {
        parse(text, decimalSeparator: decimalSeparator).flatMap { abs($0) <= largestMagnitude ? $0 : nil }
    }

    /// As ``number(_:decimalSeparator:)``, of any size (infinite past `Double`'s range).
    private static func parse(_ text: Substring, decimalSeparator: Character) -> Double? {
        // The common case, a plain decimal with a point, skips the separator handling.
        if decimalSeparator == ".", !text.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "%") }) {
            return decimal(text)
        }
        var body = text
        var scale = 1.0
        if body.last == "%" {
            body = body.dropLast()
            while body.last == " " { body = body.dropLast() }
            scale = 100
        }
        let groupSeparators: Set<Character> = decimalSeparator == "," ? [".", " ", "\u{00A0}", "\u{202F}"] : [","]
        let integerEnd = body.firstIndex(of: decimalSeparator) ?? body.endIndex
        var integer = body[..<integerEnd]
        if integer.contains(where: groupSeparators.contains) {
            var sign = ""
            if let first = integer.first, first == "-" || first == "+" {
                sign = String(first)
                integer = integer.dropFirst()
            }
            let groups = integer.split(omittingEmptySubsequences: false, whereSeparator: groupSeparators.contains)
            guard let head = groups.first, (1...3).contains(head.count),
                groups.dropFirst().allSatisfy({ $0.count == 3 })
            else { return nil }
            integer = Substring(sign + groups.joined())
        }
        var plain = String(integer)
        if integerEnd < body.endIndex {
            plain += "." + body[body.index(after: integerEnd)...]
        }
        return decimal(Substring(plain)).map { $0 / scale }
    }

    /// A plain decimal: optional sign, digits with an optional fraction, an optional exponent
    /// (`1.8183`, `-3`, `.5`, `1e3`). No thousands separators, no `inf`, `nan` or hex; infinite
    /// when written beyond `Double`'s range (`1e309`).
    private static func decimal(_ text: Substring) -> Double? {
        let utf8 = text.utf8
        var index = utf8.startIndex
        func peek() -> UInt8? { index < utf8.endIndex ? utf8[index] : nil }
        func isDigit(_ byte: UInt8?) -> Bool { byte.map { $0 >= 0x30 && $0 <= 0x39 } ?? false }
        if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { index = utf8.index(after: index) }
        var digits = 0
        while isDigit(peek()) {
            digits += 1
            index = utf8.index(after: index)
        }
        if peek() == UInt8(ascii: ".") {
            index = utf8.index(after: index)
            while isDigit(peek()) {
                digits += 1
                index = utf8.index(after: index)
            }
        }
        guard digits > 0 else { return nil }
        if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
            index = utf8.index(after: index)
            if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { index = utf8.index(after: index) }
            guard isDigit(peek()) else { return nil }
            while isDigit(peek()) { index = utf8.index(after: index) }
        }
        guard index == utf8.endIndex else { return nil }
        return Double(text)
    }

    /// A four-digit year in `Period.years`.
    static func year(_ text: Substring) -> Int? {
        guard text.count == 4, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let year = Int(text),
            Period.years.contains(year)
        else { return nil }
        return year
    }
}
