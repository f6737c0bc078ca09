import BriefingCore

/// Sets a table as one slice per row: column widths from content, header rows kept with the
/// first body row and repeated on continuation pages, footer (total) rows kept with the body.
struct TableStacker {
    let theme: LayoutTheme
    let typesetter: any Typesetter
    let ids: StructureIDs
    /// The tallest a slice may be (the page's body height): taller rows are split between lines.
    let maxRowHeight: Double

    static let cellPadding = (horizontal: 5.0, vertical: 3.5)
    /// Tables with at most this many body rows move to the next page whole rather than split.
    static let unsplitRows = 6
    /// The fewest body rows a long table leaves at the foot or the head of a page.
    static let minimumRows = 3

    func slices(for table: TableBlock, width: Double) -> [VBox] {
        let widths = columnWidths(table, width: width)
        var result: [VBox] = []
        if let caption = table.caption {
            let paragraph = typesetter.typeset(ParagraphSpec(caption, style: theme.caption, width: width))
            let item = PositionedItem(
                position: .zero, item: .text(TextItem(paragraph: paragraph)), structure: [ids.tag(.caption)])
            result.append(VBox(height: paragraph.height + 4, items: [item], keepWithNext: true))
        }
        var header: [VBox] = []
        for (index, cells) in table.header.enumerated() {
            var rows = rowSlices(
                cells, table: table, widths: widths, style: theme.tableHeader, header: true, background: nil)
            if index == 0 { rows[0].items.append(rule(y: 0, width: width, weight: 1.0, color: theme.accent)) }
            if index == table.header.count - 1, var last = rows.last {
                last.items.append(rule(y: last.height, width: width, weight: 0.6, color: theme.accent))
                rows[rows.count - 1] = last
            }
            header += rows.map {
                var row = $0
                row.keepWithNext = true
                return row
            }
        }
        result += header
        // A body row split across pages leaves room for the repeated header, unless the header
        // takes more than half a page: then rows are split as if it were not there, and the
        // paginator repeats it only above the slices it fits with.
        let headerHeight = header.map(\.height).reduce(0, +)
        let roomForHeader = headerHeight <= maxRowHeight / 2 ? headerHeight : 0
        for (index, cells) in table.body.enumerated() {
            var rows = rowSlices(
                cells, table: table, widths: widths, style: theme.tableBody, header: false,
                background: index % 2 == 1 ? theme.tableStripe : nil, headerHeight: roomForHeader)
            // A short table is never split; a long one leaves at least `minimumRows` body rows on
            // each side of a break (as widows and orphans for paragraphs), and keeps its last body
            // row with the totals.
            let before = index + 1
            let after = table.body.count - before
            let breakAllowed =
                table.body.count > Self.unsplitRows && before >= Self.minimumRows && after >= Self.minimumRows
            rows[rows.count - 1].keepWithNext = after == 0 ? !table.footer.isEmpty : !breakAllowed
            result += rows.map {
                var row = $0
                row.continuationHeader = header
                return row
            }
        }
        for (index, cells) in table.footer.enumerated() {
            var rows = rowSlices(
                cells, table: table, widths: widths, style: theme.tableBody.with { $0.weight = .bold }, header: false,
                background: nil)
            if index == 0 { rows[0].items.append(rule(y: 0, width: width, weight: 0.6, color: theme.accent)) }
            rows[rows.count - 1].keepWithNext = index < table.footer.count - 1
            result += rows
        }
        if var last = result.last {
            last.items.append(rule(y: last.height, width: width, weight: 1.0, color: theme.accent))
            result[result.count - 1] = last
        }
        result = result.tagged(ids.tag(.table))
        if let source = table.source {
            result[result.count - 1].keepWithNext = true
            let paragraph = typesetter.typeset(ParagraphSpec(source, style: theme.small, width: width))
            let item = PositionedItem(
                position: .zero, item: .text(TextItem(paragraph: paragraph)), structure: [ids.tag(.paragraph)])
            result.append(VBox(height: paragraph.height, items: [item], spaceBefore: 3))
        }
        return result
    }

    /// A cell's content, set at the column's width.
    private enum SetCell {
        case text(TypesetParagraph)
        case graphic(Frame)

        var height: Double {
            switch self {
            case .text(let paragraph): return paragraph.height
            case .graphic(let frame): return frame.size.height
            }
        }
    }

