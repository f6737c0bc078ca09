/// Wording shared by the charts' alternative texts, in English or Chinese.
struct AltText {
    let chinese: Bool

    /// `54.1` + `bn yuan` → `54.1 bn yuan`; Chinese units follow without a space: `541.0亿元`.
    func value(_ formatted: String, unit: String?) -> String {
        guard let unit, !unit.isEmpty else { return formatted }
        return chinese ? formatted + unit : formatted + " " + unit
    }

    /// Items joined as a list: `a, b and c` / `a、b和c`.
    func list(_ items: [String]) -> String {
        guard let last = items.last else { return "" }
        if items.count == 1 { return last }
        let head = items.dropLast()
        return chinese ? head.joined(separator: "、") + "和" + last : head.joined(separator: ", ") + " and " + last
    }

    /// The sentence's closing full stop.
    var stop: String { chinese ? "。" : "." }

    /// `Unit: bn yuan` / `单位：亿元`.
    func unitCaption(_ unit: String) -> String { chinese ? "单位：" + unit : "Unit: " + unit }
}
