import BriefingCore
import BriefingData
import BriefingInput
import BriefingRender
import Foundation

/// `briefing init`: reads tables, infers how to read them, and writes a working brief folder —
/// a commented `brief.yaml`, catalogues with placeholders, a notes template and copies of the
/// tables — that builds as written.
public enum BriefInit {
    /// What to start a brief from.
    public struct Request: Sendable {
        public var tables: [String]
        public var folder: String
        public var language: Language
        /// Whether existing files may be replaced.
        public var force: Bool
        /// The cover and notes date.
        public var date: CalendarDay

        public init(tables: [String], folder: String, language: Language, force: Bool, date: CalendarDay) {
            self.tables = tables
            self.folder = folder
            self.language = language
            self.force = force
            self.date = date
        }
    }

    /// What was written, and what init could not decide for certain, at its place in `brief.yaml`.
    public struct Outcome: Sendable {
        /// The files written, as paths under the folder.
        public var written: [String]
        public var diagnostics: [Diagnostic]
        /// How many placeholders the files written hold (the title, names, units).
        public var placeholders: Int
    }

    /// Why nothing was written.
    public enum Failure: Error, Sendable {
        /// The command line asks for something init cannot do (two observation tables, a clash of names).
        case usage(String)
        /// A table cannot be read or mapped: the errors at its cells.
        case input([Diagnostic])
        /// Files that exist and would be replaced (without `force`).
        case exists([String])
        case write(FileWriteError)
    }

    /// Starts the brief `request` asks for; writes nothing when it fails.
    public static func run(_ request: Request) -> Result<Outcome, Failure> {
        var read: [InitTable] = []
        for path in request.tables {
            switch InitTable.read(path) {
            case .success(let table): read.append(table)
            case .failure(let error): return .failure(.input(error.diagnostics))
            }
        }
        let plan: BriefPlan
        switch self.plan(read, request) {
        case .success(let made): plan = made
        case .failure(let failure): return .failure(failure)
        }
        let manifest = ManifestWriter.write(plan)
        var files: [(name: String, bytes: [UInt8])] = [
            ("brief.yaml", Array(manifest.text.utf8)),
            ("notes.md", Array(plan.words.notes(date: plan.date.description).utf8)),
        ]
        if plan.indicatorCatalogue == nil {
            files.append((plan.indicatorFile, Array(CatalogueWriter.indicators(plan).utf8)))
        }
        if plan.entityCatalogue == nil { files.append((plan.entityFile, Array(CatalogueWriter.entities(plan).utf8))) }
        let folder = request.folder
        let copies = read.filter { !isSameFile($0.path, folder + "/" + $0.name) }
        files += copies.map { ($0.name, $0.bytes) }
        let existing = files.map(\.name).filter { exists(folder + "/" + $0) }
        if !existing.isEmpty, !request.force { return .failure(.exists(existing.map { shown(folder, $0) })) }
        do {
            for file in files { try AtomicFile.write(file.bytes, to: file.name, in: folder) }
        } catch let error as FileWriteError {
            return .failure(.write(error))
        } catch {
            return .failure(.write(FileWriteError(path: folder, reason: "\(error)")))
        }
        let path = shown(folder, "brief.yaml")
        let diagnostics = manifest.marks.map { mark in
            Diagnostic(
                mark.severity, at: SourceLocation(path: path, line: mark.line, column: mark.column), mark.message,
                excerpt: SourceExcerpt(line: manifest.lines[mark.line - 1], column: mark.column))
        }
        // The title, the catalogue cells and the notes' paragraphs written.
        let placeholders = files.filter { [plan.indicatorFile, plan.entityFile, "notes.md"].contains($0.name) }
            .reduce(1) { count, file in
                count + String(decoding: file.bytes, as: UTF8.self).components(separatedBy: Placeholder.marker).count
                    - 1
            }
        return .success(
            Outcome(
                written: files.map { shown(folder, $0.name) }, diagnostics: diagnostics, placeholders: placeholders))
    }

