import Foundation

/// How a document's headings are numbered: not at all, or as Chinese official documents number
/// them (GB/T 9704-2012: `一、`, `（一）`, `1.`, `（1）` for levels 1 to 4; deeper levels bare).
/// The number is put in the heading's text, so the page, the contents and the outline agree.
public enum HeadingNumbering: String, Hashable, Sendable, CaseIterable {
    case none
    case chinese

    /// `blocks` (landscape runs included) with each heading numbered within its parent; a heading
    /// whose text already starts with its level's kind of number keeps its text and still counts.
    public func numbered(_ blocks: [Block]) -> [Block] {
        guard self == .chinese else { return blocks }
        var counters: [Int] = []
        func number(_ blocks: [Block]) -> [Block] {
            blocks.map { block in
                switch block {
                case .heading(var heading) where heading.numbered:
                    let level = max(heading.level, 1)
                    if counters.count < level { counters += Array(repeating: 0, count: level - counters.count) }
                    counters.removeSubrange(level...)
                    counters[level - 1] += 1
                    if let label = Self.chineseLabel(counters[level - 1], level: level),
                        !Self.startsWithNumber(heading.text, level: level)
                    {
                        heading.text = label + heading.text
                    }
                    return .heading(heading)
                case .landscape(let inner):
                    return .landscape(number(inner))
                default:
                    return block
                }
            }
        }
        return number(blocks)
    }

    /// `一、`, `（一）`, `1.`, `（1）` for the `count`th heading of `level` 1 to 4; nil deeper.
    static func chineseLabel(_ count: Int, level: Int) -> String? {
        switch level {
        case 1: return chineseNumeral(count) + "、"
        case 2: return "（" + chineseNumeral(count) + "）"
        case 3: return "\(count)."
        case 4: return "（\(count)）"
        default: return nil
        }
    }

    /// Whether `text` starts with a number of the kind `level` takes.
    static func startsWithNumber(_ text: String, level: Int) -> Bool {
        let numeral = "[〇零一二三四五六七八九十百]+"
        let pattern: String
        switch level {
        case 1: pattern = "^\(numeral)、"
        case 2: pattern = "^[（(]\(numeral)[）)]"
        case 3: pattern = "^[0-9０-９]+[.．]"
        case 4: pattern = "^[（(][0-9０-９]+[）)]"
        default: return false
        }
        return text.range(of: pattern, options: .regularExpression) != nil
    }

    /// `一` … `九十九`, `一百` … `九百九十九`: a count written in Chinese numerals (Arabic digits
    /// from 1,000, which no document's headings reach).
    static func chineseNumeral(_ value: Int) -> String {
        let digits = Array("零一二三四五六七八九")
        guard value < 1000 else { return String(value) }
        guard value >= 10 else { return String(digits[max(value, 0)]) }
        if value >= 100 {
            let rest = value % 100
            let hundreds = String(digits[value / 100]) + "百"
            if rest == 0 { return hundreds }
            return hundreds + (rest < 10 ? "零" : "") + (rest < 20 && rest >= 10 ? "一" : "") + chineseNumeral(rest)
        }
        let tens = value / 10
        let units = value % 10
        return (tens == 1 ? "" : String(digits[tens])) + "十" + (units == 0 ? "" : String(digits[units]))
    }
}
