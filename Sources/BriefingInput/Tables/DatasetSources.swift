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
    /// How each table is read (delimiter, encoding, decimal separator, sheet), by its path as
    /// above; a table not listed is read with the defaults.
    public var formats: [String: TableFormat]
    /// When set, relative paths are read from this directory (diagnostics still show them as written).
    public var baseDirectory: String?

    public init(
        observations: String, mapping: TableMapping, indicators: String, entities: String,
        entityIDColumn: String? = nil, targets: String? = nil, formats: [String: TableFormat] = [:],
        baseDirectory: String? = nil
    ) {
        self.observations = observations
        self.mapping = mapping
        self.indicators = indicators
        self.entities = entities
        self.entityIDColumn = entityIDColumn
        self.targets = targets
        self.formats = formats
        self.baseDirectory = baseDirectory
    }

    /// How the table at `path` is read.
    public func format(of path: String) -> TableFormat { formats[path] ?? TableFormat() }
}
