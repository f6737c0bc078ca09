import BriefingData

/// Collects observations, remembering where each was first seen to report duplicates.
///
/// A table may hold 5,000,000 values: each is kept once, with its line, under its series and its
/// period as one 32-bit number (a dictionary keyed by series and period together, beside the values,
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
    /// Per series, per period (``code(_:)``): the value (nil for an empty cell) and its line.
    private var series: [SeriesKey: [Int32: Entry]] = [:]
    /// Whether an observation was refused for starting a series past `seriesLimit`.
    private(set) var isFull = false
    /// The entity ids observed (empty cells included), in the order first met.
    private(set) var entities: [String] = []
    private var seenEntities: Set<String> = []

    init(seriesLimit: Int) { self.seriesLimit = seriesLimit }

    /// A period as one number: `year × 64 + frequency × 16 + index` (the index is at most 12).
    static func code(_ period: Period) -> Int32 {
        let frequency = Frequency.allCases.firstIndex(of: period.frequency) ?? 0
        return Int32(clamping: period.year * 64 + frequency * 16 + period.index)
    }

    /// The period ``code(_:)`` gives as `code`.
    static func period(_ code: Int32) -> Period {
        let code = Int(code)
        return Period(year: code / 64, frequency: Frequency.allCases[code % 64 / 16], index: code % 16)
    }

    /// Adds one observation.
    mutating func add(entity: String, indicator: String, period: Period, value: Double?, line: Int) -> Outcome {
        let key = SeriesKey(entity: entity, indicator: indicator)
        let month = Self.code(period)
        if let values = series[key] {
            if let first = values[month] { return .duplicate(firstLine: Int(first.line)) }
        } else if series.count == seriesLimit || isFull {
            isFull = true
            return .full
        } else if seenEntities.insert(entity).inserted {
            entities.append(entity)
        }
        series[key, default: [:]][month] = Entry(value: value, line: Int32(clamping: line))
        return .added
    }

    /// The values by series and period, empty cells left out. Empties the collector series by
    /// series, so that both forms are never held whole at once.
    mutating func observations() -> [SeriesKey: [Period: Double]] {
        var observations: [SeriesKey: [Period: Double]] = [:]
        for key in Array(series.keys) {
            guard let months = series.removeValue(forKey: key) else { continue }
            var values: [Period: Double] = [:]
            values.reserveCapacity(months.count)
            for (month, entry) in months {
                if let value = entry.value { values[Self.period(month)] = value }
            }
            if !values.isEmpty { observations[key] = values }
        }
        return observations
    }
}
