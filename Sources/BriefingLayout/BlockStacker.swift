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
    /// Numbers the structure elements (tagged PDF).
    let ids: StructureIDs
    /// The height of a page's body: nothing taller can be placed, so taller blocks are scaled or split.
    let bodyHeight: Double
    /// Collects what layout had to compromise on.
    let log: LayoutLog
    /// Gives figures with a ``FlexibleHeight`` their glue (set when a ``FigureDrawer`` can draw
    /// them at the height the paginator chooses).
    var flexibleFigures = false
    /// Where the innermost block being set that says so was written (``Block/location``): the
    /// place of its warnings and of its slices'.
    var location: SourceLocation?

    /// The style of running text; quotes change it for what they hold.
    var bodyStyle: TextStyle

    /// The narrowest column that nested lists and quotes leave for their text: deeper levels are
    /// set without further indentation, so that no nesting squeezes text out of the page.
    static let minimumNestedWidth = 144.0

    init(
        theme: LayoutTheme, typesetter: any Typesetter, pageNumbers: [String: String], contentsEntries: [Heading],
        bodyHeight: Double, ids: StructureIDs = StructureIDs(), log: LayoutLog = LayoutLog()
    ) {
        self.theme = theme
        self.typesetter = typesetter
        self.pageNumbers = pageNumbers
        self.contentsEntries = contentsEntries
        self.ids = ids
        self.bodyHeight = bodyHeight
        self.log = log
        self.bodyStyle = theme.body
    }

    /// The slices of `blocks` with the spaces between them; `marked` marks each slice with its
    /// block (``BodyBlock``) for the float rule, as the body's blocks are.
    func slices(for blocks: [Block], width: Double, tight: Bool = false, marked: Bool = false) -> [VBox] {
        var result: [VBox] = []
        var afterHeading = false
        let kinds = marked ? BodyBlock.kinds(of: blocks) : []
        for (position, block) in blocks.enumerated() {
            var stacker = self
            stacker.location = block.location ?? location
            var slices = stacker.slices(for: block, width: width)
            for index in slices.indices where slices[index].location == nil {
                slices[index].location = stacker.location
            }
            if marked {
                for index in slices.indices { slices[index].block = BodyBlock(number: position, kind: kinds[position]) }
                // A figure starts on the page its data table starts on.
                if kinds[position] == .figureData, !result.isEmpty { result[result.count - 1].keepWithNext = true }
            }
            // A meeting's details (date, chair, attendees) open what follows: kept whole and with
            // it, never alone at a page's foot.
            if case .details = block, position < blocks.count - 1 {
                for index in slices.indices { slices[index].keepWithNext = true }
            }
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
        case .heading(let heading): return headingSlices(heading, width: width)
        case .paragraph(let text):
            return lines(of: ParagraphSpec(text, style: paragraphStyle(for: text), width: width, alignment: .justify))
                .tagged(
                    ids.tag(.paragraph))
        case .note(let text):
            return lines(of: ParagraphSpec(text, style: theme.small, width: width)).tagged(ids.tag(.paragraph))
        case .list(let list): return listSlices(list, width: width)
        case .quote(let blocks, _): return quoteSlices(blocks, width: width)
        case .table(let table):
            return TableStacker(
                theme: theme, typesetter: typesetter, ids: ids, maxRowHeight: bodyHeight, log: log, location: location
            )
            .slices(for: table, width: width)
        case .tiles(let tiles):
            return [TileStacker(theme: theme, typesetter: typesetter, ids: ids).slice(for: tiles, width: width)]
        case .figure(let figure): return [figureSlice(figure, width: width)]
        case .details(let details): return detailSlices(details, width: width)
        case .contents(let title): return contentsSlices(title: title, width: width)
        case .footnotes: return []
        case .landscape(let blocks): return slices(for: blocks, width: width)
        case .rule: return [VBox(height: 10, items: [rule(y: 5.25, width: width, color: theme.rule, weight: 0.5)])]
        case .pageBreak: return [.pageBreak]
        }
    }

    /// ``bodyStyle``, or for a paragraph written in Chinese (``ChineseText/isWrittenInChinese(_:)``)
    /// the same with the theme's Chinese font, leading and language.
    func paragraphStyle(for text: RichText) -> TextStyle {
        guard let chinese = theme.chineseBody, ChineseText.isWrittenInChinese(text.plainText) else { return bodyStyle }
        return bodyStyle.with {
            $0.family = chinese.family
            $0.lineHeight = chinese.lineHeight
            $0.language = chinese.language
        }
    }

    /// One slice per line, with breaks forbidden where they would leave too few lines on either side.
    func lines(of spec: ParagraphSpec) -> [VBox] {
        let paragraph = typesetter.typeset(spec)
        let count = paragraph.lines.count
        // Where each footnote reference and each link is, as bytes of the text.
        var references: [(offset: Int, number: Int)] = []
        var links: [(bytes: Range<Int>, target: Link.Target)] = []
        var offset = 0
        for span in spec.text.spans {
            let bytes = offset..<offset + span.text.utf8.count
            if let number = span.footnote { references.append((offset, number)) }
            if let link = span.link {
                links.append((bytes, link.hasPrefix("#") ? .destination(String(link.dropFirst())) : .uri(link)))
            }
            offset = bytes.upperBound
        }
        return paragraph.lines.indices.map { index in
            let linesBefore = index + 1
            let breakAllowed = linesBefore >= theme.orphans && count - linesBefore >= theme.widows
            let range = paragraph.lines[index].byteRange
            var slice = VBox(
                height: paragraph.lines[index].height,
                items: [
                    PositionedItem(
                        position: .zero, item: .text(TextItem(paragraph: paragraph, lines: index..<index + 1)))
                ],
                keepWithNext: index < count - 1 && !breakAllowed)
            slice.footnotes = references.filter { range.contains($0.offset) }.map(\.number)
            let height = paragraph.lines[index].height
            for link in links where link.bytes.overlaps(range) {
                for extent in typesetter.xRanges(of: link.bytes.clamped(to: range), line: index, in: paragraph) {
                    let area = Link(
                        size: Size(width: extent.upperBound - extent.lowerBound, height: height), target: link.target)
                    slice.items.append(PositionedItem(position: Point(x: extent.lowerBound, y: 0), item: .link(area)))
                }
            }
            return slice
        }
    }

    /// A heading as one slice kept with what follows; a heading taller than a page is set line by
    /// line like a paragraph (in its own style), so that none of it falls past the page's foot.
    private func headingSlices(_ heading: Heading, width: Double) -> [VBox] {
        let style = theme.heading(heading.level)
        let spec = ParagraphSpec(RichText(heading.text), style: style, width: width)
        let tag = ids.tag(.heading(level: theme.styledLevel(ofHeading: heading.level)))
        let ruled = heading.level == 1 && theme.headingRule
        let ruleSpace = ruled ? 4.0 : 0
        let paragraph = typesetter.typeset(spec)
        var slices: [VBox]
        if paragraph.height + ruleSpace <= bodyHeight {
            let text = PositionedItem(position: .zero, item: .text(TextItem(paragraph: paragraph)), structure: [tag])
            slices = [VBox(height: paragraph.height, items: [text], keepWithNext: true)]
        } else {
            slices = lines(of: spec).tagged(tag)
        }
        slices[0].items.insert(PositionedItem(position: .zero, item: .anchor(heading.anchor)), at: 0)
        slices[0].heading = heading
        if ruled {
            let last = slices.count - 1
            slices[last].height += ruleSpace
            slices[last].items.append(rule(y: slices[last].height, width: width, color: theme.bodyAccent, weight: 0.8))
        }
        return slices
    }

    /// How far a list or quote nested in `width` indents what it holds: `indent`, or nothing
    /// (with a warning) when that would leave less than `minimumNestedWidth`.
    private func nestedIndent(_ indent: Double, width: Double) -> Double {
        guard width - indent < Self.minimumNestedWidth else { return indent }
        log.warn(
            "lists and quotes nested deeper than the column allows are set without further indentation, at least \(Int(Self.minimumNestedWidth)) pt wide",
            at: location)
        return 0
    }

    private func listSlices(_ list: ListBlock, width: Double) -> [VBox] {
        let indent = nestedIndent(theme.listIndent, width: width)
        var result: [VBox] = []
        for (number, item) in list.items.enumerated() {
            let marker = list.ordered ? "\(list.start + number)." : "•"
            var blocks = item
            // Without room for a hanging marker, it leads the item's first paragraph.
            var inline = false
            if indent == 0, case .paragraph(let text)? = blocks.first {
                blocks[0] = .paragraph(RichText([Span(marker + " ")] + text.spans))
                inline = true
            }
            // An item's text starts at its marker: no first-line indent.
            var item = self
            item.bodyStyle.firstLineIndent = 0
            var slices = item.slices(for: blocks, width: width - indent, tight: true).map { $0.indented(by: indent) }
                .tagged(ids.tag(.listBody))
            guard !slices.isEmpty else { continue }
            if !inline {
                // One line, right-aligned against the item's text ("9." and "10." end at the same place).
                let markerText = typesetter.line(RichText(marker), style: item.bodyStyle)
                let markerX = max(0, indent - 5 - markerText.naturalWidth)
                slices[0].items.append(
                    PositionedItem(
                        position: Point(x: markerX, y: 0), item: .text(TextItem(paragraph: markerText)),
                        structure: [ids.tag(.listLabel)]))
            }
            slices = slices.withLeadingSpace(number == 0 ? 0 : theme.paragraphSpacing / 3)
            result += slices.tagged(ids.tag(.listItem))
        }
        return result.tagged(ids.tag(.list))
    }

    private func quoteSlices(_ blocks: [Block], width: Double) -> [VBox] {
        var inner = self
        inner.bodyStyle = bodyStyle.with {
            $0.italic = true
            $0.color = theme.muted
        }
        let indent = nestedIndent(theme.quoteIndent, width: width)
        let quote = ids.tag(.blockQuote)
        return inner.slices(for: blocks, width: width - indent).tagged(quote).enumerated().map { position, slice in
            var slice = slice.indented(by: indent)
            // Without indentation, the enclosing quotes' bars mark the text.
            guard indent > 0 else { return slice }
            let top = position == 0 ? 0 : -slice.spaceBefore
            let bar = Shape(
                path: .rect(Rect(x: 0, y: top, width: 2, height: slice.height - top)), fill: theme.bodyAccent)
            slice.items.append(PositionedItem(position: .zero, item: .shape(bar)))
            return slice
        }
    }

    private func detailSlices(_ details: DetailList, width: Double) -> [VBox] {
        details.items.flatMap { item in
            let text = RichText([Span(item.label, bold: true)] + item.value.spans)
            return lines(of: ParagraphSpec(text, style: theme.small.with { $0.color = bodyStyle.color }, width: width))
                .tagged(ids.tag(.paragraph))
        }
    }

    /// The caption, the drawing and the source line as one slice; a drawing too tall for a page
    /// is scaled down to fit, with a warning.
    private func figureSlice(_ figure: Figure, width: Double) -> VBox {
        let caption = typesetter.typeset(ParagraphSpec(figure.caption, style: theme.caption, width: width))
        let source = figure.source.map { typesetter.typeset(ParagraphSpec($0, style: theme.small, width: width)) }
        let captionGap = 4.0
        let sourceGap = 3.0
        let around = caption.height + captionGap + (source.map { $0.height + sourceGap } ?? 0)
        var scale = min(1, width / max(figure.frame.size.width, 1))
        if figure.frame.size.height * scale > bodyHeight - around {
            scale = max(bodyHeight - around, 1) / figure.frame.size.height
        }
        if scale < 0.999 {
            log.warn(
                "figure '\(figure.caption.plainText)' is too large for the page and was scaled to \(Int(scale * 100))%",
                at: location)
        }
        var items = [
            PositionedItem(position: .zero, item: .text(TextItem(paragraph: caption)), structure: [ids.tag(.caption)])
        ]
        var y = caption.height + captionGap
        items.append(
            PositionedItem(
                position: Point(x: 0, y: y),
                item: .group(
                    Group(frame: figure.frame, role: .figure(alternativeText: figure.alternativeText), scale: scale))))
        y += figure.frame.size.height * scale
        if let source {
            y += sourceGap
            items.append(
                PositionedItem(
                    position: Point(x: 0, y: y), item: .text(TextItem(paragraph: source)),
                    structure: [ids.tag(.paragraph)]))
            y += source.height
        }
        var slice = VBox(height: y, items: items)
        if flexibleFigures, let flexible = figure.flexibleHeight, scale > 0.999 {
            let natural = figure.frame.size.height
            slice.glue = FigureGlue(
                figure: figure, drawingItem: 1, scale: scale, shrink: max(0, natural - flexible.range.lowerBound),
                stretch: min(max(0, flexible.range.upperBound - natural), max(0, bodyHeight - y)))
        }
        return slice
    }

    private func contentsSlices(title: String, width: Double) -> [VBox] {
        let heading = Heading(level: 1, text: title, anchor: "contents", inOutline: true, inContents: false)
        var result = headingSlices(heading, width: width)
        let contents = ids.tag(.tableOfContents)
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
            // One slice a line, as a paragraph's, so that no entry is taller than a page; the
            // number and the dotted leader go on the last line.
            let count = text.lines.count
            let fits = text.height <= bodyHeight
            var slices = text.lines.indices.map { index in
                VBox(
                    height: text.lines[index].height,
                    items: [
                        PositionedItem(
                            position: Point(x: indent, y: 0),
                            item: .text(TextItem(paragraph: text, lines: index..<index + 1)))
                    ],
                    keepWithNext: index < count - 1 && fits)
            }
            let leaderStart = indent + last.x + last.width + 4
            let leaderEnd = width - numberWidth - 2 + (number.lines.first?.x ?? 0)
            let baseline = last.baseline - last.top - 1
            slices[count - 1].items.append(
                PositionedItem(position: Point(x: width - numberWidth, y: 0), item: .text(TextItem(paragraph: number))))
            if leaderEnd - leaderStart > 8 {
                let leader = Shape(
                    path: .line(from: Point(x: leaderStart, y: baseline), to: Point(x: leaderEnd, y: baseline)),
                    stroke: Stroke(color: theme.muted, width: 0.6, dash: [0.6, 2.4]))
                slices[count - 1].items.append(PositionedItem(position: .zero, item: .shape(leader)))
            }
            let gap = position == 0 ? theme.headingSpaceAfter : (entry.level == 1 ? 6 : 2)
            // TOC > TOCI > Reference > Link: the entry's text, leader and number are the link.
            result += slices.withLeadingSpace(gap).tagged(ids.tag(.link(.destination(entry.anchor))))
                .tagged(ids.tag(.reference)).tagged(ids.tag(.tableOfContentsItem)).tagged(contents)
        }
        return result
    }

    func rule(y: Double, width: Double, color: Color, weight: Double) -> PositionedItem {
        PositionedItem(
            position: .zero,
            item: .shape(Shape(path: .rect(Rect(x: 0, y: y - weight, width: width, height: weight)), fill: color)))
    }
}
