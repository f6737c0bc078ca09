import BriefingCore
import BriefingData
import Foundation

/// Checks a manifest against the data it names: every indicator a section mentions is in the
/// catalogue, the reporting year has data, chart ids are unique, notes exist where a section wants them.
public enum ManifestChecker {
    /// The reporting year: the year of the manifest's `period` or its `year`, or else the last
    /// complete year (with data in each of its periods).
    public static func reportingYear(_ manifest: Manifest, dataset: Dataset) -> Int? {
        manifest.period?.year ?? manifest.year ?? dataset.lastCompleteYear
    }

    /// What the brief reports on: the year to date through the manifest's `period`, or the
    /// reporting year as a whole.
    public static func reportingWindow(_ manifest: Manifest, dataset: Dataset) -> Figures.Window? {
        if let period = manifest.period { return .yearToDate(period) }
        return reportingYear(manifest, dataset: dataset).map { .year($0) }
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
        for section in manifest.sections {
            switch section {
            case .keyIndicators(let references):
                references.forEach { check($0, in: "key-indicators") }
                diagnostics += tilesWithoutTotal(references, dataset: dataset)
            case .indicatorTable(let table):
                table.indicators?.forEach { check($0, in: "indicator-table") }
                table.trend.map { check($0, in: "indicator-table") }
            case .charts:
                break
            case .notes where manifest.notes == nil:
                diagnostics.append(
                    .error(
                        at: .file(manifest.path),
                        "the sections include 'notes' but the manifest names no notes file: add 'notes: notes.md'"))
            case .cover, .contents, .notes:
                break
            }
        }
        var chartIDs: [String: SourceLocation] = [:]
        for chart in manifest.charts {
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
                    .error(at: chart.location, "duplicate chart id '\(chart.id)' (first used on line \(first.line))"))
            } else {
                chartIDs[chart.id] = chart.location
            }
            if chart.kind == .donut,
                let window = chart.year.map({ .year($0) }) ?? reportingWindow(manifest, dataset: dataset)
            {
                diagnostics += donutProblems(chart, dataset: dataset, window: window)
            }
        }
        diagnostics += frequencyNote(manifest, dataset: dataset)
        diagnostics += reportingProblems(manifest, dataset: dataset)
        diagnostics += nonAdditiveCharts(manifest, dataset: dataset)
        diagnostics += mixedUnitCharts(manifest, dataset: dataset)
        diagnostics += totalConsistency(manifest, dataset: dataset)
        if let year = reportingYear(manifest, dataset: dataset) {
            diagnostics += unmeaningfulGrowth(manifest, dataset: dataset, year: year)
        }
        return diagnostics
    }

    /// A donut shows shares of a whole: an error when an entity's value is negative (its slice
    /// would be left out and the total in the hole would disagree with the table) or when no
    /// value is above zero (the ring would be blank).
    static func donutProblems(_ chart: Manifest.ChartSpec, dataset: Dataset, window: Figures.Window) -> [Diagnostic] {
        guard let id = chart.indicator?.id, let indicator = dataset.indicator(id), indicator.kind.isAdditive else {
            return []
        }
        let figures = Figures(dataset)
        let formatter = ValueFormatter(language: .en)
        let year = formatter.window(window)
        let values = dataset.entities.compactMap { entity in
            figures.value(of: id, for: .entity(entity.id), in: window).map { (entity.id, $0) }
        }
        let negative = values.filter { $0.1 < 0 }
        if !negative.isEmpty {
            let listed = negative.prefix(6).map { "\($0.0) (\(formatter.value($0.1, indicator: indicator)))" }
            let more = negative.count > 6 ? " and \(negative.count - 6) more" : ""
            return [
                .error(
                    at: chart.location,
                    "the donut chart '\(chart.id)' shows shares of a whole, but \(id) in \(year) is negative for "
                        + listed.joined(separator: ", ") + more + " (expected values of zero or more: use a bar chart)")
            ]
        }
        guard !values.isEmpty, !values.contains(where: { $0.1 > 0 }) else { return [] }
        return [
            .error(
                at: chart.location,
                "the donut chart '\(chart.id)' has nothing to show: \(id) in \(year) is zero for every entity "
                    + "with a value (expected at least one value above zero)")
        ]
    }

    /// A warning, at the observations table, for each indicator whose growth over `year` (of the
    /// total, as tiles and growth charts show it) is beyond ±`Figures.largestRatio`: shown as
    /// missing (—), since a base that small is a rounding of zero.
    static func unmeaningfulGrowth(_ manifest: Manifest, dataset: Dataset, year: Int) -> [Diagnostic] {
        let figures = Figures(dataset)
        let window = Figures.Window.year(year)
        return dataset.indicators.compactMap { indicator in
            let previous = figures.value(of: indicator.id, for: .total, in: window.previousYear)
            let current = figures.value(of: indicator.id, for: .total, in: window)
            guard let growth = Figures.anyGrowth(from: previous, to: current), let previous, let current,
                Figures.meaningful(growth) == nil
            else { return nil }
            return .warning(
                at: .file(manifest.data.path(of: manifest.data.observations)),
                "the growth of '\(indicator.id)' in \(year) on \(year - 1) is \(String(format: "%+.3g", growth * 100)) % "
                    + "(from \(String(format: "%g", previous)) to \(String(format: "%g", current))), beyond "
                    + "\(Figures.largestRatioText): not meaningful, shown as missing (—)")
        }
    }
}
