import BriefingCore
import Yams

extension ManifestReader {
    private enum LayoutName: String, CaseIterable {
        case long
        case wideIndicators = "wide-indicators"
        case widePeriods = "wide-periods"
        case wideEntities = "wide-entities"

        /// The roles `columns:` may map: those the table has a column for.
        var roles: [String] {
            switch self {
            case .long: return ["entity", "indicator", "period", "value"]
            case .wideIndicators: return ["entity", "period"]
            case .widePeriods: return ["entity", "indicator", "period"]
            case .wideEntities: return ["indicator", "period"]
            }
        }
    }

    /// The shape of the observations table: `layout`, `columns`, and the value columns of a wide
    /// table (`indicators`, `periods`, `entities`). A role not mapped has its documented column
    /// name: `entity`, `indicator`, `period`, `value`.
    static func readObservations(
        _ fields: inout YAMLFields, source: SourceText, diagnostics: inout [Diagnostic]
    ) -> TableMapping {
        let layout = fields.choice("layout", LayoutName.self) ?? .long
        var roles: [String: TableMapping.Role] = [:]
        var period: TableMapping.PeriodColumns = "period"
        /// A wide-periods table's year column (`period: {year: NAME}`).
        var year: String?
        var value = "value"
        if let columnsNode = fields.node("columns"),
            var columnFields = YAMLFields(columnsNode, what: "'columns'", source: source, diagnostics: &diagnostics)
        {
            for role in layout.roles {
                guard let node = columnFields.node(role) else { continue }
                switch role {
                case "period" where layout == .widePeriods:
                    year = yearColumn(node, source: source, diagnostics: &diagnostics)
                case "period":
                    if let columns = periodColumns(node, source: source, diagnostics: &diagnostics) { period = columns }
                case "value":
                    if let name = columnFields.string(role) { value = name }
                default:
                    if let mapped = self.role(role, node, in: &columnFields, diagnostics: &diagnostics) {
                        roles[role] = mapped
                    }
                }
            }
            diagnostics += columnFields.finish(context: "'columns' of a \(layout.rawValue) table")
        }
        let entity = roles["entity"] ?? "entity"
        let indicator = roles["indicator"] ?? "indicator"
        let indicators = fields.strings("indicators")
        let periods = fields.strings("periods")
        let entities = fields.strings("entities")
        let options = periodOptions(&fields, yearInRows: year != nil, source: source, diagnostics: &diagnostics)
        let shape: TableMapping.Layout
        switch layout {
        case .long: shape = .long(entity: entity, indicator: indicator, period: period, value: value)
        case .wideIndicators: shape = .wideIndicators(entity: entity, period: period, indicators: indicators)
        case .widePeriods: shape = .widePeriods(entity: entity, indicator: indicator, year: year, periods: periods)
        case .wideEntities: shape = .wideEntities(indicator: indicator, period: period, entities: entities)
        }
        return TableMapping(layout: shape, periods: options)
    }

    /// An entity or indicator role: a column name, or `{value: ID}` for one id in every row.
    private static func role(
        _ role: String, _ node: Node, in fields: inout YAMLFields, diagnostics: inout [Diagnostic]
    ) -> TableMapping.Role? {
        guard node.mapping != nil else { return fields.string(role).map { .column($0) } }
        guard var constant = YAMLFields(node, what: "'\(role)'", source: fields.source, diagnostics: &diagnostics)
        else { return nil }
        let id = constant.string("value", required: true)
        diagnostics += constant.finish(context: "'\(role)' (a column name, or {value: ID} for every row)")
        return id.map { .constant($0) }
    }

    /// A period column name, or `{year: NAME, month: NAME}` / `{year: NAME, quarter: NAME}`.
    private static func periodColumns(
        _ node: Node, source: SourceText, diagnostics: inout [Diagnostic]
    ) -> TableMapping.PeriodColumns? {
        if let scalar = node.scalar, !node.isNull { return .column(scalar.string) }
        guard var parts = YAMLFields(node, what: "'period'", source: source, diagnostics: &diagnostics) else {
            return nil
        }
        let year = parts.string("year", required: true)
        let month = parts.string("month")
        let quarter = parts.string("quarter")
        let context = "'period' (a column name, or {year: NAME, month: NAME} or {year: NAME, quarter: NAME})"
        if month != nil, quarter != nil, let node = parts.node("quarter") {
            parts.error(at: node, "expected 'period' to have 'month' or 'quarter', not both")
        } else if month == nil, quarter == nil {
            parts.missing("month", "the column of the month (1 to 12) in the year, or 'quarter' for a quarter (1 to 4)")
        }
        diagnostics += parts.finish(context: context)
        guard let year else { return nil }
        if let month, quarter == nil { return .yearAndMonth(year: year, month: month) }
        if let quarter, month == nil { return .yearAndQuarter(year: year, quarter: quarter) }
        return nil
    }

    /// The year column of a wide-periods table whose columns are the months or quarters of each
    /// row's year: `{year: NAME}`.
    private static func yearColumn(_ node: Node, source: SourceText, diagnostics: inout [Diagnostic]) -> String? {
        let context =
            "'period' of a wide-periods table ({year: NAME}: the column of each row's year, the other columns "
            + "its months or quarters)"
        guard node.mapping != nil else {
            diagnostics.append(source.error(source.location(of: node), "expected \(context), found \(node.kind)"))
            return nil
        }
        guard var parts = YAMLFields(node, what: "'period'", source: source, diagnostics: &diagnostics) else {
            return nil
        }
        let year = parts.string("year", required: true)
        diagnostics += parts.finish(context: context)
        return year
    }

    /// The top-level entity selection: `entities: [ids]` or `exclude: [ids]`, not both.
    static func readSelection(_ fields: inout YAMLFields) -> EntitySelection? {
        let source = fields.source
        func ids(_ key: String) -> [ManifestID]? {
            guard let items = fields.sequence(key) else { return nil }
            return items.compactMap { item in
                guard let scalar = item.scalar, !item.isNull else {
                    fields.error(at: item, "expected each item of '\(key)' to be an entity id, found \(item.kind)")
                    return nil
                }
                return manifestID(scalar.string, at: item, source: source)
            }
        }
        let only = ids("entities")
        let excluded = ids("exclude")
        if only != nil, excluded != nil, let node = fields.node("exclude") {
            fields.error(at: node, "expected 'entities' (those to report on) or 'exclude' (those to leave out), not both")
            return nil
        }
        if only?.isEmpty == true, let node = fields.node("entities") {
            fields.error(at: node, "expected 'entities' to list at least one entity id, found an empty list")
            return nil
        }
        return only.map(EntitySelection.only) ?? excluded.map(EntitySelection.excluding)
    }

    /// An id written at `node`, kept with its position.
    static func manifestID(_ id: String, at node: Node, source: SourceText) -> ManifestID {
        let location = source.location(of: node)
        return ManifestID(id, at: location, sourceLine: source.line(location.line))
    }
}
