import BriefingCore

/// How far a figure's slice may shrink or grow (its drawing's ``FlexibleHeight`` at the scale it
/// is placed), and where its drawing is among the slice's items, to redraw it at the height chosen.
struct FigureGlue: Hashable, Sendable {
    var figure: Figure
    /// The position of the drawing among the slice's items: the items after it move with its foot.
    var drawingItem: Int
    /// The scale the drawing is placed at.
    var scale: Double
    /// The most the slice may lose, in points.
    var shrink: Double
    /// The most the slice may gain, in points.
    var stretch: Double

    /// Shrinks the figures of `page` by `amount` points in all, each in proportion to what it may
    /// still lose, and moves what follows each up; the shrink is capped at what they may lose.
    static func shrink(_ page: inout [PlacedBox], by amount: Double) {
        let room = page.map { placed in placed.box.glue.map { $0.shrink + placed.resize } ?? 0 }
        distribute(-amount, over: &page, room: room)
    }

    /// Grows the figures of `page` by `amount` points in all, each in proportion to what it may
    /// still gain, and moves what follows each down; the growth is capped at what they may gain.
    static func stretch(_ page: inout [PlacedBox], by amount: Double) {
        let room = page.map { placed in placed.box.glue.map { $0.stretch - placed.resize } ?? 0 }
        distribute(amount, over: &page, room: room)
    }

    /// What the figures of `page` may still lose.
    static func shrinkable(_ page: [PlacedBox]) -> Double {
        page.reduce(0) { total, placed in total + (placed.box.glue.map { $0.shrink + placed.resize } ?? 0) }
    }

    private static func distribute(_ amount: Double, over page: inout [PlacedBox], room: [Double]) {
        let total = room.reduce(0, +)
        guard total > 0.001, abs(amount) > 0.001 else { return }
        let share = min(abs(amount) / total, 1) * (amount < 0 ? -1 : 1)
        var offset = 0.0
        for index in page.indices {
            page[index].y += offset
            let change = room[index] * share
            page[index].resize += change
            offset += change
        }
    }
}

extension VBox {
    /// The slice `change` points taller (shorter when negative), its drawing drawn anew by
    /// `drawer` at the height that takes; unchanged when it has no glue or the drawer cannot.
    func resized(by change: Double, drawer: (any FigureDrawer)?) -> VBox {
        guard let glue, abs(change) > 0.001, let drawer, case .group(var group) = items[glue.drawingItem].item else {
            return self
        }
        let height = glue.figure.frame.size.height + change / glue.scale
        guard let frame = drawer.frame(for: glue.figure, height: height), abs(frame.size.height - height) < 0.5 else {
            return self
        }
        group.frame = frame
        var copy = self
        copy.items[glue.drawingItem].item = .group(group)
        for index in items.indices where index > glue.drawingItem {
            copy.items[index] = items[index].offset(by: Point(x: 0, y: change))
        }
        copy.height += change
        return copy
    }
}
