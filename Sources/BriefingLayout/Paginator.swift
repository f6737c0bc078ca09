import BriefingCore

/// A slice placed on a page, `y` from the top of the body area.
struct PlacedBox: Hashable, Sendable {
    var box: VBox
    var y: Double
    /// The slice's index in the input; nil for repeated table headers.
    var index: Int?
    /// How much taller the slice is set than its natural height (shorter when negative): a
    /// figure with glue shrunk or grown to fill the page.
    var resize = 0.0
}

/// Breaks a sequence of slices into pages of a given height, honouring keep-with-next (which
/// expresses headings kept with their text, widows and orphans, table headers and totals),
/// repeated table headers, forced breaks and the float rule (``FloatDeferral``). Figures with
/// glue (``FigureGlue``) shrink to let the next figure onto their page, and a page that is full
/// (the next slice goes over) has its figures grown to fill it (vertical justification); a page
/// that ends before a forced break or at the end keeps its figures at their natural height.
struct Paginator {
    var pageHeight: Double
    /// The height each footnote takes at the foot of a page.
    var footnoteHeights: [Int: Double]
    /// The space above a page's first footnote (for the rule that separates them from the text).
    var footnoteSeparator: Double
    /// The footnotes each footnote cites: they are set on the page of the note citing them.
    var footnoteCitations: [Int: [Int]]

    /// The most pages a document may have: layout stops there, so that no input makes it run away.
    static let maxPages = 10_000

    /// Problems met, e.g. a slice taller than a page.
    private(set) var warnings: [LayoutWarning] = []
    /// Set when the slices would fill more than `maxPages` pages (with `pagesBefore` pages set
    /// earlier): the text of the heading last placed, or "" before any; the pages stop there.
    private(set) var overflowSection: String?
    /// Pages of the same document set before these slices (other orientations' runs).
    var pagesBefore = 0
    /// The footnotes set at the foot of each page, in order of citation.
    private(set) var footnotesByPage: [[Int]] = []

    init(
        pageHeight: Double, footnoteHeights: [Int: Double] = [:], footnoteSeparator: Double = 0,
        footnoteCitations: [Int: [Int]] = [:]
    ) {
        self.pageHeight = pageHeight
        self.footnoteHeights = footnoteHeights
        self.footnoteSeparator = footnoteSeparator
        self.footnoteCitations = footnoteCitations
    }

    /// The footnotes first cited by `cited` (a box's citations) and by the notes they cite in
    /// turn, given those already set (`earlier`), in ascending order.
    private func notes(citedBy cited: [Int], besides earlier: Set<Int>) -> [Int] {
        var found: Set<Int> = []
        var pending = cited
        while let number = pending.popLast() {
            guard !earlier.contains(number), found.insert(number).inserted else { continue }
            pending += footnoteCitations[number] ?? []
        }
        return found.sorted()
    }

    /// How much of the page footnotes take.
    private func height(of notes: [Int]) -> Double {
        notes.isEmpty ? 0 : footnoteSeparator + notes.reduce(0) { $0 + (footnoteHeights[$1] ?? 0) }
    }

    /// The height of the slice at `index` with the slices kept with it (spaces included).
    private func keptHeight(_ boxes: [VBox], from index: Int) -> Double {
        var height = boxes[index].height
        var next = index
        while boxes[next].keepWithNext, next + 1 < boxes.count {
            next += 1
            height += boxes[next].spaceBefore + boxes[next].height
        }
        return height
    }

