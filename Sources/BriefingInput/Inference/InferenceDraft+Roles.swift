import BriefingCore
import BriefingData

extension InferenceDraft {
    /// Why a table cannot be mapped: the message for its header.
    struct Problem: Error {
        var message: String
    }

    /// The layout and role columns, given where the periods are; a message when no column can
    /// name the entities.
    mutating func decideLayout(_ plan: PeriodPlan) -> Result<TableMapping.Layout, Problem> {
        let periodNames: [String]
        switch plan {
        case .rows(let columns, _): periodNames = columns.names
        case .headers(let names): periodNames = names
        case .yearInRows(let year, let parts): periodNames = [year] + parts
        }
        let rest = filled.filter { !periodNames.contains($0.name) }
        let texts = rest.filter { !$0.isNumeric }
        let numbers = rest.filter(\.isNumeric)
        switch plan {
        case .headers(let names), .yearInRows(_, let names):
            let keys = periodNames.count > names.count ? [periodNames[0]] : []
            let (entity, indicator) = idRoles(texts, value: nil)
            let read = [entity.column, indicator.column].compactMap { $0 } + keys + names
            let listed = profiles.contains { !read.contains($0.name) }
            return .success(
                .widePeriods(entity: entity, indicator: indicator, year: keys.first, periods: listed ? names : nil))
        case .rows(let period, _):
            let periodIndexes = period.names.compactMap { table.columnIndex($0) }
            // A long table: one column of values, named so, beside the id columns (a `value`
            // column among other numbers is an indicator: grunfeld's invest,value,capital).
            let namesIndicators = texts.contains { RoleHints.matches($0.name, RoleHints.indicator) }
            if let value = numbers.first(where: { RoleHints.value.contains($0.key) }) ?? numbers.first,
                numbers.count == 1 && (namesIndicators || RoleHints.value.contains(value.key))
                    || RoleHints.value.contains(value.key) && (namesIndicators || texts.count >= 2)
            {
                let (entity, indicator) = idRoles(texts, value: value.name)
                return .success(.long(entity: entity, indicator: indicator, period: period, value: value.name))
            }
            if numbers.count >= 2,
                let indicator = texts.first(where: { RoleHints.matches($0.name, RoleHints.indicator) })
            {
                let listed = profiles.count != numbers.count + periodIndexes.count + 1
                return .success(
                    .wideEntities(
                        indicator: .column(indicator.name), period: period, entities: listed ? numbers.map(\.name) : nil
                    ))
            }
            return wideIndicators(texts: texts, numbers: numbers, period: period, periodIndexes: periodIndexes)
        }
    }

    /// One row per entity and period, the indicators across.
    private mutating func wideIndicators(
        texts: [ColumnProfile], numbers: [ColumnProfile], period: TableMapping.PeriodColumns, periodIndexes: [Int]
    ) -> Result<TableMapping.Layout, Problem> {
        var indicators = numbers.filter { !isRowNumber($0) }
        for column in numbers where isRowNumber(column) {
            doubts.append(
                .init(
                    .layout,
                    "column '\(column.name)' numbers the rows (\(column.filled.groupedDigits) different whole numbers in "
                        + "a run): not read as an indicator (list it under 'indicators' if it is one)"))
        }
        let entity: TableMapping.Role
        let keying = preferring(texts, RoleHints.entity).filter { isKey([$0.index] + periodIndexes) }.filter { column in
            guard isSparse(column, periodIndexes: periodIndexes) else { return true }
            doubts.append(
                .init(
                    .layout,
                    "column '\(column.name)' is not read as the entities: each of its \(column.distinct.groupedDigits) "
                        + "values holds only some of the periods, as a category does (name it with "
                        + "'columns: {entity: \(column.name)}' if it names the entities)"))
            return false
        }
        if let chosen = keying.first {
            if keying.count > 1, !RoleHints.matches(chosen.name, RoleHints.entity) {
                doubts.append(
                    .init(
                        .layout,
                        "columns \(Self.names(keying)) each name one row per period: read '\(chosen.name)' as the "
                            + "entities (name another with 'columns: {entity: NAME}')"))
            }
            entity = .column(chosen.name)
        } else if !texts.isEmpty, !isKey(periodIndexes) {
            return .failure(
                Problem(
                    message: "cannot tell which column names the entities: no column of text (\(Self.names(texts))) "
                        + "names one row per period; map the table by hand (docs/FORMAT.md, Table shapes)"))
        } else if let code = numbers.first(where: { isIdentifier($0, periodIndexes: periodIndexes) }) {
            doubts.append(
                .init(
                    .layout,
                    "column '\(code.name)' holds whole numbers that recur once in every period, like ids: read as the "
                        + "entities (if they are values of an indicator, map the entity with 'columns: {entity: {value: ID}}')"
                ))
            indicators.removeAll { $0.index == code.index }
            entity = .column(code.name)
        } else {
            // No column names entities (the text columns, if any, are attributes of the periods).
            entity = .constant(subject)
            if texts.isEmpty, indicators.count >= 2, !differInScale(indicators) {
                doubts.append(
                    .init(
                        .layout,
                        "the columns \(Self.names(indicators)) hold numbers and no column names entities: read as "
                            + "indicators of one entity '\(subject)' (if they are one indicator's values for several "
                            + "entities, write 'layout: wide-entities' and 'columns: {indicator: {value: ID}, ...}')"))
            }
        }
        let read = 1 + periodIndexes.count + indicators.count - (entity.column == nil ? 1 : 0)
        return .success(
            .wideIndicators(
                entity: entity, period: period, indicators: profiles.count != read ? indicators.map(\.name) : nil))
    }

