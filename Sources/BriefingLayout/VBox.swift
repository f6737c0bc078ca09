import BriefingCore

/// The unit of pagination: a horizontal slice of content (a line of a paragraph, a table row, a
/// figure) that is never split. Items are relative to the slice's top-left at the content's left edge.
struct VBox: Hashable, Sendable {
    var height: Double
    var items: [PositionedItem]
    /// Space above the slice, dropped at the top of a page.
    var spaceBefore: Double
    /// Forbids a page break between this slice and the next.
    var keepWithNext: Bool
    /// Set on a heading's slice.
    var heading: Heading?
    /// A table's header rows, repeated at the top of a page that starts with a body row of the table.
    var continuationHeader: [VBox]?
    /// Starts a new page before this slice.
    var breaksPageBefore: Bool
    /// The footnotes this slice cites: they go at the foot of its page.
    var footnotes: [Int] = []
    /// The top-level block the slice belongs to, for the float rule (``FloatDeferral``); nil
    /// inside landscape runs' repeated parts and in slices made outside a body.
    var block: BodyBlock?
    /// How far the slice may shrink or grow to fill its page: a figure whose drawing has a
    /// ``FlexibleHeight``.
    var glue: FigureGlue?
    /// Where the block the slice comes from was written, for warnings about it.
    var location: SourceLocation?

    init(
        height: Double, items: [PositionedItem] = [], spaceBefore: Double = 0, keepWithNext: Bool = false,
        heading: Heading? = nil, continuationHeader: [VBox]? = nil, breaksPageBefore: Bool = false
    ) {
        self.height = height
        self.items = items
        self.spaceBefore = spaceBefore
        self.keepWithNext = keepWithNext
        self.heading = heading
        self.continuationHeader = continuationHeader
        self.breaksPageBefore = breaksPageBefore
    }

    /// Every item of the slice inside `tag`.
    func tagged(_ tag: StructureTag) -> VBox {
        var copy = self
        copy.items = items.map { $0.tagged(tag) }
        return copy
    }

    /// A forced page break.
    static let pageBreak = VBox(height: 0, breaksPageBefore: true)

    /// Shifts every item right by `dx`.
    func indented(by dx: Double) -> VBox {
        var copy = self
        copy.items = items.map {
            $0.offset(by: Point(x: dx, y: 0))
        }
        return copy
    }
}

extension Array where Element == VBox {
    /// Sets the space above the first slice.
    func withLeadingSpace(_ space: Double) -> [VBox] {
        guard !isEmpty else { return self }
        var copy = self
        copy[0].spaceBefore = space
        return copy
    }

    /// Every item of every slice inside `tag`: one structure element across the slices.
    func tagged(_ tag: StructureTag) -> [VBox] { map { $0.tagged(tag) } }

    /// Makes the last slice keep with whatever follows.
    func keepingLastWithNext() -> [VBox] {
        guard !isEmpty else { return self }
        var copy = self
        copy[copy.count - 1].keepWithNext = true
        return copy
    }
}
