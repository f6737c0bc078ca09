import BriefingCore

/// Reads RFC 4180 CSV: quoted fields with doubled quotes, delimiters and line breaks inside
/// quotes, CRLF or LF (or a lone CR) line ends, an optional UTF-8 byte order mark, a last line with
/// or without a line break. Blank lines, and lines of nothing but spaces, tabs and delimiters, are
/// skipped. The first record is the header, and every other record must have as many fields.
///
/// Works on UTF-8 bytes and never stops at the first problem: every problem is returned in
/// `CSVTable.diagnostics`, positioned at `line:column` (columns count Unicode scalars).
public struct CSVReader: Sendable {
    /// The field separator, an ASCII byte other than `"`, CR and LF.
    public let delimiter: UInt8
    /// The sizes past which the table is refused.
    public var limits = TableLimits.standard

    /// Nil when `delimiter` is not a single ASCII character other than `"`, CR and LF.
    public init?(delimiter: Character) {
        guard let ascii = delimiter.asciiValue, ascii != Self.quote, ascii != Self.lf, ascii != Self.cr else {
            return nil
        }
        self.delimiter = ascii
    }

    /// A reader splitting fields at commas.
    public init() { self.delimiter = UInt8(ascii: ",") }

    static let quote = UInt8(ascii: "\"")
    static let lf: UInt8 = 0x0A
    static let cr: UInt8 = 0x0D

    /// Parses `text`; `path` is only used in diagnostics.
    public func read(_ text: String, path: String) -> CSVTable {
        read(Array(text.utf8), path: path)
    }

    /// Parses `bytes`, which should be UTF-8; `path` is only used in diagnostics.
    public func read(_ bytes: [UInt8], path: String) -> CSVTable {
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        if let bad = UTF8Validation.firstInvalidByte(in: bytes, from: start) {
            let (line, lineStart) = Self.position(of: bad, in: bytes, from: start)
            let column = Self.scalarCount(bytes, lineStart..<bad) + 1
            let hex = String(bytes[bad], radix: 16)
            let table = CSVTable(path: path, header: nil, rows: [], diagnostics: [], bytes: bytes, isText: true)
            let diagnostic = Diagnostic.error(
                at: SourceLocation(path: path, line: line, column: column),
                "expected UTF-8 text, found the byte 0x\(hex.count == 1 ? "0" : "")\(hex) (save the file as UTF-8, or declare its encoding, e.g. `encoding: gb18030`)",
                excerpt: table.excerpt(line: line, column: column, offset: bad))
            return CSVTable(path: path, header: nil, rows: [], diagnostics: [diagnostic], bytes: bytes, isText: true)
        }
        var parser = Parser(bytes: bytes, start: start, delimiter: delimiter, path: path, limits: limits)
        let (records, broken) = parser.parse()
        return CSVTable.assemble(
            path: path, records: records, broken: broken, diagnostics: parser.diagnostics, bytes: bytes, isText: true)
    }

    /// The delimiter of `bytes` (UTF-8 CSV): whichever of `,`, `;` and tab occurs most often
    /// outside quotes on the first line that holds any of them; a comma when none does.
    public static func detectDelimiter(in bytes: [UInt8]) -> Character {
        let candidates: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), 0x09]
        var counts = [0, 0, 0]
        var inQuotes = false
        for byte in bytes.prefix(1 << 20) {
            if byte == quote {
                inQuotes.toggle()
            } else if !inQuotes, byte == lf || byte == cr {
                if counts.contains(where: { $0 > 0 }) { break }
            } else if !inQuotes, let index = candidates.firstIndex(of: byte) {
                counts[index] += 1
            }
        }
        let best = counts.indices.max { counts[$0] < counts[$1] || (counts[$0] == counts[$1] && $0 < $1) } ?? 0
        return counts[best] == 0 ? "," : Character(Unicode.Scalar(candidates[best]))
    }

    /// The 1-based line holding byte `offset` of `bytes`, and the offset at which that line starts,
    /// counting lines from byte `start`; a line ends at LF, CRLF or a lone CR.
    static func position(of offset: Int, in bytes: [UInt8], from start: Int) -> (line: Int, lineStart: Int) {
        var line = 1
        var lineStart = start
        var index = start
        while index < offset {
            if bytes[index] == lf || bytes[index] == cr {
                if bytes[index] == cr, index + 1 < offset, bytes[index + 1] == lf { index += 1 }
                line += 1
                lineStart = index + 1
            }
            index += 1
        }
        return (line, lineStart)
    }

    /// The number of Unicode scalars in `range` of valid UTF-8 `bytes`.
    static func scalarCount(_ bytes: [UInt8], _ range: Range<Int>) -> Int {
        var count = 0
        for index in range where bytes[index] & 0xC0 != 0x80 { count += 1 }
        return count
    }
}

