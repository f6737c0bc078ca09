import BriefingCore
import BriefingData
import Yams

extension ManifestReader {
    /// How the observations entry says its periods are written and combined: `period-format`,
    /// `frequency`, `aggregate: {to, by}`. With `yearInRows`, `period-format` is that of column
    /// names giving the months or quarters of each row's year.
    static func periodOptions(
        _ fields: inout YAMLFields, yearInRows: Bool = false, source: SourceText, diagnostics: inout [Diagnostic]
    ) -> PeriodReader.Options {
        var options = PeriodReader.Options()
        if let text = fields.string("period-format"), let node = fields.node("period-format") {
            switch PeriodFormat.parse(text, yearInRows: yearInRows) {
            case .success(let format): options.format = format
            case .failure(let failure): fields.error(at: node, failure.message)
            }
        }
        options.frequency = fields.choice("frequency", Frequency.self)
        if let node = fields.node("aggregate"),
            var aggregate = YAMLFields(node, what: "'aggregate'", source: source, diagnostics: &diagnostics)
        {
            let to = aggregate.choice("to", Frequency.self)
            let by = aggregate.choice("by", PeriodReader.Aggregate.Rule.self)
            if aggregate.node("to") == nil {
                aggregate.missing("to", "the frequency to combine into: annual, quarterly or monthly")
            }
            if aggregate.node("by") == nil { aggregate.missing("by", "how values combine: mean, sum or last") }
            diagnostics += aggregate.finish(context: "'aggregate'")
            if let to, let by { options.aggregate = PeriodReader.Aggregate(to: to, by: by) }
            if let to, let frequency = options.frequency, frequency != to, let toNode = aggregate.node("to") {
                fields.error(
                    at: toNode,
                    "expected 'aggregate' to combine into the table's frequency \(frequency.rawValue), found '\(to.rawValue)' "
                        + "(with 'aggregate', 'frequency' may be left out)")
            }
        }
        return options
    }
}

extension ManifestReader {
    /// The top-level `period`: a quarter or a month, the brief reporting on its year to date.
    static func reportingPeriod(_ fields: inout YAMLFields, year: Int?) -> Period? {
        guard let text = fields.string("period"), let node = fields.node("period") else { return nil }
        guard let period = Period(text), period.frequency != .annual else {
            let year = Period(text).map { " (a whole year is 'year: \($0.year)')" } ?? ""
            fields.error(
                at: node,
                "expected 'period' to be a quarter like 2009Q3 or a month like 2014-06\(Period.yearNote(text)), "
                    + "found '\(text)'\(year)")
            return nil
        }
        if year != nil {
            fields.error(
                at: node,
                "expected 'year' or 'period', found both: 'period' reports on its year to date, 'year' on a whole year")
            return nil
        }
        return period
    }
}
