import BriefingCore
import BriefingData
import BriefingInput
import Foundation

/// A brief read from disk and checked: its manifest, data, notes and theme.
public struct Brief: Sendable {
    public var manifest: Manifest
    public var dataset: Dataset
    public var notes: NoteDocument?
    /// The year the brief reports on.
    public var year: Int
    /// Problems that do not stop the build.
    public var warnings: [Diagnostic]
    var theme: Theme

    /// Reads the brief at `path` (a folder holding `brief.yaml`, or a manifest file) and checks
    /// everything, reporting every problem in every file at once.
    public static func load(_ path: String) throws(DiagnosticError) -> Brief {
        var bag = DiagnosticBag()
        guard let brief = read(path, into: &bag) else { throw DiagnosticError(bag.diagnostics) }
        return brief
    }

    /// Reads and checks the brief at `path`, adding every problem to `bag`; nil when there is an error.
    public static func read(_ path: String, into bag: inout DiagnosticBag) -> Brief? {
        guard let manifest = ManifestReader.read(path: path, into: &bag) else { return nil }
        let folder = (manifest.path as NSString).deletingLastPathComponent
        // Files outside the brief's folder are refused, never read.
        func confined(_ key: String, _ file: String?) -> String? {
            let written = file.map { $0.hasPrefix(folder + "/") ? String($0.dropFirst(folder.count + 1)) : $0 }
            guard let file, let written, let problem = BriefFolder.problem(with: file, written: written, folder: folder)
            else {
                return file
            }
            bag.error(.file(manifest.path), "'\(key)': \(problem)")
            return nil
        }
        let notesFile = confined("notes", manifest.notes)
        let themeFile = confined("theme", manifest.theme)
        let dataset = DatasetLoader.load(manifest.data, into: &bag)
        var notes: NoteDocument?
        if let notesPath = notesFile {
            do {
                let parsed = try NotesParser.parse(fileAt: notesPath)
                notes = parsed.document
                bag.append(contentsOf: parsed.warnings)
            } catch {
                bag.append(contentsOf: error.diagnostics)
            }
        }
        var theme: Theme?
        do {
            theme = try ThemeReader.read(
                Theme.self, defaultFile: Assets.defaultTheme, override: themeFile,
                rules: Theme.rules(page: manifest.pageSize.size))
        } catch {
            bag.append(contentsOf: error.diagnostics)
        }
        if let dataset { bag.append(contentsOf: ManifestChecker.check(manifest, dataset: dataset)) }
        guard !bag.hasErrors, let dataset, let theme,
            let year = ManifestChecker.reportingYear(manifest, dataset: dataset)
        else { return nil }
        return Brief(
            manifest: manifest, dataset: dataset, notes: notes, year: year, warnings: bag.diagnostics, theme: theme)
    }
}
