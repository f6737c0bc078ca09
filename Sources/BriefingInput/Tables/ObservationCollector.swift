import BriefingData

/// Collects observations, remembering where each was first seen to report duplicates.
///
/// A table may hold 5,000,000 values: each is kept once, with its line, under its series and its
/// period (or day, when days are combined) as one 32-bit number (a dictionary keyed by series and period together, beside the values,
/// took three times the memory).
struct ObservationCollector {
    struct Entry {
        var value: Double?
        var line: Int32
    }

    enum Outcome {
        case added
        /// An observation for the same series and period is on `firstLine`.
        case duplicate(firstLine: Int)
        /// The observation would start one series more than the limit: nothing more is added.
        case full
    }

    /// The most series (entity and indicator pairs) held.
    let seriesLimit: Int
    /// Per series, per code (`PeriodReader.code`): the value (nil for an empty cell) and its line.
    private var series: [SeriesKey: [Int32: Entry]] = [:]
    /// Whether an observation was refused for starting a series past `seriesLimit`.
    private(set) var isFull = false
    /// The entity ids observed (empty cells included), in the order first met.
    private(set) var entities: [String] = []
    private var seenEntities: Set<String> = []

    init(seriesLimit: Int) { self.seriesLimit = seriesLimit }

    /// Adds one observation, its period (or day, when days are combined) coded by `PeriodReader`.
    mutating func add(entity: String, indicator: String, code: Int32, value: Double?, line: Int) -> Outcome {
        let key = SeriesKey(entity: entity, indicator: indicator)
        if let values = series[key] {
            if let first = values[code] { return .duplicate(firstLine: Int(first.line)) }
        } else if series.count == seriesLimit || isFull {
            isFull = true
            return .full
        } else if seenEntities.insert(entity).inserted {
            entities.append(entity)
        }
        series[key, default: [:]][code] = Entry(value: value, line: Int32(clamping: line))
        return .added
    }

    /// The values by series and period, empty cells left out, put into periods (and combined) by
    /// `periods`. Empties the collector series by series, so that both forms are never held whole at once.
    mutating func observations(_ periods: PeriodReader) -> [SeriesKey: [Period: Double]] {
        var observations: [SeriesKey: [Period: Double]] = [:]
        for key in Array(series.keys) {
            guard let codes = series.removeValue(forKey: key) else { continue }
            var values: [Int32: Double] = [:]
            values.reserveCapacity(codes.count)
            for (code, entry) in codes {
                if let value = entry.value { values[code] = value }
            }
            if !values.isEmpty { observations[key] = periods.combine(values) }
        }
        return observations
    }
}
