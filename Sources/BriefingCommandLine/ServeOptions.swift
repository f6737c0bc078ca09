import ArgumentParser
import BriefingCore
import Foundation

/// The options of `briefing serve`, parsed by `briefing` and again by `briefing-serve`, which it
/// runs.
public struct ServeOptions: ParsableArguments {
    @Argument(help: "A brief folder, a report folder or a manifest file.")
    public var path: String

    @Option(help: "The port to listen on; 0 picks a free one (printed).")
    public var port: UInt16 = 8000

    @Option(
        help: "The address to listen on: 127.0.0.1 (default, this machine only), ::1, or 0.0.0.0 for every network.")
    public var host = "127.0.0.1"

    public func validate() throws {
        guard FileManager.default.fileExists(atPath: path) else {
            throw ValidationError("no brief at '\(path)': expected a brief folder, a report folder or a manifest file")
        }
        var address = in6_addr()
        guard inet_pton(AF_INET, host, &address) == 1 || inet_pton(AF_INET6, host, &address) == 1 else {
            throw ValidationError(
                "expected --host to be an IPv4 or IPv6 address (127.0.0.1, ::1, 0.0.0.0), found '\(host)'")
        }
    }

    public init() {}

    /// The options as arguments, to hand on.
    public var arguments: [String] { [path, "--port", String(port), "--host", host] }
}

/// Prints `diagnostics` to standard error, at most `DiagnosticListing.limit` of them and then a count
/// of the rest by kind.
public func printDiagnostics(_ diagnostics: [Diagnostic]) {
    for line in DiagnosticListing(diagnostics).lines { printError(line) }
}

/// Prints `message` and a line break to standard error.
public func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}

/// The time of day that starts each line `serve` and `watch` print: `[14:03:07]`.
public enum TimeOfDay {
    public static func now() -> String {
        let formatter = DateFormatter()
        formatter.dateFormat = "HH:mm:ss"
        return "[\(formatter.string(from: Date()))]"
    }
}

/// Lets SIGINT, SIGTERM and SIGHUP stop the process: a program started from a thread that blocks
/// them (Foundation's `Process` on a Dispatch worker, some supervisors) inherits the blocked mask,
/// and `watch` or `serve` could then never be stopped but with SIGKILL.
public func unblockStopSignals() {
    var signals = sigset_t()
    sigemptyset(&signals)
    for signal in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&signals, signal) }
    pthread_sigmask(SIG_UNBLOCK, &signals, nil)
}
