import Foundation
import Testing

/// A brief cannot reach out of its folder, and data cannot send outputs out of `-o`, whatever the
/// current directory or the spelling of the paths: the built `briefing`, run as a user would.
@Suite(.serialized) struct ContainmentTests {
    static let refusal = "a brief may only use files inside its folder"

    /// `briefing check` of `path` from `folder`: its status and the first diagnostic line.
    static func check(_ path: String, in folder: String? = nil) throws -> (status: Int32, first: String, all: String) {
        let run = try Support.briefing(["check", path], in: folder)
        return (run.status, run.stdout.split(separator: "\n").first.map(String.init) ?? "", run.stdout)
    }

    @Test func notesLinkedToAFileOutsideAreRefusedInCheckAndBuild() throws {
        let brief = try Support.copyOfExample()
        let outside = (brief as NSString).deletingLastPathComponent + "/hostname"
        try Data("secret-host-name\n".utf8).write(to: URL(fileURLWithPath: outside))
        try FileManager.default.removeItem(atPath: brief + "/notes.md")
        try FileManager.default.createSymbolicLink(atPath: brief + "/notes.md", withDestinationPath: outside)
        let expected =
            "\(brief)/brief.yaml:21:8: error: 'notes.md' is a symbolic link to a file outside the brief's folder; "
            + Self.refusal
        let check = try Self.check(brief)
        #expect(check.status == 65)
        #expect(check.first == expected)
        #expect(!check.all.contains("secret-host-name"))
        let pdf = (brief as NSString).deletingLastPathComponent + "/out.pdf"
        let build = try Support.briefing(["build", brief, "-o", pdf])
        #expect(build.status == 65)
        #expect(build.stderr.hasPrefix(expected + "\n"))
        #expect(!FileManager.default.fileExists(atPath: pdf))
    }

