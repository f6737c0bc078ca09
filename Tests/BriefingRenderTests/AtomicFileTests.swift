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
}
