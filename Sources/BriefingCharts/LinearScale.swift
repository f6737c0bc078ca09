/// A continuous linear map from a domain of data values to a range of positions in points.
public struct LinearScale: Hashable, Sendable {
    /// The data values mapped to `range.start` and `range.end`.
    public var domain: (start: Double, end: Double) {
        get { (domainStart, domainEnd) }
        set { (domainStart, domainEnd) = newValue }
    }
    /// The positions the domain ends map to; may run either way (y axes run bottom to top).
    public var range: (start: Double, end: Double) {
        get { (rangeStart, rangeEnd) }
        set { (rangeStart, rangeEnd) = newValue }
    }

    private var domainStart: Double
    private var domainEnd: Double
    private var rangeStart: Double
    private var rangeEnd: Double

    public init(domain: (Double, Double), range: (Double, Double)) {
        (domainStart, domainEnd) = domain
        (rangeStart, rangeEnd) = range
    }

    /// The position of `value`; the middle of the range when the domain is a single value.
    public func callAsFunction(_ value: Double) -> Double {
        let span = domainEnd - domainStart
        guard span != 0 else { return (rangeStart + rangeEnd) / 2 }
        return rangeStart + (value - domainStart) / span * (rangeEnd - rangeStart)
    }

    /// The value at `position`.
    public func invert(_ position: Double) -> Double {
        let span = rangeEnd - rangeStart
        guard span != 0 else { return (domainStart + domainEnd) / 2 }
        return domainStart + (position - rangeStart) / span * (domainEnd - domainStart)
    }

    /// About `count + 1` round values inside the domain.
    public func ticks(count: Int = 10) -> [Double] {
        Ticks.ticks(domainStart, domainEnd, count: Double(count))
    }

    /// The distance between `ticks(count:)`.
    public func tickStep(count: Int = 10) -> Double {
        Ticks.tickStep(domainStart, domainEnd, count: Double(count))
    }

    /// Decimals enough to tell `ticks(count:)` apart.
    public func tickDecimals(count: Int = 10) -> Int {
        Ticks.decimals(forStep: tickStep(count: count))
    }

    /// The scale with its domain widened to round values (see `Ticks.nice`).
    public func nice(count: Int = 10) -> LinearScale {
        var copy = self
        let niced = Ticks.nice(domainStart, domainEnd, count: Double(count))
        copy.domain = (niced.start, niced.stop)
        return copy
    }

    /// The smallest and largest of `values`, optionally stretched to take in zero (the baseline of
    /// bars, and the reference of growth-rate axes). A single value `v` becomes `0...v` with zero,
    /// otherwise `v ± max(1, |v| / 10)`; no values become `0...1`.
    public static func extent(of values: [Double], includingZero: Bool) -> (Double, Double) {
        let finite = values.filter(\.isFinite)
        var lo = finite.min() ?? 0
        var hi = finite.max() ?? 1
        if includingZero {
            lo = min(lo, 0)
            hi = max(hi, 0)
        }
        if lo == hi {
            if lo == 0 { return (0, 1) }
            let pad = max(1, abs(lo) / 10)
            return includingZero ? (lo < 0 ? (lo - pad, 0) : (0, hi + pad)) : (lo - pad, hi + pad)
        }
        return (lo, hi)
    }
}
