import BriefingCore

/// The document's footnotes, set once at the body's width, and their placement at the foot of a page.
struct Footnotes {
    /// Space for the short rule above a page's footnotes.
    static let separator = 9.0

    private var paragraphs: [Int: TypesetParagraph] = [:]
    /// The footnotes each footnote cites in its own text, in order of citation.
    private(set) var citations: [Int: [Int]] = [:]
    let theme: LayoutTheme

    /// Collects the footnote definitions among `blocks` and sets them.
    init(_ blocks: [Block], theme: LayoutTheme, typesetter: any Typesetter, width: Double) {
        self.theme = theme
        for case .footnotes(let notes) in blocks {
            for note in notes {
                let text = RichText([Span("\(note.number)  ", bold: true)] + note.text.spans)
                paragraphs[note.number] = typesetter.typeset(ParagraphSpec(text, style: theme.small, width: width))
                citations[note.number] = note.text.spans.compactMap(\.footnote)
            }
        }
    }

    var heights: [Int: Double] { paragraphs.mapValues(\.height) }

    /// The rule and the notes `numbers`, stacked up from `bottom`.
    func items(_ numbers: [Int], bottom: Double, left: Double, width: Double) -> [PositionedItem] {
        let set = numbers.compactMap { paragraphs[$0] }
        guard !set.isEmpty else { return [] }
        var y = bottom - set.reduce(0) { $0 + $1.height }
        let rule = Shape(
            path: .rect(Rect(x: left, y: y - Self.separator / 2, width: width / 3, height: 0.5)), fill: theme.rule)
        var items = [PositionedItem(position: .zero, item: .shape(rule))]
        let ids = StructureIDs()
        for paragraph in set {
            items.append(
                PositionedItem(
                    position: Point(x: left, y: y), item: .text(TextItem(paragraph: paragraph)),
                    structure: [ids.tag(.note)]))
            y += paragraph.height
        }
        return items
    }
}
