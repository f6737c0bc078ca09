import BriefingCore

/// The heights a figure's drawing may take, so that pages can be filled: the paginator picks one
/// within `range` and asks a ``FigureDrawer`` to draw the figure at it (flexible glue for figures).
public struct FlexibleHeight: Hashable, Sendable {
    /// The drawing's heights in points; the figure's frame (its natural height) lies within.
    public var range: ClosedRange<Double>
    /// Tells the drawer which drawing this is (e.g. the chart's number in the brief).
    public var key: Int

    public init(range: ClosedRange<Double>, key: Int) {
        self.range = range
        self.key = key
    }
}

/// Draws a figure again at another height once pagination has chosen it: a chart is laid out
/// anew at that height (its text keeps its size; only its plot area changes), never scaled.
public protocol FigureDrawer: AnyObject {
    /// The figure's drawing `height` points tall, at its frame's width; nil when it cannot be
    /// drawn so (the figure then keeps its frame).
    func frame(for figure: Figure, height: Double) -> Frame?
}
