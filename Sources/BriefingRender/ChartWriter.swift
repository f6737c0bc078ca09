import BriefingCore
internal import CCairo
import Foundation

/// Renders a chart's frame on its own, for slides and print: a PNG at a chosen resolution, an SVG
/// or a one-page PDF, each exactly the chart's size (in points; PNG pixels are points × dpi / 72)
/// on a white background, as on the page.
public enum ChartWriter {
    /// The resolution of PNG exports unless told otherwise: print quality.
    public static let defaultDPI = 300.0

    /// The longest side, in pixels, cairo can rasterise.
    public static let maximumPixels = 32767

    /// What a PDF export says about itself.
    public struct Metadata: Sendable {
        public var title: String
        /// Written as the creation and modification dates, so that the same inputs give the same bytes.
        public var creationDate: Date

        public init(title: String, creationDate: Date) {
            self.title = title
            self.creationDate = creationDate
        }
    }

    /// The PNG canvas for a chart of `size` points at `dpi`: every partly covered pixel counts.
    public static func pixelSize(of size: Size, dpi: Double) -> (width: Int, height: Int) {
        let scale = dpi / 72
        return (Int((size.width * scale - 0.001).rounded(.up)), Int((size.height * scale - 0.001).rounded(.up)))
    }

    /// Renders `frame` as a file of `format`, its glyph runs in the fonts of `fonts`.
    /// - Parameters:
    ///   - dpi: pixels per inch of a PNG, recorded in its `pHYs` chunk; ignored by SVG and PDF.
    ///   - metadata: a PDF's title and dates; ignored by PNG and SVG.
    public static func render(
        _ frame: Frame, as format: ChartFormat, dpi: Double = defaultDPI, metadata: Metadata? = nil,
        fonts: FontBook
    ) throws(RenderError) -> [UInt8] {
        switch format {
        case .png: return try png(frame, dpi: dpi, fonts: fonts)
        case .svg, .pdf: return try vector(frame, as: format, metadata: metadata, fonts: fonts)
        }
    }

    /// Renders `frame` and writes it to `name` inside `folder` atomically (see ``AtomicFile``).
    public static func write(
        _ frame: Frame, as format: ChartFormat, dpi: Double = defaultDPI, metadata: Metadata? = nil,
        fonts: FontBook, to name: String, in folder: String
    ) throws {
        try AtomicFile.write(
            render(frame, as: format, dpi: dpi, metadata: metadata, fonts: fonts), to: name, in: folder)
    }

    private static func png(_ frame: Frame, dpi: Double, fonts: FontBook) throws(RenderError) -> [UInt8] {
        let pixels = pixelSize(of: frame.size, dpi: dpi)
        guard pixels.width > 0, pixels.height > 0, max(pixels.width, pixels.height) <= maximumPixels else {
            throw RenderError(
                "cairo_image_surface_create",
                "\(pixels.width) × \(pixels.height) pixels is outside 1 to \(maximumPixels) a side")
        }
        guard let raw = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(pixels.width), Int32(pixels.height))
        else { throw RenderError("cairo_image_surface_create", "out of memory") }
        let surface = try CairoSurface(raw, operation: "cairo_image_surface_create")
        try draw(frame, on: surface, scale: dpi / 72, fonts: fonts)
        cairo_surface_flush(surface.pointer)
        return try PNGEncoder.encode(surface, dpi: dpi)
    }

    private static func vector(
        _ frame: Frame, as format: ChartFormat, metadata: Metadata?, fonts: FontBook
    ) throws(RenderError) -> [UInt8] {
        let stream = ByteStream()
        let (width, height) = (frame.size.width, frame.size.height)
        let operation = format == .svg ? "cairo_svg_surface_create_for_stream" : "cairo_pdf_surface_create_for_stream"
        return try withExtendedLifetime(stream) { () throws(RenderError) -> [UInt8] in
            let raw =
                format == .svg
                ? cairo_svg_surface_create_for_stream(ByteStream.write, stream.closure, width, height)
                : cairo_pdf_surface_create_for_stream(ByteStream.write, stream.closure, width, height)
            guard let raw else { throw RenderError(operation, "out of memory") }
            let surface = try CairoSurface(raw, operation: operation)
            if format == .svg {
                cairo_svg_surface_set_document_unit(surface.pointer, CAIRO_SVG_UNIT_PT)
            } else if let metadata {
                setMetadata(metadata, on: surface)
            }
            let cairo = try draw(frame, on: surface, scale: 1, fonts: fonts)
            cairo_show_page(cairo.pointer)
            try cairo.check("cairo_show_page")
            try surface.finish()
            return format == .svg ? SVGSurfaceIDs.renumbered(stream.bytes) : stream.bytes
        }
    }

    /// Paints the white page and draws `frame` at its top-left corner, scaled from points.
    @discardableResult
    private static func draw(
        _ frame: Frame, on surface: CairoSurface, scale: Double, fonts: FontBook
    ) throws(RenderError) -> CairoContext {
        let cairo = try CairoContext(surface: surface)
        cairo_set_source_rgb(cairo.pointer, 1, 1, 1)
        cairo_paint(cairo.pointer)
        cairo_scale(cairo.pointer, scale, scale)
        FrameRenderer(cairo: cairo, fonts: fonts, frames: [frame], emitsTags: false).draw(frame, at: .zero)
        try cairo.check("drawing the chart")
        return cairo
    }

    private static func setMetadata(_ metadata: Metadata, on surface: CairoSurface) {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        let date = formatter.string(from: metadata.creationDate)
        cairo_pdf_surface_set_metadata(surface.pointer, CAIRO_PDF_METADATA_TITLE, metadata.title)
        cairo_pdf_surface_set_metadata(surface.pointer, CAIRO_PDF_METADATA_CREATOR, "briefing")
        cairo_pdf_surface_set_metadata(surface.pointer, CAIRO_PDF_METADATA_CREATE_DATE, date)
        cairo_pdf_surface_set_metadata(surface.pointer, CAIRO_PDF_METADATA_MOD_DATE, date)
    }
}
