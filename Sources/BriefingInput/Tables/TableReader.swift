import BriefingCore
import Foundation

/// Reads any table file a brief names, CSV, Excel workbook or JSON, into one shape: a header and
/// rows of cells that know where they are, so that one loader maps and checks them all.
enum TableReader {
    /// Reads and parses the table at `path` (relative paths from `baseDirectory`, if given); nil
    /// (with an error in `bag`) when it cannot be read, is not in its format or holds no header row.
    static func read(
        _ path: String, format: TableFormat, baseDirectory: String?, expected: [String],
        into bag: inout DiagnosticBag
    ) -> CSVTable? {
        let fileLocation = SourceLocation.file(path)
        let fullPath: String
        if let baseDirectory, !path.hasPrefix("/") {
            fullPath = baseDirectory.hasSuffix("/") ? baseDirectory + path : baseDirectory + "/" + path
        } else {
            fullPath = path
        }
        let bytes: [UInt8]
        switch readFile(fullPath) {
        case .success(let contents): bytes = contents
        case .failure(let reason):
            bag.error(fileLocation, "cannot read file: \(reason.text)")
            return nil
        }
        let table: CSVTable
        switch TableFormat.Kind(path: path) {
        case .xlsx:
            table = XLSXReader(path: path, sheet: format.sheet).read(fileAt: URL(fileURLWithPath: fullPath))
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

    struct ReadFailure: Error {
        var text: String
    }

    static func readFile(_ path: String) -> Result<[UInt8], ReadFailure> {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return .failure(ReadFailure(text: "no such file"))
        }
        if isDirectory.boolValue { return .failure(ReadFailure(text: "it is a directory")) }
        guard FileManager.default.isReadableFile(atPath: path) else {
            return .failure(ReadFailure(text: "permission denied"))
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue ?? 0
        guard size <= TableLimits.fileBytes else {
            return .failure(
                ReadFailure(text: "it is \(size >> 20) MB, more than the limit of \(TableLimits.fileBytes >> 20) MB"))
        }
        do {
            return .success([UInt8](try Data(contentsOf: URL(fileURLWithPath: path))))
        } catch {
            return .failure(ReadFailure(text: "\(error.localizedDescription.lowercased())"))
        }
    }
}
