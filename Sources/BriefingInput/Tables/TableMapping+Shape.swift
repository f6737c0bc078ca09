extension TableMapping.Layout {
    /// What the columns left after the row's own columns hold: one value each, and the id or
    /// period their header names (or, in a long table, one value column).
    enum Spread: Hashable {
        case value(String)
        case indicators([String]?)
        case periods([String]?)
        case entities([String]?)
    }

    /// Where each row's entity comes from; nil when the header names it (one column per entity).
    var entity: TableMapping.Role? {
        switch self {
        case .long(let entity, _, _, _), .wideIndicators(let entity, _, _), .widePeriods(let entity, _, _, _):
            return entity
        case .wideEntities: return nil
        }
    }

    /// Where each row's indicator comes from; nil when the header names it.
    var indicator: TableMapping.Role? {
        switch self {
        case .long(_, let indicator, _, _), .widePeriods(_, let indicator, _, _), .wideEntities(let indicator, _, _):
            return indicator
        case .wideIndicators: return nil
        }
    }

    /// Where each row's period comes from; nil when the header names it.
    var period: TableMapping.PeriodColumns? {
        switch self {
        case .long(_, _, let period, _), .wideIndicators(_, let period, _), .wideEntities(_, let period, _):
            return period
        case .widePeriods: return nil
        }
    }

    /// The column of each row's year when the header names the months or quarters of it.
    var yearColumn: String? {
        if case .widePeriods(_, _, let year, _) = self { return year }
        return nil
    }

    var spread: Spread {
        switch self {
        case .long(_, _, _, let value): return .value(value)
        case .wideIndicators(_, _, let indicators): return .indicators(indicators)
        case .widePeriods(_, _, _, let periods): return .periods(periods)
        case .wideEntities(_, _, let entities): return .entities(entities)
        }
    }

    /// The columns each row is keyed by (entity, indicator, period), in order, each with its role
    /// as `columns:` names it (`entity`, `indicator`, `period`, or `year`, `month`, `quarter`).
    var keyColumns: [(role: String, name: String)] {
        var columns: [(role: String, name: String)] = []
        if let name = entity?.column { columns.append(("entity", name)) }
        if let name = indicator?.column { columns.append(("indicator", name)) }
        switch period {
        case .column(let name)?: columns.append(("period", name))
        case .yearAndMonth(let year, let month)?: columns += [("year", year), ("month", month)]
        case .yearAndQuarter(let year, let quarter)?: columns += [("year", year), ("quarter", quarter)]
        case nil: break
        }
        if let year = yearColumn { columns.append(("year", year)) }
        return columns
    }

    /// The columns the layout names explicitly, in order.
    var namedColumns: [String] {
        switch spread {
        case .value(let value): return keyColumns.map(\.name) + [value]
        case .indicators(let listed), .periods(let listed), .entities(let listed):
            return keyColumns.map(\.name) + (listed ?? [])
        }
    }

    /// Whether the table is long: one value column, every row one observation.
    var isLong: Bool {
        if case .long = self { return true }
        return false
    }

    /// The layout's name in a manifest.
    var name: String {
        switch self {
        case .long: return "long"
        case .wideIndicators: return "wide-indicators"
        case .widePeriods: return "wide-periods"
        case .wideEntities: return "wide-entities"
        }
    }
}
