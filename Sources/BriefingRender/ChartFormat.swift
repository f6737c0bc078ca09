/// The file formats a chart can be exported to.
public enum ChartFormat: String, CaseIterable, Hashable, Sendable {
    /// A raster image at a chosen resolution, white background, resolution recorded in the file.
    case png
    /// A vector image the size of the chart in points; text drawn as glyph outlines.
    case svg
    /// A one-page PDF the size of the chart, with embedded subset fonts and extractable text.
    case pdf

    /// The file name extension, without the dot.
    public var fileExtension: String { rawValue }
}
