/// What a piece of content is in the document's logical structure (tagged PDF): a heading, a
/// paragraph, a list item, a table cell… Items carry the path of tags from the outermost element
/// in; consecutive items with the same tags (same ids) belong to the same elements.
public struct StructureTag: Hashable, Sendable {
    public enum Role: Hashable, Sendable {
        case heading(level: Int)
        case paragraph
        case list
        case listItem
        case listLabel
        case listBody
        case blockQuote
        case table
        case tableRow
        case tableHeaderCell
        case tableCell
        case caption
        case tableOfContents
        case tableOfContentsItem
        /// What a contents entry refers to: the entry's text, page number and leader (`Reference`).
        case reference
        /// Content that is itself a link to `target` (`Link`): the text in the element, the
        /// clickable area the box of what it holds on each page.
        case link(Link.Target)
        case section
        case division
        case note
        case figure

        /// The PDF standard structure type.
        public var pdfName: String {
            switch self {
            case .heading(let level): return "H\(min(max(level, 1), 6))"
            case .paragraph: return "P"
            case .list: return "L"
            case .listItem: return "LI"
            case .listLabel: return "Lbl"
            case .listBody: return "LBody"
            case .blockQuote: return "BlockQuote"
            case .table: return "Table"
            case .tableRow: return "TR"
            case .tableHeaderCell: return "TH"
            case .tableCell: return "TD"
            case .caption: return "Caption"
            case .tableOfContents: return "TOC"
            case .tableOfContentsItem: return "TOCI"
            case .reference: return "Reference"
            case .link: return "Link"
            case .section: return "Sect"
            case .division: return "Div"
            case .note: return "Note"
            case .figure: return "Figure"
            }
        }
    }

    public var role: Role
    /// Tells elements of the same role apart: unique within a document.
    public var id: Int

    public init(_ role: Role, id: Int) {
        self.role = role
        self.id = id
    }
}

/// Hands out structure ids, unique within one layout pass.
public final class StructureIDs {
    private var next = 0

    public init() {}

    public func tag(_ role: StructureTag.Role) -> StructureTag {
        next += 1
        return StructureTag(role, id: next)
    }
}