/// The state of one pass over a file's bytes.
private struct Parser {
    let bytes: [UInt8]
    let start: Int
    let delimiter: UInt8
    let path: String
    let limits: TableLimits
    var diagnostics: [Diagnostic] = []

    /// The current line (1-based).
    private var line = 1
    /// The byte offset at which the current line starts.
    private var lineStart: Int
    /// A running scalar count, so that columns cost O(1) amortised.
    private var columnLine = 0
    private var columnOffset = 0
    private var columnValue = 1

    init(bytes: [UInt8], start: Int, delimiter: UInt8, path: String, limits: TableLimits) {
        self.bytes = bytes
        self.start = start
        self.lineStart = start
        self.delimiter = delimiter
        self.path = path
        self.limits = limits
    }

    /// The column of byte `offset`, which lies on the current line, at or after the last asked.
    private mutating func column(at offset: Int) -> Int {
        if columnLine != line {
            columnLine = line
            columnOffset = lineStart
            columnValue = 1
        }
        while columnOffset < offset {
            if bytes[columnOffset] & 0xC0 != 0x80 { columnValue += 1 }
            columnOffset += 1
        }
        return columnValue
    }

    /// An error at byte `offset`, which is on line `line` at `column`.
    private mutating func error(line: Int, column: Int, offset: Int, _ message: String) {
        let table = CSVTable(path: path, header: nil, rows: [], diagnostics: [], bytes: bytes, isText: true)
        diagnostics.append(
            .error(
                at: SourceLocation(path: path, line: line, column: column), message,
                excerpt: table.excerpt(line: line, column: column, offset: offset)))
    }

    private static func describe(_ byte: UInt8) -> String {
        byte < 0x80 ? "'\(Character(Unicode.Scalar(byte)))'" : "a non-ASCII character"
    }

