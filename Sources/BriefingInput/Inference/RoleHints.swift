/// Words in column names and indicator ids that say what a column or an indicator is, in English
/// and Chinese. A word matches a whole token of the name (`rate` in `bill_rate`, `unemp` in
/// `unemp`); a word of three letters or more also matches the end of a one-token name (`gdp` in
/// `realgdp`, `rate` in `tbilrate`), one of four or more its start; a Chinese word matches any
/// part of the name.
enum RoleHints {
    static let entity = [
        "entity", "id", "country", "region", "province", "state", "city", "county", "district", "park",
        "company", "firm", "geo", "location", "place", "地区", "城市", "省份", "国家", "园区", "单位", "区域",
        "县", "企业",
    ]
    static let indicator = ["indicator", "variable", "measure", "series", "item", "metric", "指标", "项目"]
    /// Names of a long table's value column, matched whole.
    static let value = ["value", "values", "val", "obsvalue", "amount", "数值", "值", "金额"]
    static let year = ["year", "yr", "年", "年份", "年度"]
    static let month = ["month", "mon", "月", "月份"]
    static let quarter = ["quarter", "qtr", "季度", "季"]
    static let period = ["period", "date", "time", "month", "日期", "时间", "月份", "期间"]

    /// Whether `name` is described by one of `words`.
    static func matches(_ name: String, _ words: [String]) -> Bool {
        let tokens = Self.tokens(name)
        let key = ColumnProfile.key(name)
        return words.contains { word in
            if word.unicodeScalars.contains(where: { $0.value > 0x7F }) || !word.allSatisfy(\.isLetter) {
                return name.contains(word)
            }
            if tokens.contains(word) { return true }
            return word.count >= 3 && tokens.count == 1
                && (key.hasSuffix(word) || (word.count >= 4 && key.hasPrefix(word)))
        }
    }

    /// The word that describes `name`, if any.
    static func word(in name: String, _ words: [String]) -> String? {
        words.first { matches(name, [$0]) }
    }

    /// The lower-case tokens of a name: split at spaces, `_`, `-`, `.`, digits and lower-to-upper
    /// case changes (`lifeExp` is `life`, `exp`).
    static func tokens(_ name: String) -> [String] {
        var tokens: [String] = []
        var current = ""
        var previousLower = false
        for character in name {
            let isSeparator = !(character.isLetter)
            if isSeparator || (previousLower && character.isUppercase) {
                if !current.isEmpty { tokens.append(current.lowercased()) }
                current = isSeparator ? "" : String(character)
            } else {
                current.append(character)
            }
            previousLower = character.isLowercase
        }
        if !current.isEmpty { tokens.append(current.lowercased()) }
        return tokens
    }
}
