// libFuzzer harness for briefing's input readers; built and run by Scripts/fuzz/run.
import BriefingCore
import Foundation

@testable import BriefingInput

/// Which reader to fuzz, from FUZZ_TARGET: csv, xlsx, json, yaml or markdown.
private let target = ProcessInfo.processInfo.environment["FUZZ_TARGET"] ?? "csv"

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    switch target {
    case "csv":
        let delimiter = CSVReader.detectDelimiter(in: bytes)
        let table = CSVReader(delimiter: delimiter)?.read(bytes, path: "f.csv")
        for row in table?.rows ?? [] {
            for cell in row.cells {
                _ = TableValues.number(cell.trimmed, decimalSeparator: ",")
                _ = TableValues.number(cell.trimmed, decimalSeparator: ".")
                _ = TableValues.period(cell.trimmed)
            }
        }
        _ = TextDecoding.utf8(bytes, from: .gb18030)
    case "xlsx":
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("briefing-fuzz-\(getpid()).xlsx")
        try? Data(bytes).write(to: url)
        _ = XLSXReader(path: "f.xlsx", sheet: nil).read(fileAt: url)
    case "json": _ = JSONTableReader(path: "f.json").read(bytes)
    case "yaml": _ = try? ManifestReader.parse(String(decoding: bytes, as: UTF8.self), path: "f/brief.yaml")
    case "markdown": _ = try? NotesParser.parse(String(decoding: bytes, as: UTF8.self), path: "f.md")
    default: break
    }
    return 0
}
