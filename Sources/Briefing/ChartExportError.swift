import BriefingInput

/// A `briefing chart` request the brief cannot answer: the command line names a chart the
/// manifest does not declare. Problems in the brief itself are `DiagnosticError`s.
public enum ChartExportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `--id` names no chart of the manifest at `manifest`, whose charts are `known`.
    case unknownChart(id: String, known: [String], manifest: String)
    /// `--all` on a manifest without charts.
    case noCharts(manifest: String)

    public var description: String {
        switch self {
        case .unknownChart(let id, let known, let manifest):
            guard !known.isEmpty else { return "no chart '\(id)' in \(manifest): it declares no charts" }
            // A misspelling first; else the one id holding what was typed (`bullet` → `targets-bullet`).
            let containing = known.filter { $0.contains(id) }
            var hint = Suggestion.hint(for: id, among: known)
            if hint.isEmpty, containing.count == 1 { hint = "; did you mean '\(containing[0])'?" }
            return "no chart '\(id)' in \(manifest)\(hint) (its charts: \(known.joined(separator: ", ")))"
        case .noCharts(let manifest):
            return "no charts to export: \(manifest) declares none (see the 'charts' section in docs/FORMAT.md)"
        }
    }
}
