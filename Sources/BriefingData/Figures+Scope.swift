extension Figures {
    /// Whose figure: one entity's, or the total over the entities of the dataset.
    public enum Scope: Hashable, Sendable {
        /// The total: the dataset's total row when it has one, else the sum over its entities.
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

    /// The stretch of time a figure covers: one period, the periods of a year through one, or a
    /// whole year, at the dataset's frequency.
    ///
    /// How a window's value comes from its periods depends on the indicator's kind (see
    /// ``Indicator/Kind``): the sum (flows), the last period's value (stocks) or the mean (averages,
    /// rates, indices); nil if a period it needs is missing (never an earlier period, never zero).
    public enum Window: Hashable, Sendable {
        /// One period.
        case period(Period)
        /// The first period of its year through the given one.
        case yearToDate(Period)
        /// Every period of the year.
        case year(Int)

        /// The periods the window covers at `frequency` (a `.period` or `.yearToDate` window has its
        /// period's own), in order.
        public func periods(at frequency: Frequency) -> [Period] {
            switch self {
            case .period(let period): return [period]
            case .yearToDate(let period): return Period.all(from: period.firstOfYear, through: period)
            case .year(let year): return Period.all(in: year, frequency)
            }
        }

        /// The window's last period at `frequency`, whose value a stock takes.
        public func end(at frequency: Frequency) -> Period {
            switch self {
            case .period(let period), .yearToDate(let period): return period
            case .year(let year): return Period.all(in: year, frequency).last ?? Period(year: year)
            }
        }

        /// The year the window lies in.
        public var year: Int {
            switch self {
            case .period(let period), .yearToDate(let period): return period.year
            case .year(let year): return year
            }
        }

        /// The same window a year earlier.
        public var previousYear: Window { moved(toYear: year - 1) }

        /// The same window in `year`.
        public func moved(toYear year: Int) -> Window {
            switch self {
            case .period(let period): return .period(Period(year: year, frequency: period.frequency, index: period.index))
            case .yearToDate(let period):
                return .yearToDate(Period(year: year, frequency: period.frequency, index: period.index))
            case .year: return .year(year)
            }
        }
    }

    /// What a series holds for each period.
    public enum Accumulation: Hashable, Sendable {
        /// The period's own value.
        case period
        /// The year to date through the period (a running total for flows).
        case yearToDate
    }
}
