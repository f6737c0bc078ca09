import ArgumentParser
import Briefing
import BriefingCommandLine
import BriefingCore
import BriefingInput
import Foundation

extension Language: ExpressibleByArgument {}

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Start a brief from tables: infer their shape and write a brief folder that builds.",
        discussion: """
            TABLE is a CSV, xlsx or JSON table: one table of values (the observations) and, optionally, \
            an indicator catalogue (indicator,name,...,kind), an entity catalogue (a name column beside the \
            entities' ids) and targets (scope,indicator,year,target_growth), recognised by their headers. \
            init writes DIR/brief.yaml (commented), notes.md, indicators.csv and entities.csv (unless \
            given) with every id found, and copies the tables into DIR. Names and units to fill in are \
            placeholders starting with 'TODO:', which `briefing check DIR` lists with their positions; \
            what init could not decide is marked CHECK in brief.yaml and printed as DIR/brief.yaml:LINE:COL: \
            warning|note: .... Without -o, DIR is a folder named after the first table in the current \
            directory. An existing file is never replaced without --force: init then writes nothing and \
            exits with status 64. Exit status 65 when a table cannot be read or mapped. The cover date is \
            today's (SOURCE_DATE_EPOCH when set).
            """)

    @Argument(help: "The tables: the observations, and optionally catalogues and targets.")
    var tables: [String]

    @Option(
        name: .shortAndLong, help: "The brief's folder (default: the first table's name, in the current directory).")
    var output: String?

    @Option(help: "The brief's language.")
    var language: Language = .en

    @Flag(help: "Replace existing files.")
    var force = false

    func validate() throws {
        if tables.isEmpty { throw ValidationError("expected at least one table") }
    }

    func run() throws {
        let folder = output ?? Self.defaultFolder(for: tables[0])
        let request = BriefInit.Request(
            tables: tables, folder: folder, language: language, force: force, date: Self.today())
        switch BriefInit.run(request) {
        case .success(let outcome):
            printDiagnostics(outcome.diagnostics)
            print("wrote \(outcome.written.joined(separator: ", "))")
            let check = BriefCheck.check(folder)
            if check.errorCount > 0 {
                printDiagnostics(check.diagnostics.filter { $0.severity == .error })
                printError("error: the brief written does not check: \(check.errorCount) problem(s); please report it")
                throw ExitCode(ExitStatus.badInput)
            }
            let count = outcome.placeholders
            print(
                "\(count) placeholder\(count == 1 ? "" : "s") to fill in (`briefing check \(folder)` lists them), "
                    + "\(outcome.diagnostics.count) choice\(outcome.diagnostics.count == 1 ? "" : "s") to check")
        case .failure(.usage(let message)):
            printError("error: \(message)")
            throw ExitCode(ExitStatus.usage)
        case .failure(.exists(let paths)):
            printError(
                "error: nothing written: \(paths.joined(separator: ", ")) already exist\(paths.count == 1 ? "s" : "") "
                    + "(use --force to replace)")
            throw ExitCode(ExitStatus.usage)
        case .failure(.input(let diagnostics)):
            printDiagnostics(diagnostics)
            printError("error: nothing written: the table cannot be read as a brief's observations")
            throw ExitCode(ExitStatus.badInput)
        case .failure(.write(let error)):
            throw ExitStatus.failing(error)
        }
    }

    /// `NAME` for `path/NAME.csv`: a folder in the current directory.
    static func defaultFolder(for table: String) -> String {
        let stem = URL(fileURLWithPath: table).deletingPathExtension().lastPathComponent
        return stem.isEmpty ? "brief" : stem
    }

    /// Today in UTC, or the day of SOURCE_DATE_EPOCH.
    static func today() -> CalendarDay {
        let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap(TimeInterval.init)
        let date = epoch.map { Date(timeIntervalSince1970: $0) } ?? Date()
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return CalendarDay(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
    }
}
