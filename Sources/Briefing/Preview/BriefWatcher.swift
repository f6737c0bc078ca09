import Foundation

/// Tells when a brief's folder has changed: compare a snapshot taken now with the last one, and
/// report a change once it has settled — the same in two snapshots in a row, so that a save made
/// of several writes, or several files saved at once, gives one rebuild.
public struct BriefWatcher: Sendable {
    /// How often users of a watcher call `changed()`, in seconds: a save is seen within two.
    public static let interval: TimeInterval = 0.15

    /// The folder watched (absolute).
    public let folder: String
    private let ignoring: Set<String>
    private var last: FolderSnapshot
    private var pending: FolderSnapshot?

    /// Watches the folder of the manifest at `manifest`, leaving out the files `ignoring` names
    /// (outputs written into the folder).
    public init(manifest: String, ignoring: [String] = []) {
        let absolute = { (path: String) in URL(fileURLWithPath: path).standardizedFileURL.path }
        self.folder = (absolute(manifest) as NSString).deletingLastPathComponent
        self.ignoring = Set(ignoring.map(absolute))
        self.last = FolderSnapshot.take(of: folder, ignoring: self.ignoring)
    }

    /// Takes a snapshot and returns true when the folder changed since the last change reported and
    /// has stayed as it is since the previous call.
    public mutating func changed() -> Bool {
        let now = FolderSnapshot.take(of: folder, ignoring: ignoring)
        defer { pending = now == last ? nil : now }
        guard now != last, now == pending else { return false }
        last = now
        return true
    }
}
