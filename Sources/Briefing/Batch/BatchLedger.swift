import BriefingInput
import BriefingRender
import Foundation

/// The JSON manifest a batch keeps in its output folder: for each output written, the
/// fingerprint of its inputs, its size and the fingerprint of its bytes. A rerun skips an output
/// whose inputs have the same fingerprint and whose file is there, a regular file with the
/// recorded size and bytes (another batch may have written over it).
///
/// A run holds its ledger's ``BatchLock`` from start to end, so that two batches never write one
/// ledger, or the outputs it records, at once.
///
/// Each shard keeps its own file (`briefing-batch.json`, or `briefing-batch.2-of-8.json` for
/// `--shard 2/8`), so that shards writing into one shared folder never overwrite each other's
/// records; a run reads them all.
struct BatchLedger: Codable, Hashable, Sendable {
    struct Record: Codable, Hashable, Sendable {
        /// The inputs' fingerprint (``InputFingerprint``).
        var inputs: String
        var bytes: Int
        /// The fingerprint of the file's bytes (``InputFingerprint/content(_:)``); nil in a ledger
        /// written before it was recorded, whose outputs are then rebuilt.
        var content: String?
    }

    static let prefix = "briefing-batch"

    var format = 1
    /// By output path relative to the output folder.
    var outputs: [String: Record] = [:]

    /// The ledger file a shard writes.
    static func fileName(for shard: Shard) -> String {
        shard.count == 1 ? "\(prefix).json" : "\(prefix).\(shard.index)-of-\(shard.count).json"
    }

    /// Every ledger in `folder` merged (an unreadable one counts as empty: its outputs are rebuilt).
    static func readAll(in folder: String) -> BatchLedger {
        var merged = BatchLedger()
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        for name in names.sorted() where name.hasPrefix(prefix) && name.hasSuffix(".json") {
            merged.outputs.merge(read(name, in: folder).outputs) { $1 }
        }
        return merged
    }

    /// Reads the ledger `name` of `folder` (a regular file, not followed out of the folder); empty
    /// when missing or unreadable.
    static func read(_ name: String, in folder: String) -> BatchLedger {
        guard case .success(let bytes) = BriefWorld(folder: folder).read(name, as: .output) else {
            return BatchLedger()
        }
        return (try? JSONDecoder().decode(BatchLedger.self, from: Data(bytes))) ?? BatchLedger()
    }

    /// Whether the output at `path` (relative to `folder`) was made from `inputs` and is still the
    /// file recorded: a regular file inside `folder`, of the recorded size and bytes.
    func isUpToDate(_ path: String, inputs: String, in folder: String) -> Bool {
        guard let record = outputs[path], record.inputs == inputs, let content = record.content,
            case .success(let bytes) = BriefWorld(folder: folder).read(path, as: .output)
        else { return false }
        return bytes.count == record.bytes && InputFingerprint.content(bytes) == content
    }

    /// Writes the ledger atomically (sorted keys, so the same records give the same bytes; see
    /// ``json``).
    func write(to path: String) throws {
        try AtomicFile.write(json, to: path)
    }
}
