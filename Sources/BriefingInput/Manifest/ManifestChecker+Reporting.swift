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
}
