import BriefingCore

/// The sizes past which input is refused with a diagnostic instead of being read: bad or hostile
/// files must never exhaust memory or time. Each limit is inclusive: a table of exactly
/// `rows` rows is accepted, one of `rows + 1` is refused. Anything accepted stays under 1 GiB of
/// memory (see Scripts/bench-limits).
///
/// The static values are the limits in force; readers take a `TableLimits` value (`.standard`
/// unless a test injects smaller ones).
public struct TableLimits: Hashable, Sendable {
    /// The largest table file read, in bytes (CSV, JSON, or a workbook on disk).
    public static let fileBytes = 128 << 20
    /// The largest JSON table file, in bytes: a JSON table is parsed into a tree first, which takes
    /// about 30 times its size.
    public static let jsonFileBytes = 16 << 20
    /// The most bytes a workbook part (a sheet, the shared strings) may inflate to.
    public static let workbookPartBytes = 256 << 20
    /// The most rows a table may hold, its header row not counted.
    public static let rows = 1_000_000
    /// The most cells a table may hold, its header row not counted.
    public static let cells = 5_000_000
    /// The most series (entity and indicator pairs) an observations table may hold: each costs about
    /// 300 bytes beside its values (a dictionary of its months, in the dataset and while loading).
    public static let series = 200_000
    /// The most fields a record (the header included) may hold.
    public static let columns = 10_000
    /// The longest cell, in bytes.
    public static let cellBytes = 32_768
    /// The deepest nesting of a JSON table or a manifest (brackets, braces and indentation levels).
    public static let nestingDepth = 64

    /// The limits in force.
    public static let standard = TableLimits()

    public var fileBytes = TableLimits.fileBytes
    public var jsonFileBytes = TableLimits.jsonFileBytes
    public var workbookPartBytes = TableLimits.workbookPartBytes
    public var rows = TableLimits.rows
    public var cells = TableLimits.cells
    public var series = TableLimits.series
    public var columns = TableLimits.columns
    public var cellBytes = TableLimits.cellBytes

    public init() {}

    /// The error for a table of `rows` rows and `cells` cells (its header not counted), nil when
    /// both are within the limits.
    func excess(rows: Int, cells: Int) -> String? {
        let limit =
            rows > self.rows
            ? "more than \(self.rows.groupedDigits) rows"
            : cells > self.cells ? "more than \(self.cells.groupedDigits) cells" : nil
        return limit.map { "table too large: \($0) (the limit); the rest of the file is not read" }
    }

    /// The error for a record with more fields than `columns`; a header's refuses the whole table.
    func tooManyColumns(inHeader: Bool) -> String {
        "too many columns: the \(inHeader ? "header" : "record") has more than \(columns.groupedDigits) fields "
            + (inHeader ? "(the limit); the table is not read" : "(the limit)")
    }

    /// The error for the observation that would start one series more than `series`.
    var tooManySeries: String {
        "too many series: more than \(series.groupedDigits) entity and indicator pairs (the limit); "
            + "the rest of the table is not read"
    }

    /// The error for a cell of `bytes` bytes (nil: not counted to the end), past `cellBytes`.
    func cellTooLong(_ bytes: Int?) -> String {
        "cell too long: \(bytes.map { $0.groupedDigits } ?? "more than \(cellBytes.groupedDigits)") bytes "
            + "(the limit is \(cellBytes.groupedDigits))"
    }
}
