import Foundation
import Testing

@testable import BriefingRender

@Suite struct AtomicFileTests {
    @Test func writesTheBytesAndLeavesNoTemporaryFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("atomic-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("new/deeper/out.pdf").path
        try AtomicFile.write(Array("first".utf8), to: path)
        try AtomicFile.write(Array("second".utf8), to: path)
        #expect(FileManager.default.contents(atPath: path) == Data("second".utf8))
        let left = try FileManager.default.contentsOfDirectory(atPath: (path as NSString).deletingLastPathComponent)
        #expect(left == ["out.pdf"])
    }

    @Test func aFileThatCannotBeCreatedIsNamedWithTheReason() {
        // /proc refuses new files, even to root.
        #expect {
            try AtomicFile.write([1, 2, 3], to: "/proc/briefing-test.pdf")
        } throws: { error in
            (error as? FileWriteError)?.description == "cannot write /proc/briefing-test.pdf: No such file or directory"
        }
    }

    @Test func namesLeadingOutOfTheFolderAreRefused() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("atomic-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for name in ["../x.pdf", "a/../../x.pdf", "/tmp/x.pdf"] {
            #expect {
                try AtomicFile.write([1], to: name, in: folder + "/out")
            } throws: { error in
                (error as? FileWriteError)?.description
                    == "cannot write \(folder)/out/\(name): it lies outside the folder \(folder)/out"
            }
        }
        #expect(!FileManager.default.fileExists(atPath: folder + "/x.pdf"))
    }

    @Test func aSubfolderThatIsALinkIsNotFollowed() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("atomic-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/out", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: folder + "/elsewhere", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder + "/out/2013-01", withDestinationPath: "../elsewhere")
        #expect {
            try AtomicFile.write([1], to: "2013-01/a.pdf", in: folder + "/out")
        } throws: { error in
            (error as? FileWriteError)?.description
                == "cannot write \(folder)/out/2013-01/a.pdf: a folder on its way is a symbolic link"
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/elsewhere").isEmpty)
    }

    @Test func anExistingFIFOIsRefusedNotWrittenThrough() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("atomic-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        #expect(mkfifo(folder + "/out.pdf", 0o644) == 0)
        #expect {
            try AtomicFile.write([1], to: folder + "/out.pdf")
        } throws: { error in
            (error as? FileWriteError)?.description
                == "cannot write \(folder)/out.pdf: it is a FIFO, not a regular file"
                && (error as? FileWriteError)?.refused == true
        }
    }

    @Test func anExistingSymbolicLinkIsRefusedNotReplaced() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("atomic-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder + "/out.pdf", withDestinationPath: "/dev/null")
        #expect {
            try AtomicFile.write([1], to: folder + "/out.pdf")
        } throws: { error in
            (error as? FileWriteError)?.description
                == "cannot write \(folder)/out.pdf: it is a symbolic link; name the file itself"
                && (error as? FileWriteError)?.refused == true
        }
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder + "/out.pdf") == "/dev/null")
    }
}
