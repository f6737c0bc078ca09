import BriefingCore

/// The document's footnotes, set once at the body's width, and their placement at the foot of a page.
struct Footnotes {
    /// Space for the short rule above a page's footnotes.
    static let separator = 9.0

    /// The most of a page's body one footnote may take, as a fraction: a longer note is cut there.
    static let maxShare = 0.25

    /// Each note set, with the lines of it that are shown.
    private var paragraphs: [Int: (paragraph: TypesetParagraph, shown: Range<Int>)] = [:]
    /// The notes cut short for their length.
    private(set) var warnings: [LayoutWarning] = []
    /// The footnotes each footnote cites in its own text, in order of citation.
    private(set) var citations: [Int: [Int]] = [:]
    let theme: LayoutTheme

    /// Collects the footnote definitions among `blocks` and sets them, each with only the lines
    /// that fit in `maxShare` of `bodyHeight` (with a warning for a note cut short).
    init(_ blocks: [Block], theme: LayoutTheme, typesetter: any Typesetter, width: Double, bodyHeight: Double) {
        self.theme = theme
        for case .footnotes(let notes) in blocks {
            for note in notes {
                let text = RichText([Span("\(note.number)  ", bold: true)] + note.text.spans)
                let paragraph = typesetter.typeset(ParagraphSpec(text, style: theme.small, width: width))
                let room = bodyHeight * Self.maxShare
                let shown = max(1, paragraph.lines.prefix { $0.top + $0.height <= room }.count)
                if shown < paragraph.lines.count {
                    warnings.append(
                        LayoutWarning(
                            "footnote \(note.number) is too long for a page: \(shown) of its \(paragraph.lines.count) lines are shown",
                            at: note.location))
                }
                paragraphs[note.number] = (paragraph, 0..<min(shown, paragraph.lines.count))
                citations[note.number] = note.text.spans.compactMap(\.footnote)
            }
        }
    }

    var heights: [Int: Double] { paragraphs.mapValues { $0.paragraph.height(of: $0.shown) } }

    /// The rule and the notes `numbers`, stacked up from `bottom`.
    func items(_ numbers: [Int], bottom: Double, left: Double, width: Double) -> [PositionedItem] {
        let set = numbers.compactMap { paragraphs[$0] }
        guard !set.isEmpty else { return [] }
        var y = bottom - set.reduce(0) { $0 + $1.paragraph.height(of: $1.shown) }
        let rule = Shape(
            path: .rect(Rect(x: left, y: y - Self.separator / 2, width: width / 3, height: 0.5)), fill: theme.rule)
        var items = [PositionedItem(position: .zero, item: .shape(rule))]
        let ids = StructureIDs()
        for (paragraph, shown) in set {
            items.append(
                PositionedItem(
                    position: Point(x: left, y: y), item: .text(TextItem(paragraph: paragraph, lines: shown)),
                    structure: [ids.tag(.note)]))
            y += paragraph.height(of: shown)
        }
        return items
    }
}
