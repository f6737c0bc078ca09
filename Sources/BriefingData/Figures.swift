/// The figures a brief shows, computed from a dataset: values over a period, a year to date or
/// a year, for one entity or the total; growth on the year before, shares, ranks, series and
/// progress against targets.
///
/// Missing data stays missing: every figure that needs a value the table lacks is nil, never a
/// partial sum or a zero.
/// - Over a window (see ``Window``) a flow is the sum of its periods, a stock its last period's
///   value, an average, a rate or an index the mean of its periods; nil if a period it needs is
///   missing. A year is all its periods (use ``Window/yearToDate(_:)`` for part of one).
/// - A derived indicator (ratio, per capita) is `numerator / denominator × scale` of the two
///   indicators' figures over the same window and scope: for the total, the ratio of the totals,
///   never an average of ratios. Nil when the denominator is zero.
/// - The total is the dataset's total row when it has one (``Dataset/totalEntity``); else, for an
///   additive kind, the sum over **all** entities of the dataset (nil if any is missing); for a rate
///   or an index, the single entity's value when there is one, else nil (rates do not add up).
/// - Growth is `current / base − 1` (0.376 for +37.6 %), the base being the same window a year
///   before, or for a series observed every few years the last year before with data
///   (``baseWindow(of:)``); nil when either is missing, the base is zero or negative, or the ratio
///   is not meaningful: beyond ±``largestRatio`` (±10,000 %, from a base as small as 1e-100).
/// - A share is `value / total`, for additive kinds only; nil when either is missing, the total is
///   zero, or the ratio is beyond ±``largestRatio``.
/// - An unknown indicator id gives nil everywhere.
///
/// ```swift
/// let figures = Figures(dataset)
/// figures.value(of: "tax", for: .total, in: .year(2013))          // 4.40
/// figures.growth(of: "tax", for: .total, in: .year(2013))         // 0.296
/// figures.share(of: "tax", for: .entity("hitech"), in: .year(2013))
/// figures.ranking(of: "tax", in: .yearToDate(Period(year: 2013, month: 5)))
/// ```
public struct Figures: Hashable, Sendable {
    public var dataset: Dataset

    public init(_ dataset: Dataset) {
        self.dataset = dataset
    }

    /// How deep derived indicators may nest (a ratio of a ratio…); the catalogue refuses cycles.
    static let derivationDepth = 8

    // MARK: Values

    /// The value of `indicator` for `scope` over `window`, as described on ``Figures``.
    public func value(of indicator: String, for scope: Scope, in window: Window) -> Double? {
        guard let indicator = dataset.indicator(indicator) else { return nil }
        return value(indicator, scope, window, depth: 0)
    }

    private func value(_ indicator: Indicator, _ scope: Scope, _ window: Window, depth: Int) -> Double? {
        if let derivation = indicator.derivation {
            guard depth < Self.derivationDepth, let numerator = dataset.indicator(derivation.numerator),
                let denominator = dataset.indicator(derivation.denominator),
                let top = value(numerator, scope, window, depth: depth + 1),
                let bottom = value(denominator, scope, window, depth: depth + 1), bottom != 0
            else { return nil }
            let quotient = top / bottom * derivation.scale
            return quotient.isFinite ? quotient : nil
        }
        switch scope {
        case .entity(let id):
            return entityValue(id, indicator, window)
        case .total:
            if let total = dataset.totalEntity { return entityValue(total, indicator, window) }
            guard let only = dataset.entities.first else { return nil }
            guard indicator.kind.isAdditive else {
                return dataset.entities.count == 1 ? entityValue(only.id, indicator, window) : nil
            }
            var sum = 0.0
            for entity in dataset.entities {
                guard let value = entityValue(entity.id, indicator, window) else { return nil }
                sum += value
            }
            return sum
        }
    }

    private func entityValue(_ entity: String, _ indicator: Indicator, _ window: Window) -> Double? {
        guard let series = dataset.observations[SeriesKey(entity: entity, indicator: indicator.id)] else { return nil }
        switch indicator.kind {
        case .stock:
            return series[window.end(at: dataset.frequency)]
        case .flow, .average, .rate, .index, .ratio, .perCapita:
            let periods = window.periods(at: dataset.frequency)
            var sum = 0.0
            for period in periods {
                guard let value = series[period] else { return nil }
                sum += value
            }
            return indicator.kind == .flow ? sum : sum / Double(periods.count)
        }
    }

    /// The annual value: the sum of the year's periods for a flow, the last one's for a stock, their
    /// mean for an average, a rate or an index.
    public func annual(_ indicator: String, for scope: Scope, year: Int) -> Double? {
        value(of: indicator, for: scope, in: .year(year))
    }

    /// The year to date through `period`.
    public func yearToDate(_ indicator: String, for scope: Scope, through period: Period) -> Double? {
        value(of: indicator, for: scope, in: .yearToDate(period))
    }

    /// The value over the window growth is measured on (``baseWindow(of:)``).
    public func baseValue(of indicator: String, for scope: Scope, in window: Window) -> Double? {
        value(of: indicator, for: scope, in: baseWindow(of: window))
    }

