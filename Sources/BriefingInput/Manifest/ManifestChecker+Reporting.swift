import BriefingCore
import BriefingData

extension ManifestChecker {
    /// What is wrong with what the brief reports on, at the `year` or `period` key: a period of
    /// another frequency than the data's, a period or year without data, no complete year to
    /// default to. When defaulted, a note names the year chosen.
    static func reportingProblems(_ manifest: Manifest, dataset: Dataset) -> [Diagnostic] {
        let table = manifest.data.path(of: manifest.data.observations)
        let at = manifest.reportingKey ?? .file(manifest.path)
        guard let last = dataset.periods.last else {
            return [.error(at: .file(manifest.path), "no observations: \(table) holds no values")]
        }
        let frequency = dataset.frequency
        let span = "its data run from \(dataset.periods[0]) to \(last)"
        if let period = manifest.period {
            guard period.frequency == frequency else {
                let message =
                    frequency == .annual
                    ? "expected 'year: \(period.year)' instead of 'period' (the data are annual), found '\(period)'"
                    : "expected 'period' to be a \(frequency.periodNoun) like "
                        + "\(Period(year: period.year, frequency: frequency, index: 1).lastOfYear) "
                        + "(the data are \(frequency.rawValue)), found '\(period)'"
                return [.error(at: at, message)]
            }
            guard dataset.periods.contains(period) else {
                return [.error(at: at, "the reporting period \(period) has no data in \(table) (\(span))")]
            }
            return []
        }
        if let year = manifest.year {
            guard dataset.hasData(in: year) else {
                return [.error(at: at, "the reporting year \(year) has no data in \(table) (\(span))")]
            }
            return []
        }
        guard let year = dataset.lastCompleteYear else {
            let example = frequency == .annual ? "" : " or the year to date with 'period: \(last)'"
            return [
                .error(
                    at: .file(manifest.path),
                    "no year of \(table) has data in every \(frequency.periodNoun) (\(span)): "
                        + "say which year to report on with 'year: \(last.year)'\(example)")
            ]
        }
        return [
            Diagnostic(
                .note, at: .file(manifest.path),
                "reporting on \(year), the last complete year of \(table) (say which with 'year' or 'period')")
        ]
    }

    /// A note saying which frequency the periods were read as, when the manifest did not say: from
    /// the way the table writes them (`1952`, `2009Q3`, `2013-05`). Dates, whose frequency is
    /// inferred from their spacing, have their own note where they are read.
    static func frequencyNote(_ manifest: Manifest, dataset: Dataset) -> [Diagnostic] {
        let options = manifest.data.mapping.periods
        let format = options.format
        let dates = format.mayGiveDays && (format != .standard || TableFormat.Kind(path: manifest.data.observations) == .xlsx)
        guard options.frequency == nil, options.aggregate == nil, !dates, let first = dataset.periods.first else {
            return []
        }
        let frequency = dataset.frequency
        return [
            Diagnostic(
                .note, at: .file(manifest.data.path(of: manifest.data.observations)),
                "periods read as \(frequency.rawValue) (the table writes them as \(frequency.periodNoun)s, such as "
                    + "'\(first)'; say otherwise with 'frequency')")
        ]
    }
}
