import BriefingCore
import BriefingData

extension TableInference {
    /// Infers how to read `table` as a brief's observations. `subject` is the id given to a role
    /// the table has no column for (the file's name without its extension: one entity
    /// `macrodata`); `workbookDates` says that the table is a workbook, whose date cells are
    /// dates. The values are read with the brief's own loader, so that what is inferred reads;
    /// fails with the errors at the table's cells when it does not, or when nothing in it reads as
    /// periods or names the entities.
    public static func infer(_ table: CSVTable, subject: String, workbookDates: Bool = false) -> Result<
        TableInference, DiagnosticError
    > {
        guard let header = table.header, let first = header.cells.first else {
            return .failure(
                DiagnosticError([.error(at: .file(table.path), "expected a header row, found an empty file")]))
        }
        func failure(_ message: String) -> Result<TableInference, DiagnosticError> {
            .failure(DiagnosticError([table.error(at: first, message)]))
        }
        guard !table.rows.isEmpty else { return failure("expected rows of values below the header, found none") }
        var draft = InferenceDraft(table: table, subject: subject, workbookDates: workbookDates)
        guard let plan = draft.decidePeriods() else {
            return failure(
                "cannot find the periods: expected a column of periods (2014, 2014-03, 2014Q3, a date), a year column "
                    + "beside a month or quarter column, or periods as column names, found columns "
                    + CSVTable.list(table.columnNames))
        }
        let layout: TableMapping.Layout
        switch draft.decideLayout(plan) {
        case .success(let decided): layout = decided
        case .failure(let problem): return failure(problem.message)
        }
        var options = PeriodReader.Options()
        if case .rows(_, let format) = plan { options.format = format }
        var loaded = load(table, TableMapping(layout: layout, periods: options), draft: draft)
        if case .failure(let error) = loaded,
            error.diagnostics.contains(where: { $0.message.contains("to combine the values of") })
        {
            options.aggregate = PeriodReader.Aggregate(to: .monthly, by: .mean)
            draft.doubts.append(
                .init(
                    .periods,
                    "several dates fall in one month: the brief shows their mean ('aggregate: {to: monthly, by: mean}'; "
                        + "amounts that add up, such as sales, take 'by: sum')"))
            loaded = load(table, TableMapping(layout: layout, periods: options), draft: draft)
        }
        let values: [SeriesKey: [Period: Double]]
        let entities: [String]
        switch loaded {
        case .success(let set): (values, entities) = (set.values, set.entities)
        case .failure(let error): return .failure(error)
        }
        guard let frequency = values.values.lazy.compactMap({ $0.keys.first?.frequency }).first else {
            return failure("expected values below the header, found only empty cells")
        }
        var inference = TableInference(
            mapping: TableMapping(layout: layout, periods: options), decimalSeparator: draft.decimalSeparator,
            unusedColumns: [], frequency: frequency,
            statesFrequency: options.aggregate == nil && (options.format != .standard || workbookDates),
            entities: entities, indicators: [], values: values, doubts: draft.doubts)
        let read = Set(layout.namedColumns + layout.listedColumns)
        inference.unusedColumns = table.columnNames.filter { !read.contains($0) && !layout.readsEveryOtherColumn }
        // Each indicator's series and column, looked up once: a table may have thousands of indicators.
        let series = Dictionary(grouping: values, by: \.key.indicator).mapValues { $0.map(\.value) }
        let numeric = draft.profiles.filter(\.isNumeric)
        let columns = Dictionary(numeric.map { ($0.name, $0) }) { first, _ in first }
        let anyPercent = numeric.contains(where: \.hasPercent)
        inference.indicators = indicatorIDs(table, layout).map { id in
            KindGuess(
                id: id, series: series[id] ?? [], frequency: frequency,
                hasPercent: columns[id]?.hasPercent ?? anyPercent
            ).guess(into: &inference.doubts)
        }
        return .success(inference)
    }

    /// The values of `table` read with `mapping` by the brief's loader, against no catalogue.
    private static func load(_ table: CSVTable, _ mapping: TableMapping, draft: InferenceDraft) -> Result<
        DatasetLoader.ObservationSet, DiagnosticError
    > {
        var bag = DiagnosticBag()
        var rowErrors: [String: [Diagnostic]]?
        let unknown = Catalogue(fileName: "", isKnown: false)
        let set = DatasetLoader.loadObservations(
            table, layout: mapping.layout, periods: PeriodReader(mapping.periods, workbookDates: draft.workbookDates),
            decimalSeparator: draft.decimalSeparator, indicators: unknown, entities: unknown, into: &bag,
            rowErrors: &rowErrors)
        guard !bag.hasErrors else { return .failure(DiagnosticError(bag.diagnostics.filter { $0.severity == .error })) }
        return .success(set)
    }

    /// The indicator ids of `table`, in the order first met.
    private static func indicatorIDs(_ table: CSVTable, _ layout: TableMapping.Layout) -> [String] {
        if case .wideIndicators(_, let period, let listed) = layout {
            let named = Set([layout.entity?.column].compactMap { $0 } + period.names)
            return listed ?? table.columnNames.filter { !named.contains($0) }
        }
        switch layout.indicator {
        case .constant(let id)?: return [id]
        case .column(let name)?:
            guard let index = table.columnIndex(name) else { return [] }
            var seen: Set<Substring> = []
            return table.rows.map { $0.cells[index].trimmed }.filter { !$0.isEmpty && seen.insert($0).inserted }
                .map(String.init)
        case nil: return []
        }
    }
}

extension TableMapping.Layout {
    /// Whether every column but the row's own is a value column (no list given).
    var readsEveryOtherColumn: Bool {
        switch spread {
        case .value: return false
        case .indicators(let list), .periods(let list), .entities(let list): return list == nil
        }
    }

    /// The value columns listed, if any.
    var listedColumns: [String] {
        switch spread {
        case .value(let name): return [name]
        case .indicators(let list), .periods(let list), .entities(let list): return list ?? []
        }
    }
}
