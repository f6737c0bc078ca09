import Briefing
import Foundation
import Testing

/// What counts as an edit of a brief's folder, and when it is reported: once, after it settles.
@Suite struct BriefWatcherTests {
    /// A folder with a manifest and a table, and a watcher of it.
    static func watched(ignoring: [String] = []) throws -> (folder: String, watcher: BriefWatcher) {
        let folder = try Support.temporaryFolder()
        try "title: t\n".write(toFile: folder + "/brief.yaml", atomically: false, encoding: .utf8)
        try "a,b\n1,2\n".write(toFile: folder + "/t.csv", atomically: false, encoding: .utf8)
        return (folder, BriefWatcher(manifest: folder + "/brief.yaml", ignoring: ignoring))
    }

    /// The answers of `changed()` over `polls` calls.
    static func polls(_ watcher: inout BriefWatcher, _ polls: Int = 3) -> [Bool] {
        (0..<polls).map { _ in watcher.changed() }
    }

    @Test func aSaveIsReportedOnceAfterItSettles() throws {
        var (folder, watcher) = try Self.watched()
        #expect(Self.polls(&watcher) == [false, false, false])
        try "a,b\n1,3\n".write(toFile: folder + "/t.csv", atomically: false, encoding: .utf8)
        // First seen, then the same again: reported; then quiet.
        #expect(Self.polls(&watcher) == [false, true, false])
    }

    @Test func aFileAddedRemovedOrReplacedByRenameIsAnEdit() throws {
        var (folder, watcher) = try Self.watched()
        try "# notes\n".write(toFile: folder + "/notes.md", atomically: false, encoding: .utf8)
        #expect(Self.polls(&watcher) == [false, true, false])
        try FileManager.default.removeItem(atPath: folder + "/notes.md")
        #expect(Self.polls(&watcher) == [false, true, false])
        // An editor's save: a new file of the same size renamed over the old one, its time set back.
        let table = folder + "/t.csv"
        let time = try FileManager.default.attributesOfItem(atPath: table)[.modificationDate] as? Date
        try "a,b\n9,9\n".write(toFile: folder + "/new.tmp", atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.modificationDate: time as Any], ofItemAtPath: folder + "/new.tmp")
        #expect(rename(folder + "/new.tmp", table) == 0)
        #expect(Self.polls(&watcher).contains(true))
    }

    @Test func outputsHiddenFilesAndPDFsAreNotEdits() throws {
        var (folder, watcher) = try Self.watched()
        try "x".write(toFile: folder + "/.brief.yaml.swp", atomically: false, encoding: .utf8)
        try "%PDF".write(toFile: folder + "/brief.pdf", atomically: false, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: folder + "/.git", withIntermediateDirectories: false)
        try "x".write(toFile: folder + "/.git/index", atomically: false, encoding: .utf8)
        #expect(Self.polls(&watcher) == [false, false, false])
        // An output named with -o inside the folder, whatever its name, given relative to here.
        let named = folder + "/draft.out"
        var watchingNamed = BriefWatcher(manifest: folder + "/brief.yaml", ignoring: [named])
        try "x".write(toFile: named, atomically: false, encoding: .utf8)
        #expect(Self.polls(&watchingNamed) == [false, false, false])
    }

    @Test func aLinkToAFolderAboveIsNotFollowed() throws {
        var (folder, watcher) = try Self.watched()
        try FileManager.default.createSymbolicLink(atPath: folder + "/loop", withDestinationPath: folder)
        #expect(Self.polls(&watcher) == [false, false, false])
    }

    /// A folder of thousands of files sorted before the brief's own files (an `archive/` of old
    /// tables) does not hide them: the folder's own files are looked at before its subfolders.
    @Test func aLargeSubfolderDoesNotHideTheBriefsFiles() throws {
        var (folder, watcher) = try Self.watched()
        let archive = folder + "/archive"
        try FileManager.default.createDirectory(atPath: archive, withIntermediateDirectories: false)
        for index in 0...FolderSnapshot.maxEntries {
            _ = FileManager.default.createFile(atPath: archive + "/\(index).csv", contents: nil)
        }
        _ = Self.polls(&watcher, 2)
        try "title: edited\n".write(toFile: folder + "/brief.yaml", atomically: false, encoding: .utf8)
        #expect(Self.polls(&watcher) == [false, true, false])
    }
}
