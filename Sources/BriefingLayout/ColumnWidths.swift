import BriefingCore

/// What a table's columns need, measured from their content as CSS's automatic table layout
/// measures min- and max-content widths: each column's narrowest width (its widest unbreakable
/// piece) and its natural widths (every cell on one line). Widths include the cells' padding.
struct ColumnWidths: Hashable, Sendable {
    /// The narrowest each column can be without breaking anything inside: a number or another
    /// short cell whole, a word, one CJK character, a drawing.
    var unbreakable: [Double]
    /// What layout gives each column at least: `unbreakable`, except that a word (never a number)
    /// may break when it is wider than twice the column's share of the width and than a third of
    /// it, or than half of it, as a long web address does: no word makes a column too wide for
    /// the page.
    var minimum: [Double]
    /// The natural widths of the body and footer cells (the footer's set bold, as totals are).
    var body: [Double]
    /// The natural widths of the header cells.
    var header: [Double]
    /// For each height of the header row in lines, from one up to `mostHeaderLines` (index 0 for
    /// one line, the unit's line counted), the narrowest widths at which every header cell fits in
    /// it, its name taking at most `headerLines` lines while the height leaves room for that.
    var shortHeaders: [[Double]]
    /// For each count of lines from one up to `bodyLines` (index 0 for one), the narrowest widths
    /// at which every body and footer cell takes at most that many lines.
    var shortBody: [[Double]]

    /// The most lines a header's name takes when the page allows (its unit's line not counted).
    static let headerLines = 3
    /// The tallest header row, in lines, `fitting` tries when names of three lines do not fit the page.
    static let mostHeaderLines = 8
    /// The most lines a name in the body (an entity's) takes when the page allows.
    static let bodyLines = 3

    /// Body cells at most this many characters long are kept whole, as numbers are.
    static let shortCell = 10

    /// What a number may hold besides digits: signs, separators, brackets, percent and currency signs.
    private static let numberMarks: Set<Character> = [
        "+", "-", "\u{2212}", "±", ".", ",", "'", "%", "‰", "(", ")", "/", " ", "\u{00A0}", "\u{2009}", "\u{202F}",
        "$", "€", "£", "¥",
    ]

    /// Measures `table` for a column `width` wide.
    init(_ table: TableBlock, width: Double, theme: LayoutTheme, typesetter: any Typesetter) {
        let pad = 2 * TableStacker.cellPadding.horizontal
        let count = table.columns.count
        let wordLimit = min(max(width / Double(max(count, 1)) * 2, width / 3), width / 2)
        unbreakable = Array(repeating: pad, count: count)
        minimum = unbreakable
        body = unbreakable
        header = unbreakable
        shortHeaders = []
        shortBody = []
        func measure(_ rows: [[TableCell]], style: TextStyle, isHeader: Bool, into natural: inout [Double]) {
            for row in rows {
                for (column, cell) in row.prefix(count).enumerated() {
                    switch cell {
                    case .text(let text):
                        let line = typesetter.line(text, style: style).naturalWidth + pad
                        natural[column] = max(natural[column], line)
                        if !isHeader && Self.isWhole(text.plainText) {
                            unbreakable[column] = max(unbreakable[column], line)
                            minimum[column] = max(minimum[column], line)
                        } else {
                            // Set at a hair's width, every line holds one unbreakable piece: a word,
                            // or one CJK character, as the line breaker sees it.
                            let piece =
                                typesetter.typeset(ParagraphSpec(text, style: style, width: 1, breaksWords: false))
                                .naturalWidth + pad
                            unbreakable[column] = max(unbreakable[column], piece)
                            minimum[column] = max(minimum[column], min(piece, wordLimit))
                        }
                    case .graphic(let frame):
                        let drawn = frame.size.width + pad
                        unbreakable[column] = max(unbreakable[column], drawn)
                        minimum[column] = max(minimum[column], drawn)
                        natural[column] = max(natural[column], drawn)
                    }
                }
            }
        }
        var header = self.header
        var body = self.body
        measure(table.header, style: theme.tableHeader, isHeader: true, into: &header)
        let footerStyle = theme.tableBody.with { $0.weight = .bold }
        measure(table.body, style: theme.tableBody, isHeader: false, into: &body)
        measure(table.footer, style: footerStyle, isHeader: false, into: &body)
        self.header = header
        self.body = body
        let pieces = unbreakable
        func narrowest(
            _ rows: [[TableCell]], style: TextStyle, wrapsWhole: Bool, fits: (TypesetParagraph) -> Bool
        ) -> [Double] {
            var widths = pieces
            for row in rows {
                for (column, cell) in row.prefix(count).enumerated() {
                    guard case .text(let text) = cell, wrapsWhole || !Self.isWhole(text.plainText) else { continue }
                    let natural = max(header[column], body[column])
                    let width = Self.narrowest(
                        text, style: style, within: min(pieces[column], natural)...natural, typesetter: typesetter,
                        fits: fits)
                    widths[column] = max(widths[column], width)
                }
            }
            return widths
        }
        shortHeaders = (1...Self.mostHeaderLines).map { height in
            let names = height <= Self.headerLines + 1 ? Self.headerLines : height
            return narrowest(table.header, style: theme.tableHeader, wrapsWhole: true) {
                $0.lines.count <= height && Self.nameLines(of: $0) <= names
            }
        }
        shortBody = (1...Self.bodyLines).map { lines in
            zip(
                narrowest(table.body, style: theme.tableBody, wrapsWhole: false) { $0.lines.count <= lines },
                narrowest(table.footer, style: footerStyle, wrapsWhole: false) { $0.lines.count <= lines }
            ).map(max)
        }
    }

