import BriefingCore

/// The rows of a catalogue whose Chinese text in one column (`name_zh`, `unit_zh`, `note_zh`) is
/// missing, gathered so that a Chinese brief gets one warning per column naming them all:
/// `3 entities have no name_zh (lines 4, 7, 9): their English names are shown`.
struct MissingChinese {
    /// The Chinese column (`name_zh`).
    let column: String
    /// What a row is, singular and plural (`entity`, `entities`).
    let row: (singular: String, plural: String)
    /// What the column holds, singular (`name`): the English one is shown instead.
    let text: String
    private(set) var lines: [Int] = []

    init(column: String, row: (singular: String, plural: String), text: String) {
        self.column = column
        self.row = row
        self.text = text
    }

    /// Records the row on `line` when `chinese` (the row's cell of the column, nil without the
    /// column) is blank.
    mutating func check(_ chinese: String?, line: Int) {
        if chinese?.isEmpty ?? true { lines.append(line) }
    }

    /// The warning, at the column's header cell (or the header when the column is missing); nil
    /// when no row lacks its Chinese text.
    func warning(in table: CSVTable) -> Diagnostic? {
        guard !lines.isEmpty, let header = table.header, let first = header.cells.first else { return nil }
        let one = lines.count == 1
        let message =
            "\(lines.count) \(one ? row.singular : row.plural) \(one ? "has" : "have") no \(column) "
            + "(\(one ? "line" : "lines") \(Self.ranges(lines))): \(one ? "its" : "their") English "
            + "\(text)\(one ? " is" : "s are") shown"
        let cell = table.columnIndex(column).map { header.cells[$0] } ?? first
        return table.diagnostic(.warning, at: cell, message)
    }

    /// Ascending numbers with runs of three or more shortened: `2–13, 15, 17, 18`; after twelve
    /// such parts, `…`.
    static func ranges(_ numbers: [Int]) -> String {
        var parts: [String] = []
        var index = 0
        while index < numbers.count {
            var end = index
            while end + 1 < numbers.count, numbers[end + 1] == numbers[end] + 1 { end += 1 }
            if end - index >= 2 {
                parts.append("\(numbers[index])–\(numbers[end])")
            } else {
                parts += numbers[index...end].map(String.init)
            }
            index = end + 1
        }
        return parts.prefix(12).joined(separator: ", ") + (parts.count > 12 ? ", …" : "")
    }
}
