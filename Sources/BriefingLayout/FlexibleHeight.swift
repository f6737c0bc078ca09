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
