import Foundation

/// A laid-out document: pages of fixed items plus what the PDF needs beside them.
public struct PagedDocument: Hashable, Sendable {
    public var pages: [Frame]
    public var outline: [OutlineEntry]
    public var metadata: DocumentMetadata
    /// The fonts the pages' glyph runs refer to.
    public var fonts: FontBook

    public init(pages: [Frame], outline: [OutlineEntry], metadata: DocumentMetadata, fonts: FontBook) {
        self.pages = pages
        self.outline = outline
        self.metadata = metadata
        self.fonts = fonts
    }
}

/// One entry of the PDF outline (bookmarks).
public struct OutlineEntry: Hashable, Sendable {
    public var title: String
    /// 1 for top-level entries.
    public var level: Int
    /// 0-based page index.
    public var page: Int
    /// The named destination the entry jumps to.
    public var destination: String

    public init(title: String, level: Int, page: Int, destination: String) {
        self.title = title
        self.level = level
        self.page = page
        self.destination = destination
    }
}

/// The document information dictionary.
public struct DocumentMetadata: Hashable, Sendable {
    public var title: String
    public var author: String
    public var subject: String
    public var keywords: String
    public var creator: String
    /// The creation date written into the PDF: from the brief or `SOURCE_DATE_EPOCH`, never the clock.
    public var creationDate: Date
    /// BCP 47 language tag of the document.
    public var language: String

    public init(
        title: String, author: String, subject: String, keywords: String = "", creator: String = "briefing",
        creationDate: Date, language: String
    ) {
        self.title = title
        self.author = author
        self.subject = subject
        self.keywords = keywords
        self.creator = creator
        self.creationDate = creationDate
        self.language = language
    }
}
