import BriefingCharts
import BriefingCore
import BriefingInput
import BriefingLayout
import BriefingRender
import Foundation

/// Builds briefs into PDF files: the pipeline from a brief folder to pages on disk.
public enum BriefBuilder {
    /// What a build produced.
    public struct Report: Sendable {
        public var output: String
        public var pages: Int
        /// Input and layout problems that did not stop the build.
        public var warnings: [String]
    }

    /// Reads the brief at `path`, lays it out and writes the PDF to `output` atomically.
    /// - Parameter sourceDateEpoch: `SOURCE_DATE_EPOCH`, which overrides the brief's date as the
    ///   PDF's creation date.
    public static func build(_ path: String, output: String, sourceDateEpoch: String? = nil) throws -> Report {
        PangoTypesetter.prepareHyphenation()
        try FontConfiguration.use(configFile: Assets.fontConfiguration)
        let brief = try Brief.load(path, coverage: try FontCoverage())
        let typesetter = try PangoTypesetter(monospaceFamily: brief.theme.fonts(for: brief.manifest.language).mono)
        let composer = composer(brief, typesetter: typesetter, sourceDateEpoch: sourceDateEpoch)
        let laidOut = try layout(composer)
        try PDFWriter.write(laidOut.document, to: output)
        return Report(
            output: output, pages: laidOut.document.pages.count,
            warnings: DiagnosticListing(warnings(composer, laidOut)).lines)
    }

    /// What did not stop a build: the brief's input warnings, repeated charts, and layout's warnings
    /// at the blocks they concern.
    static func warnings(_ composer: BriefComposer, _ laidOut: LaidOutDocument) -> [Diagnostic] {
        let brief = composer.brief
        return brief.warnings + composer.chartComposer.repeats(brief.manifest.charts)
            + brief.diagnostics(for: laidOut.warnings)
    }

    /// Lays out a loaded brief with `typesetter` (Pango for output, fixed metrics in tests); throws
    /// when the document would have too many pages, at the manifest.
    static func layout(
        _ brief: Brief, typesetter: any Typesetter, sourceDateEpoch: String?
    ) throws(DiagnosticError) -> LaidOutDocument {
        try layout(composer(brief, typesetter: typesetter, sourceDateEpoch: sourceDateEpoch))
    }

    /// What composes `brief`'s document with `typesetter`.
    static func composer(_ brief: Brief, typesetter: any Typesetter, sourceDateEpoch: String?) -> BriefComposer {
        let manifest = brief.manifest
        return BriefComposer(
            brief: brief,
            layoutTheme: brief.theme.layoutTheme(language: manifest.language, pageSize: manifest.pageSize.size),
            chartTheme: brief.theme.chartTheme(language: manifest.language), typesetter: typesetter,
            creationDate: creationDate(manifest.date, sourceDateEpoch: sourceDateEpoch))
    }

    /// Lays out the document `composer` composes.
    static func layout(_ composer: BriefComposer) throws(DiagnosticError) -> LaidOutDocument {
        try DocumentLayout.layout(
            try composer.documentSpec(), theme: composer.layoutTheme, typesetter: composer.typesetter,
            drawer: composer.drawer
        ).complete(at: composer.brief.manifest.path)
    }

    /// The creation date written into the PDF: `SOURCE_DATE_EPOCH` when set, else the brief's date
    /// at midnight UTC. Never the clock, so that the same inputs give the same bytes.
    static func creationDate(_ day: CalendarDay, sourceDateEpoch: String?) -> Date {
        if let epoch = sourceDateEpoch.flatMap(TimeInterval.init) { return Date(timeIntervalSince1970: epoch) }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        return calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day))
            ?? Date(timeIntervalSince1970: 0)
    }
}

extension LaidOutDocument {
    /// The document, or its layout error as an error at `path` (the manifest: layout knows no positions).
    func complete(at path: String) throws(DiagnosticError) -> LaidOutDocument {
        guard let error else { return self }
        throw DiagnosticError([.error(at: .file(path), error)])
    }
}
