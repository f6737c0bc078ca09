import ArgumentParser
import Briefing
import BriefingCore
import BriefingPreview
import Foundation

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Preview a brief in the browser, rebuilt whenever one of its files is saved.",
        discussion: """
            Serves a page at http://HOST:PORT/ showing the brief's pages. Saving any file of the brief's \
            folder rebuilds it, and every open page shows the new pages within about a second, without \
            reloading. While the brief is broken the page shows its diagnostics (path:line:col, the \
            line and a caret) over the last good pages. For a report manifest the page is a contact \
            sheet: the first page of one report per entity, for a period and language chosen on the \
            page. The server answers on the loopback address only unless --host says otherwise, and \
            only to requests naming its own address. Stop it with Ctrl-C.
            """)

    @Argument(help: "A brief folder, a report folder or a manifest file.")
    var path: String

    @Option(help: "The port to listen on; 0 picks a free one (printed).")
    var port: UInt16 = 8000

    @Option(
        help: "The address to listen on: 127.0.0.1 (default, this machine only), ::1, or 0.0.0.0 for every network.")
    var host = "127.0.0.1"

    func validate() throws {
        guard FileManager.default.fileExists(atPath: path) else {
            throw ValidationError("no brief at '\(path)': expected a brief folder, a report folder or a manifest file")
        }
        var address = in6_addr()
        guard inet_pton(AF_INET, host, &address) == 1 || inet_pton(AF_INET6, host, &address) == 1 else {
            throw ValidationError(
                "expected --host to be an IPv4 or IPv6 address (127.0.0.1, ::1, 0.0.0.0), found '\(host)'")
        }
    }

    func run() async throws {
        let server: PreviewServer
        do {
            server = try PreviewServer(path: path, host: host, port: port) { outcome in
                Self.report(outcome)
            }
        } catch {
            printError("error: cannot serve \(FileName.quoted(path)) on \(host):\(port): \(error)")
            throw ExitCode.failure
        }
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await server.run() }
            let port = try await server.port()
            let shown = host.contains(":") ? "[\(host)]" : host
            // Unbuffered: a program that started the server reads the address at once.
            FileHandle.standardOutput.write(Data("serving \(path) at http://\(shown):\(port)/ (Ctrl-C to stop)\n".utf8))
            try await group.next()
        }
    }

    /// One line per build on standard error, with the diagnostics of a failed one.
    private static func report(_ outcome: PreviewWorker.Outcome) {
        switch outcome.result {
        case .success(let preview):
            let count = preview.images.count
            let noun = preview.sheet == nil ? "page" : "report"
            printError("\(Clock.time()) built \(count) \(noun)\(count == 1 ? "" : "s") in \(outcome.milliseconds) ms")
        case .failure(let error):
            printDiagnostics(error.diagnostics)
            let count = error.diagnostics.problemCount(.error)
            printError("\(Clock.time()) not built: \(count) problem\(count == 1 ? "" : "s") in the input")
        }
    }
}

/// The time of day for lines of `serve` and `watch`.
enum Clock {
    static func time() -> String {
        let formatter = DateFormatter()
        formatter.dateFormat = "HH:mm:ss"
        return "[\(formatter.string(from: Date()))]"
    }
}
