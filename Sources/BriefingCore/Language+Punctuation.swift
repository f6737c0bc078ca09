/// The punctuation briefing sets its own words with, in one place per language. Chinese follows
/// GB/T 15834-2011: full-width colon and enumeration comma, the 一字线 (U+2014, one em) joining
/// the ends of a range of dates (§4.13.3.3, as the statistics bureau writes `1—5月`), and no space
/// between Chinese and Latin letters or digits (`2013年`, `第2页`, `由briefing计算`), as official
/// documents and statistical bulletins are set.
extension Language {
    /// Joins the two ends of a range: en an en dash (`2012–2013`), zh the 一字线 (`2012—2013年`).
    public var rangeDash: String {
        switch self {
        case .en: return "\u{2013}"
        case .zh: return "\u{2014}"
        }
    }

    /// A range from `start` to `end`: en `Jan 2012–Dec 2013`, zh `2012年1月—2013年12月`.
    public func range(_ start: String, _ end: String) -> String { start + rangeDash + end }

    /// Separates the items of a list: en `, `, zh the enumeration comma `、`.
    public var listSeparator: String {
        switch self {
        case .en: return ", "
        case .zh: return "、"
        }
    }

    /// Follows a label before its value: en `: `, zh the full-width colon `：` (no space after).
    public var labelColon: String {
        switch self {
        case .en: return ": "
        case .zh: return "："
        }
    }
}