    /// The records, and the indices of those holding a syntax error (already reported). A field past
    /// `limits.columns` is reported once per record and not kept; a header past it, or a table past
    /// `limits.rows` or `limits.cells`, ends the reading.
    mutating func parse() -> (records: [CSVRow], broken: Set<Int>) {
        let quote = CSVReader.quote
        let lf = CSVReader.lf
        let cr = CSVReader.cr
        let count = bytes.count
        var records: [CSVRow] = []
        var broken: Set<Int> = []
        var position = start
        var cellCount = 0
        while position < count {
            // Blank lines hold no record.
            if bytes[position] == lf {
                position += 1
                line += 1
                lineStart = position
                continue
            }
            if bytes[position] == cr {
                position += position + 1 < count && bytes[position + 1] == lf ? 2 : 1
                line += 1
                lineStart = position
                continue
            }
            let recordLine = line
            let recordStart = position
            let errorsBefore = diagnostics.count
            var cells: [CSVCell] = []
            // A record has as many fields as the header (a growing array would hold up to twice that).
            cells.reserveCapacity(records.first?.cells.count ?? 0)
            var overflow = false
            fields: while true {
                let fieldLine = line
                let fieldStart = position
                let fieldColumn = column(at: position)
                // A field past the column limit is skimmed (its end found), never kept.
                let keep = cells.count < limits.columns
                if !keep, !overflow {
                    overflow = true
                    error(
                        line: fieldLine, column: fieldColumn, offset: fieldStart,
                        limits.tooManyColumns(inHeader: records.isEmpty))
                    if records.isEmpty { return ([], []) }
                }
                var text = ""
                var quoted = false
                if position < count, bytes[position] == quote {
                    quoted = true
                    position += 1
                    var buffer: [UInt8] = []
                    var segment = position
                    var closed = false
                    while position < count {
                        let byte = bytes[position]
                        if byte == quote {
                            if keep { buffer.append(contentsOf: bytes[segment..<position]) }
                            if position + 1 < count, bytes[position + 1] == quote {
                                if keep { buffer.append(quote) }
                                position += 2
                                segment = position
                                continue
                            }
                            position += 1
                            closed = true
                            break
                        } else if byte == lf {
                            line += 1
                            lineStart = position + 1
                        } else if byte == cr {
                            if position + 1 < count, bytes[position + 1] == lf { position += 1 }
                            line += 1
                            lineStart = position + 1
                        }
                        position += 1
                    }
                    if !closed {
                        if keep { buffer.append(contentsOf: bytes[segment..<count]) }
                        error(
                            line: fieldLine, column: fieldColumn, offset: fieldStart,
                            "unterminated quoted field; expected a closing quote, found the end of the file")
                    } else if position < count, bytes[position] != delimiter, bytes[position] != lf,
                        bytes[position] != cr
                    {
                        error(
                            line: line, column: column(at: position), offset: position,
                            "expected a delimiter or the end of the line after a closing quote, found "
                                + Self.describe(bytes[position]))
                        let rest = position
                        while position < count, bytes[position] != delimiter, bytes[position] != lf,
                            bytes[position] != cr
                        {
                            position += 1
                        }
                        if keep { buffer.append(contentsOf: bytes[rest..<position]) }
                    }
                    if keep { text = String(decoding: buffer, as: UTF8.self) }
                } else {
                    var reported = false
                    while position < count {
                        let byte = bytes[position]
                        if byte == delimiter || byte == lf || byte == cr { break }
                        if byte == quote, !reported {
                            reported = true
                            error(
                                line: line, column: column(at: position), offset: position,
                                "unexpected quote in an unquoted field; quote the whole field and double the quote")
                        }
                        position += 1
                    }
                    if keep { text = String(decoding: bytes[fieldStart..<position], as: UTF8.self) }
                }
                if text.utf8.count > limits.cellBytes {
                    error(
                        line: fieldLine, column: fieldColumn, offset: fieldStart,
                        limits.cellTooLong(text.utf8.count))
                } else if keep {
                    cells.append(
                        CSVCell(text: text, line: fieldLine, column: fieldColumn, offset: fieldStart, isQuoted: quoted))
                }
                guard position < count else { break fields }
                let byte = bytes[position]
                if byte == delimiter {
                    position += 1
                    continue fields
                }
                // A line break ends the record.
                position += byte == cr && position + 1 < count && bytes[position + 1] == lf ? 2 : 1
                line += 1
                lineStart = position
                break fields
            }
            // A line of nothing but spaces and delimiters (as spreadsheets export below the data) is blank.
            if diagnostics.count == errorsBefore, cells.allSatisfy({ !$0.isQuoted && $0.trimmed.isEmpty }) { continue }
            if diagnostics.count > errorsBefore { broken.insert(records.count) }
            // The header is not counted against the rows and cells limits.
            if !records.isEmpty { cellCount += cells.count }
            if let excess = limits.excess(rows: records.count, cells: cellCount) {
                error(line: recordLine, column: 1, offset: recordStart, excess)
                broken.insert(records.count)
                records.append(CSVRow(line: recordLine, cells: []))
                break
            }
            records.append(CSVRow(line: recordLine, cells: cells))
        }
        return (records, broken)
    }
}
