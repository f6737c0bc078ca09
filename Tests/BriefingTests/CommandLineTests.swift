import Foundation
import Testing

@testable import Briefing

/// The command line as users expect it: `--version`, options with a fixed set of values listed
/// by `--help` and checked by the parser, shell completions for bash, zsh and fish.
@Suite struct CommandLineTests {
    @Test func versionIsPrinted() throws {
        let run = try Support.briefing(["--version"])
        #expect(run.status == 0)
        #expect(run.stdout == "0.15.0\n")
        #expect(BriefingVersion.current == "0.15.0")
    }

    @Test func chartHelpListsTheFormats() throws {
        let run = try Support.briefing(["chart", "--help"])
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(lines.contains("--format <format>       The file format."))
        #expect(lines.contains("png               - a raster image, 300 dpi unless --dpi says"))
        #expect(lines.contains("svg               - a vector image, text drawn as outlines"))
        #expect(lines.contains("pdf               - a one-page PDF with embedded fonts and"))
    }

    @Test func checkHelpListsTheFormats() throws {
        let run = try Support.briefing(["check", "--help"])
        let lines = run.stdout.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(lines.contains("--format <format>       How to print the problems. (default: text)"))
        #expect(lines.contains { $0.hasPrefix("text              - path:line:col: error|warning: message") })
        #expect(lines.contains { $0.hasPrefix("json              - an array of {path, line, column, severity,") })
    }

    @Test(arguments: [
        (["chart", Support.example, "--all", "--format", "gif", "-o", "/tmp"], "'png', 'svg' or 'pdf'"),
        // ArgumentParser's words for two values.
        (["check", Support.example, "--format", "xml"], "'text' and 'json'"),
    ])
    func unknownValueIsAUsageErrorListingTheValues(arguments: [String], values: String) throws {
        let run = try Support.briefing(arguments)
        #expect(run.status == 64)
        let value = arguments[arguments.count - (arguments[0] == "chart" ? 3 : 1)]
        #expect(
            run.stderr.hasPrefix(
                "Error: The value '\(value)' is invalid for '--format <format>'. Please provide one of \(values).\n"),
            "\(run.stderr)")
    }

    /// Every option whose values are a fixed set, by command: what completions must offer.
    static let enumerated = [("chart", ["png", "svg", "pdf"]), ("check", ["text", "json"])]

    @Test(arguments: ["bash", "zsh", "fish"])
    func completionScriptNamesEveryCommandAndValue(shell: String) throws {
        let run = try Support.briefing(["--generate-completion-script", shell])
        #expect(run.status == 0)
        let help = try CommandHelp.load()
        #expect(help.subcommands.count >= 5)
        for command in help.subcommands {
            #expect(run.stdout.contains(command.commandName), "\(shell) lacks \(command.commandName)")
            for argument in command.arguments ?? [] where argument.shouldDisplay {
                for spelling in argument.spellings where spelling.hasPrefix("--") {
                    // fish names options without their dashes (`-l 'format'`).
                    let written = shell == "fish" ? "-l '\(spelling.dropFirst(2))'" : spelling
                    #expect(run.stdout.contains(written), "\(shell) lacks \(command.commandName) \(spelling)")
                }
            }
        }
        for (_, values) in Self.enumerated {
            let written =
                switch shell {
                case "bash": values.joined(separator: "'$'\\n''")
                case "zsh": "(" + values.map { "'\($0)'" }.joined(separator: " ") + ")"
                default: "'\(values.joined(separator: " "))'"
                }
            #expect(run.stdout.contains(written), "\(shell) lacks \(values)")
        }
        // A brief's path completes folders and manifests.
        let manifests =
            switch shell {
            case "bash": "-o plusdirs -fX '!*.@(yaml|yml)'"
            case "zsh": "_files -g '\\''*.yaml *.yml'\\''"
            default: "set -l exts \\'yaml\\' \\'yml\\'"
            }
        #expect(run.stdout.contains(manifests), "\(shell) does not complete manifests")
    }

    /// The bash script run as bash runs it on Tab: `briefing chart --format <Tab>` offers the
    /// formats, `briefing <Tab>` the commands.
    @Test func bashCompletesFormatsAndCommands() throws {
        let script = try Support.briefing(["--generate-completion-script", "bash"]).stdout
        let file = try Support.temporaryFolder() + "/briefing.bash"
        try script.write(toFile: file, atomically: true, encoding: .utf8)
        func complete(_ words: [String]) throws -> [String] {
            let line = words.joined(separator: " ")
            let program = """
                source '\(file)'
                COMP_WORDS=(\(words.map { "'\($0)'" }.joined(separator: " ")))
                COMP_CWORD=\(words.count - 1)
                COMP_LINE='\(line)'
                COMP_POINT=${#COMP_LINE}
                _briefing briefing '' '\(words[words.count - 2])'
                printf '%s\\n' "${COMPREPLY[@]}"
                """
            let run = try Support.run("bash", ["-c", program])
            #expect(run.status == 0, "\(run.stderr)")
            return run.stdout.split(separator: "\n").map(String.init)
        }
        #expect(try complete(["briefing", "chart", "--format", ""]) == ["png", "svg", "pdf"])
        #expect(try complete(["briefing", "check", "--format", ""]) == ["text", "json"])
        let commands = try complete(["briefing", ""])
        for command in try CommandHelp.load().subcommands {
            #expect(commands.contains(command.commandName))
        }
    }
}
