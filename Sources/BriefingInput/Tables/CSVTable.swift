import BriefingCore

/// One field of a CSV record, with where it starts in the file.
public struct CSVCell: Hashable, Sendable {
    /// The field's text, quotes removed and doubled quotes undone.
    public var text: String
    // Positions are stored in 32 bits (a table file is at most `TableLimits.fileBytes`): a cell
    // takes 32 bytes, not 40, in tables of up to 5,000,000 cells.
    private var storedLine: Int32
    private var storedColumn: Int32
    /// The byte offset of the field's start in the table's text, -1 when unknown (a workbook cell).
    private(set) var offset: Int32
    /// Whether the field was written in quotes.
    public var isQuoted: Bool

    public init(text: String, line: Int, column: Int, isQuoted: Bool = false) {
        self.init(text: text, line: line, column: column, offset: -1, isQuoted: isQuoted)
    }

    init(text: String, line: Int, column: Int, offset: Int, isQuoted: Bool) {
        self.text = text
        self.storedLine = Int32(clamping: line)
        self.storedColumn = Int32(clamping: column)
        self.offset = Int32(clamping: offset)
        self.isQuoted = isQuoted
    }

    /// The 1-based line the field starts on (a quoted field may run over several lines).
    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = Int32(clamping: newValue) }
    }

    /// The 1-based column the field starts at, counted in Unicode scalars (the opening quote, if quoted).
    public var column: Int {
        get { Int(storedColumn) }
        set { storedColumn = Int32(clamping: newValue) }
    }

    /// The text without surrounding spaces and tabs, as used for ids, numbers and periods.
    public var trimmed: Substring {
        // Most cells have nothing to trim: check the first and last bytes before walking characters
        // (this runs once per cell of every table).
        let isBlank = { (byte: UInt8?) in byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
        var slice = Substring(text)
        guard isBlank(text.utf8.first) || isBlank(text.utf8.last) else { return slice }
        while let first = slice.first, first == " " || first == "\t" { slice = slice.dropFirst() }
        while let last = slice.last, last == " " || last == "\t" { slice = slice.dropLast() }
        return slice
    }
}

/// One record of a CSV file.
public struct CSVRow: Hashable, Sendable {
    /// The 1-based line the record starts on.
    public var line: Int
    public var cells: [CSVCell]

    public init(line: Int, cells: [CSVCell]) {
        self.line = line
        self.cells = cells
    }
}

/// A parsed CSV file: its header, its records, the problems found while reading it, and its
/// text, kept so that any cell can be reported with its source line.
public struct CSVTable: Sendable {
    /// The path as the user wrote it; used verbatim in diagnostics.
    public let path: String
    /// The first record; nil when the file holds no record (or is not UTF-8).
    public let header: CSVRow?
    /// The records after the header. Blank lines are skipped; records with a syntax error (a stray
    /// or unterminated quote) or whose field count differs from the header's are reported in
    /// `diagnostics` and left out, so that nothing downstream reports them again.
    public let rows: [CSVRow]
    /// Errors found while reading: invalid UTF-8, unterminated quotes, stray quotes, ragged rows.
    public let diagnostics: [Diagnostic]

    /// The file's text, empty for a workbook. No table of line starts is kept: a file of 128 MB of
    /// line breaks would need 1 GB for it. Cells know their byte offset instead.
    let bytes: [UInt8]
    /// Whether the table was read from lines of text (CSV, JSON), not from a workbook.
    let isText: Bool

    init(
        path: String, header: CSVRow?, rows: [CSVRow], diagnostics: [Diagnostic], bytes: [UInt8], isText: Bool
    ) {
        self.path = path
        self.header = header
        self.rows = rows
        self.diagnostics = diagnostics
        self.bytes = bytes
        self.isText = isText
    }

    /// The header's field names, in order.
    public var columnNames: [String] { header?.cells.map(\.text) ?? [] }

    /// The index of the first header field named `name`, nil if there is none.
    public func columnIndex(_ name: String) -> Int? { header?.cells.firstIndex { $0.text == name } }

