import Foundation
import Testing

/// The `tables` fuzz harness's seeds (Tests/Fixtures/tables/seeds) are good briefs' tables: each
/// table and its mapping load without an error (the seeds are short, so a brief would still have
/// to say its reporting year), so that fuzzing starts from inputs that reach the figures.
@Suite struct FuzzTablesSeedTests {
    static let folder = Support.packageRoot.appendingPathComponent("Tests/Fixtures/tables/seeds")
    static let seeds = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()

    @Test func thereAreSeeds() { #expect(Self.seeds.count >= 6) }

    @Test(arguments: seeds)
    func seedLoadsWithoutErrors(_ name: String) throws {
        let scratch = URL(fileURLWithPath: try Support.temporaryFolder())
        let bytes = [UInt8](try Data(contentsOf: Self.folder.appendingPathComponent(name)))
        let outcome = FuzzTargets.run("tables", bytes, scratch: scratch)
        let errors = outcome.diagnostics.filter { $0.contains(": error: ") && !$0.contains("error: no year of table.csv") }
        #expect(errors == [], "\(name)")
    }
}
