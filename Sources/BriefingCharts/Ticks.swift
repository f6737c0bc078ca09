import Foundation

/// Nice tick values the d3 / Heckbert way: steps of 1, 2 or 5 × 10^k.
///
/// The algorithms follow d3-array's `ticks`, `tickIncrement`, `tickStep` and `nice`, including their
/// trick of dividing by an integer inverse step for small steps so that `0.1 * 3` prints as `0.3`.
public enum Ticks {
    private static let e10 = 50.0.squareRoot()
    private static let e5 = 10.0.squareRoot()
    private static let e2 = 2.0.squareRoot()

    /// The most ticks `ticks(_:_:count:)` returns.
    static let maximumCount = 10_000

    /// About `count + 1` evenly spaced round values within `start...stop` (both included when round),
    /// in the order from `start` to `stop`. Empty when `count` is not positive or not finite, or when
    /// there would be more than ``maximumCount``.
    public static func ticks(_ start: Double, _ stop: Double, count: Double) -> [Double] {
        guard start.isFinite, stop.isFinite, count.isFinite, count > 0 else { return [] }
        if start == stop { return [start] }
        let reverse = stop < start
        let (i1, i2, inc) = reverse ? spec(stop, start, count) : spec(start, stop, count)
        // A domain of subnormal width can give an infinite or absurd number of steps: no ticks then.
        guard i2 >= i1, let span = Int(exactly: i2 - i1), span < maximumCount else { return [] }
        let n = span + 1
        return (0..<n).map { i in
            let k = reverse ? i2 - Double(i) : i1 + Double(i)
            return (inc < 0 ? k / -inc : k * inc) + 0.0  // + 0.0 turns -0 into 0
        }
    }

    /// The step between ticks as d3 encodes it: positive for steps of 1 or more, and `-1/step` for
    /// smaller steps (so that the step itself is exact). Zero or not finite when there is none.
    public static func tickIncrement(_ start: Double, _ stop: Double, count: Double) -> Double {
        guard start.isFinite, stop.isFinite, count.isFinite, count > 0 else { return .nan }
        return spec(start, stop, count).2
    }

    /// The distance between ticks for `ticks(start, stop, count:)`; negative when `stop < start`.
    public static func tickStep(_ start: Double, _ stop: Double, count: Double) -> Double {
        let reverse = stop < start
        let inc = reverse ? tickIncrement(stop, start, count: count) : tickIncrement(start, stop, count: count)
        return (reverse ? -1 : 1) * (inc < 0 ? 1 / -inc : inc)
    }

    /// `start...stop` widened to multiples of the tick step, repeated until the step settles.
    /// Returns the input when it cannot be niced (equal ends, no positive finite count).
    public static func nice(_ start: Double, _ stop: Double, count: Double) -> (start: Double, stop: Double) {
        guard start.isFinite, stop.isFinite, count.isFinite, count > 0, start != stop else {
            return (start, stop)
        }
        let reverse = stop < start
        var lo = reverse ? stop : start
        var hi = reverse ? start : stop
        var previous: Double?
        for _ in 0..<10 {
            let step = tickIncrement(lo, hi, count: count)
            if step == previous || step == 0 || !step.isFinite { break }
            if step > 0 {
                lo = (lo / step).rounded(.down) * step
                hi = (hi / step).rounded(.up) * step
            } else {
                lo = (lo * step).rounded(.up) / step
                hi = (hi * step).rounded(.down) / step
            }
            previous = step
        }
        return reverse ? (hi + 0.0, lo + 0.0) : (lo + 0.0, hi + 0.0)
    }

    /// The number of decimals that tells ticks `step` apart: 0 for 1, 2, 5, 10…; 1 for 0.1, 0.2, 0.5;
    /// 2 for 0.05 and so on (d3-format's `precisionFixed`).
    public static func decimals(forStep step: Double) -> Int {
        let magnitude = abs(step)
        guard magnitude.isFinite, magnitude > 0 else { return 0 }
        return max(0, Int((-log10(magnitude) - 1e-9).rounded(.up)))
    }

    /// JavaScript's `Math.round`: halves go towards positive infinity.
    private static func jsRound(_ x: Double) -> Double { (x + 0.5).rounded(.down) }

    private static func spec(_ start: Double, _ stop: Double, _ count: Double) -> (Double, Double, Double) {
        let step = (stop - start) / max(0, count)
        let power = log10(step).rounded(.down)
        let error = step / pow(10, power)
        let factor: Double = error >= e10 ? 10 : error >= e5 ? 5 : error >= e2 ? 2 : 1
        var i1: Double
        var i2: Double
        var inc: Double
        if power < 0 {
            inc = pow(10, -power) / factor
            i1 = jsRound(start * inc)
            i2 = jsRound(stop * inc)
            if i1 / inc < start { i1 += 1 }
            if i2 / inc > stop { i2 -= 1 }
            inc = -inc
        } else {
            inc = pow(10, power) * factor
            i1 = jsRound(start / inc)
            i2 = jsRound(stop / inc)
            if i1 * inc < start { i1 += 1 }
            if i2 * inc > stop { i2 -= 1 }
        }
        if i2 < i1 && 0.5 <= count && count < 2 { return spec(start, stop, count * 2) }
        return (i1, i2, inc)
    }
}
