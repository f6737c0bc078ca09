import BriefingCore
import Yams

/// Reads a JSON table, an array of records (`[{"park": "hitech", "month": "2012-01", …}, …]`),
/// into a table: the header is every key in order of first appearance, a key a record lacks (or
/// `null`) is an empty cell, and each cell is positioned at its value in the file.
struct JSONTableReader {
    let path: String
    var limits = TableLimits.standard

    func read(_ bytes: [UInt8]) -> CSVTable {
        let blank = CSVTable(path: path, header: nil, rows: [], diagnostics: [], bytes: bytes, isText: true)
        func failed(_ line: Int, _ column: Int, _ message: String) -> CSVTable {
            let diagnostic = Diagnostic.error(
                at: SourceLocation(path: path, line: line, column: column), message,
                excerpt: blank.excerpt(line: line, column: column))
            return CSVTable(path: path, header: nil, rows: [], diagnostics: [diagnostic], bytes: bytes, isText: true)
        }
        if bytes.count > limits.jsonFileBytes {
            return failed(
                1, 1,
                "JSON table too large: \(bytes.count.groupedDigits) bytes, more than the limit of "
                    + "\(limits.jsonFileBytes.groupedDigits) bytes for a JSON table (a CSV table may be larger)")
        }
        if let bad = UTF8Validation.firstInvalidByte(in: bytes) {
            let line = CSVReader.position(of: bad, in: bytes, from: 0).line
            return failed(line, 1, "expected UTF-8 text in a JSON table, found an invalid byte")
        }
        let text = String(decoding: bytes, as: UTF8.self)
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
        var parsed: [(empty: CSVCell, values: [Int: CSVCell])] = []
        // Cells know their byte offset, so that each is shown with a window of its line in O(1).
        var cursor = OffsetCursor(bytes: bytes)
        func cell(_ text: String, _ line: Int, _ column: Int, isQuoted: Bool = false) -> CSVCell {
            CSVCell(
                text: text, line: line, column: column, offset: cursor.offset(line: line, column: column),
                isQuoted: isQuoted)
        }
        for record in records.prefix(limits.rows + 1) {
            let line = record.mark?.line ?? 1
            let column = record.mark?.column ?? 1
            let empty = cell("", line, column)
            guard let mapping = record.mapping else {
                diagnostics.append(
                    blank.error(
                        at: empty, "expected a record (an object of column names to values), found \(record.kind)"))
                continue
            }
            var values: [Int: CSVCell] = [:]
            for (key, value) in mapping {
                let name = key.string ?? ""
                let index: Int
                if let known = keyIndex[name] {
                    index = known
                } else if keys.count < limits.columns {
                    index = keys.count
                    keyIndex[name] = index
                    keys.append(name)
                    keyCells.append(cell(name, key.mark?.line ?? line, key.mark?.column ?? 1))
                } else {
                    // The header is every key: one too many refuses the table.
                    return failed(
                        key.mark?.line ?? line, key.mark?.column ?? 1, limits.tooManyColumns(inHeader: true))
                }
                let at = (line: value.mark?.line ?? line, column: value.mark?.column ?? column)
                guard let scalar = value.scalar else {
                    diagnostics.append(
                        blank.error(
                            at: cell("", at.line, at.column),
                            "expected a number or text for '\(name)', found \(value.kind)"))
                    continue
                }
                let isNull = scalar.style == .plain && scalar.string == "null"
                values[index] = cell(isNull ? "" : scalar.string, at.line, at.column, isQuoted: scalar.style != .plain)
            }
            parsed.append((empty, values))
        }
        if let excess = limits.excess(rows: parsed.count, cells: parsed.count * keys.count) {
            let first = records.dropFirst(min(parsed.count, limits.rows)).first?.mark
            return failed(first?.line ?? 1, first?.column ?? 1, excess)
        }
        var rows = [CSVRow(line: keyCells.first?.line ?? 1, cells: keyCells)]
        for record in parsed {
            rows.append(CSVRow(line: record.empty.line, cells: keys.indices.map { record.values[$0] ?? record.empty }))
        }
        return CSVTable.assemble(
            path: path, records: keys.isEmpty ? [] : rows, broken: [], diagnostics: diagnostics, bytes: bytes,
            isText: true)
    }
}

/// The byte offsets of positions met in file order, each found by walking on from the last: linear
/// in the file over a whole pass, where walking from each line's start would be quadratic on a file
/// of one long line. A position before the last starts again from the file's start.
private struct OffsetCursor {
    let bytes: [UInt8]
    private var line = 1
    private var column = 1
    private var position = 0

    init(bytes: [UInt8]) { self.bytes = bytes }

    /// The offset of 1-based `line` and `column` (counted in Unicode scalars); -1 past the end.
    mutating func offset(line: Int, column: Int) -> Int {
        if line < self.line || (line == self.line && column < self.column) {
            (self.line, self.column, position) = (1, 1, 0)
        }
        func isBreak(_ byte: UInt8) -> Bool { byte == 0x0A || byte == 0x0D }
        while self.line < line, position < bytes.count {
            let byte = bytes[position]
            position += 1
            guard isBreak(byte) else { continue }
            if byte == 0x0D, position < bytes.count, bytes[position] == 0x0A { position += 1 }
            (self.line, self.column) = (self.line + 1, 1)
        }
        guard self.line == line else { return -1 }
        while self.column < column, position < bytes.count, !isBreak(bytes[position]) {
            position += 1
            while position < bytes.count, bytes[position] & 0xC0 == 0x80 { position += 1 }
            self.column += 1
        }
        return position
    }
}
