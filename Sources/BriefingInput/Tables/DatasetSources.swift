import BriefingCore

/// Where a brief's tables are and how to read them: names of files in `world`, which messages
/// show as `world.path(of:)` gives them.
public struct DatasetSources: Hashable, Sendable {
    /// The observations table.
    public var observations: String
    public var mapping: TableMapping
    /// The indicator catalogue: `indicator,name,name_zh,unit,unit_zh,decimals,kind`. The id is the
    /// first column; `name`, `unit`, `decimals` and `kind` are required, `name_zh` and `unit_zh`
    /// optional, as are `short_name` and `short_name_zh` (the names table headers show).
    public var indicators: String
    /// The entity catalogue, if any: `park,name,name_zh,county`. The id column is `entityIDColumn`
    /// (the first column when nil); `name` is required, `name_zh` optional; every other column
    /// becomes an attribute. Without it, the entities are the ids the observations name, in the
    /// order first met, each named by its id.
    public var entities: String?
    public var entityIDColumn: String?
    /// The entity whose rows hold the aggregate of the others (`total:`), if the table has one.
    public var total: ManifestID?
    /// The entities the brief is about; nil for all (but the total).
    public var selection: EntitySelection?
    /// The targets table, if any: `scope,indicator,year,target_growth,note,note_zh` (the notes optional).
    public var targets: String?
    /// How each table is read (delimiter, encoding, decimal separator, sheet), by its name as
    /// above; a table not listed is read with the defaults.
    public var formats: [String: TableFormat]
    /// The folder the tables are read from, through which every read goes.
    public var world: BriefWorld
    /// The languages the tables' texts are shown in: with Chinese, catalogue rows lacking their
    /// Chinese text (`name_zh`, `unit_zh`, `note_zh`) are a warning.
    public var languages: Set<Language> = [.en]

    public init(
        observations: String, mapping: TableMapping, indicators: String, entities: String?,
        entityIDColumn: String? = nil, total: ManifestID? = nil, selection: EntitySelection? = nil,
        targets: String? = nil, formats: [String: TableFormat] = [:], world: BriefWorld
    ) {
        self.observations = observations
        self.mapping = mapping
        self.indicators = indicators
        self.entities = entities
        self.entityIDColumn = entityIDColumn
        self.total = total
        self.selection = selection
        self.targets = targets
        self.formats = formats
        self.world = world
    }

    /// How the table named `name` is read.
    public func format(of name: String) -> TableFormat { formats[name] ?? TableFormat() }

    /// The path messages show for the table named `name`.
    public func path(of name: String) -> String { world.path(of: name) }
}
