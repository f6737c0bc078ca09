import ArgumentParser
import Briefing
import BriefingCore
import Foundation

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check a brief or a report manifest without rendering it.",
        discussion: """
            PATH is a brief folder (holding brief.yaml), a report folder (holding report.yaml) or a \
            manifest file. Every problem in every file is printed, as path:line:col: error|warning: … \
            with the line and a caret, or as a JSON array with --format json. Exit status 0 when \
            there is no error (warnings allowed), 65 when there is one.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "A brief folder, a report folder or a manifest file.")
    var path: String

    @Option(help: "text (default) or json.")
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
