import ArgumentParser
import Briefing
import BriefingCore
import Foundation

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check a brief or a report manifest without rendering it.",
        discussion: """
            PATH is a brief folder (holding brief.yaml), a report folder (holding report.yaml) or a \
            manifest file. Every problem in every file is printed, as path:line:col: error|warning: message \
            with the line and a caret, or as a JSON array with --format json. Exit status 0 when \
            there is no error (warnings allowed), 65 when there is one.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json

        var defaultValueDescription: String {
            switch self {
            case .text: "path:line:col: error|warning: message, the line and a caret; a count at the end"
            case .json: "an array of {path, line, column, severity, message, sourceLine, caret}"
            }
        }
    }

    @Argument(help: "A brief folder, a report folder or a manifest file.", completion: .briefPath)
    var path: String

    @Option(help: "How to print the problems.")
    var format: Format = .text

    func run() throws {
        let outcome = BriefCheck.check(path)
        switch format {
        case .json:
            print(BriefCheck.json(outcome.diagnostics))
        case .text:
            for line in DiagnosticListing(outcome.diagnostics).lines { print(line) }
            let errors = outcome.errorCount
            let warnings = outcome.warningCount
            print(
                "\(outcome.manifest): \(errors) error\(errors == 1 ? "" : "s"), "
                    + "\(warnings) warning\(warnings == 1 ? "" : "s")")
        }
        if outcome.errorCount > 0 { throw ExitCode(ExitStatus.badInput) }
    }
}