    /// How many lines of a set header cell hold its name: the lines before its first line break,
    /// after which comes its unit (`Tax payment` / `(bn yuan)`: one).
    static func nameLines(of paragraph: TypesetParagraph) -> Int {
        let text = paragraph.spec.text.plainText
        guard let newline = text.utf8.firstIndex(of: UInt8(ascii: "\n")) else { return paragraph.lines.count }
        let end = text.utf8.distance(from: text.utf8.startIndex, to: newline)
        return paragraph.lines.filter { $0.byteRange.lowerBound < end }.count
    }

    /// The narrowest width in `range` (cell padding included) at which `text` set as `fits`
    /// wants, to a tenth of a point; the range's top when none below it does. A width that fits
    /// narrows the search to the widest line set there: lines are filled first to last, so the
    /// same lines fit that width too, and most searches end after two or three settings.
    private static func narrowest(
        _ text: RichText, style: TextStyle, within range: ClosedRange<Double>, typesetter: any Typesetter,
        fits: (TypesetParagraph) -> Bool
    ) -> Double {
        let pad = 2 * TableStacker.cellPadding.horizontal
        /// The width the paragraph set at `width` takes when it fits, else nil.
        func fitting(_ width: Double) -> Double? {
            let paragraph = typesetter.typeset(
                ParagraphSpec(text, style: style, width: width - pad, breaksWords: false))
            // A centred line's offset is not part of what it needs.
            let widest = paragraph.lines.map(\.width).max() ?? 0
            return fits(paragraph) ? min(width, widest + pad) : nil
        }
        var low = range.lowerBound
        var high = range.upperBound
        if fitting(low) != nil { return low }
        while high - low > 0.1 {
            let middle = (low + high) / 2
            if let used = fitting(middle) { high = max(used, low) } else { low = middle }
        }
        return high
    }

    /// Whether a body cell's text is never broken: a number (digits with signs, separators, a
    /// percent sign or a currency symbol) or a short cell such as "—" or "n/a".
    static func isWhole(_ text: String) -> Bool {
        if text.count <= shortCell { return true }
        return text.contains(where: \.isASCIIDigit) && text.allSatisfy { $0.isASCIIDigit || numberMarks.contains($0) }
    }

