import BriefingCore

/// Identifies one series: an entity's values of one indicator.
public struct SeriesKey: Hashable, Sendable {
    public var entity: String
    public var indicator: String

    public init(entity: String, indicator: String) {
        self.entity = entity
        self.indicator = indicator
    }
}

/// Everything a brief's tables hold, typed: catalogues, observations and targets.
/// Input builds it and checks it; everything downstream trusts it.
public struct Dataset: Hashable, Sendable {
    /// In catalogue order.
    public var indicators: [Indicator] {
        didSet { indicatorPositions = Self.positions(of: indicators) }
    }
    /// The entities the brief is about (the parts), in catalogue order; never the total's entity.
    public var entities: [Entity] {
        didSet { entityPositions = Self.positions(of: entities) }
    }
    /// Where each id is in `indicators` and `entities` (its first place): look-ups by id are
    /// constant time, which tables of thousands of indicators need.
    private var indicatorPositions: [String: Int]
    private var entityPositions: [String: Int]
    /// The id of the entity whose rows hold the aggregate of the parts (a national or city total),
    /// when the table has one (`total:` under `data`); it is not one of `entities`, but its series
    /// are in `observations` under its id.
    public var totalEntity: String?
    /// Every period of the observations has this frequency.
    public var frequency: Frequency
    public var observations: [SeriesKey: [Period: Double]] {
        didSet { periods = Self.periods(of: observations) }
    }
    public var targets: [Target]
    /// Every period with at least one observation, ascending.
    public private(set) var periods: [Period]

    public init(
        indicators: [Indicator], entities: [Entity], observations: [SeriesKey: [Period: Double]],
        targets: [Target] = [], frequency: Frequency = .monthly, totalEntity: String? = nil
    ) {
        self.totalEntity = totalEntity
        self.indicators = indicators
        self.entities = entities
        self.indicatorPositions = Self.positions(of: indicators)
        self.entityPositions = Self.positions(of: entities)
        self.frequency = frequency
        self.observations = observations
        self.targets = targets
        self.periods = Self.periods(of: observations)
    }

    private static func periods(of observations: [SeriesKey: [Period: Double]]) -> [Period] {
        var periods = Set<Period>()
        for series in observations.values { periods.formUnion(series.keys) }
        return periods.sorted()
    }

    public func indicator(_ id: String) -> Indicator? { indicatorPositions[id].map { indicators[$0] } }

    public func entity(_ id: String) -> Entity? { entityPositions[id].map { entities[$0] } }

    private static func positions<Item: Identifiable>(of items: [Item]) -> [String: Int] where Item.ID == String {
        Dictionary(items.enumerated().map { ($1.id, $0) }) { first, _ in first }
    }

    /// The observed value, or nil where the table has none (missing is never zero).
    public func value(_ entity: String, _ indicator: String, _ period: Period) -> Double? {
        observations[SeriesKey(entity: entity, indicator: indicator)]?[period]
    }
}
