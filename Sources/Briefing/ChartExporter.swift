import BriefingCore
import BriefingData
import BriefingInput
import BriefingLayout
import BriefingRender
import Foundation

/// Exports the charts a brief declares, for slides and print: one file per chart, named after its
/// id (`DIR/ranking.png`), composed exactly as on the page and by default at the page's size.
public enum ChartExporter {
    /// Which charts to export.
    public enum Selection: Hashable, Sendable {
        /// The chart with this id in the manifest.
        case id(String)
        /// Every chart in the manifest, in order.
        case all
    }

    /// How to export.
    public struct Options: Hashable, Sendable {
        public var format: ChartFormat
        /// Pixels per inch of PNG files, recorded in them.
        public var dpi: Double
        /// The width in points; nil keeps the chart's width on the page.
        public var width: Double?
        /// The height in points; nil keeps the page's proportions (the theme's chart aspect).
        public var height: Double?
        /// How many times each chart is composed, rendered and written: more than 1 only to
        /// measure speed.
        public var repetitions: Int

        public init(
            format: ChartFormat, dpi: Double = ChartWriter.defaultDPI, width: Double? = nil, height: Double? = nil,
            repetitions: Int = 1
        ) {
            self.format = format
            self.dpi = dpi
            self.width = width
            self.height = height
            self.repetitions = repetitions
        }
    }

    /// What an export wrote.
    public struct Report: Sendable {
        /// The files written, in the manifest's order.
        public var outputs: [String]
        /// Input problems that did not stop the export.
        public var warnings: [String]
    }

    /// Reads the brief at `path` and writes the selected charts into `folder`, each atomically.
    /// - Parameter sourceDateEpoch: `SOURCE_DATE_EPOCH`, which overrides the brief's date as a
    ///   PDF's creation date.
    /// - Throws: `DiagnosticError` for a bad brief or a chart that cannot be exported,
    ///   `ChartExportError` for a chart the brief does not declare, `RenderError` or a file error.
    public static func export(
        _ path: String, charts selection: Selection, options: Options, to folder: String,
        sourceDateEpoch: String? = nil
    ) throws -> Report {
        try FontConfiguration.use(configFile: Assets.fontConfiguration)
        let brief = try Brief.load(path)
        let manifest = brief.manifest
        let specs = manifest.charts
        let chosen: [Manifest.ChartSpec]
        switch selection {
        case .all:
            guard !specs.isEmpty else { throw ChartExportError.noCharts(manifest: manifest.path) }
            chosen = specs
        case .id(let id):
            guard let spec = specs.first(where: { $0.id == id }) else {
                throw ChartExportError.unknownChart(id: id, known: specs.map(\.id), manifest: manifest.path)
            }
            chosen = [spec]
        }
        let typesetter = try PangoTypesetter(monospaceFamily: brief.theme.fonts(for: manifest.language).mono)
        let composer = brief.chartComposer(typesetter: typesetter, width: options.width, height: options.height)
        let date = BriefBuilder.creationDate(manifest.date, sourceDateEpoch: sourceDateEpoch)
        var report = Report(outputs: [], warnings: DiagnosticListing(brief.warnings).lines)
        // A chart with nothing to draw is an error, as in check and build: no file is written.
        let problems = composer.problems(chosen)
        guard problems.isEmpty else { throw DiagnosticError(problems) }
        for repetition in 0..<max(options.repetitions, 1) {
            // Every chart up to the last one chosen is composed, to number figures as the page does.
            var number = 0
            for spec in specs.prefix(through: specs.lastIndex { chosen.contains($0) } ?? 0) {
                // A chart before the chosen ones that cannot be drawn takes no number, as on no page.
                guard let figure = try? composer.figure(for: spec, number: number + 1) else { continue }
                number += 1
                guard chosen.contains(spec) else { continue }
                let name = spec.id + "." + options.format.fileExtension
                let output = (folder as NSString).appendingPathComponent(name)
                try ChartWriter.write(
                    figure.frame, as: options.format, dpi: options.dpi,
                    metadata: ChartWriter.Metadata(title: figure.caption.plainText, creationDate: date),
                    fonts: typesetter.fonts, to: name, in: folder)
                if repetition == 0 { report.outputs.append(output) }
            }
        }
        return report
    }
}

extension Brief {
    /// Composes charts as the page does — same figures, formatter, strings, theme and typesetter —
    /// at the page's chart size, or at `width` × `height` points. A missing height keeps the
    /// page's proportions.
    func chartComposer(typesetter: any Typesetter, width: Double?, height: Double?) -> ChartComposer {
        let language = manifest.language
        let layoutTheme = theme.layoutTheme(language: language, pageSize: manifest.pageSize.size)
        let chartWidth = width ?? DocumentLayout.bodyRect(theme: layoutTheme, typesetter: typesetter).width
        let size = Size(width: chartWidth, height: height ?? (chartWidth * theme.charts.aspect).rounded())
        return ChartComposer(
            brief: self, figures: Figures(dataset), formatter: ValueFormatter(language: language),
            strings: Wording(brief: manifest), theme: theme.chartTheme(language: language),
            typesetter: typesetter, size: size)
    }
}
