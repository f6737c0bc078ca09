import BriefingCore
import BriefingData
import Foundation

/// A table named to `briefing init`: read as a brief reads it (through a ``BriefWorld`` of its
/// folder), with what its header says it is — an indicator catalogue, a targets table, or
/// observations (or an entity catalogue, which only the observations can tell).
public struct InitTable: Sendable {
    /// What a table's header says it is.
    public enum Role: Hashable, Sendable {
        /// `indicator, name, …, kind`.
        case indicators
        /// `scope, indicator, year, target_growth`.
        case targets
        /// Anything else: the observations, or an entity catalogue when it has a `name` column.
        case other
    }

    /// The path as given on the command line.
    public let path: String
    /// The file's name, kept when the table is copied into the brief.
    public let name: String
    public let table: CSVTable
    /// The file's bytes, copied as they are.
    public let bytes: [UInt8]
    /// The encoding the CSV is in (`gb18030` when it is not UTF-8 and reads as GB 18030).
    public let encoding: TableFormat.Encoding
    /// The worksheet read, when it is not a workbook's first.
    public let sheet: String?

    /// Reads the table at `path`; fails with the reader's errors (not a table, empty, unreadable,
    /// outside its folder through a link, too large).
    public static func read(_ path: String) -> Result<InitTable, DiagnosticError> {
        let url = URL(fileURLWithPath: path)
        let folder = (path as NSString).deletingLastPathComponent
        let name = url.lastPathComponent
        let world = BriefWorld(folder: folder.isEmpty ? "." : folder, shownAs: folder)
        let bytes: [UInt8]
        switch world.openChecked(name, as: .table).flatMap({ $0.readAll() }) {
        case .success(let read): bytes = read
        case .failure(let error): return .failure(DiagnosticError(error.diagnostics))
        }
        // A CSV that is not UTF-8 is read again as GB 18030; a workbook's sheets are tried in turn
        // until one holds rows (the first is often a cover sheet).
        let formats: [TableFormat]
        switch TableFormat.Kind(path: name) {
        case .csv: formats = TableFormat.Encoding.allCases.map { TableFormat(encoding: $0) }
        case .json: formats = [TableFormat()]
        case .xlsx:
            let sheets = XLSXReader(path: path, sheet: nil).sheetNames(bytes)
            formats = [TableFormat()] + sheets.dropFirst().map { TableFormat(sheet: $0) }
        }
        var firstErrors: [Diagnostic] = []
        for format in formats {
            var bag = DiagnosticBag()
            let table = TableReader.read(name, format: format, world: world, expected: ["the columns"], into: &bag)
            let isWorkbook = TableFormat.Kind(path: name) == .xlsx
            if let table, !bag.hasErrors, !table.rows.isEmpty || !isWorkbook || format == formats.last {
                return .success(
                    InitTable(
                        path: path, name: name, table: table, bytes: bytes, encoding: format.encoding,
                        sheet: format.sheet))
            }
            if firstErrors.isEmpty { firstErrors = bag.diagnostics.filter { $0.severity == .error } }
            let notUTF8 = bag.diagnostics.contains { $0.message.contains("UTF-8") }
            guard isWorkbook && table != nil || notUTF8 else { break }
        }
        return .failure(DiagnosticError(firstErrors))
    }

    /// What the header says the table is.
    public var role: Role {
        let columns = Set(table.columnNames)
        if ["scope", "indicator", "year", "target_growth"].allSatisfy(columns.contains) { return .targets }
        if table.columnNames.first == "indicator", ["name", "kind"].allSatisfy(columns.contains) { return .indicators }
        return .other
    }

    /// Whether the table has a `name` column, as an entity catalogue has.
    public var namesEntities: Bool { table.columnIndex("name") != nil }

    /// The column whose cells hold every id of `entities`: the id column of an entity catalogue.
    public func idColumn(holding entities: [String]) -> String? {
        table.columnNames.indices.first { index in
            let ids = Set(table.rows.map { String($0.cells[index].trimmed) })
            return entities.allSatisfy(ids.contains)
        }.map { table.columnNames[$0] }
    }

    /// The kinds of an indicator catalogue's indicators, by id (those that read).
    public var kinds: [String: Indicator.Kind] {
        var bag = DiagnosticBag()
        let indicators = DatasetLoader.loadIndicators(table, path: table.path, into: &bag).values
        return Dictionary(indicators.map { ($0.id, $0.kind) }) { first, _ in first }
    }

    /// The file name without its extension, as an id: the one entity of a table without an entity column.
    public var subject: String {
        let stem = (name as NSString).deletingPathExtension
        return stem.isEmpty ? "table" : stem
    }
}
