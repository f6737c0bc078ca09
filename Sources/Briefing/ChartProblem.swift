import BriefingCore
import BriefingInput

/// Why a chart the manifest declares cannot be drawn: it would be empty (no values in its window,
/// a line without points) or the data's frequency does not fit the kind. `check`, `build` and
/// `chart` report it at the chart's line; no empty chart is ever drawn or silently left out.
struct ChartProblem: Error, Hashable, Sendable {
    /// What is missing, after "has nothing to draw: " (`no entity has a value of 'tax' in 2013`),
    /// or the whole complaint when `isMismatch`.
    var reason: String
    /// Whether `reason` is a complete sentence about the chart's kind rather than missing data.
    var isMismatch = false

    /// The error at the chart's line.
    func diagnostic(for spec: Manifest.ChartSpec) -> Diagnostic {
        let what = "the \(spec.kind.rawValue) chart '\(spec.id)'"
        return .error(at: spec.location, isMismatch ? "\(what) \(reason)" : "\(what) has nothing to draw: \(reason)")
    }
}
