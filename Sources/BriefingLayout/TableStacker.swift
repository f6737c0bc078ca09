import BriefingCore

/// Sets a table as one slice per row: column widths from content, header rows kept with the
/// first body row and repeated on continuation pages, footer (total) rows kept with the body.
/// A table whose columns do not fit the width even at their narrowest is set in parts, each a
/// group of columns after the label column, one below the other (`TableColumnGroups`).
struct TableStacker {
    let theme: LayoutTheme
    let typesetter: any Typesetter
    let ids: StructureIDs
    /// The tallest a slice may be (the page's body height): taller rows are split between lines.
    let maxRowHeight: Double
    /// Collects the tables too wide for the page even in parts.
    let log: LayoutLog
    /// Where the table was written: the place of its warnings.
    let location: SourceLocation?

    static let cellPadding = (horizontal: 5.0, vertical: 3.5)
    /// Tables with at most this many body rows move to the next page whole rather than split.
    static let unsplitRows = 6
    /// The fewest body rows a long table leaves at the foot or the head of a page.
    static let minimumRows = 3

    func slices(for table: TableBlock, width: Double) -> [VBox] {
        var measured = ColumnWidths(table, width: width, theme: theme, typesetter: typesetter)
        if measured.minimum.reduce(0, +) > width { measured = measured.forParts(width: width) }
        let parts = TableColumnGroups(minimum: measured.minimum, width: width)
        if !parts.tooWide.isEmpty { warnTooWide(table, columns: parts.tooWide, measured: measured, width: width) }
        let widths = measured.fitting(groups: parts.groups, width: width)
        warnTallHeaders(table, groups: parts.groups, widths: widths)
        var result: [VBox] = []
        for (index, columns) in parts.groups.enumerated() {
            var part = parts.groups.count == 1 ? table : table.selecting(columns)
            if index > 0 { part.caption = table.continuedCaption ?? table.caption }
            if index < parts.groups.count - 1 { part.source = nil }
            let slices = partSlices(
                part, widths: widths[index],
                unbreakable: columns.map { measured.unbreakable[$0] }, width: width)
            result += index == 0 ? slices : slices.withLeadingSpace(theme.paragraphSpacing)
        }
        return result
    }

    /// The slices of a table (or of one part of a table too wide for its page) whose columns are
    /// `widths` wide; a cell is broken inside a word or number only in a column narrower than
    /// its `unbreakable` width.
    private func partSlices(_ table: TableBlock, widths: [Double], unbreakable: [Double], width: Double) -> [VBox] {
        let breaksWords = zip(widths, unbreakable).map { $0 < $1 - 1e-9 }
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
                cells, table: table, widths: widths, breaksWords: breaksWords, style: theme.tableHeader, header: true,
                background: nil)
            if index == 0 { rows[0].items.append(rule(y: 0, width: width, weight: 1.0, color: theme.bodyAccent)) }
            if index == table.header.count - 1, var last = rows.last {
                last.items.append(rule(y: last.height, width: width, weight: 0.6, color: theme.bodyAccent))
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
                cells, table: table, widths: widths, breaksWords: breaksWords, style: theme.tableBody, header: false,
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
                cells, table: table, widths: widths, breaksWords: breaksWords,
                style: theme.tableBody.with { $0.weight = .bold }, header: false,
                background: nil)
            if index == 0 { rows[0].items.append(rule(y: 0, width: width, weight: 0.6, color: theme.bodyAccent)) }
            rows[rows.count - 1].keepWithNext = index < table.footer.count - 1
            result += rows
        }
        if var last = result.last {
            last.items.append(rule(y: last.height, width: width, weight: 1.0, color: theme.bodyAccent))
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
        _ cells: [TableCell], table: TableBlock, widths: [Double], breaksWords: [Bool], style: TextStyle, header: Bool,
        background: Color?,
        headerHeight: Double = 0
    ) -> [VBox] {
        let pad = Self.cellPadding
        let set: [SetCell] = widths.enumerated().map { column, width in
            switch column < cells.count ? cells[column] : .text(RichText("")) {
            case .text(let text):
                let spec = ParagraphSpec(
                    text, style: style, width: width - 2 * pad.horizontal, alignment: table.columns[column].alignment,
                    breaksWords: breaksWords[column])
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

    /// The warning for columns too wide for the page even beside the label column alone: they
    /// are set narrower than their content, which wraps inside words and numbers.
    private func warnTooWide(_ table: TableBlock, columns: [Int], measured: ColumnWidths, width: Double) {
        let name = table.caption.map { "table '\($0.plainText)'" } ?? "a table without caption"
        for column in columns {
            let needed = Int(((column == 0 ? 0 : measured.minimum[0]) + measured.minimum[column]).rounded(.up))
            let what: String
            if column == 0 {
                what = "its first column needs \(needed) pt at the narrowest"
            } else if let row = table.header.last, column < row.count, case .text(let text) = row[column],
                !text.plainText.isEmpty
            {
                what = "its first column and column '\(text.readableText)' need \(needed) pt at the narrowest"
            } else {
                what = "its first column and column \(column + 1) need \(needed) pt at the narrowest"
            }
            log.warn(
                "\(name) is too wide for the page even in parts: \(what), the page is \(Int(width)) pt wide between its margins; the cells are wrapped inside words and numbers",
                at: location)
        }
    }

    /// The warning for each header whose name takes more than `ColumnWidths.headerLines` lines
    /// at the widths the page allows, with what would shorten it.
    private func warnTallHeaders(_ table: TableBlock, groups: [[Int]], widths: [[Double]]) {
        let name = table.caption.map { "table '\($0.plainText)'" } ?? "a table without caption"
        var warned: Set<Int> = []
        for (columns, widths) in zip(groups, widths) {
            for (column, width) in zip(columns, widths) {
                for row in table.header where column < row.count {
                    guard case .text(let text) = row[column], !warned.contains(column) else { continue }
                    let spec = ParagraphSpec(
                        text, style: theme.tableHeader, width: width - 2 * Self.cellPadding.horizontal,
                        breaksWords: false)
                    let lines = ColumnWidths.nameLines(of: typesetter.typeset(spec))
                    guard lines > ColumnWidths.headerLines else { continue }
                    warned.insert(column)
                    let header = RichText(String(text.plainText.prefix { $0 != "\n" })).readableText
                    let remedy = table.columns[column].remedy.map { "; \($0)" } ?? ""
                    log.warn(
                        "\(name): the header '\(header)' takes \(lines) lines at the widths the page allows, more than \(ColumnWidths.headerLines)\(remedy)",
                        at: location)
                }
            }
        }
    }

    private func rule(y: Double, width: Double, weight: Double, color: Color) -> PositionedItem {
        PositionedItem(
            position: .zero,
            item: .shape(Shape(path: .rect(Rect(x: 0, y: y - weight / 2, width: width, height: weight)), fill: color)))
    }
}
