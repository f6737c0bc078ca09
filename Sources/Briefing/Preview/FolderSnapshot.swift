import Foundation

/// What a brief's folder holds, as far as rebuilding cares: the size, modification time and inode of
/// every file in it (inode: editors that save by renaming a new file into place). Two snapshots
/// differ when any file was saved, added, removed or renamed.
///
/// Hidden entries (`.git`, editors' swap files, the temporary files of atomic writes) and PDF files
/// (outputs written into the folder) are left out, so that writing the brief's PDF does not look
/// like an edit. Symbolic links to folders are not followed. At most `maxEntries` entries are
/// looked at, `maxDepth` folders deep: a snapshot costs a `stat` per file, a few milliseconds for a
/// brief.
public struct FolderSnapshot: Equatable, Sendable {
    /// The most entries (files and folders, hidden ones and PDFs aside) a snapshot looks at.
    public static let maxEntries = 5_000
    /// How many folders below the brief's a snapshot looks into.
    public static let maxDepth = 6

    struct Stamp: Equatable, Sendable {
        var size: Int64
        var modified: Int64
        var inode: UInt64
    }

    private(set) var stamps: [String: Stamp] = [:]

    /// Takes a snapshot of `folder`, leaving out the files whose full paths are in `ignoring`.
    /// Folders are looked at breadth first — a folder's own files before its subfolders' — so
    /// that a large subfolder cannot use up ``maxEntries`` before the brief's own files.
    public static func take(of folder: String, ignoring: Set<String> = []) -> FolderSnapshot {
        var snapshot = FolderSnapshot()
        var count = 0
        var level = [folder]
        for _ in 0...maxDepth where !level.isEmpty {
            var next: [String] = []
            for folder in level {
                next += snapshot.add(folder, ignoring: ignoring, count: &count)
            }
            level = next
        }
        return snapshot
    }

    /// Stamps the files of `folder`; returns its subfolders.
    private mutating func add(_ folder: String, ignoring: Set<String>, count: inout Int) -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        var folders: [String] = []
        for name in names.sorted() where !name.hasPrefix(".") && !name.lowercased().hasSuffix(".pdf") {
            count += 1
            guard count <= Self.maxEntries else { break }
            let path = (folder as NSString).appendingPathComponent(name)
            guard !ignoring.contains(path) else { continue }
            var link = stat()
            guard lstat(path, &link) == 0 else { continue }
            if link.st_mode & S_IFMT == S_IFDIR {
                folders.append(path)
                continue
            }
            var target = stat()
            guard stat(path, &target) == 0, target.st_mode & S_IFMT == S_IFREG else { continue }
            stamps[path] = Stamp(
                size: Int64(target.st_size),
                modified: Int64(target.st_mtim.tv_sec) * 1_000_000_000 + Int64(target.st_mtim.tv_nsec),
                inode: UInt64(target.st_ino))
        }
        return folders
    }
}
