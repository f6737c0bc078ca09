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
    /// The observations table's field separator: one ASCII character other than `"`, CR and LF.
    public var delimiter: Character

    public init(layout: Layout, delimiter: Character = ",") {
        self.layout = layout
        self.delimiter = delimiter
    }

    /// A long table (one row per observation) with the given column names.
    public static func long(
        entity: String = "park", indicator: String = "indicator", period: String = "month", value: String = "value"
    ) -> TableMapping {
        TableMapping(layout: .long(entity: entity, indicator: indicator, period: period, value: value))
    }
}

/// Where a brief's tables are and how to read them.
public struct DatasetSources: Hashable, Sendable {
    /// The observations table. Paths are used verbatim in diagnostics.
    public var observations: String
    public var mapping: TableMapping
    /// The indicator catalogue: `indicator,name,name_zh,unit,unit_zh,decimals,kind`. The id is the
    /// first column; `name`, `unit`, `decimals` and `kind` are required, `name_zh` and `unit_zh` optional.
    public var indicators: String
    /// The entity catalogue: `park,name,name_zh,county`. The id column is `entityIDColumn` (the first
    /// column when nil); `name` is required, `name_zh` optional; every other column becomes an attribute.
    public var entities: String
    public var entityIDColumn: String?
    /// The targets table, if any: `scope,indicator,year,target_growth,note` (`note` optional).
    public var targets: String?
    /// The field separator of the catalogues and the targets table.
    public var catalogueDelimiter: Character
    /// When set, relative paths are read from this directory (diagnostics still show them as written).
    public var baseDirectory: String?

    public init(
        observations: String, mapping: TableMapping, indicators: String, entities: String,
        entityIDColumn: String? = nil, targets: String? = nil, catalogueDelimiter: Character = ",",
        baseDirectory: String? = nil
    ) {
        self.observations = observations
        self.mapping = mapping
        self.indicators = indicators
        self.entities = entities
        self.entityIDColumn = entityIDColumn
        self.targets = targets
        self.catalogueDelimiter = catalogueDelimiter
        self.baseDirectory = baseDirectory
    }
}