    /// The measures for setting the table in parts: the label column, repeated in every part, is
    /// given room for its body cells on one line up to a quarter of `width` (and as long as every
    /// other column still fits beside it), so that its names do not wrap in every part.
    func forParts(width: Double) -> ColumnWidths {
        guard let label = minimum.first else { return self }
        var parts = self
        let widest = minimum.dropFirst().max() ?? 0
        parts.minimum[0] = max(label, min(body[0], width / 4, width - widest))
        return parts
    }

    /// Widths for each group of columns of a table set in parts, each adding up to `width`: the
    /// label column (every group's first) as wide in every part, as wide as the part that can
    /// spare least for it gives it but no narrower than its minimum (up to half the width: a
    /// column too wide for the page takes the rest), and the rest of each part fitted to what it
    /// leaves.
    func fitting(groups: [[Int]], width: Double) -> [[Double]] {
        guard groups.count > 1, let least = minimum.first else { return groups.map { fitting($0, width: width) } }
        let spared = groups.map { fitting($0, width: width).first ?? 0 }.min() ?? 0
        let label = max(spared, min(least, width / 2))
        return groups.map { [label] + fitting(Array($0.dropFirst()), width: width - label) }
    }

    /// Widths for `columns` that add up to `width`. Every column first gets its minimum; then
    /// the narrowest widths that hold the header row to as few lines as the width allows (a name
    /// taking at most `headerLines` lines, its unit's line not counted), with body names on one
    /// line, or else on as few lines as `bodyLines` allows: a wrapped name repeats in every row,
    /// a header line only once. When no header row of names of at most three lines fits beside
    /// names of `bodyLines` lines, the fewest header lines that do (the stacker warns), else the
    /// fewest that fit beside the minimums. Then body cells are kept on one line where the width
    /// allows; what is left takes header lines away where that costs least, then is shared equally. When the minimums
    /// alone are wider than `width`, they are scaled down to it.
    func fitting(_ columns: [Int], width: Double) -> [Double] {
        guard !columns.isEmpty else { return [] }
        let minimum = columns.map { self.minimum[$0] }
        func atLeast(_ steps: [Double]...) -> [Double] {
            steps.reduce(minimum) { widths, step in zip(widths, columns.map { step[$0] }).map(max) }
        }
        let threeLines = shortHeaders.prefix(Self.headerLines + 1)
        let candidates =
            shortBody.flatMap { body in threeLines.map { atLeast($0, body) } }
            + shortHeaders.dropFirst(threeLines.count).map { atLeast($0, shortBody.last ?? minimum) }
            + shortHeaders.map { atLeast($0) }
        let short = candidates.first { $0.reduce(0, +) <= width } ?? candidates.last ?? minimum
        let body = zip(short, columns.map { self.body[$0] }).map(max)
        let stages = [minimum, short, body]
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
        widths = fewerHeaderLines(widths, columns: columns, width: width)
        let extra = (width - widths.reduce(0, +)) / Double(columns.count)
        return widths.map { $0 + extra }
    }

    /// `widths` with what `width` leaves spent where it takes a header line away at the least
    /// cost, one line at a time: width shared in proportion would widen every header a little and
    /// shorten none (规模工业增加 / 值 with room to spare).
    private func fewerHeaderLines(_ widths: [Double], columns: [Int], width: Double) -> [Double] {
        var widths = widths
        var available = width - widths.reduce(0, +)
        while available > 0.05 {
            // For each column, the extra width that sets its header in one line fewer.
            let costs = columns.indices.compactMap { index -> (index: Int, cost: Double)? in
                let needs = shortHeaders.map { $0[columns[index]] }
                guard let lines = needs.firstIndex(where: { $0 <= widths[index] + 0.05 }), lines > 0 else { return nil }
                return (index, needs[lines - 1] - widths[index])
            }
            guard let cheapest = costs.min(by: { $0.cost < $1.cost }), cheapest.cost <= available else { break }
            widths[cheapest.index] += cheapest.cost
            available -= cheapest.cost
        }
        return widths
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isWholeNumber }
}
