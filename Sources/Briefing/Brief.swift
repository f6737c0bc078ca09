import BriefingCore
import BriefingData
import BriefingInput
import Foundation

/// A brief read from disk and checked: its manifest, data, notes and theme.
public struct Brief: Sendable {
    public var manifest: Manifest
    public var dataset: Dataset
    public var notes: NoteDocument?
    /// What the brief reports on: a year, or the year to date through a period.
    public var window: Figures.Window
    /// The year the brief reports on: the window's.
    public var year: Int { window.year }
    /// Problems that do not stop the build (notes, which `briefing check` shows, left out).
    public var warnings: [Diagnostic]
    var theme: Theme

    /// Reads the brief at `path` (a folder holding `brief.yaml`, or a manifest file) and checks
    /// everything, reporting every problem in every file at once.
    public static func load(_ path: String, coverage: (any GlyphCoverage)? = nil) throws(DiagnosticError) -> Brief {
        var bag = DiagnosticBag()
        guard let brief = read(path, into: &bag, coverage: coverage) else { throw DiagnosticError(bag.diagnostics) }
        return brief
    }

    /// Reads and checks the brief at `path`, adding every problem to `bag`; nil when there is an error.
    /// With `coverage` (the document's fonts), text they cannot draw in the manifest and the notes
    /// is a warning where it is written.
    public static func read(
        _ path: String, into bag: inout DiagnosticBag, coverage: (any GlyphCoverage)? = nil
    ) -> Brief? {
        guard let manifest = ManifestReader.read(path: path, into: &bag, coverage: coverage) else { return nil }
        let dataset = DatasetLoader.load(manifest.data, into: &bag, coverage: coverage)
        var notes: NoteDocument?
        if let name = manifest.notes {
            do {
                let parsed = try NotesParser.parse(
                    name, in: manifest.world, coverage: coverage, smartPunctuation: manifest.language == .en)
                notes = parsed.document
                bag.append(contentsOf: parsed.warnings)
            } catch {
                bag.append(contentsOf: error.diagnostics)
            }
        }
        var theme: Theme?
        do {
            theme = try Theme.load(
                named: manifest.theme, in: manifest.world, languages: [manifest.language],
                page: manifest.pageSize.size
            ).theme
        } catch {
            bag.append(contentsOf: error.diagnostics)
        }
        if let dataset { bag.append(contentsOf: ManifestChecker.check(manifest, dataset: dataset)) }
        guard !bag.hasErrors, let dataset, let theme,
            let window = ManifestChecker.reportingWindow(manifest, dataset: dataset)
        else { return nil }
        return Brief(
            manifest: manifest, dataset: dataset, notes: notes, window: window,
            warnings: bag.diagnostics.filter { $0.severity != .note }, theme: theme)
    }
}
