import BriefingData
import BriefingLayout

extension ValueFormatter {
    /// Growth written the way each language says it in a tile or a note: en `+37.6%`,
    /// zh `增长37.6%` / `下降3.0%`.
    func growthWording(_ ratio: Double, decimals: Int = 1) -> String {
        guard language == .zh else { return growth(ratio, decimals: decimals) }
        return (ratio < 0 ? "下降" : "增长") + share(abs(ratio), decimals: decimals)
    }

    /// A change as ``Figures/change(of:for:in:)`` gives it, signed: growth (`+37.6%`), or for a
    /// rate or an index the difference in its unit (`+0.3 pp`, zh `+0.3个百分点` for a rate in %;
    /// `+0.9 years`).
    func change(_ value: Double?, of indicator: Indicator) -> String {
        guard indicator.changesByDifference else { return growth(value) }
        return difference(value, of: indicator, signed: true)
    }

    /// A change written the way each language says it: as ``change(_:of:)`` in English, zh
    /// `增长37.6%` / `下降0.3个百分点`.
    func changeWording(_ value: Double, of indicator: Indicator) -> String {
        guard indicator.changesByDifference else { return growthWording(value) }
        guard language == .zh else { return change(value, of: indicator) }
        return (value < 0 ? "下降" : "增长") + difference(abs(value), of: indicator, signed: false)
    }

    /// The size of a change as a verb takes it: en `3.0%`, `0.3 pp`; zh `3.0%`, `0.3个百分点`.
    func changeSize(_ value: Double, of indicator: Indicator) -> String {
        indicator.changesByDifference ? difference(abs(value), of: indicator, signed: false) : share(abs(value))
    }

    private func difference(_ value: Double?, of indicator: Indicator, signed: Bool) -> String {
        guard unit(of: indicator) == "%" else { return self.value(value, indicator: indicator, signed: signed) }
        let number = signed
            ? signedNumber(value, decimals: displayDecimals(of: indicator))
            : self.number(value, decimals: displayDecimals(of: indicator))
        guard number != missing else { return missing }
        return number + (language == .zh ? "个百分点" : " pp")
    }

    /// A target growth: as ``growthWording(_:decimals:)``, without decimals when the target is a
    /// whole percentage (`+20%`, `增长16%`), with one otherwise (`+7.5%`).
    func targetWording(_ ratio: Double) -> String {
        let percent = ratio * 100
        return growthWording(ratio, decimals: abs(percent - percent.rounded()) < 1e-9 ? 0 : 1)
    }
}

extension Tile.Trend {
    /// Up or down when growth is at least 0.05% either way; flat otherwise or when unknown.
    init(growth: Double?) {
        guard let growth else {
            self = .flat
            return
        }
        self = growth > 0.0005 ? .up : growth < -0.0005 ? .down : .flat
    }
}
