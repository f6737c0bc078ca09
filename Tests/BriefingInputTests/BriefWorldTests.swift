import BriefingCore
import Foundation
import Testing

@testable import BriefingInput

/// The one door through which a brief's files are read: containment on the real path of the
/// descriptor read, regular files only, limits per kind.
@Suite struct BriefWorldTests {
    /// A folder `brief` holding `notes.md`, beside a file `secret.txt` outside it.
    static func layout() throws -> (root: String, brief: String, secret: String) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("world-\(UUID().uuidString)").path
        let brief = root + "/brief"
        try FileManager.default.createDirectory(atPath: brief, withIntermediateDirectories: true)
        try Data("# Notes\n".utf8).write(to: URL(fileURLWithPath: brief + "/notes.md"))
        try Data("secret\n".utf8).write(to: URL(fileURLWithPath: root + "/secret.txt"))
        return (root, brief, root + "/secret.txt")
    }

    static func message(_ result: Result<[UInt8], DiagnosticError>) -> String? {
        guard case .failure(let error) = result else { return nil }
        return error.diagnostics.map(\.summary).joined(separator: "\n")
    }

    @Test func aFileInsideIsRead() throws {
        let (root, brief, _) = try Self.layout()
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(try BriefWorld(folder: brief).read("notes.md", as: .notes).get() == Array("# Notes\n".utf8))
    }

    @Test func aSymbolicLinkToAFileOutsideIsRefusedAtTheNodeThatNamedIt() throws {
        let (root, brief, secret) = try Self.layout()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createSymbolicLink(atPath: brief + "/link.md", withDestinationPath: secret)
        var world = BriefWorld(folder: brief)
        world.refer(to: "link.md", at: SourceLocation(path: "brief.yaml", line: 3, column: 8), sourceLine: "notes: x")
        #expect(
            Self.message(world.read("link.md", as: .notes))
                == "brief.yaml:3:8: error: 'link.md' is a symbolic link to a file outside the brief's folder; "
                + "a brief may only use files inside its folder")
    }

    @Test func aFolderLinkToAnotherBriefsTablesIsRefused() throws {
        let (root, brief, _) = try Self.layout()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root + "/other", withIntermediateDirectories: true)
        try Data("a,b\n".utf8).write(to: URL(fileURLWithPath: root + "/other/monthly.csv"))
        try FileManager.default.createSymbolicLink(atPath: brief + "/shared", withDestinationPath: "../other")
        #expect(
            Self.message(BriefWorld(folder: brief, shownAs: "").read("shared/monthly.csv", as: .table))
                == "shared/monthly.csv:1:1: error: 'shared/monthly.csv' is reached through a symbolic link to a "
                + "folder outside the brief's folder; a brief may only use files inside its folder")
    }

    @Test(arguments: ["../secret.txt", "./../secret.txt", "a/../../secret.txt", "/etc/passwd"])
    func namesLeadingOutAreRefusedWithoutLookingAtTheDisk(_ name: String) throws {
        let (root, brief, _) = try Self.layout()
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(
            Self.message(BriefWorld(folder: brief, shownAs: "b").read(name, as: .notes))
                == "b/\(name):1:1: error: '\(name)' lies outside the brief's folder; a brief may only use files "
                + "inside its folder")
    }

    @Test func aFIFOIsNotARegularFileAndDoesNotBlock() throws {
        let (root, brief, _) = try Self.layout()
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(mkfifo(brief + "/pipe.csv", 0o644) == 0)
        #expect(
            Self.message(BriefWorld(folder: brief, shownAs: "").read("pipe.csv", as: .table))
                == "pipe.csv:1:1: error: 'pipe.csv' is not a regular file (it is a FIFO)")
    }

    /// A writer opening a FIFO blocks until a reader opens it: a FIFO outside the folder, reached
    /// by a link, is refused without being opened (on Linux the checks run on an O_PATH
    /// descriptor), so the writer is still waiting after the refusal.
    @Test func aLinkToAFIFOOutsideIsRefusedWithoutOpeningIt() throws {
        let (root, brief, _) = try Self.layout()
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(mkfifo(root + "/pipe", 0o644) == 0)
        try FileManager.default.createSymbolicLink(atPath: brief + "/data.csv", withDestinationPath: root + "/pipe")
        let writer = Process()
        writer.executableURL = URL(fileURLWithPath: "/bin/sh")
        writer.arguments = ["-c", ": > \"$0/pipe\"; touch \"$0/opened\"", root]
        try writer.run()
        usleep(300_000)  // the writer is now blocked opening the FIFO
        #expect(
            Self.message(BriefWorld(folder: brief, shownAs: "b").read("data.csv", as: .table))
                == "b/data.csv:1:1: error: 'data.csv' is a symbolic link to a file outside the brief's folder; "
                + "a brief may only use files inside its folder")
        usleep(300_000)
        #expect(!FileManager.default.fileExists(atPath: root + "/opened"))
        // Release the writer.
        let reader = open(root + "/pipe", O_RDONLY | O_NONBLOCK)
        writer.waitUntilExit()
        close(reader)
        #expect(FileManager.default.fileExists(atPath: root + "/opened"))
    }

    @Test func aDeviceIsNotARegularFile() throws {
        // Inside the world of the whole file system, so that only the kind of file is wrong.
        #expect(
            Self.message(BriefWorld(folder: "/").read("dev/zero", as: .notes))
                == "/dev/zero:1:1: error: 'dev/zero' is not a regular file (it is a character device)")
    }

    @Test func eachKindHasItsLimit() throws {
        let (root, brief, _) = try Self.layout()
        defer { try? FileManager.default.removeItem(atPath: root) }
        // 9 MiB of notes against the 8 MiB limit; 1.5 MiB of manifest against 1 MiB.
        try Data(count: 9 << 20).write(to: URL(fileURLWithPath: brief + "/big.md"))
        try Data(count: 3 << 19).write(to: URL(fileURLWithPath: brief + "/brief.yaml"))
        let world = BriefWorld(folder: brief, shownAs: "")
        #expect(
            Self.message(world.read("big.md", as: .notes))
                == "big.md:1:1: error: cannot read the notes file: it is 9 MB, more than the limit of 8 MB")
        #expect(
            Self.message(world.read("brief.yaml", as: .manifest))
                == "brief.yaml:1:1: error: cannot read the manifest: it is 1.5 MB, more than the limit of 1 MB")
    }

    @Test func theRootIsResolvedOnceWhateverTheSpelling() throws {
        let (root, brief, _) = try Self.layout()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createSymbolicLink(atPath: root + "/alias", withDestinationPath: "brief")
        let real = try #require(realpath(brief, nil))
        defer { free(real) }
        for spelling in [brief, brief + "/", root + "/brief/../brief", root + "/alias", root + "/./alias/"] {
            let world = BriefWorld(folder: spelling)
            #expect(world.root == String(cString: real), "\(spelling)")
            #expect((try? world.read("notes.md", as: .notes).get()) == Array("# Notes\n".utf8), "\(spelling)")
        }
    }

    @Test func aMissingFileKeepsItsMessage() {
        #expect(
            Self.message(BriefWorld(folder: "/nonexistent", shownAs: "x").read("notes.md", as: .notes))
                == "x/notes.md:1:1: error: cannot read the notes file: no such file")
    }

    @Test(arguments: [
        ("../../x", "it holds '/' or '\\'"), ("a/b", "it holds '/' or '\\'"), ("..", "it is '..'"),
        (".", "it is '.'"), (".hidden", "it starts with '.'"), ("", "it is empty"),
        ("a\u{0}b", "it holds the control character U+0000"), ("a\u{1B}[2J", "it holds the control character U+001B"),
        (String(repeating: "a", count: 201), "it is longer than 200 bytes"),
    ])
    func unsafeFileNamesAreRefused(_ name: String, _ problem: String) {
        #expect(FileName.problem(name) == problem)
    }

    @Test func safeFileNamesPass() {
        for name in ["hitech", "城区", "a.b", "x-1_2", String(repeating: "a", count: 200)] {
            #expect(FileName.problem(name) == nil, "\(name)")
        }
        #expect(FileName.quoted("a\u{1B}b") == "'a\\u{001B}b'")
    }
}
