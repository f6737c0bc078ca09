import Foundation
import Testing

/// `briefing watch`: rebuilds on save; the PDF under its name is always the last good build.
@Suite struct WatchCommandTests {
    /// Waits until `condition` holds, up to `seconds`.
    static func wait(_ seconds: Double = 20, until condition: () throws -> Bool) throws -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if try condition() { return true }
            Thread.sleep(forTimeInterval: 0.1)
        }
        return false
    }

    @Test func rebuildsOnSaveAndKeepsTheLastGoodPDF() throws {
        let brief = try Support.copyOfExample()
        let pdf = brief + "/../watched.pdf"
        let log = brief + "/../watch.log"
        _ = FileManager.default.createFile(atPath: log, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Support.executable)
        process.arguments = ["watch", brief, "-o", pdf]
        process.environment = ProcessInfo.processInfo.environment.merging(["BRIEFING_CACHE": Support.cacheFolder]) {
            $1
        }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: log))
        try process.run()
        defer {
            process.terminate()
            process.waitUntilExit()
        }
        let printed = { (try? String(contentsOfFile: log, encoding: .utf8)) ?? "" }
        let builds = { printed().components(separatedBy: " wrote ").count - 1 }
        #expect(try Self.wait { builds() == 1 }, "\(printed())")
        let first = try Data(contentsOf: URL(fileURLWithPath: pdf))

        // Broken: diagnostics printed, the PDF as it was.
        let table = brief + "/monthly.csv"
        let good = try String(contentsOfFile: table, encoding: .utf8)
        try good.replacingOccurrences(of: "hitech,tit_volume,2012-02,1.9378", with: "hitech,tit_volume,2012-02,1.9x78")
            .write(toFile: table, atomically: true, encoding: .utf8)
        #expect(try Self.wait { printed().contains("not rebuilt") }, "\(printed())")
        #expect(printed().contains("\(table):3:27: error: expected a number in column 'value', found '1.9x78'"))
        #expect(printed().contains("not rebuilt: 1 problem in the input; \(pdf) is the last good build"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: pdf)) == first)

        // Fixed, and the notes edited: rebuilt once, with the new heading.
        try good.write(toFile: table, atomically: true, encoding: .utf8)
        try Data("\n## Watched heading\n\nText.\n".utf8).append(to: brief + "/notes.md")
        #expect(try Self.wait { builds() >= 2 }, "\(printed())")
        #expect(try Self.wait { (try? Support.text(of: pdf))?.contains("Watched heading") == true })
        // Writing the PDF is not an edit: no build follows on its own.
        let count = builds()
        Thread.sleep(forTimeInterval: 1)
        #expect(builds() == count, "\(printed())")
        let strays = try FileManager.default.contentsOfDirectory(atPath: brief + "/..").filter { $0.hasSuffix(".tmp") }
        #expect(strays.isEmpty)
    }

    @Test func aReportManifestIsAUsageError() throws {
        let run = try Support.briefing(["watch", Support.packageRoot.path + "/Briefings/parks-monthly"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("watch builds briefs; preview a batch with 'briefing serve"))
    }
}

/// Requests the preview server must refuse: another site's page in the same browser, or a DNS
/// name pointed at the loopback address, must not read the brief.
@Suite struct ServeGuardTests {
    @Test func onlyItsOwnAddressIsAnswered() throws {
        let server = try ServedBrief(Support.example)
        defer { _ = server.stop() }
        let port = try #require(UInt16(server.address.split(separator: ":").last?.dropLast() ?? ""))
        #expect(try RawHTTP.exchange("GET", "/state", port: port).status == 200)
        #expect(try RawHTTP.exchange("GET", "/state", port: port, headers: ["Host": "localhost:\(port)"]).status == 200)
        #expect(
            try RawHTTP.exchange("GET", "/state", port: port, headers: ["Host": "evil.example:\(port)"]).status == 403)
        #expect(try RawHTTP.exchange("GET", "/", port: port, headers: ["Host": "127.0.0.1:1"]).status == 403)
        let foreign = try RawHTTP.exchange("GET", "/state", port: port, headers: ["Origin": "http://evil.example"])
        #expect(foreign.status == 403)
        #expect(
            try RawHTTP.exchange("GET", "/state", port: port, headers: ["Origin": "http://127.0.0.1:\(port)"]).status
                == 200)
        #expect(try RawHTTP.exchange("GET", "/image/0000000000000000.png", port: port).status == 404)
        #expect(try RawHTTP.exchange("GET", "/../brief.yaml", port: port).status == 404)
    }

    /// On every address (`--host 0.0.0.0`), a request naming any of the machine's addresses is
    /// answered — the page is useless otherwise — but not one naming a DNS name.
    @Test func onEveryAddressAnyIPAddressIsAnswered() throws {
        let server = try ServedBrief(Support.example, ["--host", "0.0.0.0"])
        defer { _ = server.stop() }
        #expect(server.address.hasPrefix("http://0.0.0.0:"))
        let port = try #require(UInt16(server.address.split(separator: ":").last?.dropLast() ?? ""))
        #expect(try RawHTTP.exchange("GET", "/state", port: port).status == 200)
        for (host, status) in [
            ("192.168.7.7:\(port)", 200), ("[fe80::1]:\(port)", 200), ("localhost:\(port)", 200),
            ("evil.example:\(port)", 403), ("192.168.7.7:1", 403), ("192.168.7.7", 403),
        ] {
            #expect(
                try RawHTTP.exchange("GET", "/state", port: port, headers: ["Host": host]).status == status, "\(host)")
        }
        for (origin, status) in [("http://192.168.7.7:\(port)", 200), ("http://evil.example:\(port)", 403)] {
            #expect(
                try RawHTTP.exchange("GET", "/state", port: port, headers: ["Origin": origin]).status == status,
                "\(origin)")
        }
    }

    @Test func aHostThatIsNotAnAddressIsAUsageError() throws {
        let run = try Support.briefing(["serve", Support.example, "--host", "localhost", "--port", "0"])
        #expect(run.status == 64)
        #expect(
            run.stderr.hasPrefix(
                "Error: expected --host to be an IPv4 or IPv6 address (127.0.0.1, ::1, 0.0.0.0), found 'localhost'\n"))
    }

    @Test func aMissingBriefIsAUsageError() throws {
        let run = try Support.briefing(["serve", "/nonexistent/brief", "--port", "0"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("no brief at '/nonexistent/brief'"))
    }
}
