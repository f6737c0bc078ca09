import BriefingData

/// A 64-bit FNV-1a hash of what a report is made from, to tell whether an output is up to date.
/// Not a cryptographic hash: it detects changed inputs, not tampering.
struct InputFingerprint {
    /// Bumped whenever a change to briefing changes what the same inputs give.
    static let briefingVersion = "briefing-batch 1"

    private var state: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ text: String) {
        for byte in text.utf8 {
            state ^= UInt64(byte)
            state = state &* 0x0000_0100_0000_01b3
        }
        // A separator, so that ("ab", "c") and ("a", "bc") differ.
        state ^= 0xff
        state = state &* 0x0000_0100_0000_01b3
    }

    /// The fingerprint of a file's bytes, to tell at skip time that a file is the one recorded.
    static func content(_ bytes: [UInt8]) -> String {
        var fingerprint = InputFingerprint()
        for byte in bytes {
            fingerprint.state ^= UInt64(byte)
            fingerprint.state = fingerprint.state &* 0x0000_0100_0000_01b3
        }
        return fingerprint.hex
    }

    /// Sixteen hex digits.
    var hex: String {
        let digits = String(state, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// The fingerprint of every observation a report for `period` can show: all entities and
    /// indicators from January of the year before through `period` (a report ranks its entity
    /// among all others, and compares with last year), plus the catalogues and targets.
    static func dataSlice(_ dataset: Dataset, through period: Period) -> String {
        var fingerprint = InputFingerprint()
        for indicator in dataset.indicators {
            fingerprint.add(
                "\(indicator.id)|\(indicator.names)|\(indicator.units)|\(indicator.decimals)|\(indicator.kind)|\(String(describing: indicator.derivation))")
        }
        for entity in dataset.entities { fingerprint.add("\(entity.id)|\(entity.names)") }
        for target in dataset.targets {
            fingerprint.add("\(target.scope)|\(target.indicatorID)|\(target.year)|\(target.value)|\(target.note)")
        }
        let months = MonthlyFacts.periodsNeeded(for: period, in: dataset)
        for entity in dataset.entities.map(\.id) + (dataset.totalEntity.map { [$0] } ?? []) {
            for indicator in dataset.indicators {
                let series = dataset.observations[SeriesKey(entity: entity, indicator: indicator.id)] ?? [:]
                for month in months { fingerprint.add(series[month].map { $0.description } ?? "-") }
            }
        }
        return fingerprint.hex
    }

    /// The fingerprint of one report: briefing's version, the manifest and theme files, the data
    /// slice of its month (``dataSlice(_:through:)``), the entity, the month and the language.
    static func report(_ job: BatchJob, configuration: String, slice: String) -> String {
        var fingerprint = InputFingerprint()
        for part in [briefingVersion, configuration, slice, job.entity, job.period.description, job.language.rawValue] {
            fingerprint.add(part)
        }
        return fingerprint.hex
    }
}
