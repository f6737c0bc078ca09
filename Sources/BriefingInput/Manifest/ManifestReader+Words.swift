import BriefingCore
import Foundation
import Yams

extension ManifestReader {
    /// `entity-noun` and `scope`, as brief and report manifests alike write them: English alone
    /// (`entity-noun: sector`, `entity-noun: [sector, sectors]`, `scope: the United States`) or
    /// per language (`entity-noun: {en: [sector, sectors], zh: 部门}`, `scope: {en: …, zh: 全国}`).
    static func officeWords(_ fields: inout YAMLFields) -> OfficeWords {
        OfficeWords(
            entityNouns: perLanguage("entity-noun", in: &fields, read: noun),
            scopes: perLanguage("scope", in: &fields) { fields, key, _ in name(key, in: &fields) })
    }

    /// What `read` makes of the value under `key`: English when it is not a mapping, else one
    /// value per language key of the mapping (any other key is an error).
    private static func perLanguage<Value>(
        _ key: String, in fields: inout YAMLFields,
        read: (inout YAMLFields, String, Language) -> Value?
    ) -> [Language: Value] {
        guard let node = fields.node(key) else { return [:] }
        guard node.mapping != nil else { return read(&fields, key, .en).map { [.en: $0] } ?? [:] }
        var diagnostics: [Diagnostic] = []
        guard var languages = YAMLFields(node, what: "'\(key)'", source: fields.source, diagnostics: &diagnostics)
        else { return [:] }
        var values: [Language: Value] = [:]
        for language in Language.allCases where languages.node(language.rawValue) != nil {
            values[language] = read(&languages, language.rawValue, language)
        }
        fields.absorb(diagnostics + languages.finish(context: "'\(key)'"))
        return values
    }

    /// A noun: one word (English forms its plural by rule), or in English `[singular, plural]`.
    private static func noun(_ fields: inout YAMLFields, _ key: String, _ language: Language) -> OfficeWords.Noun? {
        if language == .en, let node = fields.node(key), let items = node.sequence.map(Array.init) {
            let words = items.compactMap { $0.scalar?.string.trimmingCharacters(in: .whitespaces) }
            let found =
                items.count != 2
                ? "a list of \(items.count) item\(items.count == 1 ? "" : "s")"
                : items.first { $0.scalar == nil }.map { "a list holding \($0.kind)" }
                    ?? (words.contains(where: \.isEmpty) ? "a blank noun in the list" : nil)
            if let found {
                fields.error(at: node, "expected '\(key)' to be a list of two nouns [singular, plural], found \(found)")
                return nil
            }
            return OfficeWords.Noun(singular: words[0], plural: words[1])
        }
        return name(key, in: &fields).map { OfficeWords.Noun($0, language: language) }
    }

    /// Text that is not blank under `key`.
    private static func name(_ key: String, in fields: inout YAMLFields) -> String? {
        guard let text = fields.string(key) else { return nil }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else {
            if let node = fields.node(key) {
                fields.error(at: node, "expected '\(key)' to be a word, found blank text")
            }
            return nil
        }
        return trimmed
    }
}
