import BriefingCore
import BriefingData

/// Checks that depend on what an indicator's kind means: charts of shares or sums refused for
/// kinds that do not add up, and a table's total row against the sum of its parts.
extension ManifestChecker {
    /// An error at each chart that adds entities' (or indicators') values up — `donut`,
    /// `waterfall`, `stacked-bar` — asked for an indicator whose kind does not add up (rate,
    /// index, ratio, per capita).
    static func nonAdditiveCharts(_ manifest: Manifest, dataset: Dataset) -> [Diagnostic] {
        manifest.charts.compactMap { chart in
            let what: String
            let instead: String
            switch chart.kind {
            case .donut: (what, instead) = ("shows shares of a whole", "use a bar chart")
            case .waterfall: (what, instead) = ("adds the entities' changes up to the total's", "use a growth chart")
            case .stackedBar: (what, instead) = ("stacks values into a whole", "use a bar chart for each")
            default: return nil
            }
            let references = chart.indicator.map { [$0] } ?? chart.indicators
            guard let indicator = references.lazy.compactMap({ dataset.indicator($0.id) }).first(where: {
                !$0.kind.isAdditive
            }) else { return nil }
            return .error(
                at: chart.location,
                "the \(chart.kind.rawValue) chart '\(chart.id)' \(what), and '\(indicator.id)' is "
                    + "\(kindPhrase(indicator.kind)) across entities (\(instead))")
        }
    }

    /// An error at each chart that draws several indicators on one value axis — `stacked-bar`,
    /// `line`, `area` — asked for indicators of different units: the axis would name the first
    /// one's unit for all of them.
    static func mixedUnitCharts(_ manifest: Manifest, dataset: Dataset) -> [Diagnostic] {
        manifest.charts.compactMap { chart in
            guard [.stackedBar, .line, .area].contains(chart.kind) else { return nil }
            let indicators = chart.indicators.compactMap { dataset.indicator($0.id) }
            guard let first = indicators.first, let other = indicators.first(where: { $0.units.en != first.units.en })
            else { return nil }
            return .error(
                at: chart.location,
                "the \(chart.kind.rawValue) chart '\(chart.id)' draws its indicators on one axis, and '\(first.id)' is "
                    + "in \(first.units.en) but '\(other.id)' in \(other.units.en) (expected indicators of one unit; "
                    + "give each unit a chart of its own)")
        }
    }

    /// A warning at each key indicator whose tile would show a total that does not exist (it shows
    /// "—"): a rate or an index over several entities, with no total row in the data.
    static func tilesWithoutTotal(_ references: [Manifest.IndicatorReference], dataset: Dataset) -> [Diagnostic] {
        guard dataset.totalEntity == nil, dataset.entities.count > 1 else { return [] }
        return references.compactMap { reference in
            guard let indicator = dataset.indicator(reference.id), indicator.kind == .rate || indicator.kind == .index
            else { return nil }
            return .warning(
                at: reference.location,
                "the key indicator '\(indicator.id)' shows a total, and '\(indicator.id)' is \(kindPhrase(indicator.kind)) "
                    + "across the \(dataset.entities.count) entities: its tile shows — (name a total row with "
                    + "'total: ID', or choose one entity with 'entities: [ID]')")
        }
    }

    /// `a rate: rates do not add up`, as an error explains a kind that does not add up.
    public static func kindPhrase(_ kind: Indicator.Kind) -> String {
        switch kind {
        case .rate: return "a rate: rates do not add up"
        case .index: return "an index: indices do not add up"
        case .ratio: return "a ratio: ratios do not add up"
        case .perCapita: return "a per-capita figure: per-capita figures do not add up"
        case .flow, .stock, .average: return "\(kind.rawValue): it adds up"
        }
    }

    /// A warning, at the observations table, for each additive indicator whose total row
    /// (`total: ID`) differs from the sum of the parts by more than rounding — half a unit of the
    /// last decimal the catalogue shows — in a period where every part has a value: the first
    /// such period with both values, and how many more there are.
    static func totalConsistency(_ manifest: Manifest, dataset: Dataset) -> [Diagnostic] {
        // With some entities chosen, the parts shown are not all the parts the total row adds up.
        guard let total = dataset.totalEntity, !dataset.entities.isEmpty, manifest.data.selection == nil else {
            return []
        }
        let formatter = ValueFormatter(language: .en)
        let table = manifest.data.path(of: manifest.data.observations)
        return dataset.indicators.compactMap { indicator in
            guard indicator.kind.isAdditive, let totals = dataset.observations[SeriesKey(entity: total, indicator: indicator.id)]
            else { return nil }
            // Each part may be rounded by half a unit of the last decimal shown, and so their sum by as
            // many halves as there are parts.
            let tolerance = 0.5 * pow10(-indicator.decimals) * Double(dataset.entities.count)
            var differing: [(period: Period, sum: Double, total: Double)] = []
            for (period, value) in totals.sorted(by: { $0.key < $1.key }) {
                var sum = 0.0
                var complete = true
                for entity in dataset.entities {
                    guard let part = dataset.value(entity.id, indicator.id, period) else {
                        complete = false
                        break
                    }
                    sum += part
                }
                // A margin of a millionth of the tolerance keeps a sum's binary error from counting.
                if complete, abs(sum - value) > tolerance * (1 + 1e-6) { differing.append((period, sum, value)) }
            }
            guard let first = differing.first else { return nil }
            let others = differing.count - 1
            let more = others > 0 ? "; they differ in \(others) more period\(others == 1 ? "" : "s")" : ""
            return .warning(
                at: .file(table),
                "the parts of '\(indicator.id)' add up to \(formatter.value(first.sum, indicator: indicator)) in "
                    + "\(first.period) but the total row '\(total)' holds "
                    + "\(formatter.value(first.total, indicator: indicator)) (expected them to agree within "
                    + "\(formatter.number(tolerance, decimals: indicator.decimals + 1)), half a unit of the last decimal "
                    + "shown for each part)\(more)")
        }
    }

    private static func pow10(_ exponent: Int) -> Double { Double("1e\(exponent)") ?? 1 }
}
