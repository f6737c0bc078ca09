import BriefingCore

/// Identifies one series: an entity's monthly values of one indicator.
public struct SeriesKey: Hashable, Sendable {
    public var entity: String
    public var indicator: String

    public init(entity: String, indicator: String) {
        self.entity = entity
        self.indicator = indicator
    }
}

/// Everything a brief's tables hold, typed: catalogues, monthly observations and targets.
/// Input builds it and checks it; everything downstream trusts it.
public struct Dataset: Hashable, Sendable {
    /// In catalogue order.
    public var indicators: [Indicator]
    /// The entities the brief is about (the parts), in catalogue order; never the total's entity.
    public var entities: [Entity]
    /// The values by series; the total's entity's series are here too, under its id.
    public var observations: [SeriesKey: [Period: Double]]
    public var targets: [Target]
    /// The id of the entity whose rows hold the aggregate of the parts (a national or city total),
    /// when the table has one (`total:` under `data`); it is not one of `entities`.
    public var totalEntity: String?

    public init(
        indicators: [Indicator], entities: [Entity], observations: [SeriesKey: [Period: Double]],
        targets: [Target] = [], totalEntity: String? = nil
    ) {
        self.indicators = indicators
        self.entities = entities
        self.observations = observations
        self.targets = targets
        self.totalEntity = totalEntity
    }

    public func indicator(_ id: String) -> Indicator? { indicators.first { $0.id == id } }

    public func entity(_ id: String) -> Entity? { entities.first { $0.id == id } }

    /// The observed value, or nil where the table has none (missing is never zero).
    public func value(_ entity: String, _ indicator: String, _ period: Period) -> Double? {
        observations[SeriesKey(entity: entity, indicator: indicator)]?[period]
    }

    /// Every period with at least one observation, ascending.
    public var periods: [Period] {
        Set(observations.values.flatMap(\.keys)).sorted()
    }
}
