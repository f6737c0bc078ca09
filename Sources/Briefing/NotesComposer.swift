import BriefingCore
import BriefingData
import BriefingInput
import BriefingLayout

/// Turns meeting notes into document blocks: the notes' title as a section heading (level 1), the
/// meeting's details, then every Markdown construct, the notes' headings nested below the title.
struct NotesComposer {
    let strings: Wording
    let formatter: ValueFormatter

    func blocks(for notes: NoteDocument, anchors: inout AnchorAllocator) -> [Block] {
        let title = notes.frontMatter["title"] ?? strings.notes
        var blocks: [Block] = [.heading(Heading(level: 1, text: title, anchor: anchors.next()))]
        var details: [DetailList.Item] = []
        if let date = notes.frontMatter["date"] {
            let day = CalendarDay(date).map { formatter.date(year: $0.year, month: $0.month, day: $0.day) }
            details.append(.init(label: strings.labelled(strings.date), value: RichText(day ?? date)))
        }
        if let chair = notes.frontMatter["chair"] {
            details.append(.init(label: strings.labelled(strings.chair), value: RichText(chair)))
        }
        if let attendees = notes.frontMatter["attendees"] {
            details.append(.init(label: strings.labelled(strings.attendees), value: RichText(attendees)))
        }
        if !details.isEmpty { blocks.append(.details(DetailList(details))) }
        // Links to `#a-heading` need every heading's id before any paragraph is converted.
        var converter = Converter(targets: notes.headingIDs, footnoteLocations: notes.footnoteLocations)
        for (index, block) in notes.blocks.enumerated() {
            let location = index < notes.locations.count ? notes.locations[index] : nil
            blocks += converter.convert(block).map { $0.located(at: location) }
        }
        return blocks
    }
}

/// Converts note blocks to document blocks, giving headings ids that `#links` reach.
private struct Converter {
    /// The ids of the notes' headings.
    let targets: Set<String>
    /// Where each footnote's definition starts, by number (the first at index 0).
    let footnoteLocations: [SourceLocation]
    var slugs = HeadingSlugs()
    /// The Markdown and document levels of the headings enclosing the next block, outermost first.
    var enclosing: [(markdown: Int, level: Int)] = []

    static func anchor(_ slug: String) -> String { "notes-" + slug }

    /// `text` with links to headings of the notes pointed at their destinations, and links to
    /// headings that do not exist dropped (kept as plain text; the notes parser warned of them).
    func resolvingLinks(_ text: RichText) -> RichText {
        RichText(
            text.spans.map { span in
                guard let link = span.link, link.hasPrefix("#") else { return span }
                var resolved = span
                let slug = String(link.dropFirst()).lowercased()
                resolved.link = targets.contains(slug) ? "#" + Self.anchor(slug) : nil
                return resolved
            })
    }

    /// The document level of a heading written at Markdown level `markdown`: one below the nearest
    /// enclosing heading of a lower Markdown level (the notes' title, level 1, encloses all), so
    /// `#`, `##`, `###` give 2, 3, 4 and no level is skipped (`#` then `###` gives 2 then 3).
    private mutating func level(ofMarkdownHeading markdown: Int) -> Int {
        while let last = enclosing.last, last.markdown >= markdown { enclosing.removeLast() }
        let level = (enclosing.last?.level ?? 1) + 1
        enclosing.append((markdown, level))
        return level
    }

    mutating func convert(_ block: NoteBlock) -> [Block] {
        switch block {
        case .heading(let markdown, let text):
            let level = level(ofMarkdownHeading: markdown)
            let anchor = Self.anchor(slugs.next(for: text.plainText))
            return [.heading(Heading(level: level, text: text.plainText, anchor: anchor, inContents: level <= 2))]
        case .paragraph(let text):
            return [.paragraph(resolvingLinks(text))]
        case .list(let ordered, let start, _, let items):
            return [
                .list(
                    ListBlock(
                        ordered: ordered, start: start,
                        items: items.map { $0.flatMap { convert($0) } }))
            ]
        case .quote(let inner):
            return [.quote(inner.flatMap { convert($0) })]
        case .table(let alignments, let header, let rows):
            let columns = alignments.map { alignment -> TableBlock.Column in
                switch alignment {
                case .right: return .init(alignment: .right)
                case .center: return .init(alignment: .center)
                case .left, .none: return .init(alignment: .left)
                }
            }
            let cells = { (row: [RichText]) in row.map(TableCell.text) }
            return [.table(TableBlock(columns: columns, header: [cells(header)], body: rows.map(cells)))]
        case .code(let text, _):
            return [.paragraph(RichText([Span(text, code: true)]))]
        case .rule:
            return [.rule]
        case .html(let text):
            return [.paragraph(RichText(text))]
        case .footnotes(let footnotes):
            return [
                .footnotes(
                    footnotes.map { footnote in
                        let spans = footnote.blocks.enumerated().flatMap { index, block -> [Span] in
                            let text: RichText
                            switch block {
                            case .paragraph(let paragraph): text = paragraph
                            default: text = RichText(block.plainText)
                            }
                            return (index > 0 ? [Span(" ")] : []) + text.spans
                        }
                        var note = Footnote(number: footnote.number, text: RichText(spans))
                        let index = footnote.number - 1
                        if footnoteLocations.indices.contains(index) { note.location = footnoteLocations[index] }
                        return note
                    })
            ]
        }
    }
}

/// Hands out unique, stable names for headings' destinations.
struct AnchorAllocator {
    private var count = 0

    mutating func next() -> String {
        count += 1
        return "section-\(count)"
    }
}
