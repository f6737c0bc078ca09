import ArgumentParser
import Briefing
import BriefingCommandLine
import BriefingCore
import BriefingRender
import Foundation

struct Watch: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Rebuild a brief's PDF whenever one of its files is saved.",
        discussion: """
            Builds the brief, then rebuilds it whenever a file of its folder is saved, printing a line \
            per build and the diagnostics of a broken one. For PDF viewers that reload the file when it \
            changes: the PDF is written to a temporary file and renamed into place, so the file under \
            the final name is always the last good build. -o and the default output as for build. \
            Stop it with Ctrl-C.
            """)

    @Argument(help: "A brief folder or a manifest file.")
    var path: String

    @Option(name: .shortAndLong, help: "The PDF to write.")
    var output: String?

    func validate() throws {
        guard FileManager.default.fileExists(atPath: path) else {
            throw ValidationError("no brief at '\(path)': expected a brief folder or a manifest file")
        }
        if ManifestKind.of(path) == .reports {
            throw ValidationError(
                "'\(path)' is a report manifest: watch builds briefs; preview a batch with 'briefing serve \(path)'")
        }
    }

    func run() throws {
        let target = output ?? Build.defaultOutput(for: path)
        let manifest = ManifestKind.brief.manifestPath(for: path)
        var watcher = BriefWatcher(manifest: manifest, ignoring: [target])
        printError("watching \(watcher.folder) (Ctrl-C to stop)")
        try build(to: target)
        while true {
            Thread.sleep(forTimeInterval: BriefWatcher.interval)
            if watcher.changed() { try build(to: target) }
        }
    }

    /// Builds once; input problems are printed and the last good PDF stays.
    private func build(to target: String) throws {
        let clock = ContinuousClock()
        let start = clock.now
        do {
            let report = try BriefBuilder.build(
                path, output: target, sourceDateEpoch: ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"])
            for warning in report.warnings { printError(warning) }
            printError(
                "\(TimeOfDay.now()) wrote \(report.output) (\(report.pages) page\(report.pages == 1 ? "" : "s")) "
                    + "in \((clock.now - start).wholeMilliseconds) ms")
        } catch let error as DiagnosticError {
            printDiagnostics(error.diagnostics)
            let count = error.diagnostics.problemCount(.error)
            printError(
                "\(TimeOfDay.now()) not rebuilt: \(count) problem\(count == 1 ? "" : "s") in the input; "
                    + "\(target) is the last good build")
        } catch let error as FileWriteError {
            throw ExitStatus.failing(error)
        }
    }
}