    /// Whether a numeric column looks like ids: whole numbers, not years, each recurring in
    /// several periods and once in each.
    private func isIdentifier(_ column: ColumnProfile, periodIndexes: [Int]) -> Bool {
        column.isWhole && !column.isYears && column.distinct >= 2 && column.distinct * 2 <= column.filled
            && isKey([column.index] + periodIndexes)
    }

    /// Whether a column numbers the rows: whole numbers, a different one in each row, in a run
    /// (`Obs` 1–16, pandas' unnamed index 0–99).
    private func isRowNumber(_ column: ColumnProfile) -> Bool {
        guard column.isWhole, !column.isYears, column.filled >= 3, column.distinct == column.filled,
            column.filled == table.rows.count, let range = column.range
        else { return false }
        return range.upperBound - range.lowerBound + 1 == Double(column.filled)
    }

    /// Whether the ids of a column hold less than half of the table's periods each, on average:
    /// a category (seattle-weather's `weather`), not entities observed period after period.
    private func isSparse(_ column: ColumnProfile, periodIndexes: [Int]) -> Bool {
        let periods = Set(table.rows.map { row in periodIndexes.map { row.cells[$0].trimmed } }).count
        return column.distinct > 1 && column.filled * 2 < column.distinct * periods
    }

    /// Whether the columns' largest magnitudes differ more than a thousandfold, as indicators in
    /// different units do (GDP in billions beside a rate in %).
    private func differInScale(_ columns: [ColumnProfile]) -> Bool {
        let magnitudes = columns.compactMap { $0.range.map { max(abs($0.lowerBound), abs($0.upperBound)) } }
            .filter { $0 > 0 }
        guard let low = magnitudes.min(), let high = magnitudes.max() else { return false }
        return high / low > 1000
    }

    /// The entity and indicator roles of a table whose rows name them in columns of text
    /// (`texts`), each a constant when there is no column for it. Columns named by a hint word
    /// take their role; others are taken in order, with a doubt when nothing tells them apart.
    private mutating func idRoles(_ texts: [ColumnProfile], value: String?) -> (TableMapping.Role, TableMapping.Role) {
        let indicatorHinted = texts.first { RoleHints.matches($0.name, RoleHints.indicator) }
        let entityHinted = texts.first {
            $0.index != indicatorHinted?.index && RoleHints.matches($0.name, RoleHints.entity)
        }
        var others = texts.filter { $0.index != indicatorHinted?.index && $0.index != entityHinted?.index }
        let constantIndicator = value.map { RoleHints.value.contains(ColumnProfile.key($0)) ? subject : $0 } ?? subject
        switch (entityHinted, indicatorHinted) {
        case (let entity?, let indicator?):
            return (.column(entity.name), .column(indicator.name))
        case (let entity?, nil):
            return (.column(entity.name), others.first.map { .column($0.name) } ?? .constant(constantIndicator))
        case (nil, let indicator?):
            return (others.first.map { .column($0.name) } ?? .constant(subject), .column(indicator.name))
        case (nil, nil):
            guard let first = others.first else { return (.constant(subject), .constant(constantIndicator)) }
            others.removeFirst()
            if let second = others.first {
                doubts.append(
                    .init(
                        .layout,
                        "nothing tells which of columns '\(first.name)' and '\(second.name)' names the entities and which "
                            + "the indicators: read '\(first.name)' as the entities and '\(second.name)' as the "
                            + "indicators (swap them under 'columns' if not)"))
                return (.column(first.name), .column(second.name))
            }
            doubts.append(
                .init(
                    .layout,
                    "column '\(first.name)' may name the entities or the indicators: read as the entities, the values "
                        + "as one indicator '\(constantIndicator)' (if it names indicators, write "
                        + "'columns: {indicator: \(first.name), entity: {value: ID}}')"))
            return (.column(first.name), .constant(constantIndicator))
        }
    }
}
