import BriefingCore
import Foundation

/// Reads one worksheet of an Excel workbook (`.xlsx`) into a table: the named sheet or the first,
/// shared and inline strings, numbers as written, date cells as `YYYY-MM-DD`, empty cells.
///
/// A workbook has no lines of text, so a cell is reported as `book.xlsx:ROW:COLUMN` (`C7` is
/// `book.xlsx:7:3`) without a source line.
struct XLSXReader {
    let path: String
    let sheet: String?
    var limits = TableLimits.standard

    /// The table of the workbook `bytes`; without a header, and with an error, when they are not a
    /// workbook or it has no such sheet.
    func read(_ bytes: [UInt8]) -> CSVTable {
        func failed(_ message: String) -> CSVTable {
            CSVTable(
                path: path, header: nil, rows: [], diagnostics: [.error(at: .file(path), message)], bytes: [],
                isText: false)
        }
        do {
            let archive = try ZIPArchive(bytes)
            let sheetPart = try sheetPath(in: archive)
            let strings = try sharedStrings(in: archive)
            let dateStyles = try self.dateStyles(in: archive)
            let sheetReader = XLSXSheetReader(
                path: path, sharedStrings: strings, dateStyles: dateStyles, limits: limits)
            let (records, diagnostics) = try sheetReader.read(
                try part(sheetPart, in: archive, required: true) ?? Data())
            return CSVTable.assemble(
                path: path, records: records, broken: [], diagnostics: diagnostics, bytes: [],
                isText: false, padsShortRows: true)
        } catch let failure as Failure {
            return failed(failure.message)
        } catch ZIPArchive.Problem.notAnArchive {
            return failed("expected an Excel workbook (.xlsx), found a file that is not a ZIP archive")
        } catch {
            return failed("expected an Excel workbook (.xlsx), found a damaged ZIP archive")
        }
    }

    struct Failure: Error {
        var message: String
    }

    /// The bytes of the archive member `name`, inflated up to `limits.workbookPartBytes`: refused at
    /// once when the archive declares more, and otherwise counted as they are inflated, the
    /// inflating stopped as soon as they pass the limit (the declared size may lie).
    private func part(_ name: String, in archive: ZIPArchive, required: Bool) throws -> Data? {
        guard archive.contains(name) else {
            if required { throw Failure(message: "expected an Excel workbook (.xlsx), found no '\(name)' in it") }
            return nil
        }
        let limit = limits.workbookPartBytes
        let tooLarge = Failure(
            message: "'\(name)' in the workbook inflates to more than \(limit.groupedDigits) bytes (the limit)")
        guard (archive.declaredSize(of: name) ?? 0) <= limit else { throw tooLarge }
        do {
            return try archive.contents(of: name, limit: limit)
        } catch .tooLarge {
            throw tooLarge
        } catch .unsupported {
            throw Failure(
                message: "cannot read '\(name)' in the workbook: it is compressed in a way other than deflate")
        } catch {
            throw Failure(message: "cannot read '\(name)' in the workbook: it is damaged")
        }
    }

    private func parseXML(
        _ data: Data, _ name: String, onStart: @escaping (String, [String: String]) -> Void,
        onEnd: @escaping (String, String) -> Void = { _, _ in }
    ) throws {
        if let problem = XMLEvents.parse(data, onStart: onStart, onEnd: onEnd) {
            throw Failure(message: "cannot read '\(name)' in the workbook: \(problem)")
        }
    }

    /// The names of the workbook's sheets, in order; empty when `bytes` are not a workbook.
    func sheetNames(_ bytes: [UInt8]) -> [String] {
        guard let archive = try? ZIPArchive(bytes), let sheets = try? sheets(in: archive) else { return [] }
        return sheets.map(\.name)
    }

