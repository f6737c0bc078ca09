import BriefingCore

/// Turns blocks into slices for the paginator: sets text with the typesetter and decides what
/// must stay together. Pure apart from the typesetter's cache.
struct BlockStacker {
    let theme: LayoutTheme
    let typesetter: any Typesetter
    /// Page numbers of headings, by anchor, for the contents (placeholders on the first pass).
    let pageNumbers: [String: String]
    /// The headings listed in the contents.
    let contentsEntries: [Heading]

    /// The style of running text; quotes change it for what they hold.
    var bodyStyle: TextStyle

    init(theme: LayoutTheme, typesetter: any Typesetter, pageNumbers: [String: String], contentsEntries: [Heading]) {
        self.theme = theme
        self.typesetter = typesetter
        self.pageNumbers = pageNumbers
        self.contentsEntries = contentsEntries
        self.bodyStyle = theme.body
    }

    func slices(for blocks: [Block], width: Double, tight: Bool = false) -> [VBox] {
        var result: [VBox] = []
        var afterHeading = false
        for (position, block) in blocks.enumerated() {
            var slices = self.slices(for: block, width: width)
            if case .heading(let heading) = block {
                slices = slices.withLeadingSpace(theme.spaceBefore(heading: heading.level))
                afterHeading = true
            } else {
                let gap: Double
                if position == 0 {
                    gap = 0
                } else if afterHeading {
                    gap = theme.headingSpaceAfter
                } else {
                    gap = tight ? theme.paragraphSpacing / 3 : theme.paragraphSpacing
                }
                if !(slices.first?.breaksPageBefore ?? false) { slices = slices.withLeadingSpace(gap) }
                afterHeading = false
            }
            result += slices
        }
        return result
    }

    private func slices(for block: Block, width: Double) -> [VBox] {
        switch block {
        case .heading(let heading): return [headingSlice(heading, width: width)]
        case .paragraph(let text):
            return lines(of: ParagraphSpec(text, style: bodyStyle, width: width, alignment: .justify))
        case .note(let text): return lines(of: ParagraphSpec(text, style: theme.small, width: width))
        case .list(let list): return listSlices(list, width: width)
        case .quote(let blocks): return quoteSlices(blocks, width: width)
        case .table(let table):
            return TableStacker(theme: theme, typesetter: typesetter).slices(for: table, width: width)
        case .tiles(let tiles):
            return [TileStacker(theme: theme, typesetter: typesetter).slice(for: tiles, width: width)]
        case .figure(let figure): return [figureSlice(figure, width: width)]
        case .details(let details): return detailSlices(details, width: width)
        case .contents(let title): return contentsSlices(title: title, width: width)
        case .rule: return [VBox(height: 10, items: [rule(y: 5.25, width: width, color: theme.rule, weight: 0.5)])]
        case .pageBreak: return [.pageBreak]
        }
    }

    /// One slice per line, with breaks forbidden where they would leave too few lines on either side.
    func lines(of spec: ParagraphSpec) -> [VBox] {
        let paragraph = typesetter.typeset(spec)
        let count = paragraph.lines.count
        return paragraph.lines.indices.map { index in
            let linesBefore = index + 1
            let breakAllowed = linesBefore >= theme.orphans && count - linesBefore >= theme.widows
            return VBox(
                height: paragraph.lines[index].height,
                items: [
                    PositionedItem(
                        position: .zero, item: .text(TextItem(paragraph: paragraph, lines: index..<index + 1)))
                ],
                keepWithNext: index < count - 1 && !breakAllowed)
        }
    }

    private func headingSlice(_ heading: Heading, width: Double) -> VBox {
        let style = theme.heading(heading.level)
        let paragraph = typesetter.typeset(ParagraphSpec(RichText(heading.text), style: style, width: width))
        var items = [
            PositionedItem(position: .zero, item: .anchor(heading.anchor)),
            PositionedItem(position: .zero, item: .text(TextItem(paragraph: paragraph))),
        ]
        var height = paragraph.height
        if heading.level == 1 {
            height += 4
            items.append(rule(y: height, width: width, color: theme.accent, weight: 0.8))
        }
        return VBox(height: height, items: items, keepWithNext: true, heading: heading)
    }

