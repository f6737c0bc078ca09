import BriefingCore
import BriefingData
import Foundation

/// Checks a manifest against the data it names: every indicator a section mentions is in the
/// catalogue, the reporting year has data, chart ids are unique, notes exist where a section wants them.
public enum ManifestChecker {
    /// The reporting year: the manifest's, or the last year with all twelve months of data.
    public static func reportingYear(_ manifest: Manifest, dataset: Dataset) -> Int? {
        if let year = manifest.year { return year }
        return dataset.lastFullYear ?? dataset.periods.last?.year
    }

    public static func check(_ manifest: Manifest, dataset: Dataset) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let ids = dataset.indicators.map(\.id)
        let catalogue = (manifest.data.indicators as NSString).lastPathComponent
        func check(_ reference: Manifest.IndicatorReference, in section: String) {
            guard !ids.contains(reference.id) else { return }
            let hint = Suggestion.hint(for: reference.id, among: ids)
            diagnostics.append(
                .error(
                    at: reference.location,
                    "unknown indicator '\(reference.id)' in \(section) (not in \(catalogue))\(hint)"))
        }
        var chartIDs: [String: SourceLocation] = [:]
        for section in manifest.sections {
            switch section {
            case .keyIndicators(let references):
                references.forEach { check($0, in: "key-indicators") }
            case .indicatorTable(let table):
                table.indicators?.forEach { check($0, in: "indicator-table") }
                table.trend.map { check($0, in: "indicator-table") }
            case .charts(let charts):
                for chart in charts {
                    if let reference = chart.indicator { check(reference, in: "chart '\(chart.id)'") }
                    chart.indicators.forEach { check($0, in: "chart '\(chart.id)'") }
                    if let highlight = chart.highlight, dataset.entity(highlight.id) == nil {
                        let entityIDs = dataset.entities.map(\.id)
                        let hint = Suggestion.hint(for: highlight.id, among: entityIDs)
                        diagnostics.append(
                            .error(
                                at: highlight.location,
                                "unknown entity '\(highlight.id)' to highlight in chart '\(chart.id)'\(hint)"))
                    }
                    if let first = chartIDs[chart.id] {
                        diagnostics.append(
                            .error(
                                at: chart.location,
                                "duplicate chart id '\(chart.id)' (first used on line \(first.line))"))
                    } else {
                        chartIDs[chart.id] = chart.location
                    }
                }
            case .notes where manifest.notes == nil:
                diagnostics.append(
                    .error(
                        at: .file(manifest.path),
                        "the sections include 'notes' but the manifest names no notes file: add 'notes: notes.md'"))
            case .cover, .contents, .notes:
                break
            }
        }
        if let year = reportingYear(manifest, dataset: dataset) {
            if !dataset.periods.contains(where: { $0.year == year }) {
                diagnostics.append(
                    .error(
                        at: .file(manifest.path),
                        "the reporting year \(year) has no data in "
                            + manifest.data.path(of: manifest.data.observations)))
            }
        } else {
            diagnostics.append(
                .error(
                    at: .file(manifest.path),
                    "no observations: \(manifest.data.path(of: manifest.data.observations)) holds no values"))
        }
        return diagnostics
    }
}
