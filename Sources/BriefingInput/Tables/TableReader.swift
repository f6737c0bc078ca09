import BriefingCore
import Foundation

/// Reads any table file a brief names, CSV, Excel workbook or JSON, into one shape: a header and
/// rows of cells that know where they are, so that one loader maps and checks them all.
enum TableReader {
    /// Reads and parses the table named `name` in `world`; nil (with an error in `bag`) when it
    /// cannot be read, is not in its format or holds no header row.
    static func read(
        _ name: String, format: TableFormat, world: BriefWorld, expected: [String], into bag: inout DiagnosticBag
    ) -> CSVTable? {
        let path = world.path(of: name)
        let fileLocation = SourceLocation.file(path)
        let file: OpenBriefFile
        switch world.openChecked(name, as: .table) {
        case .success(let opened): file = opened
        case .failure(let error):
            bag.append(contentsOf: error.diagnostics)
            return nil
        }
        let kind = TableFormat.Kind(path: name)
        let bytes: [UInt8]
        switch file.readAll() {
        case .success(let contents): bytes = contents
        case .failure(let error):
            bag.append(contentsOf: error.diagnostics)
            return nil
        }
        let table: CSVTable
        switch kind {
        case .xlsx:
            table = XLSXReader(path: path, sheet: format.sheet).read(bytes)
        case .json:
            table = JSONTableReader(path: path).read(bytes)
        case .csv:
            let text: [UInt8]
            switch TextDecoding.utf8(bytes, from: format.encoding) {
            case .success(let converted): text = converted
            case .failure(let failure):
                bag.append(TextDecoding.error(failure, in: bytes, encoding: format.encoding, path: path))
                return nil
            }
            let delimiter = format.delimiter ?? CSVReader.detectDelimiter(in: text)
            guard let reader = CSVReader(delimiter: delimiter) else {
                bag.error(
                    fileLocation,
                    "expected a delimiter of one ASCII character other than '\"', CR or LF, found '\(delimiter)'")
                return nil
            }
            table = reader.read(text, path: path)
        }
        bag.append(contentsOf: table.diagnostics)
        guard table.header != nil else {
            if table.diagnostics.isEmpty {
                bag.error(
                    fileLocation,
                    "expected a header row (\(expected.joined(separator: ", "))), found an empty file")
            }
            return nil
        }
        DatasetLoader.reportDuplicateColumns(table, into: &bag)
        return table
    }
}