    private func listSlices(_ list: ListBlock, width: Double) -> [VBox] {
        let indent = theme.listIndent
        var result: [VBox] = []
        for (number, item) in list.items.enumerated() {
            var slices = self.slices(for: item, width: width - indent, tight: true).map { $0.indented(by: indent) }
            guard !slices.isEmpty else { continue }
            let marker = list.ordered ? "\(list.start + number)." : "•"
            let markerText = typesetter.typeset(
                ParagraphSpec(RichText(marker), style: bodyStyle, width: indent - 5, alignment: .right))
            slices[0].items.append(PositionedItem(position: .zero, item: .text(TextItem(paragraph: markerText))))
            slices = slices.withLeadingSpace(number == 0 ? 0 : theme.paragraphSpacing / 3)
            result += slices
        }
        return result
    }

    private func quoteSlices(_ blocks: [Block], width: Double) -> [VBox] {
        var inner = self
        inner.bodyStyle = bodyStyle.with {
            $0.italic = true
            $0.color = theme.muted
        }
        let indent = theme.quoteIndent
        return inner.slices(for: blocks, width: width - indent).enumerated().map { position, slice in
            var slice = slice.indented(by: indent)
            let top = position == 0 ? 0 : -slice.spaceBefore
            let bar = Shape(
                path: .rect(Rect(x: 0, y: top, width: 2, height: slice.height - top)), fill: theme.accent)
            slice.items.append(PositionedItem(position: .zero, item: .shape(bar)))
            return slice
        }
    }

    private func detailSlices(_ details: DetailList, width: Double) -> [VBox] {
        details.items.flatMap { item in
            let text = RichText([Span("\(item.label): ", bold: true)] + item.value.spans)
            return lines(of: ParagraphSpec(text, style: theme.small.with { $0.color = bodyStyle.color }, width: width))
        }
    }

    private func figureSlice(_ figure: Figure, width: Double) -> VBox {
        let caption = typesetter.typeset(ParagraphSpec(figure.caption, style: theme.caption, width: width))
        var items = [PositionedItem(position: .zero, item: .text(TextItem(paragraph: caption)))]
        var y = caption.height + 4
        items.append(
            PositionedItem(
                position: Point(x: 0, y: y),
                item: .group(Group(frame: figure.frame, role: .figure(alternativeText: figure.alternativeText)))))
        y += figure.frame.size.height
        if let source = figure.source {
            let paragraph = typesetter.typeset(ParagraphSpec(source, style: theme.small, width: width))
            y += 3
            items.append(PositionedItem(position: Point(x: 0, y: y), item: .text(TextItem(paragraph: paragraph))))
            y += paragraph.height
        }
        return VBox(height: y, items: items)
    }

    private func contentsSlices(title: String, width: Double) -> [VBox] {
        let heading = Heading(level: 1, text: title, anchor: "contents", inOutline: true, inContents: false)
        var result = [headingSlice(heading, width: width)]
        let numberWidth = 28.0
        for (position, entry) in contentsEntries.enumerated() {
            let indent = Double(entry.level - 1) * 14
            let style = entry.level == 1 ? theme.body.with { $0.weight = .bold } : theme.body
            let titleWidth = width - indent - numberWidth - 12
            let text = typesetter.typeset(ParagraphSpec(RichText(entry.text), style: style, width: titleWidth))
            let number = typesetter.typeset(
                ParagraphSpec(
                    RichText(pageNumbers[entry.anchor] ?? "0"), style: style, width: numberWidth, alignment: .right))
            guard let last = text.lines.last else { continue }
            let leaderStart = indent + last.x + last.width + 4
            let leaderEnd = width - numberWidth - 2 + (number.lines.first?.x ?? 0)
            let baseline = last.baseline - 1
            var items = [
                PositionedItem(position: Point(x: indent, y: 0), item: .text(TextItem(paragraph: text))),
                PositionedItem(
                    position: Point(x: width - numberWidth, y: last.top), item: .text(TextItem(paragraph: number))),
                PositionedItem(
                    position: .zero,
                    item: .link(Link(size: Size(width: width, height: text.height), target: .destination(entry.anchor)))
                ),
            ]
            if leaderEnd - leaderStart > 8 {
                let leader = Shape(
                    path: .line(from: Point(x: leaderStart, y: baseline), to: Point(x: leaderEnd, y: baseline)),
                    stroke: Stroke(color: theme.muted, width: 0.6, dash: [0.6, 2.4]))
                items.append(PositionedItem(position: .zero, item: .shape(leader)))
            }
            let gap = position == 0 ? theme.headingSpaceAfter : (entry.level == 1 ? 6 : 2)
            result.append(VBox(height: text.height, items: items, spaceBefore: gap))
        }
        return result
    }

    func rule(y: Double, width: Double, color: Color, weight: Double) -> PositionedItem {
        PositionedItem(
            position: .zero,
            item: .shape(Shape(path: .rect(Rect(x: 0, y: y - weight, width: width, height: weight)), fill: color)))
    }
}
