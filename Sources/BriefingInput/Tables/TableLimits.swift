/// The sizes past which input is refused with a diagnostic instead of being read: bad or hostile
/// files must never exhaust memory or time.
public enum TableLimits {
    /// The largest table file read, in bytes (CSV, JSON, or a workbook on disk).
    public static let fileBytes = 128 << 20
    /// The most bytes a workbook part (a sheet, the shared strings) may inflate to.
    public static let workbookPartBytes = 512 << 20
    /// The most records a table may hold, header included.
    public static let rows = 1_000_000
    /// The most cells a table may hold in all.
    public static let cells = 10_000_000
    /// The most fields a record may hold.
    public static let columns = 10_000
    /// The longest cell, in bytes.
    public static let cellBytes = 32_768
    /// The deepest nesting of a JSON table or a manifest (brackets, braces and indentation levels).
    public static let nestingDepth = 64
}
