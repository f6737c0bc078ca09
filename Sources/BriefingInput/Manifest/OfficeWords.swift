import BriefingCore

/// The office's own words a manifest gives (`entity-noun`, `scope`): what its entities are called
/// and what their total is called, in each language. Where the manifest is silent the words are
/// neutral (`entity`/`entities`, `单位`); nothing in briefing names a kind of entity itself.
public struct OfficeWords: Hashable, Sendable {
    /// A noun in its two numbers (`park`/`parks`; Chinese has one form: `园区`/`园区`).
    public struct Noun: Hashable, Sendable {
        public var singular: String
        public var plural: String

        public init(singular: String, plural: String) {
            self.singular = singular
            self.plural = plural
        }

        /// A noun with its regular plural (``OfficeWords/regularPlural(_:)``) in English; the same
        /// word in Chinese.
        public init(_ word: String, language: Language) {
            self.init(singular: word, plural: language == .en ? OfficeWords.regularPlural(word) : word)
        }

        /// The form `count` takes: `1 park`, `2 parks`, `0 parks`.
        public func form(for count: Int) -> String { count == 1 ? singular : plural }
    }

    /// The entity noun each language was given; missing languages use ``standardNoun(_:)``.
    public var entityNouns: [Language: Noun]
    /// The total's name each language was given (`the city`, `全市`); nil where none was.
    public var scopes: [Language: String]

    public init(entityNouns: [Language: Noun] = [:], scopes: [Language: String] = [:]) {
        self.entityNouns = entityNouns
        self.scopes = scopes
    }

    /// What an entity is called in `language`.
    public func entityNoun(_ language: Language) -> Noun { entityNouns[language] ?? Self.standardNoun(language) }

    /// The total's name in `language` as the manifest gives it; nil when it gives none.
    public func scope(_ language: Language) -> String? { scopes[language] }

    /// The noun used when a manifest gives none: `entity`/`entities`, `单位`.
    public static func standardNoun(_ language: Language) -> Noun {
        switch language {
        case .en: return Noun(singular: "entity", plural: "entities")
        case .zh: return Noun(singular: "单位", plural: "单位")
        }
    }

    /// The total's name used when a manifest gives none: `the total`, `合计`.
    public static func standardScope(_ language: Language) -> String {
        switch language {
        case .en: return "the total"
        case .zh: return "合计"
        }
    }

    /// The regular English plural of a noun (of its last word): a consonant and `y` become `ies`
    /// (`country` → `countries`), `s`, `x`, `z`, `ch` and `sh` take `es` (`box` → `boxes`), any other
    /// ending takes `s` (`park` → `parks`, `day` → `days`).
    public static func regularPlural(_ word: String) -> String {
        let lower = word.lowercased()
        if lower.hasSuffix("y"), let before = lower.dropLast().last, !"aeiou".contains(before) {
            return word.dropLast() + "ies"
        }
        if ["s", "x", "z", "ch", "sh"].contains(where: lower.hasSuffix) { return word + "es" }
        return word + "s"
    }
}
