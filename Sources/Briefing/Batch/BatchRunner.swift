import BriefingCore
import BriefingData
import BriefingRender
import Foundation

/// Runs a batch: every report of this shard that is not up to date, built in parallel on
/// `workers` threads, each PDF written atomically, the ledger updated as reports complete.
public enum BatchRunner {
    /// How to run.
    public struct Options: Sendable {
        /// The output folder; report paths are relative to it.
        public var folder: String
        public var shard: Shard
        /// How many reports are built at once.
        public var workers: Int
        /// Rebuild reports that are up to date.
        public var force: Bool
        /// `SOURCE_DATE_EPOCH`: overrides every report's creation date.
        public var sourceDateEpoch: String?

        public init(folder: String, shard: Shard = .all, workers: Int, force: Bool = false, sourceDateEpoch: String?) {
            self.folder = folder
            self.shard = shard
            self.workers = max(1, workers)
            self.force = force
            self.sourceDateEpoch = sourceDateEpoch
        }
    }

    /// What a run did.
    public struct Summary: Sendable {
        public var built: Int
        public var skipped: Int
        /// Each failed report with the lines explaining why.
        public var failures: [(job: BatchJob, lines: [String])]
        public var seconds: Double
        /// The reports of this shard that were built or were already up to date, in batch order.
        public var completed: [BatchJob]

        /// `built 140, skipped 0, failed 4 in 3.1 s (45.2 reports/s)`.
        public var line: String {
            let rate = seconds > 0 ? Double(built) / seconds : 0
            return "built \(built), skipped \(skipped), failed \(failures.count) in "
                + "\(String(format: "%.1f", seconds)) s (\(String(format: "%.1f", rate)) reports/s)"
        }
    }

    /// The least time between two saves of the ledger while reports complete, in seconds.
    static let minimumSaveInterval = 0.5
    /// After a save, the main thread waits this many times as long as the save took.
    static let savePause = 20.0

