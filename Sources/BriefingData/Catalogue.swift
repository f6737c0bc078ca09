import BriefingCore

/// An indicator from the catalogue: what it measures, in which unit, shown with how many decimals.
public struct Indicator: Hashable, Sendable, Identifiable {
    /// How values combine over time and across entities.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        /// Amounts per period (output, revenue): summed over time and across entities.
        case flow
        /// A level at the end of each period (employment, population): a window's value is its last
        /// period's; summed across entities.
        case stock
        /// A level averaged over time (an annual rate of output, average employment): a window's
        /// value is the mean of its periods; summed across entities.
        case average
        /// A rate or a ratio observed as such (unemployment, interest): the mean of its periods;
        /// never summed across entities.
        case rate
        /// An index (prices, 2005 = 100): the mean of its periods; never summed across entities.
        case index
        /// `numerator / denominator × scale`, computed from the two indicators over the same window
        /// and scope (for the total, from the totals of the parts).
        case ratio
        /// As `ratio`, the denominator being a population.
        case perCapita = "per-capita"

        /// Whether entities' values add up to a total (and to shares of it).
        public var isAdditive: Bool { self == .flow || self == .stock || self == .average }

        /// Whether a change is, by default, the difference of two values (a rate's percentage points)
        /// rather than growth in percent. An index changes by growth: a price index's growth is inflation.
        public var changesByDifference: Bool { self == .rate }

        /// Whether values are computed from two other indicators rather than read from the table.
        public var isDerived: Bool { self == .ratio || self == .perCapita }
    }

    /// How a derived indicator (``Kind/ratio``, ``Kind/perCapita``) is computed.
    public struct Derivation: Hashable, Sendable {
        public var numerator: String
        public var denominator: String
        /// Multiplies the quotient (1000 for per thousand).
        public var scale: Double

        public init(numerator: String, denominator: String, scale: Double = 1) {
            self.numerator = numerator
            self.denominator = denominator
            self.scale = scale
        }
    }

    public var id: String
    public var names: Localized
    /// Shorter names for table headers (`short_name`, `short_name_zh`); `en` empty when there is none.
    public var shortNames = Localized(en: "")
    /// The unit values are recorded in, per language (`bn yuan`, `亿元`).
    public var units: Localized
    /// Decimals shown for values in the English unit.
    public var decimals: Int
    public var kind: Kind
    /// For a derived kind: what it is computed from; nil otherwise.
    public var derivation: Derivation?
    /// Whether a change is shown as the difference of two values (in the unit, or percentage
    /// points for `%`) rather than as growth in percent: the kind's default
    /// (``Kind/changesByDifference``) unless the catalogue's `change` column says otherwise.
    public var changesByDifference: Bool

    public init(
        id: String, names: Localized, units: Localized, decimals: Int, kind: Kind, derivation: Derivation? = nil,
        changesByDifference: Bool? = nil
    ) {
        self.changesByDifference = changesByDifference ?? kind.changesByDifference
        self.id = id
        self.names = names
        self.units = units
        self.decimals = decimals
        self.kind = kind
        self.derivation = derivation
    }

    /// The name a table header shows: the short name in `language`, else the name in it; a
    /// Chinese header without either Chinese name shows the English short name, else the name.
    public func headerName(_ language: Language) -> String {
        let english = shortNames.en.isEmpty ? names.en : shortNames.en
        switch language {
        case .en: return english
        case .zh: return shortNames.zh ?? names.zh ?? english
        }
    }
}

/// A reporting entity: a district, a sector, a company, a country.
public struct Entity: Hashable, Sendable, Identifiable {
    public var id: String
    public var names: Localized
    /// Other columns of the entity catalogue (e.g. `county`), by column name.
    public var attributes: [String: String]

    public init(id: String, names: Localized, attributes: [String: String] = [:]) {
        self.id = id
        self.names = names
        self.attributes = attributes
    }
}

/// A growth target, e.g. "total tit_volume 2014: at least +20%".
public struct Target: Hashable, Sendable {
    /// ``Figures/Scope/totalName`` for the total, or an entity id.
    public var scope: String
    /// An indicator id; may name a measure outside the catalogue (then only `note` explains it).
    public var indicatorID: String
    public var year: Int
    /// A ratio: 0.2 means +20 %.
    public var value: Double
    /// What the target is, in each language (`note`, `note_zh`); empty when the table has none.
    public var note: Localized

    /// How a targets table names the total: `total`, or `city` (as the parks examples write it).
    public static let totalScopes: Set<String> = ["total", "city"]

    public init(scope: String, indicatorID: String, year: Int, value: Double, note: Localized) {
        self.scope = scope
        self.indicatorID = indicatorID
        self.year = year
        self.value = value
        self.note = note
    }
}

/// A text in each language of a brief, falling back to English.
public struct Localized: Hashable, Sendable {
    public var en: String
    public var zh: String?

    public init(en: String, zh: String? = nil) {
        self.en = en
        self.zh = zh
    }

    public subscript(language: Language) -> String {
        switch language {
        case .en: return en
        case .zh: return zh.flatMap { $0.isEmpty ? nil : $0 } ?? en
        }
    }
}