    /// The text of line `line` (1-based) without its line break; empty when out of range. Reads the
    /// file from its start: for tests and for the rare diagnostic without a cell.
    public func sourceLine(_ line: Int) -> String {
        guard line >= 1 else { return "" }
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var number = 1
        while number < line, start < bytes.count {
            if bytes[start] == 0x0A || bytes[start] == 0x0D {
                if bytes[start] == 0x0D, start + 1 < bytes.count, bytes[start + 1] == 0x0A { start += 1 }
                number += 1
            }
            start += 1
        }
        guard number == line else { return "" }
        var end = start
        while end < bytes.count, bytes[end] != 0x0A, bytes[end] != 0x0D { end += 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// Where `cell` starts.
    public func location(of cell: CSVCell) -> SourceLocation {
        SourceLocation(path: path, line: cell.line, column: cell.column)
    }

    /// The part of line `line` to show under a diagnostic at `column`, whose byte offset is `offset`
    /// when known (then it costs O(1), not O(file)); nil for a workbook, which has no lines of text.
    func excerpt(line: Int, column: Int, offset: Int = -1) -> SourceExcerpt? {
        guard isText else { return nil }
        guard offset >= 0 else { return SourceExcerpt(line: sourceLine(line), column: column) }
        // The window stops at the line's breaks by itself; a BOM is not part of line 1.
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        return SourceExcerpt(utf8: bytes, lineRange: min(start, offset)..<bytes.count, caretOffset: offset)
    }

    /// A diagnostic pointing at `cell`, with its source line.
    public func diagnostic(_ severity: Diagnostic.Severity, at cell: CSVCell, _ message: String) -> Diagnostic {
        Diagnostic(
            severity, at: location(of: cell), message,
            excerpt: excerpt(line: cell.line, column: cell.column, offset: Int(cell.offset)))
    }

    /// An error pointing at `cell`, with its source line.
    public func error(at cell: CSVCell, _ message: String) -> Diagnostic { diagnostic(.error, at: cell, message) }

    /// An error pointing at the start of `row`, with its source line.
    public func error(at row: CSVRow, _ message: String) -> Diagnostic {
        guard let first = row.cells.first else {
            return .error(
                at: SourceLocation(path: path, line: row.line, column: 1), message,
                excerpt: excerpt(line: row.line, column: 1))
        }
        return error(at: first, message)
    }

    /// `names` joined by commas, the first `shown` of them when there are more (a header may have
    /// 10,000 columns: a message names a few).
    static func list(_ names: [String], shown: Int = 10) -> String {
        let listed = names.prefix(shown).joined(separator: ", ")
        return names.count > shown ? listed + ", … (\(names.count.groupedDigits) in all)" : listed
    }

    /// A table from parsed records: the first is the header, and each other must have as many
    /// fields (with `padsShortRows`, as in a workbook, missing trailing cells are empty instead).
    /// Records listed in `broken` were already reported and are left out.
    static func assemble(
        path: String, records: [CSVRow], broken: Set<Int>, diagnostics: [Diagnostic], bytes: [UInt8],
        isText: Bool, padsShortRows: Bool = false
    ) -> CSVTable {
        var diagnostics = diagnostics
        let table = CSVTable(
            path: path, header: nil, rows: [], diagnostics: [], bytes: bytes, isText: isText)
        guard let header = records.first else {
            return CSVTable(
                path: path, header: nil, rows: [], diagnostics: diagnostics, bytes: bytes, isText: isText)
        }
        let width = header.cells.count
        var rows: [CSVRow] = []
        rows.reserveCapacity(records.count - 1)
        for (index, var record) in records.enumerated().dropFirst() where !broken.contains(index) {
            if padsShortRows, record.cells.count < width {
                let next = (record.cells.last?.column ?? 0) + 1
                for column in next..<(next + width - record.cells.count) {
                    record.cells.append(CSVCell(text: "", line: record.line, column: column))
                }
            }
            if record.cells.count == width {
                rows.append(record)
            } else {
                let names = list(header.cells.map(\.text))
                diagnostics.append(
                    table.error(
                        at: record,
                        "expected \(width) field\(width == 1 ? "" : "s") (\(names)), found \(record.cells.count)"))
            }
        }
        diagnostics = diagnostics.enumerated().sorted {
            ($0.element.location, $0.offset) < ($1.element.location, $1.offset)
        }.map(\.element)
        return CSVTable(
            path: path, header: header, rows: rows, diagnostics: diagnostics, bytes: bytes, isText: isText)
    }
}

extension CSVTable {
    /// The header name of the column of the cell at `location` (a diagnostic's), if a cell of a
    /// row below the header starts there.
    func columnName(at location: SourceLocation) -> String? {
        guard location.path == path, let header, location.line > header.line else { return nil }
        func name(in row: CSVRow) -> String? {
            guard let index = row.cells.firstIndex(where: { $0.line == location.line && $0.column == location.column })
            else { return nil }
            return index < header.cells.count ? header.cells[index].text : nil
        }
        // Rows are in line order: the row starting last at or before the line.
        var low = 0
        var high = rows.count
        while low < high {
            let middle = (low + high) / 2
            if rows[middle].line <= location.line { low = middle + 1 } else { high = middle }
        }
        return low > 0 ? name(in: rows[low - 1]) : nil
    }
}