    @Test func aFolderLinkToAnotherBriefsTablesIsRefused() throws {
        let brief = try Support.copyOfExample()
        let other = (brief as NSString).deletingLastPathComponent + "/other"
        try FileManager.default.copyItem(atPath: Support.example, toPath: other)
        try FileManager.default.createSymbolicLink(atPath: brief + "/shared", withDestinationPath: "../other")
        let manifest = brief + "/brief.yaml"
        let text = try String(contentsOfFile: manifest, encoding: .utf8)
        try text.replacingOccurrences(of: "file: monthly.csv", with: "file: shared/monthly.csv")
            .write(toFile: manifest, atomically: true, encoding: .utf8)
        let check = try Self.check(brief)
        #expect(check.status == 65)
        #expect(
            check.first
                == "\(brief)/brief.yaml:14:11: error: 'shared/monthly.csv' is reached through a symbolic link to a "
                + "folder outside the brief's folder; " + Self.refusal)
    }

    /// `notes: ../../../../etc/passwd`, with PATH relative to `/`, to the brief's parent and to the
    /// brief itself, spelled with `..` and a trailing slash, and through a symbolic link.
    @Test func parentEscapesAreRefusedWhateverTheCurrentDirectory() throws {
        let brief = try Support.copyOfExample()
        let parent = (brief as NSString).deletingLastPathComponent
        try FileManager.default.createSymbolicLink(atPath: parent + "/alias", withDestinationPath: "brief")
        let manifest = brief + "/brief.yaml"
        let text = try String(contentsOfFile: manifest, encoding: .utf8)
        try text.replacingOccurrences(of: "notes: notes.md", with: "notes: ../../../../etc/passwd")
            .write(toFile: manifest, atomically: true, encoding: .utf8)
        let fromRoot = String(brief.dropFirst())
        let cases: [(path: String, folder: String, shown: String)] = [
            (fromRoot, "/", fromRoot + "/brief.yaml"),
            ("brief", parent, "brief/brief.yaml"),
            ("./brief/../brief/", parent, "./brief/../brief/brief.yaml"),
            ("alias", parent, "alias/brief.yaml"),
            (".", brief, "./brief.yaml"),
        ]
        for (path, folder, shown) in cases {
            let check = try Self.check(path, in: folder)
            #expect(check.status == 65, "\(path) from \(folder)")
            #expect(
                check.first == "\(shown):21:8: error: '../../../../etc/passwd' lies outside the brief's folder; "
                    + Self.refusal, "\(path) from \(folder)")
            #expect(!check.all.contains("root:"), "\(path) from \(folder)")
            let build = try Support.briefing(["build", path, "-o", parent + "/out.pdf"], in: folder)
            #expect(build.status == 65, "\(path) from \(folder)")
            #expect(!FileManager.default.fileExists(atPath: parent + "/out.pdf"))
        }
    }

    @Test func aFIFOAsNotesOrTableIsNotARegularFile() throws {
        let brief = try Support.copyOfExample()
        for (file, line, column) in [("notes.md", 21, 8), ("monthly.csv", 14, 11)] {
            try FileManager.default.removeItem(atPath: brief + "/" + file)
            #expect(mkfifo(brief + "/" + file, 0o644) == 0)
            let check = try Self.check(brief)
            #expect(check.status == 65)
            #expect(
                check.first
                    == "\(brief)/brief.yaml:\(line):\(column): error: '\(file)' is not a regular file (it is a FIFO)")
            try FileManager.default.removeItem(atPath: brief + "/" + file)
            try FileManager.default.copyItem(atPath: Support.example + "/" + file, toPath: brief + "/" + file)
        }
    }

    @Test func outputOntoADeviceOrAFolderIsRefused() throws {
        let devNull = try Support.briefing(["build", Support.example, "-o", "/dev/null"])
        #expect(devNull.status == 64)
        #expect(devNull.stderr == "error: cannot write /dev/null: it is a character device, not a regular file\n")
        let folder = try Support.temporaryFolder()
        let onFolder = try Support.briefing(["build", Support.example, "-o", folder])
        #expect(onFolder.status == 64)
        #expect(onFolder.stderr == "error: cannot write \(folder): it is a folder, not a regular file\n")
        let charts = try Support.briefing(["chart", Support.example, "--all", "--format", "svg", "-o", "/dev/null"])
        #expect(charts.status == 64)
        #expect(
            charts.stderr
                == "error: cannot write /dev/null/ranking.svg: /dev/null is a character device, not a folder\n")
    }

    @Test func outputOntoASymbolicLinkIsRefusedAndTheLinkKept() throws {
        let folder = try Support.temporaryFolder()
        let target = folder + "/elsewhere.pdf"
        try Data("kept".utf8).write(to: URL(fileURLWithPath: target))
        try FileManager.default.createSymbolicLink(atPath: folder + "/link.pdf", withDestinationPath: target)
        try FileManager.default.createDirectory(atPath: folder + "/charts", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder + "/charts/ranking.svg", withDestinationPath: target)
        let build = try Support.briefing(["build", Support.example, "-o", folder + "/link.pdf"])
        #expect(build.status == 64)
        #expect(build.stderr == "error: cannot write \(folder)/link.pdf: it is a symbolic link; name the file itself\n")
        let chart = try Support.briefing(
            ["chart", Support.example, "--id", "ranking", "--format", "svg", "-o", folder + "/charts"])
        #expect(chart.status == 64)
        #expect(
            chart.stderr
                == "error: cannot write \(folder)/charts/ranking.svg: it is a symbolic link; name the file itself\n")
        try FileManager.default.createDirectory(atPath: folder + "/out/2013-01", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: folder + "/out/2013-01/zixing-en.pdf", withDestinationPath: target)
        let batch = try Support.briefing(
            ["batch", BatchTests.reports, "-o", folder + "/out", "--periods", "2013-01", "--entities", "zixing"])
        #expect(batch.status == 1)
        #expect(
            batch.stderr.contains(
                "failed: 'zixing' 2013-01 en\nerror: cannot write \(folder)/out/2013-01/zixing-en.pdf: "
                    + "it is a symbolic link; name the file itself\n"), "\(batch.stderr)")
        let link = try FileManager.default.attributesOfItem(atPath: folder + "/link.pdf")[.type] as? FileAttributeType
        #expect(link == .typeSymbolicLink)
        #expect(FileManager.default.contents(atPath: target) == Data("kept".utf8))
    }

    @Test func aChartIdThatIsAPathIsRefusedAtItsNodeByCheckBuildAndChart() throws {
        let brief = try Support.copyOfExample()
        let manifest = brief + "/brief.yaml"
        let text = try String(contentsOfFile: manifest, encoding: .utf8)
        try text.replacingOccurrences(of: "{id: ranking,", with: "{id: ../ranking,")
            .write(toFile: manifest, atomically: true, encoding: .utf8)
        let diagnostic =
            "\(manifest):29:14: error: chart id '../ranking' cannot name a file: it holds '/' or '\\'\n"
            + "          - {id: ../ranking, kind: ranking, indicator: tit_volume}\n"
            + "                 ^\n"
        let out = (brief as NSString).deletingLastPathComponent + "/charts"
        let chart = try Support.briefing(["chart", brief, "--id", "../ranking", "--format", "svg", "-o", out])
        #expect(chart.status == 65)
        #expect(chart.stderr.hasPrefix(diagnostic), "\(chart.stderr)")
        #expect(!FileManager.default.fileExists(atPath: (out as NSString).deletingLastPathComponent + "/ranking.svg"))
        let check = try Support.briefing(["check", brief])
        #expect(check.status == 65)
        #expect(check.stdout.hasPrefix(diagnostic), "\(check.stdout)")
        let build = try Support.briefing(["build", brief, "-o", out + ".pdf"])
        #expect(build.status == 65)
        #expect(build.stderr.hasPrefix(diagnostic), "\(build.stderr)")
    }

    /// A copy of the monthly reports whose park `hitech` is called `id` in every table.
    static func reports(renaming id: String) throws -> String {
        let folder = try Support.temporaryFolder() + "/reports"
        try FileManager.default.copyItem(atPath: BatchTests.reports, toPath: folder)
        for table in ["parks.csv", "monthly.csv", "targets.csv"] {
            let path = folder + "/" + table
            // The tables end lines with CRLF, one Character in Swift: split on any line break.
            let lines = try String(contentsOfFile: path, encoding: .utf8).split(
                omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            try lines.map { $0.hasPrefix("hitech,") ? id + $0.dropFirst("hitech".count) : String($0) }
                .joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        }
        return folder
    }

    @Test func anEntityIdThatIsAPathWritesNothingOutsideTheOutputFolder() throws {
        let reports = try Self.reports(renaming: "../../x")
        let top = (reports as NSString).deletingLastPathComponent
        let cwd = top + "/a/b"
        try FileManager.default.createDirectory(atPath: cwd, withIntermediateDirectories: true)
        let run = try Support.briefing(
            ["batch", reports, "-o", "out", "--periods", "2013-01", "--entities", "../../x,zixing", "--quiet"], in: cwd)
        #expect(run.status == 1)
        let diagnostic =
            "\(reports)/parks.csv:2:1: error: entity id '../../x' cannot name a file in 'output' "
            + "({period}/{entity}-{lang}.pdf): it holds '/' or '\\'\n"
            + "    ../../x,Chenzhou Hi-tech Zone,郴州高新区,Beihu\n"
            + "    ^\n"
        #expect(run.stderr.contains(diagnostic), "\(run.stderr)")
        let written = (FileManager.default.enumerator(atPath: top)?.compactMap { $0 as? String } ?? [])
            .filter { $0.hasSuffix(".pdf") }.sorted()
        #expect(written == ["a/b/out/2013-01/zixing-en.pdf", "a/b/out/2013-01/zixing-zh.pdf"])
        let check = try Support.briefing(["check", reports])
        #expect(check.status == 65)
        #expect(check.stdout.contains(diagnostic), "\(check.stdout)")
    }

    @Test func aBatchListsAnEntityIdWithControlCharactersQuoted() throws {
        let reports = try Self.reports(renaming: "hi\u{1B}[31mtech")
        let folder = try Support.temporaryFolder()
        let run = try Support.briefing(
            ["batch", reports, "-o", folder, "--periods", "2013-01", "--entities", "zixing,hi\u{1B}[31mtech"])
        #expect(run.status == 1)
        #expect(!run.stderr.contains("\u{1B}["), "\(run.stderr)")
        #expect(
            run.stderr.contains(
                "failed: every report of 'hi\\u{001B}[31mtech' (2):\n"
                    + "\(reports)/parks.csv:2:1: error: entity id 'hi\\u{001B}[31mtech' cannot name a file in "
                    + "'output' ({period}/{entity}-{lang}.pdf): it holds the control character U+001B\n"
                    + "    hi␛[31mtech,Chenzhou Hi-tech Zone,郴州高新区,Beihu\n"
                    + "    ^\n"), "\(run.stderr)")
        #expect(
            run.stderr.hasSuffix(
                "failed (2):\n"
                    + "  'hi\\u{001B}[31mtech' 2013-01 en → '2013-01/hi\\u{001B}[31mtech-en.pdf'\n"
                    + "  'hi\\u{001B}[31mtech' 2013-01 zh → '2013-01/hi\\u{001B}[31mtech-zh.pdf'\n"), "\(run.stderr)")
    }

    @Test func aBatchWritingTheSameLedgerIsRefusedAndShardsAreNot() throws {
        let out = try Support.temporaryFolder()
        let lock = open(out + "/briefing-batch.lock", O_RDWR | O_CREAT, 0o644)
        #expect(lock >= 0)
        defer { close(lock) }
        let pid = Array("\(getpid())\n".utf8)
        #expect(pwrite(lock, pid, pid.count, 0) == pid.count)
        #expect(flock(lock, LOCK_EX | LOCK_NB) == 0)
        let arguments = [
            "batch", BatchTests.reports, "-o", out, "--periods", "2013-01", "--entities", "zixing", "--quiet",
        ]
        let refused = try Support.briefing(arguments)
        #expect(refused.status == 1)
        #expect(
            refused.stderr
                == "error: another briefing batch is writing to \(out) (pid \(getpid())); "
                + "wait for it or use another folder\n")
        #expect(BatchTests.pdfs(in: out).isEmpty)
        let shard = try Support.briefing(arguments + ["--shard", "1/2"])
        #expect(shard.status == 0, "\(shard.stderr)")
        #expect(BatchTests.pdfs(in: out) == ["2013-01/zixing-en.pdf"])
    }

    @Test func twoBatchesAtOnceIntoOneFolder() throws {
        let out = try Support.temporaryFolder()
        let arguments = ["batch", BatchTests.reports, "-o", out, "--quiet"] + BatchTests.small
        let runs = try [0, 1].map { _ in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: Support.executable)
            process.arguments = arguments
            let err = Pipe()
            process.standardError = err
            try process.run()
            return (process, err)
        }
        var statuses: [Int32] = []
        var messages: [String] = []
        for (process, err) in runs {
            let text = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            statuses.append(process.terminationStatus)
            messages.append(text)
        }
        // One takes the ledger; the other fails at once (unless the first was done before it began).
        #expect(statuses.contains(0))
        for (status, message) in zip(statuses, messages) where status != 0 {
            #expect(status == 1)
            #expect(message.hasPrefix("error: another briefing batch is writing to \(out) (pid "))
        }
        #expect(BatchTests.pdfs(in: out) == BatchTests.expectedSmall())
        let rerun = try Support.briefing(arguments.filter { $0 != "--quiet" })
        #expect(rerun.stderr.contains("built 0, skipped 12, failed 0"), "\(rerun.stderr)")
    }

    @Test func anOutputChangedSinceTheLedgerRecordedItIsRebuilt() throws {
        let out = try Support.temporaryFolder()
        let arguments = ["batch", BatchTests.reports, "-o", out, "--periods", "2013-01", "--entities", "zixing"]
        #expect(try Support.briefing(arguments).status == 0)
        // Same size, other bytes: what another batch writing the same name would leave.
        let path = out + "/2013-01/zixing-en.pdf"
        var bytes = try #require(FileManager.default.contents(atPath: path))
        bytes[bytes.count / 2] ^= 0xFF
        try bytes.write(to: URL(fileURLWithPath: path))
        let rerun = try Support.briefing(arguments)
        #expect(rerun.status == 0)
        #expect(rerun.stderr.contains("built 1, skipped 1, failed 0"), "\(rerun.stderr)")
    }
}
