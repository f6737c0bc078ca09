import BriefingCore
import BriefingData
import BriefingRender
import Foundation

/// Puts a batch's reports into one PDF: each report laid out again and its pages appended, with
/// an outline entry per month and, under it, one per entity (and language).
public enum BatchCombiner {
    /// Lays out `jobs` of `batch` in order and writes them to `path` atomically; returns the page
    /// count. Reports that fail are left out (the batch run reports them).
    public static func combine(
        _ jobs: [BatchJob], of batch: ReportBatch, to path: String, sourceDateEpoch: String?
    ) throws -> Int {
        try FontConfiguration.use(configFile: Assets.fontConfiguration)
        let language = batch.manifest.languages.first ?? .en
        let typesetter = try PangoTypesetter(monospaceFamily: batch.theme.fonts(for: language).mono)
        let formatter = ValueFormatter(language: language)
        var pages: [Frame] = []
        var outline: [OutlineEntry] = []
        var metadata: DocumentMetadata?
        var month: Period?
        for job in jobs {
            guard
                let (laidOut, anchor) = try? MonthlyReport.layout(
                    job, batch: batch, typesetter: typesetter, sourceDateEpoch: sourceDateEpoch)
            else { continue }
            if month != job.period {
                month = job.period
                outline.append(
                    OutlineEntry(
                        title: formatter.period(job.period, style: .long), level: 1, page: pages.count,
                        destination: anchor))
            }
            let entity = batch.dataset.entity(job.entity)?.names[job.language] ?? job.entity
            let title = batch.manifest.languages.count > 1 ? "\(entity) (\(job.language.rawValue))" : entity
            outline.append(OutlineEntry(title: title, level: 2, page: pages.count, destination: anchor))
            pages += laidOut.document.pages
            if metadata == nil {
                metadata = laidOut.document.metadata
                metadata?.title = batch.manifest.title[language]
                metadata?.subject = batch.manifest.title[language]
                metadata?.language = language.tag
            }
        }
        guard let metadata else {
            throw DiagnosticError([.error(at: .file(batch.manifest.path), "no report to combine: every report failed")])
        }
        try PDFWriter.write(
            PagedDocument(pages: pages, outline: outline, metadata: metadata, fonts: typesetter.fonts), to: path)
        return pages.count
    }
}
