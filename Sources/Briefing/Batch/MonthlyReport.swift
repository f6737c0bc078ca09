import BriefingCore
import BriefingInput
import BriefingLayout
import BriefingRender
import Foundation

/// Lays out and renders one report of a batch.
enum MonthlyReport {
    /// Lays out `job` with `typesetter`; throws the diagnostic of an entity whose data lacks a month.
    static func layout(
        _ job: BatchJob, batch: ReportBatch, typesetter: any Typesetter, sourceDateEpoch: String?
    ) throws(DiagnosticError) -> (document: LaidOutDocument, anchor: String) {
        let next = job.period.advanced(by: 1)
        let composer = MonthlyComposer(
            batch: batch, job: job, typesetter: typesetter,
            creationDate: BriefBuilder.creationDate(
                CalendarDay(year: next.year, month: next.firstMonth, day: 1), sourceDateEpoch: sourceDateEpoch))
        let spec = try composer.documentSpec()
        let laidOut = try DocumentLayout.layout(spec, theme: composer.layoutTheme, typesetter: typesetter)
            .complete(at: batch.manifest.path)
        return (laidOut, composer.anchor)
    }

    /// Builds `job` into `folder`, atomically, with the calling worker thread's typesetters.
    /// Returns the ledger's record of the PDF, made from `inputs`.
    static func build(
        _ job: BatchJob, inputs: String, batch: ReportBatch, folder: String, sourceDateEpoch: String?,
        typesetters: WorkerTypesetters
    ) throws -> BatchLedger.Record {
        let typesetter = try typesetters.typesetter(for: job.language)
        let laidOut = try layout(job, batch: batch, typesetter: typesetter, sourceDateEpoch: sourceDateEpoch)
        let bytes = try PDFWriter.render(laidOut.document.document)
        try AtomicFile.write(bytes, to: job.output, in: folder)
        return BatchLedger.Record(inputs: inputs, bytes: bytes.count, content: InputFingerprint.content(bytes))
    }
}
