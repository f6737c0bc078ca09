import BriefingCore
import Yams

/// Reads a JSON table, an array of records (`[{"park": "hitech", "month": "2012-01", …}, …]`),
/// into a table: the header is every key in order of first appearance, a key a record lacks (or
/// `null`) is an empty cell, and each cell is positioned at its value in the file.
struct JSONTableReader {
    let path: String

    func read(_ bytes: [UInt8]) -> CSVTable {
        let text = String(decoding: bytes, as: UTF8.self)
        let lineStarts = CSVReader.lineStarts(bytes, from: 0)
        let blank = CSVTable(path: path, header: nil, rows: [], diagnostics: [], bytes: bytes, lineStarts: lineStarts)
        func failed(_ line: Int, _ column: Int, _ message: String) -> CSVTable {
            let diagnostic = Diagnostic.error(
                at: SourceLocation(path: path, line: line, column: column), message, sourceLine: blank.sourceLine(line))
            return CSVTable(
                path: path, header: nil, rows: [], diagnostics: [diagnostic], bytes: bytes, lineStarts: lineStarts)
        }
        if let bad = UTF8Validation.firstInvalidByte(in: bytes) {
            let line = CSVReader.line(containing: bad, lineStarts: lineStarts)
            return failed(line, 1, "expected UTF-8 text in a JSON table, found an invalid byte")
        }
        if let line = NestingDepth.firstLineTooDeep(text) {
            return failed(line, 1, "nesting too deep: a JSON table is an array of flat records")
        }
        let root: Node
        do {
            guard let node = try YAMLComposer.compose(text, resolver: .default) else {
                return failed(1, 1, "expected a JSON array of records, found an empty file")
            }
            root = node
        } catch {
            let source = SourceText(path: path, text: text)
            let diagnostic = source.diagnostic(for: error)
            return failed(
                diagnostic.location.line, diagnostic.location.column,
                diagnostic.message.replacingOccurrences(of: "invalid YAML", with: "invalid JSON"))
        }
        guard let records = root.sequence else {
            let mark = root.mark
            return failed(mark?.line ?? 1, mark?.column ?? 1, "expected a JSON array of records, found \(root.kind)")
        }
        var diagnostics: [Diagnostic] = []
        var keys: [String] = []
        var keyCells: [CSVCell] = []
        var keyIndex: [String: Int] = [:]
        var parsed: [(line: Int, column: Int, values: [Int: CSVCell])] = []
        for record in records.prefix(TableLimits.rows) {
            let line = record.mark?.line ?? 1
            let column = record.mark?.column ?? 1
            guard let mapping = record.mapping else {
                diagnostics.append(
                    blank.error(
                        at: CSVCell(text: "", line: line, column: column),
                        "expected a record (an object of column names to values), found \(record.kind)"))
                continue
            }
            var values: [Int: CSVCell] = [:]
            for (key, value) in mapping {
                let name = key.string ?? ""
                let index: Int
                if let known = keyIndex[name] {
                    index = known
                } else if keys.count < TableLimits.columns {
                    index = keys.count
                    keyIndex[name] = index
                    keys.append(name)
                    keyCells.append(CSVCell(text: name, line: key.mark?.line ?? line, column: key.mark?.column ?? 1))
                } else {
                    continue
                }
                let at = (line: value.mark?.line ?? line, column: value.mark?.column ?? column)
                guard let scalar = value.scalar else {
                    diagnostics.append(
                        blank.error(
                            at: CSVCell(text: "", line: at.line, column: at.column),
                            "expected a number or text for '\(name)', found \(value.kind)"))
                    continue
                }
                let isNull = scalar.style == .plain && scalar.string == "null"
                values[index] = CSVCell(
                    text: isNull ? "" : scalar.string, line: at.line, column: at.column,
                    isQuoted: scalar.style != .plain)
            }
            parsed.append((line, column, values))
        }
        if parsed.count >= TableLimits.rows || parsed.count * keys.count > TableLimits.cells {
            return failed(
                1, 1, "table too large: the limits are \(TableLimits.rows) rows and \(TableLimits.cells) cells")
        }
        var rows = [CSVRow(line: keyCells.first?.line ?? 1, cells: keyCells)]
        for record in parsed {
            let cells = keys.indices.map {
                record.values[$0] ?? CSVCell(text: "", line: record.line, column: record.column)
            }
            rows.append(CSVRow(line: record.line, cells: cells))
        }
        return CSVTable.assemble(
            path: path, records: keys.isEmpty ? [] : rows, broken: [], diagnostics: diagnostics, bytes: bytes,
            lineStarts: lineStarts)
    }
}