    mutating func paginate(_ boxes: [VBox]) -> [[PlacedBox]] {
        var boxes = boxes
        // The figures (by block) that already wait for the next page: they wait once.
        var deferred: Set<Int> = []
        var pages: [[PlacedBox]] = []
        var page: [PlacedBox] = []
        var y = 0.0
        var index = 0

        var earlierNotes: Set<Int> = []
        var pageNotes: [Int] = []
        var footnotesByPage: [[Int]] = []
        func hasContent(_ page: [PlacedBox]) -> Bool { page.contains { $0.index != nil } }
        func flush() {
            if hasContent(page) {
                pages.append(page)
                let notes = notes(citedBy: page.flatMap(\.box.footnotes), besides: earlierNotes)
                footnotesByPage.append(notes)
                earlierNotes.formUnion(notes)
            }
            page = []
            pageNotes = []
            y = 0
        }
        defer { self.footnotesByPage = footnotesByPage }

        var section = ""
        while index < boxes.count {
            if pagesBefore + pages.count >= Self.maxPages {
                overflowSection = section
                return pages
            }
            let box = boxes[index]
            if let heading = box.heading { section = heading.text }
            if box.breaksPageBefore {
                flush()
                if box.height == 0 && box.items.isEmpty {
                    index += 1
                    continue
                }
            }
            // A table's header is repeated above a continued body row only when the two fit the
            // page together: a taller header would leave no room for the rows it heads.
            if page.isEmpty, let header = box.continuationHeader, index > 0,
                boxes[index - 1].continuationHeader != nil,
                header.reduce(0, { $0 + $1.height }) + box.height <= pageHeight + 0.001
            {
                for row in header {
                    page.append(PlacedBox(box: row, y: y, index: nil))
                    y += row.height
                }
            }
            let space = hasContent(page) ? box.spaceBefore : 0
            let newNotes =
                box.footnotes.isEmpty ? [] : notes(citedBy: box.footnotes, besides: earlierNotes.union(pageNotes))
            let notesHeight = height(of: pageNotes + newNotes)
            // A figure that does not fit comes onto the page when the page's figures and its own
            // drawing, shrunk within their glue, make room for it and what it is kept with.
            if box.block?.kind == .figure, hasContent(page) {
                let excess = y + space + keptHeight(boxes, from: index) + notesHeight - pageHeight
                let ownShrink = box.glue?.shrink ?? 0
                if excess > 0.001, excess <= FigureGlue.shrinkable(page) + ownShrink + 0.001 {
                    page.append(PlacedBox(box: box, y: y + space, index: index))
                    FigureGlue.shrink(&page, by: excess)
                    pageNotes += newNotes
                    y = page.last.map { $0.y + $0.box.height + $0.resize } ?? 0
                    index += 1
                    continue
                }
            }
            // A figure that does not fit lets the text after it fill the page, unless a heading
            // introduces it.
            if let block = box.block, block.kind == .figure, hasContent(page), !(page.last?.box.keepWithNext ?? false),
                y + space + keptHeight(boxes, from: index) + notesHeight > pageHeight + 0.001,
                deferred.insert(block.number).inserted,
                let reordered = FloatDeferral.reorder(
                    boxes, figureAt: index, room: pageHeight - y - height(of: pageNotes),
                    cost: { run in
                        let cited = notes(citedBy: run.flatMap(\.footnotes), besides: earlierNotes.union(pageNotes))
                        return run.reduce(0) { $0 + $1.spaceBefore + $1.height } + height(of: pageNotes + cited)
                            - height(of: pageNotes)
                    })
            {
                boxes = reordered
                continue
            }
            if y + space + box.height + notesHeight <= pageHeight + 0.001 || !hasContent(page) {
                if box.height > pageHeight + 0.001 {
                    warnings.append(
                        LayoutWarning(
                            "a block \(Int(box.height)) pt tall does not fit on a page (\(Int(pageHeight)) pt)",
                            at: box.location))
                }
                page.append(PlacedBox(box: box, y: y + space, index: index))
                pageNotes += newNotes
                y += space + box.height
                index += 1
                continue
            }
            // The slice does not fit: break after the last slice on this page that allows it.
            if let breakAt = page.lastIndex(where: { $0.index != nil && !$0.box.keepWithNext }),
                let resume = page[breakAt].index.map({ $0 + 1 })
            {
                page.removeSubrange((breakAt + 1)...)
                index = resume
            }
            // Otherwise no break is allowed anywhere on the page: the keep cannot be honoured, break here.
            // Either way the page is full: its figures grow within their glue to take up what is left.
            let bottom = page.map { $0.y + $0.box.height + $0.resize }.max() ?? 0
            let notesLeft = height(of: notes(citedBy: page.flatMap(\.box.footnotes), besides: earlierNotes))
            FigureGlue.stretch(&page, by: pageHeight - bottom - notesLeft)
            flush()
        }
        flush()
        return pages
    }
}
