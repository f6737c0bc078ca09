import Foundation
import Testing

/// A batch worker keeps its typesetters from report to report (WorkerTypesetters): what a report
/// looks like must not depend on which reports the same worker built before it.
@Suite(.serialized) struct BatchReuseTests {
    @Test func reportsAreTheSameBytesWhateverTheNumberOfWorkers() throws {
        let reports = BatchTests.reports
        let arguments = ["--periods", "2013-03..2013-04", "--entities", "hitech,zixing,yizhang", "--quiet"]
        let one = try Support.temporaryFolder()
        let two = try Support.temporaryFolder()
        let first = try Support.briefing(["batch", reports, "-o", one, "--jobs", "1"] + arguments)
        let second = try Support.briefing(["batch", reports, "-o", two, "--jobs", "2"] + arguments)
        #expect(first.status == 0 && second.status == 0, "\(first.stderr)\(second.stderr)")
        let files = BatchTests.pdfs(in: one)
        #expect(files.count == 12)
        #expect(BatchTests.pdfs(in: two) == files)
        for file in files {
            let a = try Data(contentsOf: URL(fileURLWithPath: one + "/" + file))
            let b = try Data(contentsOf: URL(fileURLWithPath: two + "/" + file))
            #expect(a == b, "\(file) differs between --jobs 1 and --jobs 2")
        }
        // Alone, a report is the same as built after others by one worker.
        let alone = try Support.temporaryFolder()
        let single = try Support.briefing(
            ["batch", reports, "-o", alone, "--periods", "2013-04..2013-04", "--entities", "yizhang", "--quiet"])
        #expect(single.status == 0, "\(single.stderr)")
        for file in BatchTests.pdfs(in: alone) {
            let a = try Data(contentsOf: URL(fileURLWithPath: alone + "/" + file))
            let b = try Data(contentsOf: URL(fileURLWithPath: one + "/" + file))
            #expect(a == b, "\(file) differs when built alone")
        }
    }

    /// The whole monthly example (288 reports) built twice at `--jobs 2` and once at `--jobs 1`:
    /// every PDF the same bytes. Two workers race through the reports in a different order each
    /// time, so this catches output that depends on a thread's history (Pango's justification of
    /// hyphenated lines did: 3 reports of 288 differed in a word space).
    @Test func theWholeBatchIsTheSameBytesRunAfterRun() throws {
        let folders = try (0..<3).map { _ in try Support.temporaryFolder() }
        for (folder, jobs) in zip(folders, ["2", "2", "1"]) {
            let run = try Support.briefing(["batch", BatchTests.reports, "-o", folder, "--jobs", jobs, "--quiet"])
            #expect(run.status == 0, "\(run.stderr)")
        }
        let files = BatchTests.pdfs(in: folders[0])
        #expect(files.count == 288)
        for folder in folders.dropFirst() {
            #expect(BatchTests.pdfs(in: folder) == files)
            for file in files {
                let a = try Data(contentsOf: URL(fileURLWithPath: folders[0] + "/" + file))
                let b = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + file))
                #expect(a == b, "\(file) differs from one run to the next")
            }
        }
    }
}
