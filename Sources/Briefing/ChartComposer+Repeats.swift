import BriefingCore
import BriefingInput

extension ChartComposer {
    /// A warning at each chart that shows the same data as an earlier chart of the brief: the same
    /// kind drawing the same composed table of values (categories or periods, series and figures,
    /// in any order), however the manifest spells it (`indicator: x` or `indicators: [x]`, the
    /// brief's year or no year, another sort or orientation). Charts of different kinds over the
    /// same figures (growth against targets as `growth-vs-target` and as `bullet`) are different
    /// views and pass; a chart with nothing to draw is reported by ``problems(_:)`` instead.
    func repeats(_ specs: [Manifest.ChartSpec]) -> [Diagnostic] {
        var first: [Shown: Manifest.ChartSpec] = [:]
        var warnings: [Diagnostic] = []
        for spec in specs {
            guard let output = try? chart(for: spec).output, !output.data.isEmpty else { continue }
            let shown = Shown(kind: spec.kind, columns: output.data.columns, rows: Set(output.data.rows))
            if let earlier = first[shown] {
                warnings.append(
                    .warning(
                        at: spec.location,
                        "chart '\(spec.id)' shows the same data as chart '\(earlier.id)' (line "
                            + "\(earlier.location.line)): remove one or change its indicator"))
            } else {
                first[shown] = spec
            }
        }
        return warnings
    }

    /// What a chart shows, as two charts are compared.
    private struct Shown: Hashable {
        var kind: Manifest.ChartSpec.Kind
        var columns: [String]
        /// The rows as a set: the same bars sorted another way are the same data.
        var rows: Set<[String]>
    }
}
