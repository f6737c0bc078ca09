import ArgumentParser
import Briefing
import BriefingCommandLine
import BriefingCore
import BriefingPreview
import Dispatch
import Foundation
import Synchronization

/// `briefing serve`, in an executable of its own: the HTTP server links Foundation's networking,
/// and with it libcurl and its two dozen libraries, which would cost every other command about
/// 6 ms of start-up. `briefing serve` runs this program, found beside it.
@main
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "briefing-serve",
        abstract: "Preview a brief in the browser (run by 'briefing serve').")

    @OptionGroup var options: ServeOptions

    static func main() {
        unblockStopSignals()
        main(nil)
    }

    func run() throws {
        let server: PreviewServer
        do {
            server = try PreviewServer(path: options.path, host: options.host, port: options.port) { outcome in
                Self.report(outcome)
            }
        } catch {
            printError(
                "error: cannot serve \(FileName.quoted(options.path)) on \(options.host):\(options.port): \(error)")
            throw ExitCode.failure
        }
        // The command line is synchronous (an async entry point would cost every command its start-up):
        // the server runs on the concurrency pool while this thread waits for it to end.
        let ended = ServerEnd()
        Task.detached { [path = options.path, host = options.host] in
            do {
                try await withThrowingTaskGroup(of: Void.self) { group in
                    group.addTask { try await server.run() }
                    let port = try await server.port()
                    let shown = host.contains(":") ? "[\(host)]" : host
                    // Unbuffered: a program that started the server reads the address at once.
                    FileHandle.standardOutput.write(
                        Data("serving \(path) at http://\(shown):\(port)/ (Ctrl-C to stop)\n".utf8))
                    try await group.next()
                }
                ended.finish(nil)
            } catch {
                ended.finish(error)
            }
        }
        if let error = ended.wait() {
            printError("error: the preview server stopped: \(error)")
            throw ExitCode.failure
        }
    }

    /// How the server ended, handed from its task to the waiting thread.
    private final class ServerEnd: Sendable {
        private let error = Mutex<(any Error)?>(nil)
        private let done = DispatchSemaphore(value: 0)

        func finish(_ error: (any Error)?) {
            self.error.withLock { $0 = error }
            done.signal()
        }

        func wait() -> (any Error)? {
            done.wait()
            return error.withLock { $0 }
        }
    }

    /// One line per build on standard error, with the diagnostics of a failed one.
    private static func report(_ outcome: PreviewWorker.Outcome) {
        switch outcome.result {
        case .success(let preview):
            let count = preview.images.count
            let noun = preview.sheet == nil ? "page" : "report"
            printError(
                "\(TimeOfDay.now()) built \(count) \(noun)\(count == 1 ? "" : "s") in \(outcome.milliseconds) ms")
        case .failure(let error):
            printDiagnostics(error.diagnostics)
            let count = error.diagnostics.problemCount(.error)
            printError("\(TimeOfDay.now()) not built: \(count) problem\(count == 1 ? "" : "s") in the input")
        }
    }
}
