import ArgumentParser
import Briefing
import BriefingCommandLine
import BriefingCore
import BriefingRender
import Foundation

struct Chart: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Export charts of a brief as PNG, SVG or PDF files, for slides.",
        discussion: """
            Writes one file per chart into the output folder, named after the chart's id in the manifest \
            (DIR/ranking.png), drawn exactly as on the page and, unless --width/--height say otherwise, at \
            the page's size. PNG files are 300 dpi unless --dpi says otherwise, with the resolution \
            recorded in the file. SOURCE_DATE_EPOCH, when set, is a PDF's creation date.
            """)

    @Argument(help: "A brief folder or a manifest file.", completion: .briefPath)
    var path: String

    @Option(help: "The id of the chart to export, as in the manifest.")
    var id: String?

    @Flag(help: "Export every chart of the brief.")
    var all = false

    @Option(help: "The file format.")
    var format: ChartFormat

    @Option(help: "Pixels per inch of a PNG, from 10 to 2400 (default: 300).")
    var dpi: Double?

    @Option(help: "The chart's width in points (default: its width on the page).")
    var width: Double?

    @Option(help: "The chart's height in points (default: the page's proportions).")
    var height: Double?

    @Option(name: .shortAndLong, help: "The folder to write into.", completion: .directory)
    var output: String

    @Option(name: .customLong("repeat"), help: .hidden)
    var repetitions = 1

    func validate() throws {
        if id != nil && all { throw ValidationError("give either --id ID or --all, not both") }
        if id == nil && !all { throw ValidationError("say which charts: --id ID or --all") }
        if let dpi {
            guard format == .png else { throw ValidationError("--dpi applies to png only, not \(format.rawValue)") }
            guard dpi >= 10 && dpi <= 2400 else { throw ValidationError("--dpi must be from 10 to 2400, found \(dpi)") }
        }
        for (name, value) in [("--width", width), ("--height", height)] {
            if let value, !(value >= 36 && value <= 14400) {
                throw ValidationError("\(name) must be from 36 to 14400 points, found \(value)")
            }
        }
        if repetitions < 1 { throw ValidationError("--repeat must be at least 1") }
    }

    func run() throws {
        let options = ChartExporter.Options(
            format: format, dpi: dpi ?? ChartWriter.defaultDPI, width: width, height: height,
            repetitions: repetitions)
        let clock = ContinuousClock()
        let start = clock.now
        do {
            let report = try ChartExporter.export(
                path, charts: id.map { .id($0) } ?? .all, options: options, to: output,
                sourceDateEpoch: ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"])
            for warning in report.warnings { printError(warning) }
            for file in report.outputs { print("wrote \(file)") }
            if repetitions > 1 {
                let elapsed = (clock.now - start).components
                let seconds = Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18
                let count = repetitions * report.outputs.count
                print("exported \(count) files in \(seconds) s: \(Double(count) / seconds) exports/s")
            }
        } catch let error as ChartExportError {
            printError("error: \(error)")
            throw ExitCode.validationFailure
        } catch let error as DiagnosticError {
            printDiagnostics(error.diagnostics)
            let count = error.diagnostics.problemCount(.error)
            printError("error: no chart written: \(count) problem\(count == 1 ? "" : "s") in the input")
            throw ExitCode(ExitStatus.badInput)
        } catch let error as FileWriteError {
            throw ExitStatus.failing(error)
        }
    }
}

extension ChartFormat: ExpressibleByArgument {
    public var defaultValueDescription: String {
        switch self {
        case .png: "a raster image, 300 dpi unless --dpi says otherwise"
        case .svg: "a vector image, text drawn as outlines"
        case .pdf: "a one-page PDF with embedded fonts and extractable text"
        }
    }
}
