import BriefingCore
import BriefingData
import BriefingInput
import BriefingLayout
import BriefingRender
import Foundation

/// Builds previews of one brief or report batch again and again, keeping what rebuilds share: the
/// fonts, the typesetters' shaped paragraphs, and the images of pages that did not change.
///
/// Not thread-safe, and bound to one thread: Pango's font map is per thread. Create it, use it and
/// let it go on the thread that builds (see `PreviewWorker`).
public final class PreviewBuilder {
    /// Pixels per inch of a brief's pages: sharp on a 1.5× screen at the page's size.
    public static let pageDPI = 144.0
    /// Pixels per inch of a contact sheet's reports.
    public static let sheetDPI = 72.0

    private let path: String
    private let kind: ManifestKind
    private let coverage: FontCoverage
    private var typesetters: [String: PangoTypesetter] = [:]
    /// The PNG of each page drawn by the last build, by page: a page that comes out the same is not
    /// drawn again. Glyph runs name fonts by their number in one typesetter's book: the images
    /// are kept for the typesetter that set them (`drawnWith`, its monospace family).
    private var drawn: [Frame: [UInt8]] = [:]
    private var drawnWith = ""

    /// A builder for the brief or report manifest at `path`.
    /// - Throws: when the fonts cannot be configured.
    public init(path: String) throws {
        PangoTypesetter.prepareHyphenation()
        try FontConfiguration.use(configFile: Assets.fontConfiguration)
        self.path = path
        self.kind = ManifestKind.of(path)
        self.coverage = try FontCoverage()
    }

    /// Builds the preview: a brief's pages, or a report batch's contact sheet for `period` and
    /// `language` (default: the last period with data and the manifest's first language).
    public func build(period: Period? = nil, language: Language? = nil) throws(DiagnosticError) -> Preview {
        switch kind {
        case .brief: try brief()
        case .reports: try sheet(period: period, language: language)
        }
    }

    private func brief() throws(DiagnosticError) -> Preview {
        let brief = try Brief.load(path, coverage: coverage)
        let typesetter = try self.typesetter(
            brief.theme.fonts(for: brief.manifest.language).mono, at: brief.manifest.path)
        let composer = BriefBuilder.composer(brief, typesetter: typesetter, sourceDateEpoch: nil)
        let laidOut = try BriefBuilder.layout(composer)
        let document = laidOut.document
        let images = try draw(
            document.pages, fonts: document.fonts, with: brief.theme.fonts(for: brief.manifest.language).mono,
            dpi: Self.pageDPI, at: brief.manifest.path)
        return Preview(
            title: brief.manifest.title, language: brief.manifest.language,
            images: images.map { Preview.Image(png: $0.png, size: $0.size) },
            outline: document.outline, document: document, warnings: BriefBuilder.warnings(composer, laidOut))
    }

    private func sheet(period: Period?, language: Language?) throws(DiagnosticError) -> Preview {
        let batch = try ReportBatch.load(path)
        let manifest = batch.manifest
        guard let shown = period.flatMap({ batch.periods.contains($0) ? $0 : nil }) ?? batch.periods.last else {
            throw DiagnosticError([.error(at: .file(manifest.path), "the batch has no period with data to report on")])
        }
        guard
            let language = language.flatMap({ manifest.languages.contains($0) ? $0 : nil }) ?? manifest.languages.first
        else {
            throw DiagnosticError([.error(at: .file(manifest.path), "the batch has no language to report in")])
        }
        let typesetter = try self.typesetter(batch.theme.fonts(for: language).mono, at: manifest.path)
        var pages: [Frame] = []
        var captions: [String] = []
        var failures: [Preview.Failure] = []
        for id in batch.entities {
            let name = batch.dataset.entities.first { $0.id == id }.map { $0.names[language] } ?? id
            let caption = name == id ? id : "\(name) (\(id))"
            if let errors = batch.entityErrors[id], !errors.isEmpty {
                failures.append(Preview.Failure(caption: caption, diagnostics: errors))
                continue
            }
            let job = BatchJob(entity: id, period: shown, language: language, output: "")
            do {
                let laidOut = try MonthlyReport.layout(job, batch: batch, typesetter: typesetter, sourceDateEpoch: nil)
                guard let first = laidOut.document.document.pages.first else { continue }
                pages.append(first)
                captions.append(caption)
            } catch {
                failures.append(Preview.Failure(caption: caption, diagnostics: error.diagnostics))
            }
        }
        // Every report's fonts are in the typesetter's book, which only grows.
        let images = try draw(
            pages, fonts: typesetter.fonts, with: batch.theme.fonts(for: language).mono, dpi: Self.sheetDPI,
            at: manifest.path)
        return Preview(
            title: manifest.title[language], language: language,
            images: zip(images, captions).map { Preview.Image(png: $0.png, size: $0.size, caption: $1) },
            failures: failures,
            sheet: Preview.Sheet(
                period: shown, language: language, periods: batch.periods, languages: manifest.languages),
            warnings: batch.warnings)
    }

    /// The typesetter for a monospace family, kept from build to build; what the last two builds
    /// did not set is forgotten.
    private func typesetter(_ monospace: String, at manifest: String) throws(DiagnosticError) -> PangoTypesetter {
        if let typesetter = typesetters[monospace] {
            typesetter.forgetUnused()
            return typesetter
        }
        do {
            let typesetter = try PangoTypesetter(monospaceFamily: monospace)
            typesetters[monospace] = typesetter
            return typesetter
        } catch {
            throw DiagnosticError([.error(at: .file(manifest), "the fonts cannot be loaded: \(error)")])
        }
    }

    /// Each page as a PNG at `dpi`, reusing the images of pages the last build drew the same with
    /// the typesetter of `monospace`.
    private func draw(
        _ pages: [Frame], fonts: FontBook, with monospace: String, dpi: Double, at manifest: String
    ) throws(DiagnosticError) -> [(png: [UInt8], size: Size)] {
        if drawnWith != monospace { (drawn, drawnWith) = ([:], monospace) }
        var now: [Frame: [UInt8]] = [:]
        var images: [(png: [UInt8], size: Size)] = []
        for page in pages {
            let png: [UInt8]
            if let kept = now[page] ?? drawn[page] {
                png = kept
            } else {
                do {
                    png = try ChartWriter.render(page, as: .png, dpi: dpi, fonts: fonts)
                } catch {
                    throw DiagnosticError([.error(at: .file(manifest), "a page cannot be drawn: \(error)")])
                }
            }
            now[page] = png
            images.append((png, page.size))
        }
        drawn = now
        return images
    }
}
