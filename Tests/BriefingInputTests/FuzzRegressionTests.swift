import BriefingCore
import Foundation
import Testing

@testable import BriefingInput

/// Every input Scripts/fuzz/run found crashing, kept under Tests/Fixtures/fuzz/TARGET/: each must
/// now give a table or diagnostics.
@Suite struct FuzzRegressionTests {
    static let folder = TablesFixtures.packageRoot.appendingPathComponent("Tests/Fixtures/fuzz")

    static let inputs: [String] = ["csv", "xlsx", "json", "yaml", "markdown"].flatMap { target in
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(target).path)) ?? [])
            .sorted().map { "\(target)/\($0)" }
    }

    @Test(arguments: inputs)
    func crashingInputNowGivesDiagnostics(_ input: String) throws {
        let url = Self.folder.appendingPathComponent(input)
        let bytes = [UInt8](try Data(contentsOf: url))
        switch input.split(separator: "/").first {
        case "xlsx":
            let table = XLSXReader(path: "f.xlsx", sheet: nil).read(fileAt: url)
            #expect(table.header != nil || !table.diagnostics.isEmpty)
        case "csv": _ = CSVReader().read(bytes, path: "f.csv")
        case "json": _ = JSONTableReader(path: "f.json").read(bytes)
        case "yaml": _ = try? ManifestReader.parse(String(decoding: bytes, as: UTF8.self), path: "f/brief.yaml")
        default: _ = try? NotesParser.parse(String(decoding: bytes, as: UTF8.self), path: "f.md")
        }
    }
}
