import ArgumentParser
import BriefingCommandLine
import Foundation

struct Serve: ParsableCommand {
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

    @OptionGroup var options: ServeOptions

    /// Runs `briefing-serve`, installed beside this program, in this process's place.
    func run() throws {
        let folder = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
        let server = folder.appendingPathComponent("briefing-serve").path
        guard FileManager.default.isExecutableFile(atPath: server) else {
            printError(
                "error: \(server) is missing: 'briefing serve' runs it (build it with 'swift build --product "
                    + "briefing-serve', or Scripts/build-release, and keep it beside briefing)")
            throw ExitCode.failure
        }
        let arguments = [server] + options.arguments
        let pointers = arguments.map { strdup($0) } + [nil]
        execv(server, pointers)
        printError("error: cannot run \(server): \(String(cString: strerror(errno)))")
        throw ExitCode.failure
    }
}
