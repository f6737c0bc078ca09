/// A growth target set against the growth actually achieved.
public struct TargetProgress: Hashable, Sendable {
    public var target: Target
    /// The window the actual growth was measured over: the target's year, or a year to date.
    public var window: Figures.Window
    /// Actual year-on-year growth as a ratio; nil when the data lacks it or the target names a
    /// measure outside the catalogue.
    public var actual: Double?

    public init(target: Target, window: Figures.Window, actual: Double?) {
        self.target = target
        self.window = window
        self.actual = actual
    }

    /// The target growth as a ratio (0.2 for +20 %).
    public var targetGrowth: Double { target.value }

    /// Actual minus target growth as a ratio difference (0.023 is 2.3 percentage points above
    /// target; format it with ``ValueFormatter/points(_:decimals:)``).
    public var gap: Double? { actual.map { $0 - target.value } }

    /// ``gap`` in percentage points (2.3).
    public var gapInPoints: Double? { gap.map { $0 * 100 } }

    /// Whether actual growth reached the target; nil when actual growth is unknown.
    public var isMet: Bool? { actual.map { $0 >= target.value - 1e-12 } }
}

extension Figures {
    /// Progress on `target`: actual growth over its year, or over the year to date through
    /// `period` when given (a brief written before the year ends).
    public func progress(on target: Target, through period: Period? = nil) -> TargetProgress {
        let window: Window = period.map { .yearToDate($0) } ?? .year(target.year)
        let actual = growth(of: target.indicatorID, for: Scope(targetScope: target.scope), in: window)
        return TargetProgress(target: target, window: window, actual: actual)
    }

    /// The dataset's targets for `year` (all scopes, or only `scope`'s), in table order.
    public func targets(for year: Int, scope: Scope? = nil) -> [Target] {
        dataset.targets.filter { target in
            target.year == year && (scope.map { Scope(targetScope: target.scope) == $0 } ?? true)
        }
    }
}
