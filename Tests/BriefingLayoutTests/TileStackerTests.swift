import BriefingCore
import BriefingTestSupport
import Testing

@testable import BriefingLayout

/// Key-indicator tiles: the trend of each change is a drawn triangle beside its text.
@Suite struct TileStackerTests {
    let theme = TestTheme.make()

    func tileFrame(_ trends: [Tile.Trend]) -> Frame {
        let stacker = TileStacker(theme: theme, typesetter: FixedMetricsTypesetter(), ids: StructureIDs())
        let tiles = trends.map {
            Tile(label: "Tax", value: "4.40", unit: "bn yuan", change: "+29.6% on 2012", trend: $0, note: nil)
        }
        let slice = stacker.slice(for: tiles, width: 450)
        var frame = Frame(size: Size(width: 450, height: slice.height))
        frame.append(contentsOf: slice.items)
        return frame
    }

    /// The filled shapes other than the tiles' backgrounds and accent bars, left to right.
    func marks(in frame: Frame) -> [(path: Path, bounds: Rect)] {
        frame.leaves().compactMap { leaf -> (Path, Rect)? in
            guard case .shape(let shape) = leaf.item.item, shape.path.elements.count == 4 else { return nil }
            return (shape.path, leaf.bounds)
        }.sorted { $0.1.minX < $1.1.minX }
    }

    @Test func upAndDownAreTrianglesOnTheBaselineLeftOfTheChange() throws {
        let frame = tileFrame([.up, .down, .flat])
        let changes = frame.leaves().filter {
            if case .text(let text) = $0.item.item { return text.paragraph.spec.text.plainText.hasPrefix("+29.6%") }
            return false
        }.sorted { $0.bounds.minX < $1.bounds.minX }
        let marks = marks(in: frame)
        #expect(changes.count == 3)
        #expect(marks.count == 2, "a flat trend has no mark")
        #expect(!frame.textLines().joined().contains("▲"))
        for (mark, change) in zip(marks, changes) {
            guard case .text(let text) = change.item.item, let line = text.paragraph.lines.first else { continue }
            let baseline = change.item.position.y + line.baseline
            #expect(mark.bounds.maxX < change.bounds.minX, "the mark is left of its text")
            #expect(abs(mark.bounds.maxY - baseline) < 0.01, "the mark sits on the text's baseline")
            #expect(mark.bounds.height > 0.4 * theme.tileNote.size)
        }
        // Up points up: its apex (the third point) is at the top; down's apex is at the bottom.
        guard case .line(let upApex) = marks[0].path.elements[2], case .line(let downApex) = marks[1].path.elements[2]
        else { Issue.record("marks are not triangles"); return }
        #expect(upApex.y < marks[0].path.bounds.maxY)
        #expect(downApex.y == marks[1].path.bounds.maxY)
    }
}