    /// Sorts the tables into the observations and the catalogues, and infers the observations.
    private static func plan(_ tables: [InitTable], _ request: Request) -> Result<BriefPlan, Failure> {
        let names = tables.map(\.name)
        if let twice = names.first(where: { name in names.filter { $0 == name }.count > 1 }) {
            return .failure(.usage("two tables are named '\(twice)': the brief's folder holds one file of each name"))
        }
        func single(_ role: InitTable.Role, _ what: String) -> Result<InitTable?, Failure> {
            let found = tables.filter { $0.role == role }
            guard found.count <= 1 else {
                return .failure(
                    .usage("expected one \(what), found \(found.map { "'\($0.path)'" }.joined(separator: " and "))"))
            }
            return .success(found.first)
        }
        let indicators: InitTable?
        let targets: InitTable?
        switch (single(.indicators, "indicator catalogue"), single(.targets, "targets table")) {
        case (.success(let a), .success(let b)): (indicators, targets) = (a, b)
        case (.failure(let failure), _), (_, .failure(let failure)): return .failure(failure)
        }
        let others = tables.filter { $0.role == .other }
        let candidates = others.count == 1 ? others : others.filter { !$0.namesEntities }
        guard candidates.count == 1, let observations = candidates.first else {
            let listed = (candidates.isEmpty ? others : candidates).map { "'\($0.path)'" }.joined(separator: " and ")
            return .failure(
                .usage(
                    candidates.count > 1
                        ? "expected one observations table, found \(listed): a brief reads one table of values "
                            + "(start a brief for each, or combine them into one table)"
                        : "expected an observations table among \(listed.isEmpty ? "the tables" : listed)"))
        }
        let inference: TableInference
        switch TableInference.infer(
            observations.table, subject: observations.subject,
            workbookDates: observations.name.lowercased().hasSuffix(".xlsx"))
        {
        case .success(let inferred): inference = inferred
        case .failure(let error): return .failure(.input(error.diagnostics))
        }
        var plan = BriefPlan(
            language: request.language, date: request.date, observations: observations, inference: inference,
            indicatorCatalogue: indicators, targets: targets)
        if let catalogue = others.first(where: { $0.name != observations.name }) {
            guard let id = catalogue.idColumn(holding: inference.entities) else {
                let example = inference.entities.first.map { " such as '\($0)'" } ?? ""
                return .failure(
                    .input([
                        catalogue.table.diagnostic(
                            .error, at: catalogue.table.header?.cells.first ?? CSVCell(text: "", line: 1, column: 1),
                            "expected a column holding every entity of \(observations.name)\(example) in this entity "
                                + "catalogue, found none in columns \(catalogue.table.columnNames.joined(separator: ", "))"
                        )
                    ]))
            }
            plan.entityCatalogue = (catalogue, id)
        }
        let taken = Set(names)
        if taken.contains(plan.indicatorFile) { plan.indicatorFile = "indicator-catalogue.csv" }
        if taken.contains(plan.entityFile) { plan.entityFile = "entity-catalogue.csv" }
        return .success(plan)
    }

    /// `folder/name` as messages show it.
    private static func shown(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// Whether anything (a file, a folder, a link) is at `path`.
    private static func exists(_ path: String) -> Bool {
        (try? FileManager.default.attributesOfItem(atPath: path)) != nil
    }

    /// Whether two paths name one file (a table already inside the brief's folder).
    private static func isSameFile(_ a: String, _ b: String) -> Bool {
        let manager = FileManager.default
        guard let first = try? manager.attributesOfItem(atPath: a),
            let second = try? manager.attributesOfItem(atPath: b)
        else { return false }
        return first[.systemFileNumber] as? Int == second[.systemFileNumber] as? Int
            && first[.systemNumber] as? Int == second[.systemNumber] as? Int
    }
}