    /// The window growth over `window` is measured on: the same window a year before; for annual
    /// data with no observation in the year before (a series every five years), the same window
    /// in the last earlier year with data.
    public func baseWindow(of window: Window) -> Window {
        let year = window.year
        guard dataset.frequency == .annual, !dataset.hasData(in: year - 1),
            let earlier = dataset.latestYear(before: year)
        else { return window.previousYear }
        return window.moved(toYear: earlier)
    }

    // MARK: Growth and shares

    /// Growth over `window` on its base (``baseWindow(of:)``) as a ratio (0.376 for +37.6 %).
    public func growth(of indicator: String, for scope: Scope, in window: Window) -> Double? {
        Self.growth(
            from: baseValue(of: indicator, for: scope, in: window), to: value(of: indicator, for: scope, in: window))
    }

    /// The change over `window` on its base (``baseWindow(of:)``): growth as a ratio for a kind
    /// measured by growth, the difference `value − base` (in the indicator's unit: percentage
    /// points for a rate in %) for a rate, or as the catalogue says (``Indicator/changesByDifference``): its growth in % would mislead (a bill
    /// rate from 3.2 % to 0.9 % is −2.3 points, not −72 %).
    public func change(of indicator: String, for scope: Scope, in window: Window) -> Double? {
        guard dataset.indicator(indicator)?.changesByDifference == true else {
            return growth(of: indicator, for: scope, in: window)
        }
        guard let value = value(of: indicator, for: scope, in: window),
            let base = baseValue(of: indicator, for: scope, in: window)
        else { return nil }
        let difference = value - base
        return difference.isFinite ? difference : nil
    }

    /// `current / previous − 1`; nil when either is missing, `previous` is not positive or the
    /// ratio is not meaningful (see ``meaningful(_:)``).
    public static func growth(from previous: Double?, to current: Double?) -> Double? {
        anyGrowth(from: previous, to: current).flatMap(meaningful)
    }

    /// `current / previous − 1` however large; nil when either is missing or `previous` is not
    /// positive. For the warning that names a growth ``growth(from:to:)`` leaves out.
    public static func anyGrowth(from previous: Double?, to current: Double?) -> Double? {
        guard let previous, let current, previous > 0 else { return nil }
        return current / previous - 1
    }

    /// `scope`'s share of the total over `window` as a ratio (0.214 for 21.4 %); 1 for the total;
    /// nil for a kind that does not add up.
    public func share(of indicator: String, for scope: Scope, in window: Window) -> Double? {
        guard dataset.indicator(indicator)?.kind.isAdditive == true, let part = value(of: indicator, for: scope, in: window),
            let whole = value(of: indicator, for: .total, in: window), whole != 0
        else { return nil }
        return Self.meaningful(part / whole)
    }

    /// The largest magnitude of a derived ratio (growth, share, progress) that is shown: 100, that
    /// is ±10,000 %. A tenfold change is common and a hundredfold one possible (a park opening);
    /// beyond that the base is a rounding of zero (a value of 1e-100), and the figure, however
    /// printed (`+167,430,555,555,555,450.0%`), says nothing and cannot be drawn to scale.
    public static let largestRatio = 100.0

    /// ``largestRatio`` as messages state it.
    public static let largestRatioText = "±10,000 %"

    /// `ratio`, or nil when it is not finite or beyond ±``largestRatio``: shown as missing (—),
    /// like growth from zero.
    public static func meaningful(_ ratio: Double) -> Double? {
        ratio.isFinite && abs(ratio) <= largestRatio ? ratio : nil
    }

    // MARK: Series

    /// One period of a series; `value` is nil where the data is missing.
    public struct PeriodValue: Hashable, Sendable {
        public var period: Period
        public var value: Double?

        public init(period: Period, value: Double?) {
            self.period = period
            self.value = value
        }
    }

    /// The values of `indicator` for `scope`, one point per period of `periods` (missing periods
    /// stay in the series with a nil value). With `.yearToDate` each point is the year to date
    /// through its period, restarting each year.
    public func series(
        of indicator: String, for scope: Scope, over periods: ClosedRange<Period>,
        _ accumulation: Accumulation = .period
    ) -> [PeriodValue] {
        each(of: periods, accumulation) { value(of: indicator, for: scope, in: $0) }
    }

    /// Growth on the year before for each period of `periods`: of the period's own value, or of
    /// the year to date through it.
    public func growthSeries(
        of indicator: String, for scope: Scope, over periods: ClosedRange<Period>,
        _ accumulation: Accumulation = .period
    ) -> [PeriodValue] {
        each(of: periods, accumulation) { growth(of: indicator, for: scope, in: $0) }
    }

    /// `measure` for each period of `periods`, over the period or the year to date through it.
    private func each(
        of periods: ClosedRange<Period>, _ accumulation: Accumulation, _ measure: (Window) -> Double?
    ) -> [PeriodValue] {
        Period.all(from: periods.lowerBound, through: periods.upperBound).map { period in
            PeriodValue(period: period, value: measure(accumulation == .period ? .period(period) : .yearToDate(period)))
        }
    }
}
