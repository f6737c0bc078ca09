import Foundation
import Synchronization

/// Hands out a batch's jobs to worker threads and collects what they did, for the main thread.
final class BatchWorkQueue: Sendable {
    /// What became of one job.
    struct Outcome: Sendable {
        var job: BatchJob
        var inputs: String
        /// The ledger's record of the PDF written, or the problems that stopped it.
        var result: Result<BatchLedger.Record, BatchFailure>
    }

    private let jobs: [(BatchJob, String)]
    private let next = Mutex(0)
    private let finished = Mutex<[Outcome]>([])
    private let signal = DispatchSemaphore(value: 0)

    init(_ jobs: [(BatchJob, String)]) {
        self.jobs = jobs
    }

    /// The next job and its fingerprint, or nil when all are handed out.
    func take() -> (BatchJob, String)? {
        next.withLock { index in
            guard index < jobs.count else { return nil }
            defer { index += 1 }
            return jobs[index]
        }
    }

    func finish(_ outcome: Outcome) {
        finished.withLock { $0.append(outcome) }
        signal.signal()
    }

    /// Waits for at least one outcome and returns all that arrived.
    func waitForOutcomes() -> [Outcome] {
        signal.wait()
        let outcomes = finished.withLock { list in
            defer { list.removeAll() }
            return list
        }
        // One signal per outcome: consume those of the extra outcomes taken now.
        for _ in outcomes.dropFirst() { signal.wait() }
        return outcomes
    }
}

/// Why a report was not built: diagnostics or another error, as lines to print.
struct BatchFailure: Error, Sendable {
    var lines: [String]
}
