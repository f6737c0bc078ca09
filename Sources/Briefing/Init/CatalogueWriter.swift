import BriefingCore
import BriefingInput

/// Writes a new brief's catalogues: every indicator and entity id found, with ``Placeholder``
/// names and units to fill in — except where an id already reads as a name (`Afghanistan`,
/// `郴州高新区`), which is then its name.
enum CatalogueWriter {
    /// `indicators.csv`: `indicator,name,name_zh,unit,unit_zh,decimals,kind`. An English brief
    /// leaves the Chinese columns empty to fill in later; a Chinese one fills `name` with the id
    /// (required, not shown) and leaves `unit` empty.
    static func indicators(_ plan: BriefPlan) -> String {
        var rows = [["indicator", "name", "name_zh", "unit", "unit_zh", "decimals", "kind"]]
        let unit = plan.words.unitPlaceholder
        for guess in plan.inference.indicators {
            let decimals = String(guess.decimals)
            switch plan.language {
            case .en:
                rows.append([guess.id, name(guess.id), "", unit, "", decimals, guess.kind.rawValue])
            case .zh:
                rows.append([guess.id, guess.id, chineseName(guess.id), "", unit, decimals, guess.kind.rawValue])
            }
        }
        return csv(rows)
    }

    /// `entities.csv`: `entity,name,name_zh`.
    static func entities(_ plan: BriefPlan) -> String {
        var rows = [["entity", "name", "name_zh"]]
        for id in plan.inference.entities {
            switch plan.language {
            case .en: rows.append([id, name(id), ""])
            case .zh: rows.append([id, id, chineseName(id)])
            }
        }
        return csv(rows)
    }

    /// The id when it reads as a name, else a placeholder naming it.
    private static func name(_ id: String) -> String { readsAsName(id) ? id : Placeholder.text(id) }

    /// The id when it is Chinese, else a placeholder naming it.
    private static func chineseName(_ id: String) -> String { isChinese(id) ? id : Placeholder.text(id) }

    /// Whether an id reads as a name as it is: Chinese, words with spaces, or a capitalised
    /// word (`Afghanistan`, `West Bank and Gaza`) — not a code (`tit_volume`, `JAN`, `realgdp`).
    static func readsAsName(_ id: String) -> Bool {
        if isChinese(id) { return true }
        guard let first = id.first, first.isUppercase, id.count >= 3 else { return false }
        let words = id.split(separator: " ")
        return words.allSatisfy { word in
            word.allSatisfy { $0.isLetter || ",.'-()".contains($0) } && word.dropFirst().contains { $0.isLowercase }
                || word.allSatisfy { $0.isLowercase || ",.'-()".contains($0) }
        }
    }

    private static func isChinese(_ id: String) -> Bool {
        id.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) || (0x3400...0x4DBF).contains($0.value) }
    }

    /// RFC 4180 text: fields quoted when they hold a comma, a quote, a line break or outer spaces.
    static func csv(_ rows: [[String]]) -> String {
        rows.map { row in
            row.map { field in
                let needsQuotes =
                    field.contains { ",\"\n\r".contains($0) } || field.first == " " || field.last == " "
                return needsQuotes ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
            }.joined(separator: ",")
        }.joined(separator: "\n") + "\n"
    }
}
