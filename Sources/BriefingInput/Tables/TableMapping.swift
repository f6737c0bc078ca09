import BriefingData
/// How the columns of an observations table map to entity, indicator, period and value.
public struct TableMapping: Hashable, Sendable {
    /// Where a role (entity or indicator) comes from: a column, or one value for every row when
    /// the table has no such column (`entity: {value: us}`).
    public enum Role: Hashable, Sendable, ExpressibleByStringLiteral {
        case column(String)
        case constant(String)

        public init(stringLiteral name: String) { self = .column(name) }

        /// The column's name; nil for a constant.
        public var column: String? {
            if case .column(let name) = self { return name }
            return nil
        }
    }

    /// Where a row's period comes from: one column (`2014-03`), or a year column with a column
    /// numbering the period within the year (`{year: year, quarter: quarter}`).
    public enum PeriodColumns: Hashable, Sendable, ExpressibleByStringLiteral {
        case column(String)
        case yearAndMonth(year: String, month: String)
        case yearAndQuarter(year: String, quarter: String)

        public init(stringLiteral name: String) { self = .column(name) }

        /// The columns read, in order.
        public var names: [String] {
            switch self {
            case .column(let name): return [name]
            case .yearAndMonth(let year, let month): return [year, month]
            case .yearAndQuarter(let year, let quarter): return [year, quarter]
            }
        }

        /// The frequency the columns give: months or quarters; nil for one column (its cells say).
        public var frequency: Frequency? {
            switch self {
            case .column: return nil
            case .yearAndMonth: return .monthly
            case .yearAndQuarter: return .quarterly
            }
        }
    }

    /// The shape of the observations table. Column names are matched exactly.
    public enum Layout: Hashable, Sendable {
        /// One row per observation: `entity,indicator,period,value`.
        case long(entity: Role, indicator: Role, period: PeriodColumns, value: String)
        /// One row per entity and period, one column per indicator id: `entity,period,tax,…`.
        /// With `indicators` nil, every column but the entity and period columns is an indicator.
        case wideIndicators(entity: Role, period: PeriodColumns, indicators: [String]?)
        /// One row per entity and indicator, one column per period `YYYY-MM`: `entity,indicator,2012-01,…`.
        /// With `year`, one row per entity, indicator and year, the year in that column and one
        /// column per month or quarter of it: `YEAR,JAN,FEB,…,DEC`, `年份,1月,…,12月`, `year,Q1,…,Q4`.
        /// With `periods` nil, every column but the entity, indicator (and year) columns is a period.
        case widePeriods(entity: Role, indicator: Role, year: String? = nil, periods: [String]?)
        /// One row per period (and indicator), one column per entity id: `indicator,period,north,south,…`.
        /// With `entities` nil, every column but the indicator and period columns is an entity.
        case wideEntities(indicator: Role, period: PeriodColumns, entities: [String]?)
    }

    public var layout: Layout
    /// How the periods are written and combined (`period-format`, `frequency`, `aggregate`).
    public var periods: PeriodReader.Options

    public init(layout: Layout, periods: PeriodReader.Options = PeriodReader.Options()) {
        self.layout = layout
        self.periods = periods
    }

    /// A long table (one row per observation) with the given columns; the defaults are the
    /// documented column names.
    public static func long(
        entity: Role = "entity", indicator: Role = "indicator", period: PeriodColumns = "period",
        value: String = "value"
    ) -> TableMapping {
        TableMapping(layout: .long(entity: entity, indicator: indicator, period: period, value: value))
    }
}
