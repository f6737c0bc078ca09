import BriefingCore
import BriefingRender

/// The typesetters of one batch worker thread, one per language, kept from report to report so
/// that what every report shares (headings, table headers, entity names, tick labels, the running
/// header and footer) is shaped once rather than once per report. Pango's font map is per thread:
/// an instance is created, used and freed on one thread.
final class WorkerTypesetters {
    /// Above this many shaped paragraphs a typesetter starts afresh, so memory does not grow with
    /// the number of reports (a kept paragraph holds a `PangoLayout`, tens of kilobytes).
    static let maxCachedParagraphs = 1_500

    private let batch: ReportBatch
    private var typesetters: [Language: PangoTypesetter] = [:]

    init(batch: ReportBatch) { self.batch = batch }

    /// The typesetter for `language`, for a new report: what neither of the last two reports set
    /// is forgotten first (`forgetUnused()`), and everything when the cache is past the bound.
    func typesetter(for language: Language) throws -> PangoTypesetter {
        if let typesetter = typesetters[language] {
            typesetter.forgetUnused()
            if typesetter.cachedParagraphs > Self.maxCachedParagraphs { typesetter.clearCache() }
            return typesetter
        }
        let typesetter = try PangoTypesetter(monospaceFamily: batch.theme.fonts(for: language).mono)
        typesetters[language] = typesetter
        return typesetter
    }
}
