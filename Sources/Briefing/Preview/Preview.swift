import BriefingCore
import BriefingData

/// One build of a brief (its pages) or of a report batch (a contact sheet: the first page of one
/// report per entity, for one period and language), drawn as PNG images for the preview page.
public struct Preview: Sendable {
    /// One image of the preview: a page of the brief, or an entity's report.
    public struct Image: Sendable {
        /// The PNG file.
        public var png: [UInt8]
        /// The page's size in points.
        public var size: Size
        /// What the image shows, for a contact sheet: the entity's name and id.
        public var caption: String?
    }

    /// A report of a contact sheet that could not be built: its entity and why.
    public struct Failure: Sendable {
        public var caption: String
        public var diagnostics: [Diagnostic]
    }

    /// What a contact sheet shows and what it could show instead.
    public struct Sheet: Sendable {
        public var period: Period
        public var language: Language
        public var periods: [Period]
        public var languages: [Language]
    }

    public var title: String
    /// The language of the brief or of the reports shown.
    public var language: Language
    public var images: [Image]
    /// The reports of a contact sheet that failed, each with its diagnostics.
    public var failures: [Failure] = []
    /// The brief's outline (its headings, by page), empty for a contact sheet.
    public var outline: [OutlineEntry] = []
    /// The brief's document, to write as a PDF when asked; nil for a contact sheet.
    public var document: PagedDocument?
    /// What the contact sheet shows; nil for a brief.
    public var sheet: Sheet?
    /// Problems that did not stop the build.
    public var warnings: [Diagnostic] = []
}
