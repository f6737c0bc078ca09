/// The figures a brief shows, computed from a dataset: values over a month, a year to date or a
/// year, for one entity or the total; year-on-year growth, shares, ranks, series and progress
/// against targets.
///
/// Missing data stays missing: every figure that needs a value the table lacks is nil, never a
/// partial sum or a zero.
/// - A flow (``Indicator/Kind/flow``) over a window is the sum of its months; nil if any month
///   is missing. A year is all twelve months (use ``Window/yearToDate(_:)`` for part of one).
/// - A stock (``Indicator/Kind/stock``) over a window is the value of its last month (December
///   for a year); nil if that month is missing.
/// - The total is the sum over **all** entities of the dataset; nil if any entity's value is
///   missing (an entity with no series for the indicator counts as missing).
/// - Growth is `current / previous − 1` (0.376 for +37.6 %); nil when either is missing, the
///   previous value is zero or negative, or the ratio is not meaningful: beyond
///   ±``largestRatio`` (±10,000 %, from a previous value as small as 1e-100).
/// - A share is `value / total`; nil when either is missing, the total is zero, or the ratio is
///   beyond ±``largestRatio``.
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

    // MARK: Values

    /// The value of `indicator` for `scope` over `window`, as described on ``Figures``.
    public func value(of indicator: String, for scope: Scope, in window: Window) -> Double? {
        guard let kind = dataset.indicator(indicator)?.kind else { return nil }
        switch scope {
        case .entity(let id):
            return entityValue(id, indicator, kind, window)
        case .total:
            guard !dataset.entities.isEmpty else { return nil }
            var sum = 0.0
            for entity in dataset.entities {
                guard let value = entityValue(entity.id, indicator, kind, window) else { return nil }
                sum += value
            }
            return sum
        }
    }

    private func entityValue(_ entity: String, _ indicator: String, _ kind: Indicator.Kind, _ window: Window)
        -> Double?
    {
        guard let series = dataset.observations[SeriesKey(entity: entity, indicator: indicator)] else { return nil }
        switch kind {
        case .stock:
            return series[window.end]
        case .flow:
            var sum = 0.0
            for period in window.months {
                guard let value = series[period] else { return nil }
                sum += value
            }
            return sum
        }
    }

    /// The annual value: the sum of the twelve months for a flow, December for a stock.
    public func annual(_ indicator: String, for scope: Scope, year: Int) -> Double? {
        value(of: indicator, for: scope, in: .year(year))
    }

    /// The year to date through `period`: January..`period` summed for a flow, `period`'s value
    /// for a stock.
    public func yearToDate(_ indicator: String, for scope: Scope, through period: Period) -> Double? {
        value(of: indicator, for: scope, in: .yearToDate(period))
    }

    /// The value over the same window a year earlier.
    public func previousYearValue(of indicator: String, for scope: Scope, in window: Window) -> Double? {
        value(of: indicator, for: scope, in: window.previousYear)
    }

    // MARK: Growth and shares

    /// Year-on-year growth over `window` as a ratio (0.376 for +37.6 %).
    public func growth(of indicator: String, for scope: Scope, in window: Window) -> Double? {
        Self.growth(
            from: value(of: indicator, for: scope, in: window.previousYear),
            to: value(of: indicator, for: scope, in: window))
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

    /// `scope`'s share of the total over `window` as a ratio (0.214 for 21.4 %); 1 for the total.
    public func share(of indicator: String, for scope: Scope, in window: Window) -> Double? {
        guard let part = value(of: indicator, for: scope, in: window),
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

    /// One month of a series; `value` is nil where the data is missing.
    public struct MonthlyValue: Hashable, Sendable {
        public var period: Period
        public var value: Double?

        public init(period: Period, value: Double?) {
            self.period = period
            self.value = value
        }
    }

    /// The monthly values of `indicator` for `scope`, one point per month of `months` (missing
    /// months stay in the series with a nil value). With `.yearToDate` each point is the year to
    /// date through its month, restarting each January.
    public func series(
        of indicator: String, for scope: Scope, over months: ClosedRange<Period>,
        _ accumulation: Accumulation = .month
    ) -> [MonthlyValue] {
        monthly(over: months, accumulation) { value(of: indicator, for: scope, in: $0) }
    }

    /// Year-on-year growth for each month of `months`: of the month's own value, or of the year
    /// to date through it.
    public func growthSeries(
        of indicator: String, for scope: Scope, over months: ClosedRange<Period>,
        _ accumulation: Accumulation = .month
    ) -> [MonthlyValue] {
        monthly(over: months, accumulation) { growth(of: indicator, for: scope, in: $0) }
    }

    /// `measure` for each month of `months`, over the month or the year to date through it.
    private func monthly(
        over months: ClosedRange<Period>, _ accumulation: Accumulation, _ measure: (Window) -> Double?
    ) -> [MonthlyValue] {
        Period.months(from: months.lowerBound, through: months.upperBound).map { period in
            MonthlyValue(period: period, value: measure(accumulation == .month ? .month(period) : .yearToDate(period)))
        }
    }
}
