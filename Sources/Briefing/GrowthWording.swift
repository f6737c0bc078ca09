import BriefingData
import BriefingLayout

extension ValueFormatter {
    /// Growth written the way each language says it in a tile or a note: en `+37.6%`,
    /// zh `增长37.6%` / `下降3.0%`.
    func growthWording(_ ratio: Double, decimals: Int = 1) -> String {
        guard language == .zh else { return growth(ratio, decimals: decimals) }
        return (ratio < 0 ? "下降" : "增长") + share(abs(ratio), decimals: decimals)
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