    /// Runs `batch` with `options`, reporting on `progress`. Throws only for problems that stop
    /// the whole run (fonts, an unwritable folder); a report that fails is listed in the summary.
    public static func run(_ batch: ReportBatch, options: Options, progress: BatchProgress) throws -> Summary {
        let start = Date()
        try FontConfiguration.use(configFile: Assets.fontConfiguration)
        try AtomicFile.prepareFolder(options.folder)
        let lock = try BatchLock(folder: options.folder, shard: options.shard)
        defer { withExtendedLifetime(lock) {} }
        let jobs = options.shard.select(batch.jobs)
        let ledgerPath = (options.folder as NSString).appendingPathComponent(BatchLedger.fileName(for: options.shard))
        // Only outputs of entities whose ids can name files: an id such as `../x` names none.
        let outputs = jobs.filter { batch.entityErrors[$0.entity] == nil }.map(\.output)
        removeStrayTemporaryFiles(for: outputs + [BatchLedger.fileName(for: options.shard)], in: options.folder)
        let existing = BatchLedger.readAll(in: options.folder)
        var ledger = BatchLedger.read(BatchLedger.fileName(for: options.shard), in: options.folder)

        var slices: [Period: String] = [:]
        for period in Set(jobs.map(\.period)) {
            slices[period] = InputFingerprint.dataSlice(batch.dataset, through: period)
        }
        var failures = failBrokenEntities(jobs, of: batch, progress: progress)
        for failure in failures { ledger.outputs[failure.job.output] = nil }
        var todo: [(BatchJob, String)] = []
        var upToDate: Set<BatchJob> = []
        for job in jobs where batch.entityErrors[job.entity] == nil {
            let inputs = InputFingerprint.report(
                job, configuration: batch.configurationText, slice: slices[job.period] ?? "")
            if !options.force, existing.isUpToDate(job.output, inputs: inputs, in: options.folder) {
                upToDate.insert(job)
                if let record = existing.outputs[job.output] { ledger.outputs[job.output] = record }
            } else {
                todo.append((job, inputs))
            }
        }

        let queue = BatchWorkQueue(todo)
        let workers = min(options.workers, todo.count)
        for _ in 0..<workers {
            let thread = Thread { [batch, options] in
                let typesetters = WorkerTypesetters(batch: batch)
                while let (job, inputs) = queue.take() {
                    let result: Result<BatchLedger.Record, BatchFailure>
                    do {
                        result = .success(
                            try MonthlyReport.build(
                                job, inputs: inputs, batch: batch, folder: options.folder,
                                sourceDateEpoch: options.sourceDateEpoch, typesetters: typesetters))
                    } catch let error as DiagnosticError {
                        result = .failure(BatchFailure(lines: DiagnosticListing(error.diagnostics).lines))
                    } catch {
                        result = .failure(BatchFailure(lines: ["error: \(error)"]))
                    }
                    queue.finish(.init(job: job, inputs: inputs, result: result))
                }
            }
            thread.stackSize = 8 << 20
            thread.start()
        }

        var built: Set<BatchJob> = []
        var nextSave = Date().addingTimeInterval(Self.minimumSaveInterval)
        var done = 0
        while done < todo.count {
            for outcome in queue.waitForOutcomes() {
                done += 1
                switch outcome.result {
                case .success(let record):
                    built.insert(outcome.job)
                    ledger.outputs[outcome.job.output] = record
                case .failure(let failure):
                    failures.append((outcome.job, failure.lines))
                    ledger.outputs[outcome.job.output] = nil
                    progress.message("failed: \(outcome.job.name)\n" + failure.lines.joined(separator: "\n"))
                }
            }
            // Saving after every report would rewrite the ledger thousands of times; a report
            // finished but not yet recorded is only rebuilt by the next run. Writing takes longer
            // as the ledger grows (2 MB for 14,400 reports), so the wait after a save grows with
            // it: the main thread spends at most a twentieth of its time saving, never a core the
            // workers need.
            if done == todo.count || Date() >= nextSave {
                let saving = Date()
                try ledger.write(to: ledgerPath)
                let took = Date().timeIntervalSince(saving)
                nextSave = Date().addingTimeInterval(max(Self.minimumSaveInterval, Self.savePause * took))
            }
            progress.update(done: done, total: todo.count, elapsed: Date().timeIntervalSince(start))
        }
        if todo.isEmpty { try ledger.write(to: ledgerPath) }
        let order = Dictionary(uniqueKeysWithValues: jobs.enumerated().map { ($1, $0) })
        failures.sort { (order[$0.job] ?? 0) < (order[$1.job] ?? 0) }
        return Summary(
            built: built.count, skipped: upToDate.count, failures: failures, seconds: Date().timeIntervalSince(start),
            completed: jobs.filter { built.contains($0) || upToDate.contains($0) })
    }

    /// The failures of the `jobs` whose entity has broken rows in the observations table (none of
    /// them is built), each entity's diagnostics reported once on `progress`.
    private static func failBrokenEntities(
        _ jobs: [BatchJob], of batch: ReportBatch, progress: BatchProgress
    ) -> [(job: BatchJob, lines: [String])] {
        let failed = jobs.filter { batch.entityErrors[$0.entity] != nil }
        for entity in batch.entities {
            let count = failed.count { $0.entity == entity }
            guard count > 0, let errors = batch.entityErrors[entity] else { continue }
            progress.message(
                "failed: every report of \(FileName.quoted(entity)) (\(count)):\n"
                    + DiagnosticListing(errors).lines.joined(separator: "\n"))
        }
        return failed.map { ($0, batch.entityErrors[$0.entity].map { DiagnosticListing($0).lines } ?? []) }
    }

    /// Deletes the temporary files a killed run left beside `outputs` (paths relative to
    /// `folder`): `.NAME.UUID.tmp`, see `AtomicFile`. Other shards' files are left alone.
    private static func removeStrayTemporaryFiles(for outputs: [String], in folder: String) {
        var names: [String: Set<String>] = [:]
        for output in outputs {
            let path = (folder as NSString).appendingPathComponent(output)
            names[(path as NSString).deletingLastPathComponent, default: []].insert(
                (path as NSString).lastPathComponent)
        }
        for (directory, finals) in names {
            for file in (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [] {
                guard file.hasPrefix("."), file.hasSuffix(".tmp") else { continue }
                let final = file.dropFirst().split(separator: ".").dropLast(2).joined(separator: ".")
                if finals.contains(final) {
                    try? FileManager.default.removeItem(atPath: (directory as NSString).appendingPathComponent(file))
                }
            }
        }
    }
}
