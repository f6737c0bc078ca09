import BriefingCore

/// A value axis fitted to the space it has: a niced scale, its ticks, and their measured labels,
/// with as many ticks as fit without their labels touching.
struct ValueAxis {
    enum Direction { case horizontal, vertical }

    var scale: LinearScale
    var ticks: [Double]
    var decimals: Int
    var labels: [TypesetParagraph]

    /// Fits an axis for data `extent` to positions `from`→`to`. Horizontal labels are centred under
    /// their ticks and kept inside `clamp`; vertical labels are stacked and must not touch.
    static func fit(
        extent: (Double, Double), from: Double, to: Double, direction: Direction, clamp: ClosedRange<Double>,
        context: ChartContext
    ) -> ValueAxis {
        let length = abs(to - from)
        let spacing = direction == .horizontal ? 60.0 : 36.0
        var count = max(1, min(10, Int(exactly: (length / spacing).rounded(.down)) ?? 1))
        var result: ValueAxis?
        while count >= 1 {
            let scale = LinearScale(domain: extent, range: (from, to)).nice(count: count)
            let ticks = scale.ticks(count: count)
            let decimals = scale.tickDecimals(count: count)
            let labels = ticks.map {
                context.line(
                    context.format($0, decimals: decimals), size: context.theme.tickSize, color: context.tickStyleColor)
            }
            let axis = ValueAxis(scale: scale, ticks: ticks, decimals: decimals, labels: labels)
            result = axis
            if axis.labelsFit(direction: direction, clamp: clamp) { break }
            count -= 1
        }
        return result
            ?? ValueAxis(scale: LinearScale(domain: extent, range: (from, to)), ticks: [], decimals: 0, labels: [])
    }

    /// Left edges of horizontal tick labels: centred on the tick, pushed inside `clamp`.
    func horizontalLabelX(clamp: ClosedRange<Double>) -> [Double] {
        zip(ticks, labels).map { tick, label in
            let w = label.naturalWidth
            return min(max(scale(tick) - w / 2, clamp.lowerBound), clamp.upperBound - w)
        }
    }

    private func labelsFit(direction: Direction, clamp: ClosedRange<Double>) -> Bool {
        switch direction {
        case .horizontal:
            let xs = horizontalLabelX(clamp: clamp)
            for i in labels.indices.dropFirst() where xs[i - 1] + labels[i - 1].naturalWidth + 6 > xs[i] {
                return false
            }
            return true
        case .vertical:
            guard ticks.count > 1, let height = labels.first?.height else { return true }
            return abs(scale(ticks[1]) - scale(ticks[0])) >= height + 2
        }
    }
}
