import BriefingCore

/// Meeting notes read from a Markdown file with YAML front matter: the front matter as text
/// fields and the body as a tree of blocks for layout.
public struct NoteDocument: Hashable, Sendable {
    /// The fields of the front matter (`title`, `date`, `chair`, `attendees`…), in file order.
    public var frontMatter: NoteFrontMatter
    /// The body. When the notes have footnotes, the last block is `.footnotes`.
    public var blocks: [NoteBlock]
    /// Where each of `blocks` starts (the `.footnotes` block: where its first definition does),
    /// for warnings about it; empty when not read from a file.
    public var locations: [SourceLocation]
    /// Where each footnote's definition starts, by number (the first at index 0).
    public var footnoteLocations: [SourceLocation]

    public init(
        frontMatter: NoteFrontMatter = NoteFrontMatter(), blocks: [NoteBlock] = [], locations: [SourceLocation] = [],
        footnoteLocations: [SourceLocation] = []
    ) {
        self.frontMatter = frontMatter
        self.blocks = blocks
        self.locations = locations
        self.footnoteLocations = footnoteLocations
    }

    /// The text of every block, one block per line; for tests and search.
    public var plainText: String { blocks.map(\.plainText).joined(separator: "\n") }

    /// The ids of the headings of the body (`HeadingSlugs`), which links `#id` reach.
    public var headingIDs: Set<String> {
        var slugs = HeadingSlugs()
        return Set(
            blocks.compactMap { block -> String? in
                if case .heading(_, let text) = block { return slugs.next(for: text.plainText) }
                return nil
            })
    }
}

/// The front matter of a notes file: a flat, ordered map of keys to text.
///
/// Scalars are kept as written (`date: 2014-03-12` is the text `2014-03-12`), a list of scalars
/// is joined with `"; "`, and an empty value is the empty string.
public struct NoteFrontMatter: Hashable, Sendable {
    /// One `key: value` line of the front matter.
    public struct Entry: Hashable, Sendable {
        public var key: String
        public var value: String
        /// Where the value starts in the notes file, for diagnostics about it.
        public var location: SourceLocation

        public init(key: String, value: String, location: SourceLocation) {
            self.key = key
            self.value = value
            self.location = location
        }
    }

    public var entries: [Entry]

    public init(entries: [Entry] = []) {
        self.entries = entries
    }

    /// The value of `key`, or nil when the front matter does not have it.
    public subscript(key: String) -> String? { entries.first { $0.key == key }?.value }

    /// The entry of `key`, with its location.
    public func entry(_ key: String) -> Entry? { entries.first { $0.key == key } }

    /// The keys in file order.
    public var keys: [String] { entries.map(\.key) }

    public var isEmpty: Bool { entries.isEmpty }
}

/// One block of the notes body.
public indirect enum NoteBlock: Hashable, Sendable {
    /// How the text of a table column is aligned (`|:--|`, `|:-:|`, `|--:|`; `.none` for `|---|`).
    public enum ColumnAlignment: String, Hashable, Sendable {
        case none, left, center, right
    }

    /// A heading, level 1 to 6.
    case heading(level: Int, text: RichText)
    case paragraph(RichText)
    /// A list; each item is a list of blocks (paragraphs, nested lists…). `start` is the first
    /// number of an ordered list (1 for bullet lists). A tight list has no blank lines between items.
    case list(ordered: Bool, start: Int, tight: Bool, items: [[NoteBlock]])
    case quote([NoteBlock])
    /// A GFM table; every row has exactly `alignments.count` cells (short rows are padded).
    case table(alignments: [ColumnAlignment], header: [RichText], rows: [[RichText]])
    /// A code block without its final newline; `language` is the first word of the fence's info string.
    case code(text: String, language: String?)
    /// A thematic break (`---`, `***`).
    case rule
    /// A raw HTML block, never interpreted: its literal text, without the final newline.
    case html(String)
    /// The footnote definitions, in the order of their numbers; always the last block.
    /// A reference in the text is a span holding `n` with `footnote` set to n.
    case footnotes([NoteFootnote])

    /// The text of the block without formatting: cells separated by tabs, items and rows by newlines.
    public var plainText: String {
        switch self {
        case .heading(_, let text), .paragraph(let text): return text.plainText
        case .list(_, _, _, let items):
            return items.map { $0.map(\.plainText).joined(separator: "\n") }.joined(separator: "\n")
        case .quote(let blocks): return blocks.map(\.plainText).joined(separator: "\n")
        case .table(_, let header, let rows):
            return ([header] + rows).map { $0.map(\.plainText).joined(separator: "\t") }.joined(separator: "\n")
        case .code(let text, _), .html(let text): return text
        case .rule: return ""
        case .footnotes(let notes):
            return notes.map { "[\($0.number)] " + $0.blocks.map(\.plainText).joined(separator: "\n") }
                .joined(separator: "\n")
        }
    }
}

/// A footnote definition (`[^label]: text`), numbered by the order of first reference.
public struct NoteFootnote: Hashable, Sendable {
    public var number: Int
    public var blocks: [NoteBlock]

    public init(number: Int, blocks: [NoteBlock]) {
        self.number = number
        self.blocks = blocks
    }
}
