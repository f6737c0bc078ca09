import BriefingCore
import Foundation

/// Reads a worksheet's XML (`<row r="7"><c r="C7" t="s" s="3"><v>…</v></c></row>`) into records
/// whose cells are positioned at their row and column, empty cells filling the gaps.
struct XLSXSheetReader {
    let path: String
    let sharedStrings: [String]
    let dateStyles: Set<Int>
    var limits = TableLimits.standard

    /// One cell being read.
    private struct Pending {
        var column: Int
        var type: String
        var style: Int
        var value = ""
        var inline = ""
    }

    /// The non-blank rows of the sheet, in order, and the cells refused for their size. A cell past
    /// `limits.columns` is reported once per row; in the header row, or past `limits.rows` or
    /// `limits.cells`, it ends the reading (the header then missing, the table is refused).
    func read(_ data: Data) throws -> (records: [CSVRow], diagnostics: [Diagnostic]) {
        let path = self.path
        let limits = self.limits
        var records: [CSVRow] = []
        var row: (line: Int, cells: [Int: String], lastColumn: Int, overflow: Bool)?
        var cell: Pending?
        var lastRow = 0
        var cellCount = 0
        var problems: [Diagnostic] = []
        var stop = false
        func problem(_ line: Int, _ column: Int, _ message: String) {
            problems.append(.error(at: SourceLocation(path: path, line: line, column: column), message))
        }
        func finishRow() {
            guard let current = row, !stop else { return }
            row = nil
            let filled = current.cells.filter { !$0.value.trimmingCharacters(in: .whitespaces).isEmpty }
            guard let last = filled.keys.max() else { return }
            if !records.isEmpty { cellCount += last }
            if let excess = limits.excess(rows: records.count, cells: cellCount) {
                problem(current.line, 1, excess)
                stop = true
                return
            }
            let cells = (1...last).map { CSVCell(text: current.cells[$0] ?? "", line: current.line, column: $0) }
            records.append(CSVRow(line: current.line, cells: cells))
        }
        let strings = sharedStrings
        let dates = dateStyles
        let failure = XMLEvents.parse(
            data,
            onStart: { element, attributes in
                guard !stop else { return }
                switch element {
                case "row":
                    finishRow()
                    let line = attributes["r"].flatMap(Int.init) ?? lastRow + 1
                    lastRow = line
                    row = (line, [:], 0, false)
                case "c":
                    let column = attributes["r"].flatMap(Self.column) ?? (row?.lastColumn ?? 0) + 1
                    row?.lastColumn = column
                    cell = Pending(
                        column: column, type: attributes["t"] ?? "n",
                        style: attributes["s"].flatMap(Int.init) ?? 0)
                default: break
                }
            },
            onEnd: { element, text in
                guard !stop else { return }
                switch element {
                case "v": cell?.value = text
                case "t": cell?.inline += text
                case "c":
                    guard let done = cell, let line = row?.line else { break }
                    cell = nil
                    guard done.column <= limits.columns else {
                        if row?.overflow == false {
                            row?.overflow = true
                            problem(line, done.column, limits.tooManyColumns(inHeader: records.isEmpty))
                            // Without its header the table is refused: nothing more is read.
                            stop = records.isEmpty
                        }
                        break
                    }
                    let text = Self.text(of: done, strings: strings, dates: dates)
                    if text.utf8.count > limits.cellBytes {
                        problem(line, done.column, limits.cellTooLong(nil))
                    } else {
                        row?.cells[done.column] = text
                    }
                case "row": finishRow()
                default: break
                }
            })
        finishRow()
        if let failure { throw XLSXReader.Failure(message: "cannot read the sheet: \(failure)") }
        return (records, problems)
    }

    /// A cell's text: the shared or inline string, a date as `YYYY-MM-DD`, or the number as written.
    private static func text(of cell: Pending, strings: [String], dates: Set<Int>) -> String {
        switch cell.type {
        case "s":
            guard let index = Int(cell.value), strings.indices.contains(index) else { return "" }
            return strings[index]
        case "inlineStr": return cell.inline
        case "b": return cell.value == "1" ? "TRUE" : "FALSE"
        case "d": return String(cell.value.prefix(10))
        case "n":
            if dates.contains(cell.style), let serial = Double(cell.value), let day = date(fromSerial: serial) {
                return day
            }
            return cell.value
        default: return cell.value
        }
    }

    /// Excel's day number (1900 date system: 1 is 1900-01-01, with its phantom 1900-02-29) as `YYYY-MM-DD`.
    static func date(fromSerial serial: Double) -> String? {
        guard serial.isFinite, serial >= 1, serial < 2_958_466 else { return nil }
        var days = Int(serial.rounded(.down))
        if days < 60 { days += 1 }
        // Days since 1899-12-30 to a civil date (Howard Hinnant's algorithm, epoch shifted to 0000-03-01).
        let z = days - 25_569 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shifted = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shifted + 2) / 5 + 1
        let month = shifted < 10 ? shifted + 3 : shifted - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(year)-\(two(month))-\(two(day))"
    }

    /// The 1-based column of a cell reference (`C7` → 3), nil if it has no letters or too many.
    static func column(_ reference: String) -> Int? {
        var column = 0
        var letters = 0
        for byte in reference.utf8 {
            guard byte >= UInt8(ascii: "A"), byte <= UInt8(ascii: "Z") else { break }
            column = column * 26 + Int(byte - UInt8(ascii: "A")) + 1
            letters += 1
            if letters > 3 { return nil }
        }
        return letters == 0 ? nil : column
    }
}
