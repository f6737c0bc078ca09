import Foundation
import Testing

/// Every input Scripts/fuzz/run found crashing, hanging, exhausting memory or laying pages out
/// wrong, kept as Tests/Fixtures/fuzz/HARNESS/NAME: fed to the harness's own entry point
/// (FuzzTargets), it must now give exactly the diagnostics in NAME.expected (one a line; an empty
/// file when the input is fine) and pages laid out right.
/// Inputs under HARNESS/pending/ wait for a fix and are not replayed.
@Suite struct FuzzRegressionTests {
    static let folder = Support.packageRoot.appendingPathComponent("Tests/Fixtures/fuzz")

    /// HARNESS/NAME of every committed input.
    static let inputs: [String] = FuzzTargets.names.flatMap { harness in
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(harness).path)) ?? []
        return names.filter { $0 != "pending" && !$0.hasSuffix(".expected") }.sorted().map { "\(harness)/\($0)" }
    }

    @Test func everyHarnessFolderBelongsToAHarness() throws {
        let folders = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path)
        #expect(Set(folders).subtracting(FuzzTargets.names).isEmpty, "\(folders)")
        #expect(!Self.inputs.isEmpty)
    }

    @Test(arguments: inputs)
    func inputGivesItsExpectedDiagnostics(_ input: String) throws {
        let url = Self.folder.appendingPathComponent(input)
        let expected = try String(contentsOf: url.appendingPathExtension("expected"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("briefing-fuzz-\(UUID())")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let harness = String(input.prefix { $0 != "/" })
        let outcome = FuzzTargets.run(harness, [UInt8](try Data(contentsOf: url)), scratch: scratch)
        #expect(outcome.diagnostics == expected)
        #expect(outcome.silentlyWrongPages.isEmpty)
    }
}
