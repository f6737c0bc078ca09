import BriefingCore

/// Sets a short run of one-off lines down a column, each placed as it comes: text left, centred
/// or right, a line with one text at each end, a label with its value hanging under the value's
/// first word, rules and space. The masthead and the closing block are built with it.
struct LineSetter {
    let typesetter: any Typesetter
    let width: Double
    /// What has been set, relative to the top-left of the column.
    private(set) var items: [PositionedItem] = []
    /// How far down the column the next line goes.
    private(set) var y = 0.0

    init(typesetter: any Typesetter, width: Double) {
        self.typesetter = typesetter
        self.width = width
    }

    mutating func space(_ height: Double) { y += height }

    /// `text` across the column, wrapped to its width.
    mutating func text(_ text: String, _ style: TextStyle, alignment: TextAlignment = .left, tag: StructureTag) {
        place(
            typesetter.typeset(ParagraphSpec(RichText(text), style: style, width: width, alignment: alignment)),
            x: 0, tag: tag)
    }

    /// `paragraph` at `x`, below what was set.
    mutating func place(_ paragraph: TypesetParagraph, x: Double, tag: StructureTag) {
        items.append(
            PositionedItem(position: Point(x: x, y: y), item: .text(TextItem(paragraph: paragraph)), structure: [tag]))
        y += paragraph.height
    }

    /// `left` at the left end and `right` at the right end of one line; `right` goes on a line
    /// of its own when the two do not leave an em between them with `left` on at most half the width.
    mutating func split(_ left: String, _ right: String, _ style: TextStyle, tag: StructureTag) {
        let end = typesetter.typeset(ParagraphSpec(RichText(right), style: style))
        let room = width - end.naturalWidth - style.size
        let start = typesetter.typeset(
            ParagraphSpec(RichText(left), style: style, width: room >= width / 2 ? room : width))
        let sameLine = room >= width / 2 && start.lines.count <= 1
        let top = y
        if !left.isEmpty { place(start, x: 0, tag: tag) }
        if sameLine { y = top }
        place(end, x: width - end.naturalWidth, tag: tag)
        if sameLine { y = max(y, top + start.height) }
    }

    /// `label` followed by `value`, whose later lines start under its first character (a
    /// hanging indent the width of the label).
    mutating func labelled(_ label: String, _ value: String, _ style: TextStyle, tag: StructureTag) {
        let head = typesetter.typeset(ParagraphSpec(RichText(label), style: style))
        let indent = min(head.naturalWidth, width / 2)
        let body = typesetter.typeset(ParagraphSpec(RichText(value), style: style, width: width - indent))
        let top = y
        place(head, x: 0, tag: tag)
        y = top
        place(body, x: indent, tag: tag)
        y = max(y, top + head.height)
    }

    /// A rule across the column, `weight` thick, its top where the next line would go.
    mutating func rule(weight: Double, color: Color) {
        items.append(
            PositionedItem(
                position: .zero,
                item: .shape(Shape(path: .rect(Rect(x: 0, y: y, width: width, height: weight)), fill: color))))
        y += weight
    }
}