    /// The sheets listed in `xl/workbook.xml`, with their relationship ids.
    private func sheets(in archive: ZIPArchive) throws -> [(name: String, relation: String)] {
        let workbook = "xl/workbook.xml"
        var sheets: [(name: String, relation: String)] = []
        try parseXML(try part(workbook, in: archive, required: true) ?? Data(), workbook) { name, attributes in
            guard name == "sheet", let sheetName = attributes["name"] else { return }
            let relation = attributes.first { $0.key == "r:id" || $0.key.hasSuffix(":id") }?.value ?? ""
            sheets.append((sheetName, relation))
        }
        return sheets
    }

    /// The member holding the wanted sheet, from `xl/workbook.xml` and its relationships.
    private func sheetPath(in archive: ZIPArchive) throws -> String {
        let sheets = try sheets(in: archive)
        let relations = "xl/_rels/workbook.xml.rels"
        var targets: [String: String] = [:]
        try parseXML(try part(relations, in: archive, required: true) ?? Data(), relations) { name, attributes in
            guard name == "Relationship", let id = attributes["Id"], let target = attributes["Target"] else { return }
            targets[id] = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
        }
        let names = sheets.map(\.name)
        let chosen: (name: String, relation: String)
        if let sheet {
            guard let found = sheets.first(where: { $0.name == sheet }) else {
                throw Failure(
                    message: "no sheet '\(sheet)' in the workbook\(Suggestion.hint(for: sheet, among: names)) "
                        + "(sheets are \(names.joined(separator: ", ")))")
            }
            chosen = found
        } else {
            guard let first = sheets.first else { throw Failure(message: "the workbook holds no sheet") }
            chosen = first
        }
        guard let target = targets[chosen.relation] else {
            throw Failure(message: "cannot find sheet '\(chosen.name)' in the workbook: it is damaged")
        }
        return target
    }

    /// `xl/sharedStrings.xml`: each `si`'s text runs joined, phonetic runs left out.
    private func sharedStrings(in archive: ZIPArchive) throws -> [String] {
        let name = "xl/sharedStrings.xml"
        guard let data = try part(name, in: archive, required: false) else { return [] }
        var strings: [String] = []
        var current = ""
        var phonetic = false
        try parseXML(
            data, name,
            onStart: { element, _ in
                if element == "si" { current = "" }
                if element == "rPh" { phonetic = true }
            },
            onEnd: { element, text in
                switch element {
                case "t" where !phonetic: current += text
                case "rPh": phonetic = false
                case "si": strings.append(current)
                default: break
                }
            })
        return strings
    }

    /// The indices of the cell formats (`cellXfs`) that show a date.
    private func dateStyles(in archive: ZIPArchive) throws -> Set<Int> {
        let name = "xl/styles.xml"
        guard let data = try part(name, in: archive, required: false) else { return [] }
        var customDates: Set<Int> = []
        var formats: [Int] = []
        var inCellFormats = false
        try parseXML(
            data, name,
            onStart: { element, attributes in
                switch element {
                case "numFmt":
                    if let id = attributes["numFmtId"].flatMap(Int.init), let code = attributes["formatCode"],
                        Self.isDateFormat(code)
                    {
                        customDates.insert(id)
                    }
                case "cellXfs": inCellFormats = true
                case "xf" where inCellFormats: formats.append(attributes["numFmtId"].flatMap(Int.init) ?? 0)
                default: break
                }
            },
            onEnd: { element, _ in if element == "cellXfs" { inCellFormats = false } })
        let builtInDates = Set(14...22).union(27...36).union(45...47).union(50...58)
        return Set(formats.indices.filter { builtInDates.contains(formats[$0]) || customDates.contains(formats[$0]) })
    }

    /// Whether a number format code shows a date: it holds `y`, `m` or `d` outside quotes and brackets.
    static func isDateFormat(_ code: String) -> Bool {
        var quoted = false
        var bracketed = false
        for character in code.lowercased() {
            switch character {
            case "\"": quoted.toggle()
            case "[" where !quoted: bracketed = true
            case "]" where !quoted: bracketed = false
            case "y", "m", "d": if !quoted && !bracketed { return true }
            default: break
            }
        }
        return false
    }
}
