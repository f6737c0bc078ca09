import BriefingCore
import Testing

@testable import BriefingLayout

/// The float rule on slices of known height: a 100 pt page; each block's slices are marked
/// with its number and kind as ``BlockStacker`` marks the body's.
@Suite struct FloatDeferralTests {
    /// A block of `lines` 10 pt slices (no widow or orphan control).
    func text(_ number: Int, lines: Int, kind: BodyBlock.Kind = .text, keep: Bool = false) -> [VBox] {
        (0..<lines).map { line in
            var box = VBox(height: 10, keepWithNext: keep && line == lines - 1)
            box.block = BodyBlock(number: number, kind: kind)
            return box
        }
    }

    func figure(_ number: Int, height: Double = 50) -> [VBox] {
        var box = VBox(height: height)
        box.block = BodyBlock(number: number, kind: .figure)
        return [box]
    }

    /// The block numbers on each page, in the order placed.
    func pages(_ boxes: [VBox]) -> [[Int]] {
        var paginator = Paginator(pageHeight: 100)
        return paginator.paginate(boxes).map { page in
            page.compactMap(\.box.block?.number).reduce(into: [Int]()) { if $0.last != $1 { $0.append($1) } }
        }
    }

    @Test func textAfterAFigureThatDoesNotFitFillsThePage() {
        // 60 pt of text; the 50 pt figure does not fit; the 30 pt paragraph after it does, the
        // next one no longer: the figure opens page 2.
        let boxes = text(0, lines: 6) + figure(1) + text(2, lines: 3) + text(3, lines: 3)
        #expect(pages(boxes) == [[0, 2], [1, 3]])
    }

    @Test func aBlockThatDoesNotFitWholeStaysAfterTheFigure() {
        // Block 2 (50 pt) would have to split: nothing moves, the page stays 60% full.
        let boxes = text(0, lines: 6) + figure(1) + text(2, lines: 5)
        #expect(pages(boxes) == [[0], [1, 2]])
    }

    @Test func atMostThreeBlocksMoveUp() {
        let boxes = text(0, lines: 5) + figure(1, height: 60) + (2..<7).flatMap { text($0, lines: 1) }
        #expect(pages(boxes) == [[0, 2, 3, 4], [1, 5, 6]])
    }

    @Test func nothingMovesPastASectionStartOrAnotherFigure() {
        let section =
            text(0, lines: 6) + figure(1) + text(2, lines: 2, kind: .sectionStart, keep: true) + text(3, lines: 1)
        #expect(pages(section) == [[0], [1, 2, 3]])
        // Figures keep their order: the text after the second figure stays there.
        let figures = text(0, lines: 6) + figure(1) + figure(2, height: 30) + text(3, lines: 1)
        #expect(pages(figures) == [[0], [1, 2, 3]])
    }

    @Test func aHeadingMovesWithItsFirstBlockOrNotAtAll() {
        // A heading (kept with next) and its paragraph move together.
        let boxes =
            text(0, lines: 6) + figure(1) + text(2, lines: 1, keep: true) + text(3, lines: 2) + text(4, lines: 3)
        #expect(pages(boxes) == [[0, 2, 3], [1, 4]])
        // A heading kept with a figure is not text that may move.
        let heading = text(0, lines: 6) + figure(1) + text(2, lines: 1, keep: true) + figure(3, height: 10)
        #expect(pages(heading) == [[0], [1, 2, 3]])
    }

    @Test func aFigureIntroducedByAHeadingDoesNotWait() {
        let boxes = text(0, lines: 6) + text(1, lines: 1, keep: true) + figure(2) + text(3, lines: 1)
        #expect(pages(boxes) == [[0], [1, 2, 3]])
    }

    @Test func aFiguresDataTableWaitsWithIt() {
        // The figure alone would fit; with its table's first rows, which it is kept with, not.
        var figure = figure(1, height: 30)
        figure[0].keepWithNext = true
        let table = text(2, lines: 3, kind: .figureData).enumerated().map { line, box in
            var box = box
            box.keepWithNext = line < 1
            return box
        }
        let boxes = text(0, lines: 6) + figure + table + text(3, lines: 2)
        #expect(pages(boxes) == [[0, 3], [1, 2]])
    }

    @Test func kindsOfBodyBlocks() {
        let frame = Frame(size: Size(width: 10, height: 10))
        let figure = Block.figure(Figure(frame: frame, caption: RichText("F"), source: nil, alternativeText: "f"))
        let table = Block.table(TableBlock(columns: [], header: [], body: []))
        let blocks: [Block] = [
            .heading(Heading(level: 1, text: "S", anchor: "s")), figure, table, table,
            .heading(Heading(level: 2, text: "T", anchor: "t")), .paragraph(RichText("p")), .pageBreak,
        ]
        #expect(
            BodyBlock.kinds(of: blocks) == [.sectionStart, .figure, .figureData, .text, .text, .text, .sectionStart])
    }
}
