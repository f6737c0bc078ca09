import ArgumentParser
import Briefing
import BriefingCommandLine
import BriefingCore
import BriefingRender
import CMalloc
import Foundation

@main
struct BriefingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "briefing",
        abstract: "Turns indicator tables and meeting notes into print-ready PDF briefing packs.",
        version: BriefingVersion.current,
        subcommands: [
            Init.self, Build.self, Check.self, Serve.self, Watch.self, Chart.self, Batch.self,
        ])

    static func main() {
        keepFreedMemoryForReuse()
        unblockStopSignals()
        main(nil)
    }

    /// cairo's PDF font subsetter copies whole font tables into fresh buffers, for every document:
    /// the CFF table of Noto Sans CJK alone is 16 MB, read twice per face. glibc serves such blocks
    /// with mmap and unmaps them on free, so every copy pays one page fault per 4 KB. Keeping freed
    /// memory in the heap lets the next table reuse pages already mapped (`briefing build` of the
    /// Chinese example: 117 → 108 ms here).
    private static func keepFreedMemoryForReuse() {
        _ = mallopt(M_MMAP_THRESHOLD, 512 << 20)
        _ = mallopt(M_TRIM_THRESHOLD, 1 << 30)
    }
}

/// Exit statuses: 0 ok, 64 usage, 65 bad input data, 1 anything else.
enum ExitStatus {
    static let usage: Int32 = 64
    static let badInput: Int32 = 65

    /// Prints why a file could not be written; the exit status is 64 when the path asked for may
    /// not be written at all (outside its folder, a device, FIFO or folder), else 1.
    static func failing(_ error: FileWriteError) -> ExitCode {
        printError("error: \(error)")
        return ExitCode(error.refused ? usage : 1)
    }
}

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build a brief into a PDF.",
        discussion: """
            PATH is a brief folder (holding brief.yaml) or a manifest file. Without -o the PDF goes to \
            out/NAME.pdf, NAME being the folder's name (plus the manifest's language suffix, e.g. \
            out/parks-2014-zh.pdf for brief.zh.yaml). An -o that exists and is not a regular file (a \
            device such as /dev/null, a FIFO, a folder) is refused with exit status 64. SOURCE_DATE_EPOCH, \
            when set, is the PDF's creation date.
            """)

    @Argument(help: "A brief folder or a manifest file.", completion: .briefPath)
    var path: String

    @Option(name: .shortAndLong, help: "The PDF to write.", completion: .file(extensions: ["pdf"]))
    var output: String?

    func run() throws {
        let target = output ?? Self.defaultOutput(for: path)
        do {
            let report = try BriefBuilder.build(
                path, output: target, sourceDateEpoch: ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"])
            for warning in report.warnings { printError(warning) }
            print("wrote \(report.output) (\(report.pages) page\(report.pages == 1 ? "" : "s"))")
        } catch let error as DiagnosticError {
            printDiagnostics(error.diagnostics)
            let count = error.diagnostics.problemCount(.error)
            printError("error: no PDF written: \(count) problem\(count == 1 ? "" : "s") in the input")
            throw ExitCode(ExitStatus.badInput)
        } catch let error as FileWriteError {
            throw ExitStatus.failing(error)
        }
    }

    /// `out/NAME.pdf` for a brief folder; `out/NAME-SUFFIX.pdf` for `brief.SUFFIX.yaml`.
    static func defaultOutput(for path: String) -> String {
        var isFolder: ObjCBool = false
        let url = URL(fileURLWithPath: path).standardizedFileURL
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            return "out/\(url.lastPathComponent).pdf"
        }
        let folder = url.deletingLastPathComponent().lastPathComponent
        let parts = url.deletingPathExtension().lastPathComponent.split(separator: ".")
        let suffix = parts.count > 1 ? "-" + parts.dropFirst().joined(separator: "-") : ""
        return "out/\(folder)\(suffix).pdf"
    }
}
