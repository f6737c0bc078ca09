/// How a table file is read, beyond its shape: what the `data:` entries of a manifest may declare
/// (`delimiter`, `encoding`, `decimal`, `sheet`). The file's extension picks the reader: `.xlsx`
/// is an Excel workbook, `.json` an array of records, anything else CSV.
public struct TableFormat: Hashable, Sendable {
    /// The text encodings a CSV file may be declared in.
    public enum Encoding: String, Hashable, Sendable, CaseIterable {
        case utf8 = "utf-8"
        /// The Chinese national standard (a superset of GBK and GB2312), as Excel saves "CSV" on Chinese Windows.
        case gb18030
    }

    /// The CSV field separator; nil detects `,`, `;` or tab from the header line.
    public var delimiter: Character?
    public var encoding: Encoding
    /// The decimal separator of numbers in text cells: `.` (then `,` groups thousands) or `,`
    /// (then `.`, a space or a no-break space group thousands).
    public var decimalSeparator: Character
    /// The worksheet of a workbook to read; nil reads the first.
    public var sheet: String?

    public init(
        delimiter: Character? = nil, encoding: Encoding = .utf8, decimalSeparator: Character = ".",
        sheet: String? = nil
    ) {
        self.delimiter = delimiter
        self.encoding = encoding
        self.decimalSeparator = decimalSeparator
        self.sheet = sheet
    }

    /// The file kinds, by extension.
    enum Kind {
        case csv, xlsx, json

        init(path: String) {
            let lower = path.lowercased()
            if lower.hasSuffix(".xlsx") {
                self = .xlsx
            } else if lower.hasSuffix(".json") {
                self = .json
            } else {
                self = .csv
            }
        }
    }
}
