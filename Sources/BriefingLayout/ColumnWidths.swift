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
    /// The natural widths of the body and footer cells (set bold, as totals are).
    var body: [Double]
    /// The natural widths of the header cells.
    var header: [Double]
    /// For each count of lines from `headerLines` up (index 0 for `headerLines`), the narrowest
    /// widths at which every header cell takes at most that many lines.
    var shortHeaders: [[Double]]

    /// The most lines a header cell takes when the page allows.
    static let headerLines = 3
    /// The most lines `fitting` tries to hold headers to when three do not fit the page.
    static let mostHeaderLines = 8

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
        measure(
            table.body + table.footer, style: theme.tableBody.with { $0.weight = .bold }, isHeader: false, into: &body)
        self.header = header
        self.body = body
        let pieces = unbreakable
        shortHeaders = (Self.headerLines...Self.mostHeaderLines).map { lines in
            var widths = pieces
            for row in table.header {
                for (column, cell) in row.prefix(count).enumerated() {
                    guard case .text(let text) = cell else { continue }
                    let range = min(pieces[column], header[column])...header[column]
                    let width = Self.narrowest(
                        text, style: theme.tableHeader, lines: lines, within: range, typesetter: typesetter)
                    widths[column] = max(widths[column], width)
                }
            }
            return widths
        }
    }

    /// The narrowest width in `range` (cell padding included) at which `text` takes at most
    /// `lines` lines, to half a point; the range's top when none below it does.
    private static func narrowest(
        _ text: RichText, style: TextStyle, lines: Int, within range: ClosedRange<Double>, typesetter: any Typesetter
    ) -> Double {
        let pad = 2 * TableStacker.cellPadding.horizontal
        func fits(_ width: Double) -> Bool {
            typesetter.typeset(ParagraphSpec(text, style: style, width: width - pad, breaksWords: false)).lines.count
                <= lines
        }
        var low = range.lowerBound
        var high = range.upperBound
        if fits(low) { return low }
        while high - low > 0.5 {
            let middle = (low + high) / 2
            if fits(middle) { high = middle } else { low = middle }
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
    /// headers are given room for at most `headerLines` lines, or for as few lines as the width
    /// allows (every header held to the same count, so that no one header stands tall), then body cells are kept on one
    /// line where the width allows (a wrapped name is harder to read than a wrapped header, but a
    /// header of five lines is harder still); what is left lets headers wrap less, then is shared
    /// equally.
    /// When the minimums alone are wider than `width`, they are scaled down to it.
    func fitting(_ columns: [Int], width: Double) -> [Double] {
        guard !columns.isEmpty else { return [] }
        let minimum = columns.map { self.minimum[$0] }
        let steps = shortHeaders.map { widths in zip(minimum, columns.map { widths[$0] }).map(max) }
        let short = steps.first { $0.reduce(0, +) <= width } ?? steps.last ?? minimum
        let body = zip(short, columns.map { self.body[$0] }).map(max)
        let stages = [minimum, short, body, zip(body, columns.map { header[$0] }).map(max)]
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
        let extra = (width - widths.reduce(0, +)) / Double(columns.count)
        return widths.map { $0 + extra }
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isWholeNumber }
}
