/// The float rule: a figure (with its data table) that does not fit in the space left on a page
/// waits for the top of the next page while up to ``maxBlocks`` of the text blocks after it,
/// each whole, move up to fill that space. Figures keep their order (a figure is never passed),
/// and nothing moves across a section start (a level-1 heading, the contents, a page break) or
/// the end of the run of pages it is in.
enum FloatDeferral {
    /// The most blocks that may move up before a figure: about a third of a page of text, so a
    /// figure stays within a page of the text around it, and a heading with its first paragraph
    /// plus one more paragraph can still fill the space.
    static let maxBlocks = 3

    /// `boxes` with the text blocks that fill `room` moved before the figure at `index` and its
    /// data table; nil when no block can move. `cost` is the page space a run of slices takes
    /// (their heights, the spaces between them and the footnotes they bring).
    static func reorder(
        _ boxes: [VBox], figureAt index: Int, room: Double, cost: (ArraySlice<VBox>) -> Double
    ) -> [VBox]? {
        guard boxes[index].block?.kind == .figure else { return nil }
        var floatEnd = index + 1
        while floatEnd < boxes.count,
            boxes[floatEnd].block?.number == boxes[index].block?.number
                || boxes[floatEnd].block?.kind == .figureData
        {
            floatEnd += 1
        }
        var end = floatEnd
        var blocks = 0
        while blocks < maxBlocks, let unit = unit(in: boxes, from: end),
            blocks + unit.blocks <= maxBlocks, cost(boxes[floatEnd..<unit.end]) <= room + 0.001
        {
            end = unit.end
            blocks += unit.blocks
        }
        guard end > floatEnd else { return nil }
        var reordered = boxes
        reordered.replaceSubrange(index..<end, with: boxes[floatEnd..<end] + boxes[index..<floatEnd])
        return reordered
    }

    /// The text block starting at `start`, with the blocks it is kept with (a heading's first
    /// block): the end of its slices and how many blocks it holds; nil when what starts there
    /// may not move.
    private static func unit(in boxes: [VBox], from start: Int) -> (end: Int, blocks: Int)? {
        var end = start
        var blocks = 0
        repeat {
            guard end < boxes.count, let block = boxes[end].block, block.kind == .text,
                !boxes[end].breaksPageBefore
            else { return nil }
            while end < boxes.count, boxes[end].block?.number == block.number { end += 1 }
            blocks += 1
        } while boxes[end - 1].keepWithNext
        return (end, blocks)
    }
}
