extension ClosedRange where Bound == Double {
    /// `lower...upper` for a stretch of a chart computed from its size and its labels; when labels
    /// leave no room (`upper` below `lower`) the single point `lower`, and 0 for a bound that is not
    /// a number. Never the trap `lower...upper` is when reversed.
    init(plotFrom lower: Double, to upper: Double) {
        let low = lower.isNaN ? 0 : lower
        let high = upper.isNaN || upper < low ? low : upper
        self = low...high
    }
}
