import BriefingRender
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An exclusive hold on one ledger of an output folder (`briefing-batch.lock`, or
/// `briefing-batch.2-of-8.lock` beside the ledger of `--shard 2/8`), taken with `flock` when a
/// batch starts and given up when the value goes away (or the process ends, however it ends).
/// A second batch writing the same ledger fails at once instead of corrupting the first one's
/// records; shards keep separate ledgers and so run side by side.
final class BatchLock {
    private let descriptor: Int32

    /// Takes the lock of `shard`'s ledger in `folder`; throws ``BatchLockError`` when another
    /// process holds it.
    init(folder: String, shard: Shard) throws {
        let ledger = BatchLedger.fileName(for: shard)
        let name = String(ledger.dropLast(".json".count)) + ".lock"
        let path = (folder as NSString).appendingPathComponent(name)
        descriptor = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw FileWriteError(path: path, reason: String(cString: strerror(errno)))
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let holder = Self.holder(descriptor)
            close(descriptor)
            throw BatchLockError(folder: folder, pid: holder)
        }
        // The holder's process id, for the message another batch gives.
        let text = Array("\(getpid())\n".utf8)
        if ftruncate(descriptor, 0) == 0 { _ = pwrite(descriptor, text, text.count, 0) }
    }

    deinit { close(descriptor) }

    /// The process id the lock file holds, if it holds one.
    private static func holder(_ descriptor: Int32) -> Int32? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = pread(descriptor, &buffer, buffer.count, 0)
        guard count > 0 else { return nil }
        return Int32(String(decoding: buffer[0..<count], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }
}

/// Another batch is writing the same ledger of the output folder.
public struct BatchLockError: Error, CustomStringConvertible {
    public var folder: String
    /// The other batch's process id, when its lock file says it.
    public var pid: Int32?

    public var description: String {
        "another briefing batch is writing to \(folder)\(pid.map { " (pid \($0))" } ?? ""); "
            + "wait for it or use another folder"
    }
}
