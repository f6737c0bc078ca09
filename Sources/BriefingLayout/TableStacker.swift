import BriefingCore

/// Sets a table as one slice per row: column widths from content, header rows kept with the
/// first body row and repeated on continuation pages, footer (total) rows kept with the body.
struct TableStacker {
    let theme: LayoutTheme
    let typesetter: any Typesetter

    static let cellPadding = (horizontal: 5.0, vertical: 3.5)
    /// Tables with at most this many body rows move to the next page whole rather than split.
    static let unsplitRows = 6

    func slices(for table: TableBlock, width: Double) -> [VBox] {
        let widths = columnWidths(table, width: width)
        var result: [VBox] = []
        if let caption = table.caption {
            let paragraph = typesetter.typeset(ParagraphSpec(caption, style: theme.caption, width: width))
            result.append(
                VBox(
                    height: paragraph.height + 4,
                    items: [PositionedItem(position: .zero, item: .text(TextItem(paragraph: paragraph)))],
                    keepWithNext: true))
        }
        let header = table.header.enumerated().map { index, cells in
            var row = rowSlice(cells, table: table, widths: widths, style: theme.tableHeader, background: nil)
            if index == 0 { row.items.append(rule(y: 0, width: width, weight: 1.0, color: theme.accent)) }
            if index == table.header.count - 1 {
                row.items.append(rule(y: row.height, width: width, weight: 0.6, color: theme.accent))
            }
            row.keepWithNext = true
            return row
        }
        result += header
        for (index, cells) in table.body.enumerated() {
            var row = rowSlice(
                cells, table: table, widths: widths, style: theme.tableBody,
                background: index % 2 == 1 ? theme.tableStripe : nil)
            row.continuationHeader = header
            // A short table is never split; a long one keeps its last body row with the totals.
            let isLast = index == table.body.count - 1
            row.keepWithNext = isLast ? !table.footer.isEmpty : table.body.count <= Self.unsplitRows
            result.append(row)
        }
        for (index, cells) in table.footer.enumerated() {
            var row = rowSlice(
                cells, table: table, widths: widths, style: theme.tableBody.with { $0.weight = .bold }, background: nil)
            if index == 0 { row.items.append(rule(y: 0, width: width, weight: 0.6, color: theme.accent)) }
            row.keepWithNext = index < table.footer.count - 1
            result.append(row)
        }
        if var last = result.last {
            last.items.append(rule(y: last.height, width: width, weight: 1.0, color: theme.accent))
            result[result.count - 1] = last
        }
        if let source = table.source {
            result[result.count - 1].keepWithNext = true
            let paragraph = typesetter.typeset(ParagraphSpec(source, style: theme.small, width: width))
            result.append(
                VBox(
                    height: paragraph.height,
                    items: [PositionedItem(position: .zero, item: .text(TextItem(paragraph: paragraph)))],
                    spaceBefore: 3))
        }
        return result
    }

    private func rowSlice(
        _ cells: [TableCell], table: TableBlock, widths: [Double], style: TextStyle, background: Color?
    ) -> VBox {
        let pad = Self.cellPadding
        var items: [PositionedItem] = []
        var x = 0.0
        var height = 0.0
        for (column, width) in widths.enumerated() {
            let alignment = table.columns[column].alignment
            switch column < cells.count ? cells[column] : .text(RichText("")) {
            case .text(let text):
                let paragraph = typesetter.typeset(
                    ParagraphSpec(text, style: style, width: width - 2 * pad.horizontal, alignment: alignment))
                items.append(
                    PositionedItem(
                        position: Point(x: x + pad.horizontal, y: pad.vertical),
                        item: .text(TextItem(paragraph: paragraph))))
                height = max(height, paragraph.height + 2 * pad.vertical)
            case .graphic(let frame):
                let free = width - 2 * pad.horizontal - frame.size.width
                let offset: Double
                switch alignment {
                case .left, .justify: offset = 0
                case .center: offset = free / 2
                case .right: offset = free
                }
                items.append(
                    PositionedItem(
                        position: Point(x: x + pad.horizontal + max(0, offset), y: pad.vertical),
                        item: .group(Group(frame: frame))))
                height = max(height, frame.size.height + 2 * pad.vertical)
            }
            x += width
        }
        if let background {
            let fill = Shape(path: .rect(Rect(x: 0, y: 0, width: x, height: height)), fill: background)
            items.insert(PositionedItem(position: .zero, item: .shape(fill)), at: 0)
        }
        return VBox(height: height, items: items)
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
