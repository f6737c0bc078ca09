import BriefingCore

/// A unit split into its magnitude and what follows it: `bn yuan` is 10⁹ × `yuan`, `万美元` is
/// 10⁴ × `美元`, `千人` is 10³ × `人`.
///
/// English magnitude words stand before the rest of the unit, separated by a space (or alone,
/// as `thousand`); Chinese magnitude characters are written straight before the rest. A unit with
/// no magnitude from the registry (`%`, `tonnes`, `千克`) has magnitude 1 and is shown as written.
/// Values are recorded in the English unit; a value shown in Chinese is multiplied by
/// `english.magnitude / chinese.magnitude` (10 from `bn yuan` to `亿元`, 100 from `m USD` to `万美元`).
public struct UnitScale: Hashable, Sendable {
    /// The power of ten the unit stands for (9 for `bn`, 8 for `亿`, 0 when none is written).
    public var exponent: Int
    /// The rest of the unit (`yuan`, `美元`; empty for `thousand`).
    public var base: String

    public init(exponent: Int, base: String) {
        self.exponent = exponent
        self.base = base
    }

    /// The multiplier the unit stands for: `10^exponent`.
    public var magnitude: Double { Double("1e\(exponent)") ?? 1 }

    /// English magnitude words and their powers of ten.
    public static let englishMagnitudes: [String: Int] = [
        "thousand": 3, "k": 3,
        "m": 6, "mn": 6, "million": 6,
        "bn": 9, "billion": 9,
        "tn": 12, "trillion": 12,
    ]

    /// Chinese magnitude prefixes and their powers of ten (longest are tried first).
    public static let chineseMagnitudes: [String: Int] = [
        "千": 3, "万": 4, "十万": 5, "百万": 6, "千万": 7,
        "亿": 8, "十亿": 9, "百亿": 10, "千亿": 11, "万亿": 12,
    ]

    /// Chinese units whose first character looks like a magnitude but is part of the unit itself.
    static let chineseWholeUnits: Set<String> = [
        "千克", "千米", "千瓦", "千瓦时", "千焦", "千卡", "万分之一",
    ]

    /// Splits `unit` as written in `language`.
    public init(parsing unit: String, language: Language) {
        let trimmed = unit.trimmingWhitespace
        switch language {
        case .en:
            let words = trimmed.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
            if let first = words.first, let power = Self.englishMagnitudes[first.lowercased()] {
                self.init(exponent: power, base: words.count > 1 ? String(words[1]).trimmingWhitespace : "")
                return
            }
        case .zh:
            if !Self.chineseWholeUnits.contains(where: { trimmed.hasPrefix($0) }) {
                let prefixes = Self.chineseMagnitudes.keys.sorted { $0.count > $1.count }
                if let prefix = prefixes.first(where: { trimmed.hasPrefix($0) }),
                    let power = Self.chineseMagnitudes[prefix]
                {
                    self.init(exponent: power, base: String(trimmed.dropFirst(prefix.count)))
                    return
                }
            }
        }
        self.init(exponent: 0, base: trimmed)
    }
}

private extension String {
    var trimmingWhitespace: String {
        var s = Substring(self)
        while let c = s.first, c.isWhitespace { s = s.dropFirst() }
        while let c = s.last, c.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
