import Foundation
import Testing

/// docs/man/briefing.1, written by Scripts/man-page (swift-argument-parser's GenerateManual
/// plugin), is current: every command, option, value and help text `briefing` has is in it. The
/// page is not regenerated here: the plugin builds the package again (seconds to minutes), and
/// what it writes is a function of the same `--experimental-dump-help` facts checked here.
@Suite struct ManPageTests {
    static let page = Support.packageRoot.appendingPathComponent("docs/man/briefing.1").path

    /// The page's lines, and its text with mdoc's escapes undone.
    static func read() throws -> (lines: [String], text: String) {
        let page = try String(contentsOfFile: page, encoding: .utf8)
        return (page.split(separator: "\n").map(String.init), page.replacingOccurrences(of: "\\&", with: ""))
    }

    @Test func pageHasEveryCommandOptionAndHelpText() throws {
        let (lines, text) = try Self.read()
        let help = try CommandHelp.load()
        let hint = "(run Scripts/man-page and commit docs/man/briefing.1)"
        #expect(lines.contains(".Nd \"\(help.command.abstract ?? "")\""), "\(hint)")
        for command in help.subcommands {
            #expect(lines.contains(".It Em \(command.commandName)"), "\(command.commandName) missing \(hint)")
            for words in [command.abstract, command.discussion].compactMap({ $0 }) {
                #expect(text.contains(words), "\(command.commandName)'s help text differs \(hint)")
            }
            for argument in command.arguments ?? [] where argument.shouldDisplay {
                // mdoc writes `-o` as `Fl o` and `--output` as `Fl -output`.
                let named = argument.spellings.map { String($0.dropFirst()) }
                #expect(
                    lines.contains { line in line.hasPrefix(".It ") && named.allSatisfy { line.contains($0) } },
                    "\(command.commandName) \(argument.spellings) missing \(hint)")
                if let abstract = argument.abstract {
                    #expect(
                        text.contains(abstract), "\(command.commandName) \(argument.spellings) help differs \(hint)")
                }
                for value in argument.allValueStrings ?? [] where !(argument.allValueDescriptions ?? [:]).isEmpty {
                    #expect(lines.contains(".It Ar \(value)"), "\(command.commandName) value \(value) missing \(hint)")
                }
            }
        }
    }

    @Test func pageRenders() throws {
        let run = try Support.run("man", ["-l", Self.page], environment: ["MANWIDTH": "80"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.isEmpty, "\(run.stderr)")
        #expect(run.stdout.contains("BRIEFING(1)"))
        #expect(run.stdout.contains("briefing subcommand [--version] [--help]"))
    }
}
