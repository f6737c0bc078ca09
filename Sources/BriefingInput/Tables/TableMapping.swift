/// How the columns of an observations table map to entity, indicator, period and value.
public struct TableMapping: Hashable, Sendable {
    /// The shape of the observations table. Column names are matched exactly.
    public enum Layout: Hashable, Sendable {
        /// One row per observation: `park,indicator,month,value`.
        case long(entity: String, indicator: String, period: String, value: String)
        /// One row per entity and period, one column per indicator id: `park,month,tax,…`.
        /// With `indicators` nil, every column but the entity and period columns is an indicator.
        case wideIndicators(entity: String, period: String, indicators: [String]?)
        /// One row per entity and indicator, one column per period `YYYY-MM`: `park,indicator,2012-01,…`.
        /// With `periods` nil, every column but the entity and indicator columns is a period.
        case widePeriods(entity: String, indicator: String, periods: [String]?)
    }

    public var layout: Layout
    /// How the periods are written and combined (`period-format`, `frequency`, `aggregate`).
    public var periods: PeriodReader.Options

    public init(layout: Layout, periods: PeriodReader.Options = PeriodReader.Options()) {
        self.layout = layout
        self.periods = periods
    }

    /// A long table (one row per observation) with the given column names.
    public static func long(
        entity: String = "park", indicator: String = "indicator", period: String = "month", value: String = "value"
    ) -> TableMapping {
        TableMapping(layout: .long(entity: entity, indicator: indicator, period: period, value: value))
    }
}
