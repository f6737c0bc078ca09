import Foundation
import Testing

/// A report manifest's `languages:` must name at least one language: an empty list is an error at
/// the list (it made `batch` build nothing and exit 0, and `serve` crash).
@Suite struct ReportLanguagesTests {
    @Test func anEmptyListOfLanguagesIsAnError() throws {
        let folder = try Support.temporaryFolder() + "/monthly"
        try FileManager.default.copyItem(atPath: Support.packageRoot.path + "/Briefings/parks-monthly", toPath: folder)
        let manifest = folder + "/report.yaml"
        let text = try String(contentsOfFile: manifest, encoding: .utf8)
        #expect(text.contains("\nlanguages: [en, zh]\n"))
        try text.replacingOccurrences(of: "\nlanguages: [en, zh]\n", with: "\nlanguages: []\n")
            .write(toFile: manifest, atomically: true, encoding: .utf8)
        let line = text.prefix { $0 != "[" }.filter { $0 == "\n" }.count + 1
        for command in ["check", "batch"] {
            let run = try Support.briefing([command, folder] + (command == "batch" ? ["-o", folder + "/out"] : []))
            #expect(run.status == 65, "\(command)")
            #expect(
                (run.stdout + run.stderr).contains(
                    "\(manifest):\(line):12: error: expected at least one language in 'languages', found an empty list\n"
                        + "    languages: []\n" + "               ^"), "\(command): \(run.stdout)\(run.stderr)")
        }
    }
}
