import BriefingCore

/// An indicator from the catalogue: what it measures, in which unit, shown with how many decimals.
public struct Indicator: Hashable, Sendable, Identifiable {
    /// Monthly amounts that add up over a year, or levels read at a point in time.
    public enum Kind: String, Hashable, Sendable {
        case flow
        case stock
    }

    public var id: String
    public var names: Localized
    /// The unit values are recorded in, per language (`bn yuan`, `亿元`).
    public var units: Localized
    /// Decimals shown for values in the English unit.
    public var decimals: Int
    public var kind: Kind

    public init(id: String, names: Localized, units: Localized, decimals: Int, kind: Kind) {
        self.id = id
        self.names = names
        self.units = units
        self.decimals = decimals
        self.kind = kind
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
