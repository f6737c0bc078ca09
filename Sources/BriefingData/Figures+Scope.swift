extension Figures {
    /// Whose figure: one entity's, or the total over every entity of the dataset.
    public enum Scope: Hashable, Sendable {
        /// The sum over all entities of the dataset.
        case total
        /// One entity, by id.
        case entity(String)

        /// The scope a target names: one of ``Target/totalScopes`` is the total, anything else an
        /// entity id.
        public init(targetScope: String) {
            self = Target.totalScopes.contains(targetScope) ? .total : .entity(targetScope)
        }

        /// How targets and briefs name the total.
        public static let totalName = "total"
    }

    /// The stretch of time a figure covers.
    ///
    /// For a flow (monthly amounts) the figure is the sum over the window's months, nil if any
    /// of them is missing. For a stock (a level) it is the value of the window's last month: the
    /// month itself, the month a year to date runs through, or December of a year; nil if that
    /// month is missing (never an earlier month, never zero).
    public enum Window: Hashable, Sendable {
        /// One month.
        case month(Period)
        /// January through the given month of its year.
        case yearToDate(Period)
        /// January through December.
        case year(Int)

        /// The months the window covers, in order.
        public var months: [Period] {
            switch self {
            case .month(let period): return [period]
            case .yearToDate(let period): return (1...period.month).map { Period(year: period.year, month: $0) }
            case .year(let year): return Period.months(of: year)
            }
        }

        /// The window's last month, whose value a stock takes.
        public var end: Period {
            switch self {
            case .month(let period), .yearToDate(let period): return period
            case .year(let year): return Period(year: year, month: 12)
            }
        }

        /// The year the window lies in.
        public var year: Int { end.year }

        /// The same window a year earlier, the base of year-on-year growth.
        public var previousYear: Window {
            switch self {
            case .month(let period): return .month(period.previousYear)
            case .yearToDate(let period): return .yearToDate(period.previousYear)
            case .year(let year): return .year(year - 1)
            }
        }
    }

    /// What a series holds for each month.
    public enum Accumulation: Hashable, Sendable {
        /// The month's own value.
        case month
        /// The year to date through the month (a running total for flows).
        case yearToDate
    }
}

extension Period {
    /// Every month from `first` through `last`, in order; empty when `last` is before `first`.
    public static func months(from first: Period, through last: Period) -> [Period] {
        guard first <= last else { return [] }
        let count = (last.year - first.year) * 12 + (last.month - first.month)
        return (0...count).map { first.advanced(by: $0) }
    }
}
