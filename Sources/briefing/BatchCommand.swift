import ArgumentParser
import Briefing
import BriefingCommandLine
import BriefingCore
import BriefingData
import BriefingInput
import BriefingRender
import CMalloc
import Foundation

struct Batch: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build one report per entity and month from a report manifest, on every core.",
        discussion: """
            PATH is a report folder (holding report.yaml) or a report manifest. Reports already built \
            from the same inputs are skipped (the output folder's briefing-batch*.json records them); \
            --force rebuilds them. A report whose data is broken (or whose entity id cannot name a \
            file) fails alone: the others are built and the exit status is 1. Two batches cannot write \
            one ledger at once: the second fails at once with exit status 1 (a lock file \
            briefing-batch*.lock beside the ledger). An output folder that exists and is not a folder \
            gives exit status 64. Without --shard, JOB_COMPLETION_INDEX (0-based, as a Kubernetes \
            Indexed Job sets it) with --shards N selects the shard. SOURCE_DATE_EPOCH, when set, is \
            every PDF's creation date.
            """)

    @Argument(help: "A report folder or a report manifest.", completion: .briefPath)
    var path: String

    @Option(name: .shortAndLong, help: "The output folder.", completion: .directory)
    var output: String

    @Option(help: "Months to build, YYYY-MM..YYYY-MM or one month (default: the manifest's, else the last full year).")
    var periods: String?

    @Option(help: "Entities to build, comma-separated ids (default: the manifest's, else all).")
    var entities: String?

    @Option(help: "This machine's part of the batch, K/N (1-based).")
    var shard: String?

    @Option(help: "With JOB_COMPLETION_INDEX set and no --shard: how many shards there are.")
    var shards: Int?

    @Option(help: "Reports built at once (default: the number of cores).")
    var jobs: Int?

    @Flag(help: "Rebuild reports that are up to date.")
    var force = false

    @Flag(help: "Print failures only: no progress, no summary.")
    var quiet = false

    @Option(
        help: "Also write every report of this run into one PDF, with an outline entry per month and entity.",
        completion: .file(extensions: ["pdf"]))
    var combine: String?

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let months = try periods.map { text in
            guard let range = ReportManifest.periodRange(text) else {
                let note = text.components(separatedBy: "..").map(Period.yearNote).max() ?? ""
                throw ValidationError("expected --periods YYYY-MM..YYYY-MM or YYYY-MM\(note), found '\(text)'")
            }
            return range
        }
        let selectedShard = try Self.shard(shard, shards: shards, completionIndex: environment["JOB_COMPLETION_INDEX"])
        if let jobs, jobs < 1 { throw ValidationError("expected --jobs to be at least 1, found \(jobs)") }
        let ids = entities.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
        let batch: ReportBatch
        do {
            batch = try ReportBatch.load(path, entities: ids, periods: months)
        } catch {
            printDiagnostics(error.diagnostics)
            printError("error: no report built: \(error.diagnostics.count) problem(s) in the input")
            throw ExitCode(ExitStatus.badInput)
        }
        printDiagnostics(batch.warnings)
        // Reading the tables makes temporary rows that are freed once the dataset is built (about
        // 370 bytes an observation: 35 MiB for 95,000). Freed memory is kept for reuse (see
        // `BriefingCommand.main`), but the workers allocate from arenas of their own and would
        // never reuse it: give it back before they start.
        _ = malloc_trim(0)
        let options = BatchRunner.Options(
            folder: output, shard: selectedShard, workers: jobs ?? ProcessInfo.processInfo.activeProcessorCount,
            force: force, sourceDateEpoch: environment["SOURCE_DATE_EPOCH"])
        let progress = BatchProgress.automatic(quiet: quiet)
        let summary: BatchRunner.Summary
        do {
            summary = try BatchRunner.run(batch, options: options, progress: progress)
            if let combine {
                let pages = try BatchCombiner.combine(
                    summary.completed, of: batch, to: combine, sourceDateEpoch: options.sourceDateEpoch)
                progress.summary("wrote \(combine) (\(summary.completed.count) reports, \(pages) pages)")
            }
        } catch let error as BatchLockError {
            printError("error: \(error)")
            throw ExitCode.failure
        } catch let error as FileWriteError {
            throw ExitStatus.failing(error)
        }
        progress.summary(summary.line)
        if !summary.failures.isEmpty {
            printError("failed (\(summary.failures.count)):")
            for failure in summary.failures {
                printError("  \(failure.job.name) → \(FileName.quoted(failure.job.output))")
            }
            throw ExitCode.failure
        }
    }

    /// `--shard K/N`; else `JOB_COMPLETION_INDEX` with `--shards N`; else the whole batch.
    static func shard(_ text: String?, shards: Int?, completionIndex: String?) throws -> Shard {
        if let text {
            guard let shard = Shard(text) else {
                throw ValidationError("expected --shard K/N with 1 ≤ K ≤ N, found '\(text)'")
            }
            return shard
        }
        guard let shards else { return .all }
        guard let completionIndex else {
            throw ValidationError(
                "--shards needs JOB_COMPLETION_INDEX (set by a Kubernetes Indexed Job) or use --shard K/N")
        }
        guard let shard = Shard(completionIndex: completionIndex, count: shards) else {
            throw ValidationError(
                "JOB_COMPLETION_INDEX '\(completionIndex)' is not a shard of \(shards) (expected 0 to \(shards - 1))")
        }
        return shard
    }
}
