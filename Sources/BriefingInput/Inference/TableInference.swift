import BriefingCore
import BriefingData

/// What `briefing init` could tell about an observations table from its header and cells: its
/// shape and the columns of each role (a ``TableMapping`` a manifest can state), how its periods
/// are written and their frequency, and a guess of each indicator's kind — with every choice it
/// could not make for certain said in a ``Doubt``, never guessed silently.
public struct TableInference: Hashable, Sendable {
    /// A choice made without certainty, and why: `reason` is written into the manifest as a
    /// comment and printed by `briefing init`.
    public struct Doubt: Hashable, Sendable {
        /// What the doubt is about, for placing it in the manifest.
        public enum Subject: Hashable, Sendable {
            /// The table's shape or the columns of its roles (`layout`, `columns`).
            case layout
            /// How the periods are written or their frequency (`period-format`, `frequency`, `aggregate`).
            case periods
            /// How numbers are written (`decimal`).
            case numbers
            /// The kind of one indicator.
            case kind(String)
        }

        public var subject: Subject
        public var reason: String

        public init(_ subject: Subject, _ reason: String) {
            self.subject = subject
            self.reason = reason
        }
    }

    /// An indicator found in the table, with what its values suggest.
    public struct IndicatorGuess: Hashable, Sendable {
        public var id: String
        public var kind: Indicator.Kind
        /// Why this kind: "its name says 'rate'", "nothing in its name or values says otherwise".
        public var kindReason: String
        /// How many decimals to show.
        public var decimals: Int
    }

    /// The columns of each role, as `layout:` and `columns:` state them, with `period-format`,
    /// `frequency` and `aggregate`.
    public var mapping: TableMapping
    /// The decimal separator of the table's numbers (`decimal:`).
    public var decimalSeparator: Character
    /// The columns read by no role (a `continent` beside `country`), in header order.
    public var unusedColumns: [String]
    /// The frequency of the periods read.
    public var frequency: Frequency
    /// Whether the frequency is only inferred (from dates) and should be stated in the manifest.
    public var statesFrequency: Bool
    /// The entity ids, in the order first met.
    public var entities: [String]
    /// The indicators, in the order first met.
    public var indicators: [IndicatorGuess]
    /// Each series' values, as the brief will read them.
    public var values: [SeriesKey: [Period: Double]]
    /// What could not be decided for certain.
    public var doubts: [Doubt]

    /// The first and last period with a value.
    public var span: ClosedRange<Period>? {
        let periods = values.values.flatMap(\.keys)
        guard let first = periods.min(), let last = periods.max() else { return nil }
        return first...last
    }

    /// The last year every period of which has a value in some series; nil when none has.
    public var lastCompleteYear: Int? {
        var periodsByYear: [Int: Set<Period>] = [:]
        for series in values.values {
            for (period, _) in series { periodsByYear[period.year, default: []].insert(period) }
        }
        return periodsByYear.filter { $0.value.count == frequency.periodsPerYear }.keys.max()
    }
}
