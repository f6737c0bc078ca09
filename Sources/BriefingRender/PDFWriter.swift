import BriefingCore
internal import CCairo
import Foundation

/// Writes a laid-out document as PDF: pages, embedded subset fonts, outline, links and metadata.
public enum PDFWriter {
    /// Renders `document` to PDF bytes: its text as the glyph runs say, in the fonts of its book.
    public static func render(_ document: PagedDocument) throws(RenderError) -> [UInt8] {
        let sink = ByteStream()
        let firstSize = document.pages.first?.size ?? Size(width: 595.276, height: 841.89)
        guard
            let raw = cairo_pdf_surface_create_for_stream(
                ByteStream.write, sink.closure, firstSize.width, firstSize.height)
        else { throw RenderError("cairo_pdf_surface_create_for_stream", "out of memory") }
        let surface = try CairoSurface(raw, operation: "cairo_pdf_surface_create_for_stream")
        var figures: [PDFStructurePatch.Figure] = []
        var columnHeaders: [[Int]] = []
        try withExtendedLifetime(sink) { () throws(RenderError) in
            setMetadata(document.metadata, on: surface)
            let cairo = try CairoContext(surface: surface)
            let renderer = FrameRenderer(cairo: cairo, fonts: document.fonts, frames: document.pages, emitsTags: true)
            // The whole document is one structure element. Besides tagging, this works around
            // cairo 1.16, which without an enclosing element writes a broken cross-reference table
            // for any link annotation.
            renderer.beginTag("Document")
            var currentSize = firstSize
            for (index, page) in document.pages.enumerated() {
                // Only on a change: cairo 1.16 loses the structure tree when the size is set
                // before anything is drawn on the first page.
                if page.size != currentSize {
                    cairo_pdf_surface_set_size(surface.pointer, page.size.width, page.size.height)
                    currentSize = page.size
                }
                renderer.drawPage(page)
                cairo_show_page(cairo.pointer)
                try cairo.check("drawing page \(index + 1)")
            }
            renderer.endTag("Document")
            addOutline(document.outline, to: surface)
            try surface.finish()
            figures = renderer.figures
            columnHeaders = renderer.columnHeaders
        }
        // What cairo 1.16 cannot write: the document's language, the figures' alternative texts,
        // the header cells' scope and the outline shown on opening.
        do {
            return try PDFStructurePatch.apply(
                to: sink.bytes, language: document.metadata.language, figures: figures, columnHeaders: columnHeaders,
                opensOutline: !document.outline.isEmpty)
        } catch {
            throw RenderError("adding the language, alternative texts and table scopes to the PDF", error.description)
        }
    }

    /// Renders `document` and writes it to `path` atomically: a temporary file in the same
    /// folder, renamed into place, so no half-written PDF ever exists under the final name.
    public static func write(_ document: PagedDocument, to path: String) throws {
        let bytes = try render(document)
        try AtomicFile.write(bytes, to: path)
    }

    private static func setMetadata(_ metadata: DocumentMetadata, on surface: CairoSurface) {
        let pdf = surface.pointer
        cairo_pdf_surface_set_metadata(pdf, CAIRO_PDF_METADATA_TITLE, metadata.title)
        cairo_pdf_surface_set_metadata(pdf, CAIRO_PDF_METADATA_AUTHOR, metadata.author)
        cairo_pdf_surface_set_metadata(pdf, CAIRO_PDF_METADATA_SUBJECT, metadata.subject)
        if !metadata.keywords.isEmpty {
            cairo_pdf_surface_set_metadata(pdf, CAIRO_PDF_METADATA_KEYWORDS, metadata.keywords)
        }
        cairo_pdf_surface_set_metadata(pdf, CAIRO_PDF_METADATA_CREATOR, metadata.creator)
        let date = iso8601(metadata.creationDate)
        cairo_pdf_surface_set_metadata(pdf, CAIRO_PDF_METADATA_CREATE_DATE, date)
        cairo_pdf_surface_set_metadata(pdf, CAIRO_PDF_METADATA_MOD_DATE, date)
    }

    /// Adds outline entries in order, nesting each under the nearest earlier entry of a lower level.
    private static func addOutline(_ entries: [OutlineEntry], to surface: CairoSurface) {
        var parents: [(level: Int, id: Int32)] = []
        for entry in entries {
            while let last = parents.last, last.level >= entry.level { parents.removeLast() }
            let parent = parents.last?.id ?? Int32(CAIRO_PDF_OUTLINE_ROOT)
            let target = FrameRenderer.destinationAttribute(entry.destination)
            let flags = entry.level == 1 ? CAIRO_PDF_OUTLINE_FLAG_OPEN : cairo_pdf_outline_flags_t(0)
            let id = cairo_pdf_surface_add_outline(surface.pointer, parent, entry.title, target, flags)
            parents.append((entry.level, id))
        }
    }

    private static func iso8601(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(
            format: "%04d-%02d-%02dT%02d:%02d:%02dZ", c.year ?? 1970, c.month ?? 1, c.day ?? 1, c.hour ?? 0,
            c.minute ?? 0, c.second ?? 0)
    }
}