    /// One row as one slice, or as several when it is taller than a page: every cell's lines are
    /// cut at the same height, between lines, so the row continues on the next page.
    private func rowSlices(
        _ cells: [TableCell], table: TableBlock, widths: [Double], style: TextStyle, header: Bool, background: Color?,
        headerHeight: Double = 0
    ) -> [VBox] {
        let pad = Self.cellPadding
        let set: [SetCell] = widths.enumerated().map { column, width in
            switch column < cells.count ? cells[column] : .text(RichText("")) {
            case .text(let text):
                let spec = ParagraphSpec(
                    text, style: style, width: width - 2 * pad.horizontal, alignment: table.columns[column].alignment)
                return .text(typesetter.typeset(spec))
            case .graphic(let frame):
                return .graphic(frame)
            }
        }
        let tags = set.map { _ in ids.tag(header ? .tableHeaderCell : .tableCell) }
        let contentHeight = set.map(\.height).max() ?? 0
        // A body row continued on the next page shares it with the repeated header rows.
        let available = max(maxRowHeight - headerHeight - 2 * pad.vertical, 1)

        // Cut positions, in the cells' own coordinates: as low as possible without cutting a line.
        var cuts: [Double] = [0]
        while let start = cuts.last, contentHeight - start > available + 0.001 {
            var cut = start + available
            for cell in set {
                guard case .text(let paragraph) = cell else { continue }
                for line in paragraph.lines where line.top < cut && line.top + line.height > cut && line.top > start {
                    cut = min(cut, line.top)
                }
            }
            cuts.append(cut > start ? cut : start + available)
        }
        cuts.append(.infinity)

        let row = ids.tag(.tableRow)
        return zip(cuts, cuts.dropFirst()).map { start, end in
            var items: [PositionedItem] = []
            var x = 0.0
            var bottom = 0.0
            for (column, cell) in set.enumerated() {
                let width = widths[column]
                switch cell {
                case .text(let paragraph):
                    let lines = paragraph.lines.indices.filter {
                        paragraph.lines[$0].top >= start && paragraph.lines[$0].top < end
                    }
                    if let first = lines.first, let last = lines.last {
                        let top = paragraph.lines[first].top
                        items.append(
                            PositionedItem(
                                position: Point(x: x + pad.horizontal, y: pad.vertical + top - start),
                                item: .text(TextItem(paragraph: paragraph, lines: first..<last + 1)),
                                structure: [tags[column]]))
                        bottom = max(bottom, paragraph.lines[last].top + paragraph.lines[last].height - start)
                    }
                case .graphic(let frame) where start == 0:
                    let free = width - 2 * pad.horizontal - frame.size.width
                    let offset: Double
                    switch table.columns[column].alignment {
                    case .left, .justify: offset = 0
                    case .center: offset = free / 2
                    case .right: offset = free
                    }
                    items.append(
                        PositionedItem(
                            position: Point(x: x + pad.horizontal + max(0, offset), y: pad.vertical),
                            item: .group(Group(frame: frame)), structure: [tags[column]]))
                    bottom = max(bottom, frame.size.height)
                case .graphic:
                    break
                }
                x += width
            }
            let height = bottom + 2 * pad.vertical
            if let background {
                let fill = Shape(path: .rect(Rect(x: 0, y: 0, width: x, height: height)), fill: background)
                items.insert(PositionedItem(position: .zero, item: .shape(fill)), at: 0)
            }
            return VBox(height: height, items: items).tagged(row)
        }
    }

    /// Widths that fit `width`. Every column first gets what its longest unbreakable word needs;
    /// then body cells are kept on one line where the width allows (a wrapped number or name is
    /// harder to read than a wrapped header); what is left lets headers wrap less.
    func columnWidths(_ table: TableBlock, width: Double) -> [Double] {
        let pad = 2 * Self.cellPadding.horizontal
        let count = table.columns.count
        guard count > 0 else { return [] }
        var minimum = [Double](repeating: pad, count: count)
        var body = [Double](repeating: pad, count: count)
        var header = [Double](repeating: pad, count: count)
        func measure(_ rows: [[TableCell]], style: TextStyle, into natural: inout [Double]) {
            for row in rows {
                for (column, cell) in row.prefix(count).enumerated() {
                    switch cell {
                    case .text(let text):
                        // Set at a hair's width, every line holds one unbreakable piece: a word, or one
                        // CJK character, as the line breaker sees it.
                        let longestPiece = typesetter.typeset(
                            ParagraphSpec(text, style: style, width: 1, breaksWords: false)
                        ).naturalWidth
                        minimum[column] = max(minimum[column], min(longestPiece + pad, width / Double(count) * 2))
                        natural[column] = max(natural[column], typesetter.line(text, style: style).naturalWidth + pad)
                    case .graphic(let frame):
                        minimum[column] = max(minimum[column], frame.size.width + pad)
                        natural[column] = max(natural[column], frame.size.width + pad)
                    }
                }
            }
        }
        measure(table.header, style: theme.tableHeader, into: &header)
        measure(table.body + table.footer, style: theme.tableBody.with { $0.weight = .bold }, into: &body)
        let stages = [minimum, zip(minimum, body).map(max), zip(zip(minimum, body).map(max), header).map(max)]
        // Grow from one stage to the next as far as the width allows, in proportion to each column's want.
        var widths = stages[0]
        let minimumTotal = widths.reduce(0, +)
        if minimumTotal >= width { return widths.map { $0 * width / minimumTotal } }
        for stage in stages.dropFirst() {
            let wants = zip(stage, widths).map { max(0, $0 - $1) }
            let wanted = wants.reduce(0, +)
            let available = width - widths.reduce(0, +)
            guard wanted > 0 else { continue }
            let fraction = min(1, available / wanted)
            widths = zip(widths, wants).map { $0 + $1 * fraction }
            if fraction < 1 { return widths }
        }
        let extra = (width - widths.reduce(0, +)) / Double(count)
        return widths.map { $0 + extra }
    }

    private func rule(y: Double, width: Double, weight: Double, color: Color) -> PositionedItem {
        PositionedItem(
            position: .zero,
            item: .shape(Shape(path: .rect(Rect(x: 0, y: y - weight / 2, width: width, height: weight)), fill: color)))
    }
}
