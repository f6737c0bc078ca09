import BriefingData

/// Parsing of typed cells and the "did you mean" hint.
enum TableValues {
    /// A plain decimal: optional sign, digits with an optional fraction, an optional exponent
    /// (`1.8183`, `-3`, `.5`, `1e3`). No thousands separators, no `inf`, `nan` or hex; must be finite.
    static func number(_ text: Substring) -> Double? {
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
        guard index == utf8.endIndex, let value = Double(text), value.isFinite else { return nil }
        return value
    }

    /// `YYYY-MM` (or `YYYY-M`).
    static func period(_ text: Substring) -> Period? {
        guard text.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: "-") }) else { return nil }
        return Period(text)
    }

    /// A four-digit year.
    static func year(_ text: Substring) -> Int? {
        guard text.count == 4, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        return Int(text)
    }
}
