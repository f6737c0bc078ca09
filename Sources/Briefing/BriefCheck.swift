import BriefingCore
import BriefingData
import BriefingInput
import BriefingRender
import Foundation

/// `briefing check`: validates a brief or a report manifest without rendering it, and reports
/// every problem in every file at once.
public enum BriefCheck {
    /// What a check found: every error and warning, in file order.
    public struct Outcome: Sendable {
        /// The manifest checked.
        public var manifest: String
        public var diagnostics: [Diagnostic]

        /// Problems found, counting those a diagnostic summarises ("and N more on this line").
        public var errorCount: Int { diagnostics.problemCount(.error) }
        public var warningCount: Int { diagnostics.problemCount(.warning) }
    }

    /// Checks the brief or report manifest at `path`: a folder holding `brief.yaml` (or
    /// `report.yaml`), or the manifest file itself (a report manifest's name starts with `report`).
    /// Reads the manifest, every table, the notes and the theme as a build would, then checks what
    /// only a build would otherwise find late: the months a monthly chart draws are continuous,
    /// every chart has something to draw, and what layout has to compromise on (a chart scaled to
    /// fit a page, a table too wide for it), found by laying the brief out as a build does
    /// without rendering it.
    public static func check(_ path: String) -> Outcome {
        var bag = DiagnosticBag()
        let kind = ManifestKind.of(path)
        let manifest = kind.manifestPath(for: path)
        if kind == .reports {
            do {
                // What fails an entity's reports alone in a batch (broken rows, an id that cannot
                // name a file) is an error here.
                let batch = try ReportBatch.load(path)
                for entity in batch.entities { bag.append(contentsOf: batch.entityErrors[entity] ?? []) }
            } catch {
                bag.append(contentsOf: error.diagnostics)
            }
        } else {
            if let brief = Brief.read(path, into: &bag, coverage: PinnedFonts.coverage) {
                bag.append(contentsOf: monthlyGaps(brief))
                bag.append(contentsOf: paletteOverflows(brief))
                do {
                    // Charts are composed and the brief laid out as a build does, with its fonts.
                    PangoTypesetter.prepareHyphenation()
                    let typesetter = try PangoTypesetter(
                        monospaceFamily: brief.theme.fonts(for: brief.manifest.language).mono)
                    let composer = BriefBuilder.composer(brief, typesetter: typesetter, sourceDateEpoch: nil)
                    let problems = composer.chartComposer.problems(brief.manifest.charts)
                    bag.append(contentsOf: problems)
                    bag.append(contentsOf: composer.chartComposer.repeats(brief.manifest.charts))
                    if problems.isEmpty { bag.append(contentsOf: layoutProblems(composer)) }
                } catch {
                    bag.error(.file(manifest), "the brief's fonts cannot be loaded: \(error)")
                }
            } else if !bag.hasErrors {
                bag.error(.file(manifest), "the brief cannot be built")
            }
        }
        return Outcome(manifest: manifest, diagnostics: bag.diagnostics)
    }

    /// What laying out `composer`'s brief reports: its warnings at the blocks they concern, or the
    /// error that stops a build (too many pages).
    static func layoutProblems(_ composer: BriefComposer) -> [Diagnostic] {
        do {
            return composer.brief.diagnostics(for: try BriefBuilder.layout(composer).warnings)
        } catch {
            return error.diagnostics
        }
    }

    /// A warning for each monthly chart whose indicator has months without any value between its
    /// first and last month: the line would have a gap there.
    static func monthlyGaps(_ brief: Brief) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        for chart in brief.manifest.charts where chart.kind == .monthly {
            guard let indicator = chart.indicator?.id else { continue }
            let months = Set(
                brief.dataset.observations.filter { $0.key.indicator == indicator }.values.flatMap(\.keys))
            guard let first = months.min(), let last = months.max() else { continue }
            var missing: [Period] = []
            var month = first
            while month < last {
                if !months.contains(month) { missing.append(month) }
                month = month.advanced(by: 1)
            }
            guard !missing.isEmpty else { continue }
            let listed = missing.prefix(6).map(\.description).joined(separator: ", ")
            warnings.append(
                .warning(
                    at: chart.location,
                    "the monthly chart '\(chart.id)' has no \(indicator) data for \(listed)"
                        + "\(missing.count > 6 ? ", …" : "") (expected every month from \(first) to \(last); "
                        + "its line will have a gap)"))
        }
        return warnings
    }

    /// A warning for each chart that asks for more series or slices than the chart palette has
    /// colours, saying what is drawn instead: a donut's rest and a stacked bar's last series fold
    /// into "other"; lines beyond the palette repeat its colours, dashed.
    static func paletteOverflows(_ brief: Brief) -> [Diagnostic] {
        let colours = brief.theme.chartTheme(language: brief.manifest.language).palette.count
        let have = "the chart palette has \(colours) colour\(colours == 1 ? "" : "s")"
        return brief.manifest.charts.compactMap { chart -> Diagnostic? in
            let count = chart.indicators.count
            switch chart.kind {
            case .donut:
                guard let top = chart.top, top > colours, brief.dataset.entities.count > colours else { return nil }
                return .warning(
                    at: chart.topLocation ?? chart.location,
                    "the donut chart '\(chart.id)' asks for \(top) slices and \(have) (expected 'top' of at most "
                        + "\(colours)): the largest \(colours) get a slice each, the rest is drawn as 'other'")
            case .stackedBar where count > colours:
                return .warning(
                    at: chart.indicators[colours - 1].location,
                    "the stacked-bar chart '\(chart.id)' stacks \(count) indicators and \(have) (expected at most "
                        + "\(colours)): the last \(count - colours + 1) are drawn together as 'other'")
            case .line where count > colours, .area where count > colours:
                return .warning(
                    at: chart.indicators[colours].location,
                    "the \(chart.kind.rawValue) chart '\(chart.id)' draws \(count) indicators and \(have) (expected "
                        + "at most \(colours)): the lines after the first \(colours) repeat its colours, dashed")
            default:
                return nil
            }
        }
    }

    /// The diagnostics as a JSON array of `{path, line, column, severity, message, sourceLine, caret}`
    /// (`sourceLine` is cut around the column when long, `caret` is the column's place in it), at most
    /// `DiagnosticListing.limit` of them; when some are left out, a last entry
    /// `{severity: "note", message: "… and N more: …", omitted: [{severity, kind, count}]}` counts them.
    public static func json(_ diagnostics: [Diagnostic]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(DiagnosticRecord.listing(diagnostics))).map { String(decoding: $0, as: UTF8.self) }
            ?? "[]"
    }
}
