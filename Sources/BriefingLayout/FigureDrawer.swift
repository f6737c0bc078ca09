import BriefingCore

/// Draws a figure again at another height once pagination has chosen it: a chart is laid out
/// anew at that height (its text keeps its size; only its plot area changes), never scaled.
public protocol FigureDrawer: AnyObject {
    /// The figure's drawing `height` points tall, at its frame's width; nil when it cannot be
    /// drawn so (the figure then keeps its frame).
    func frame(for figure: Figure, height: Double) -> Frame?
}
