import BriefingCore
import BriefingData
import BriefingInput
import Foundation

/// A report manifest read from disk and checked, with its data and theme: everything a batch
/// needs, parsed once and shared (read-only) by every worker.
public struct ReportBatch: Sendable {
    public var manifest: ReportManifest
    public var dataset: Dataset
    /// The entities reported on (those selected), in catalogue order.
    public var entities: [String]
    /// The periods reported on, in order: those of the range asked for that have data.
    public var periods: [Period]
    /// The problems of each entity that has some: broken rows of the observations table, or an id
    /// that cannot name a file (at its cell of the entity catalogue). Every report of such an
    /// entity fails with them (its good rows are in `dataset`, for the other reports).
    public var entityErrors: [String: [Diagnostic]]
    /// Problems that do not stop the batch (e.g. catalogue rows without their Chinese text when a
    /// language is Chinese).
    public var warnings: [Diagnostic]
    var theme: Theme
    /// The bytes of the manifest and theme files, part of every report's input fingerprint.
    var configurationText: String

    /// Reads the report manifest at `path` (a folder holding `report.yaml`, or the file itself),
    /// its tables and its theme, reporting every problem at once. A problem in an entity's rows of
    /// the observations table does not stop the batch: it is kept in `entityErrors`.
    /// - Parameters:
    ///   - entities: the entities to report on (`--entities`), among those the manifest selects;
    ///     the others still count in ranks and totals.
    ///   - periods: overrides the manifest's periods (`--periods`). Periods of the range without
    ///     data are left out, with a warning when the range was given.
    public static func load(
        _ path: String, entities: [String]? = nil, periods: ClosedRange<Period>? = nil
    ) throws(DiagnosticError) -> ReportBatch {
        let manifest = try ReportManifestReader.read(path: path)
        var bag = DiagnosticBag()
        var entityErrors: [String: [Diagnostic]] = [:]
        let dataset = DatasetLoader.load(
            manifest.data, into: &bag, attributingRowErrors: &entityErrors, fileNamePattern: manifest.output.text,
            coverage: PinnedFonts.coverage)
        var theme: Theme?
        var themeFile: (world: BriefWorld, name: String)?
        do {
            (theme, themeFile) = try Theme.load(
                named: manifest.theme, in: manifest.world, languages: manifest.languages, page: manifest.pageSize.size)
        } catch {
            bag.append(contentsOf: error.diagnostics)
        }
        if let dataset {
            bag.append(contentsOf: ReportManifestReader.check(manifest, dataset: dataset))
            for message in ReportManifestReader.unknownEntities(entities ?? [], in: dataset) {
                bag.error(.file("--entities"), message)
            }
        }
        try bag.throwIfErrors()
        guard let dataset, let theme else { throw DiagnosticError(bag.diagnostics) }
        let lastYear = dataset.lastCompleteYear.map { Self.wholeYear($0, dataset.frequency) }
        guard let months = periods ?? manifest.periods ?? lastYear else {
            throw DiagnosticError([
                .error(
                    at: .file(manifest.path),
                    "no year of \(manifest.data.path(of: manifest.data.observations)) has data in every "
                        + "\(dataset.frequency.periodNoun): say which periods to report on with 'periods'")
            ])
        }
        let range = Period.all(from: months.lowerBound, through: months.upperBound)
        let withData = Set(dataset.periods)
        let skipped = range.filter { !withData.contains($0) }
        if !skipped.isEmpty, periods != nil || manifest.periods != nil {
            bag.warning(
                periods != nil ? .file("--periods") : ReportManifestReader.periodsLocation(manifest),
                "no data for \(list(skipped)) of \(months.lowerBound)..\(months.upperBound): "
                    + (skipped.count == range.count ? "no report made" : "reporting \(list(range.filter(withData.contains)))"))
        }
        let defaults = Assets.defaultTheme as NSString
        let files =
            [
                (manifest.world, (manifest.path as NSString).lastPathComponent, BriefWorld.Kind.reportManifest),
                (BriefWorld(folder: defaults.deletingLastPathComponent), defaults.lastPathComponent, .theme),
            ] + (themeFile.map { [($0.world, $0.name, .theme)] } ?? [])
        let text = files.map { (try? $0.text($1, as: $2).get()) ?? "" }.joined(separator: "\u{0}")
        return ReportBatch(
            manifest: manifest, dataset: dataset, entities: dataset.entities.map(\.id).filter { entities?.contains($0) ?? true },
            periods: range.filter(withData.contains),
            entityErrors: entityErrors, warnings: bag.diagnostics, theme: theme, configurationText: text)
    }

    /// `1998, 1999, 2000`, the first eight and `…` when there are more.
    private static func list(_ periods: [Period]) -> String {
        periods.prefix(8).map(\.description).joined(separator: ", ") + (periods.count > 8 ? ", …" : "")
    }

    private static func wholeYear(_ year: Int, _ frequency: Frequency) -> ClosedRange<Period> {
        let periods = Period.all(in: year, frequency)
        return periods[0]...periods[periods.count - 1]
    }

    /// Every report of the batch, ordered by month, then entity (catalogue order), then language.
    public var jobs: [BatchJob] {
        periods.flatMap { period in
            entities.flatMap { entity in
                manifest.languages.map { language in
                    BatchJob(
                        entity: entity, period: period, language: language,
                        output: manifest.output.path(entity: entity, period: period, language: language))
                }
            }
        }
    }
}
