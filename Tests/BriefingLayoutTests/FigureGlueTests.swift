import BriefingCore
import BriefingTestSupport
import Testing

@testable import BriefingLayout

/// Flexible figure heights on slices of known height (a 100 pt page) and through a whole layout
/// with a drawer that draws a plain rectangle at the height asked.
@Suite struct FigureGlueTests {
    /// A figure slice `height` tall that may lose `shrink` and gain `stretch` points.
    func figure(_ number: Int, height: Double, shrink: Double = 0, stretch: Double = 0) -> VBox {
        var box = VBox(height: height)
        box.block = BodyBlock(number: number, kind: .figure)
        let frame = Frame(size: Size(width: 10, height: height))
        box.glue = FigureGlue(
            figure: Figure(frame: frame, caption: RichText("F"), source: nil, alternativeText: "f"), drawingItem: 0,
            scale: 1,
            shrink: shrink, stretch: stretch)
        return box
    }

    func text(_ number: Int, height: Double = 10) -> VBox {
        var box = VBox(height: height)
        box.block = BodyBlock(number: number, kind: .text)
        return box
    }

    /// Each page's slices as (block number, top, change of height).
    func pages(_ boxes: [VBox]) -> [[(Int, Double, Double)]] {
        var paginator = Paginator(pageHeight: 100)
        return paginator.paginate(boxes).map { page in page.map { ($0.box.block?.number ?? -1, $0.y, $0.resize) } }
    }

    @Test func figuresShrinkToLetTheNextFigureOn() throws {
        // 50 + 55 = 105 pt: each figure gives up 2.5 pt of the 10 it may lose (in proportion).
        let laid = pages([figure(0, height: 50, shrink: 10), figure(1, height: 55, shrink: 10), text(2)])
        #expect(laid.count == 2)
        let first = try #require(laid.first)
        #expect(first.map(\.0) == [0, 1])
        #expect(abs(first[0].2 + 2.5) < 1e-9 && abs(first[1].2 + 2.5) < 1e-9)
        #expect(abs(first[1].1 - 47.5) < 1e-9)
        // The text goes to the next page; the two figures end exactly at the page's foot.
        #expect(abs(first[1].1 + 55 + first[1].2 - 100) < 1e-9)
    }

    @Test func aFullPageGrowsItsFiguresWithinTheirGlue() throws {
        // The second figure needs 25 pt more than the 20 the two may lose: it opens page 2, and
        // the first grows by all it may gain (15 pt), the other 35 pt stay empty.
        let laid = pages([figure(0, height: 50, shrink: 10, stretch: 15), figure(1, height: 75, shrink: 10)])
        #expect(laid.map { $0.map(\.0) } == [[0], [1]])
        #expect(laid[0][0].2 == 15)
        // Growth is shared in proportion to what each may gain, never beyond the page.
        let two = pages([
            figure(0, height: 30, stretch: 20), figure(1, height: 30, stretch: 60), figure(2, height: 60),
        ])
        #expect(two[0].map(\.2) == [10, 30])
        #expect(two[0][1].1 == 40)
    }

    @Test func theFloatRuleActsWhenShrinkingIsNotEnoughAndThePageThenFills() {
        // Figure 1 needs 10 pt more than figure 0 may lose: it waits, the two lines after it move
        // up, and the full page's figure grows by all it may gain (20 of the 30 pt left).
        let boxes = [figure(0, height: 50, shrink: 5, stretch: 20), figure(1, height: 60), text(2), text(3)]
        let laid = pages(boxes)
        #expect(laid.map { $0.map(\.0) } == [[0, 2, 3], [1]])
        #expect(laid[0].map(\.1) == [0, 70, 80])
        #expect(laid[0][0].2 == 20)
    }

    @Test func aPageEndingBeforeABreakOrAtTheEndKeepsNaturalHeights() {
        let broken = pages([figure(0, height: 50, stretch: 15), .pageBreak, figure(1, height: 50, stretch: 15)])
        #expect(broken.flatMap { $0.map(\.2) } == [0, 0])
    }

    @Test func aFigureAloneThatDoesNotFitShrinksWithinItsOwnGlue() {
        // 60 pt of text and a 45 pt figure that may lose 8: it stays after its text.
        let laid = pages([text(0, height: 60), figure(1, height: 45, shrink: 8)])
        #expect(laid.map { $0.map(\.0) } == [[0, 1]])
        #expect(laid[0][1].2 == -5)
    }

    /// Draws a rectangle at the height asked, and records the heights.
    final class RectangleDrawer: FigureDrawer {
        var heights: [Double] = []
        func frame(for figure: Figure, height: Double) -> Frame? {
            heights.append(height)
            var frame = Frame(size: Size(width: figure.frame.size.width, height: height))
            frame.append(.shape(Shape(path: .rect(Rect(x: 0, y: 0, width: 10, height: height)), fill: .black)))
            return frame
        }
    }

    @Test func theLayoutDrawsEachFigureAtTheHeightChosen() throws {
        // Two 100 pt charts (range 80–130) on a 300 pt page whose body is 280 pt less the
        // running lines: the second goes over, both shrink and are drawn anew, and the source
        // line follows the foot of its drawing.
        let typesetter = FixedMetricsTypesetter()
        let theme = TestTheme.make()
        let body = DocumentLayout.bodyRect(theme: theme, typesetter: typesetter)
        func chart(_ key: Int) -> Block {
            let frame = Frame(size: Size(width: 180, height: 100))
            return .figure(
                Figure(
                    frame: frame, caption: RichText("Figure \(key)"), source: RichText("Source"),
                    alternativeText: "chart",
                    flexibleHeight: FlexibleHeight(range: 80...130, key: key)))
        }
        let drawer = RectangleDrawer()
        let spec = TestTheme.spec([chart(1), chart(2), .paragraph(TestTheme.words(200))])
        let pages = DocumentLayout.layout(spec, theme: theme, typesetter: typesetter, drawer: drawer).document.pages
        #expect(drawer.heights.count == 2)
        #expect(drawer.heights.allSatisfy { (80...100).contains($0) })
        let drawings = pages[0].leaves().filter {
            if case .shape = $0.item.item { return $0.bounds.width == 10 }
            return false
        }
        #expect(drawings.map(\.bounds.height) == drawer.heights)
        let sources = pages[0].leaves().filter { $0.item.structure.contains { $0.role == .paragraph } }.map(\.bounds)
        #expect(sources.count == 2)
        for (drawing, source) in zip(drawings, sources) { #expect(source.minY > drawing.bounds.maxY) }
        // The two figures fill the body to its foot.
        #expect(try abs(#require(sources.last).maxY - body.maxY) < 1)
        // Without a drawer the figures keep their frames: the second waits for page 2.
        let fixed = DocumentLayout.layout(spec, theme: theme, typesetter: typesetter).document.pages
        #expect(fixed[0].textLines().filter { $0.hasPrefix("Figure") } == ["Figure 1"])
    }
}
