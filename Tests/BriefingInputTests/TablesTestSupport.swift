import BriefingCore
import BriefingData
import Foundation
import Testing

@testable import BriefingInput

/// Paths and helpers shared by the tables tests.
enum TablesFixtures {
    /// The package root, found from this file's path.
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let parks: URL = packageRoot.appendingPathComponent("Briefings/parks-2014")

    static func text(_ name: String) throws -> String {
        try String(contentsOf: parks.appendingPathComponent(name), encoding: .utf8)
    }

    /// Sources for the real parks files (`observations` an absolute path if given), read in the
    /// world of the whole file system, so that messages show absolute paths.
    static func parksSources(observations: String? = nil, mapping: TableMapping = .long(entity: "park", period: "month")) -> DatasetSources {
        func name(_ path: String) -> String { String(path.drop { $0 == "/" }) }
        return DatasetSources(
            observations: name(observations ?? parks.appendingPathComponent("monthly.csv").path), mapping: mapping,
            indicators: name(parks.appendingPathComponent("indicators.csv").path),
            entities: name(parks.appendingPathComponent("parks.csv").path),
            targets: name(parks.appendingPathComponent("targets.csv").path), world: BriefWorld(folder: "/"))
    }

    /// The rows of `text`, as field texts.
    static func fields(_ text: String, delimiter: Character = ",") -> [[String]] {
        guard let reader = CSVReader(delimiter: delimiter) else { return [] }
        let table = reader.read(text, path: "t.csv")
        return ([table.header].compactMap { $0 } + table.rows).map { $0.cells.map(\.text) }
    }

    static func summaries(_ table: CSVTable) -> [String] { table.diagnostics.map(\.summary) }
}

/// A fresh directory under the system temporary directory, removed when done.
final class TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("briefing-tables-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    var path: String { url.path }

    func write(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: url.appendingPathComponent(name))
    }

    func write(_ name: String, bytes: [UInt8]) throws {
        try Data(bytes).write(to: url.appendingPathComponent(name))
    }
}

/// A small, valid set of tables in a temporary directory; tests overwrite one file with a broken
/// version and check the diagnostics, which name files relative to the directory.
struct TablesScenario {
    static let indicators = """
        indicator,name,name_zh,unit,unit_zh,decimals,kind
        tit_volume,"Total technology, industry and trade volume",技工贸总收入,bn yuan,亿元,2,flow
        tax,Tax payment,税收总额,bn yuan,亿元,2,flow
        employees,Employees at year end,年末从业人员,thousand,千人,1,stock

        """
    static let parks = """
        park,name,name_zh,county
        hitech,Chenzhou Hi-tech Zone,郴州高新区,Beihu
        ecodev,Chenzhou Economic Development Zone,郴州经济开发区,Suxian

        """
    static let monthly = """
        park,indicator,month,value
        hitech,tit_volume,2012-01,1.8183
        hitech,tax,2012-01,0.2
        ecodev,tit_volume,2012-01,1.1

        """
    static let targets = """
        scope,indicator,year,target_growth,note
        city,tit_volume,2014,0.2,at least
        city,value_added_share_of_city,2014,0.6,parks' share

        """

    var files: [String: String] = [
        "indicators.csv": indicators, "parks.csv": parks, "monthly.csv": monthly, "targets.csv": targets,
    ]
    var mapping: TableMapping = .long(entity: "park", period: "month")
    var formats: [String: TableFormat] = [:]
    var withTargets = true

    /// Writes the files into `directory`; returns the sources naming them.
    func sources(in directory: TemporaryDirectory) throws -> DatasetSources {
        for (name, text) in files { try directory.write(name, text) }
        return DatasetSources(
            observations: "monthly.csv", mapping: mapping, indicators: "indicators.csv", entities: "parks.csv",
            targets: withTargets ? "targets.csv" : nil, formats: formats,
            world: BriefWorld(folder: directory.path, shownAs: ""))
    }

    /// Writes the files and loads them; returns the dataset or the diagnostics' `description`s.
    func load() throws -> Result<Dataset, DiagnosticError> {
        let directory = try TemporaryDirectory()
        let sources = try sources(in: directory)
        do {
            return .success(try DatasetLoader.load(sources))
        } catch {
            return .failure(error)
        }
    }

    /// The one-line forms of the diagnostics (empty when the tables load).
    func errors() throws -> [String] {
        switch try load() {
        case .success: return []
        case .failure(let error): return error.diagnostics.map(\.summary)
        }
    }

    /// A scenario with `name` replaced by `text`.
    func with(_ name: String, _ text: String) -> TablesScenario {
        var copy = self
        copy.files[name] = text
        return copy
    }
}
