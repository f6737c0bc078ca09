import BriefingCore
import BriefingLayout

/// Round geometry for layout tests, as Typst's tests use: a 200 × 300 pt page with 10 pt margins
/// (180 pt of width), 10 pt text with 1.2 line height (12 pt lines) and no spacing surprises.
enum TestTheme {
    static func make(pageHeight: Double = 300, orphans: Int = 2, widows: Int = 2) -> LayoutTheme {
        let text = TextStyle(family: "Test", size: 10, lineHeight: 1.2)
        return LayoutTheme(
            pageSize: Size(width: 200, height: pageHeight),
            margins: EdgeInsets(top: 10, right: 10, bottom: 10, left: 10),
            body: text, headings: [text.with { $0.size = 15 }, text.with { $0.size = 12 }, text], caption: text,
            small: text.with { $0.size = 8 }, tableHeader: text, tableBody: text, tileLabel: text, tileValue: text,
            tileNote: text, coverTitle: text.with { $0.size = 20 }, coverSubtitle: text, coverDetail: text,
            running: text.with { $0.size = 5 }, accent: .black, muted: .black, rule: .black, tileBackground: .white,
            tableStripe: .white, positive: .black, negative: .black, paragraphSpacing: 6,
            headingSpaceBefore: [12, 10, 8],
            headingSpaceAfter: 4, listIndent: 16, quoteIndent: 12, orphans: orphans, widows: widows)
    }

    static let metadata = DocumentMetadata(
        title: "T", author: "A", subject: "S", creationDate: .init(timeIntervalSince1970: 0), language: "en")

    static func spec(_ body: [Block], cover: Cover? = nil) -> DocumentSpec {
        DocumentSpec(
            cover: cover, body: body, header: "Header", footerTemplate: "Page {page} of {pages}",
            footerLeft: nil, metadata: metadata)
    }

    /// `count` words of five letters, i.e. 3 pt × 6 = 18 pt a word with its space (fixed metrics: 0.5 em a character).
    static func words(_ count: Int, prefix: String = "w") -> RichText {
        RichText((0..<count).map { String(format: "\(prefix)%04d", $0) }.joined(separator: " "))
    }
}
