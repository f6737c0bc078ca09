import BriefingCore
import Testing

@testable import BriefingInput

/// `entity-noun` and `scope` in brief and report manifests: every shape, the defaults, the
/// regular English plural and the errors.
struct ManifestWordsTests {
    static func brief(_ words: String) -> String {
        """
        title: T
        date: 2014-03-12
        \(words)
        data:
          observations: monthly.csv
          indicators: indicators.csv
          entities: parks.csv
        sections: [cover]
        """
    }

    func read(_ words: String) -> (OfficeWords?, [String]) {
        var bag = DiagnosticBag()
        let manifest = ManifestReader.parse(Self.brief(words), path: "brief.yaml", into: &bag)
        return (manifest?.words, bag.diagnostics.map(\.summary))
    }

    @Test(arguments: [
        ("park", "parks"), ("country", "countries"), ("sector", "sectors"), ("day", "days"), ("key", "keys"),
        ("box", "boxes"), ("bus", "buses"), ("church", "churches"), ("dish", "dishes"), ("topaz", "topazes"),
        ("industrial park", "industrial parks"), ("county", "counties"),
    ])
    func regularPlural(_ singular: String, _ plural: String) {
        #expect(OfficeWords.regularPlural(singular) == plural)
    }

    @Test func withoutWordsTheNounsAreNeutral() throws {
        let (words, diagnostics) = read("")
        #expect(diagnostics.isEmpty)
        let office = try #require(words)
        #expect(office.entityNoun(.en) == OfficeWords.Noun(singular: "entity", plural: "entities"))
        #expect(office.entityNoun(.zh) == OfficeWords.Noun(singular: "单位", plural: "单位"))
        #expect(office.scope(.en) == nil && office.scope(.zh) == nil)
    }

    @Test func everyShapeOfTheNounAndTheScope() throws {
        let cases: [(String, OfficeWords.Noun, OfficeWords.Noun, String?, String?)] = [
            (
                "entity-noun: country", .init(singular: "country", plural: "countries"),
                .init(singular: "单位", plural: "单位"), nil, nil
            ),
            (
                "entity-noun: [person, people]", .init(singular: "person", plural: "people"),
                .init(singular: "单位", plural: "单位"), nil, nil
            ),
            (
                "entity-noun: {en: [sector, sectors], zh: 部门}\nscope: {en: the United States, zh: 全国}",
                .init(singular: "sector", plural: "sectors"), .init(singular: "部门", plural: "部门"), "the United States",
                "全国"
            ),
            (
                "entity-noun: {en: county, zh: 县}\nscope: the state", .init(singular: "county", plural: "counties"),
                .init(singular: "县", plural: "县"), "the state", nil
            ),
            (
                "entity-noun: {zh: 部门}\nscope: {zh: 全国}", .init(singular: "entity", plural: "entities"),
                .init(singular: "部门", plural: "部门"), nil, "全国"
            ),
        ]
        for (text, en, zh, scopeEN, scopeZH) in cases {
            let (words, diagnostics) = read(text)
            #expect(diagnostics.isEmpty, "\(text): \(diagnostics)")
            let office = try #require(words)
            #expect(office.entityNoun(.en) == en, "\(text)")
            #expect(office.entityNoun(.zh) == zh, "\(text)")
            #expect(office.scope(.en) == scopeEN && office.scope(.zh) == scopeZH, "\(text)")
        }
    }

    @Test(arguments: [
        (
            "entity-noun: {en: [sector, sectors, sectoral]}",
            "brief.yaml:3:19: error: expected 'en' to be a list of two nouns [singular, plural], found a list of 3 items"
        ),
        (
            "entity-noun: [sector]",
            "brief.yaml:3:14: error: expected 'entity-noun' to be a list of two nouns [singular, plural], found a list of 1 item"
        ),
        (
            "entity-noun: [sector, {a: b}]",
            "brief.yaml:3:14: error: expected 'entity-noun' to be a list of two nouns [singular, plural], found a list holding a mapping"
        ),
        (
            "entity-noun: [sector, ' ']",
            "brief.yaml:3:14: error: expected 'entity-noun' to be a list of two nouns [singular, plural], found a blank noun in the list"
        ),
        ("entity-noun: {en: sector, zh: [部门, 部门]}", "brief.yaml:3:31: error: expected 'zh' to be text, found a list"),
        (
            "entity-noun: {en: sector, fr: secteur}",
            "brief.yaml:3:27: error: unknown key 'fr' in 'entity-noun' (expected one of 'en', 'zh')"
        ),
        ("scope: ''", "brief.yaml:3:8: error: expected 'scope' to be a word, found blank text"),
        ("scope: [the city]", "brief.yaml:3:8: error: expected 'scope' to be text, found a list"),
        ("scope: {en: {a: b}}", "brief.yaml:3:13: error: expected 'en' to be text, found a mapping"),
        ("entity-noun: ~", "brief.yaml:3:14: error: expected 'entity-noun' to be text, found nothing"),
    ])
    func badShapesAreErrorsWhereWritten(_ text: String, _ message: String) {
        let (_, diagnostics) = read(text)
        #expect(diagnostics == [message])
    }

    @Test func reportManifestsTakeTheSameWords() throws {
        let text = """
            title: {en: Report, zh: 报告}
            indicator: tax
            entity-noun: {en: country, zh: 国家}
            scope: {en: the world, zh: 全球}
            data:
              observations: monthly.csv
              indicators: indicators.csv
              entities: parks.csv
            """
        let manifest = try ReportManifestReader.parse(text, path: "/nowhere/report.yaml")
        #expect(manifest.words.entityNoun(.en) == OfficeWords.Noun(singular: "country", plural: "countries"))
        #expect(manifest.words.entityNoun(.zh) == OfficeWords.Noun(singular: "国家", plural: "国家"))
        #expect(manifest.words.scope(.en) == "the world" && manifest.words.scope(.zh) == "全球")
        #expect(manifest.data.languages == [.en])
        let bad = text.replacingOccurrences(of: "{en: country, zh: 国家}", with: "{en: [a, b, c]}")
        #expect(throws: DiagnosticError.self) { try ReportManifestReader.parse(bad, path: "/nowhere/report.yaml") }
        do {
            _ = try ReportManifestReader.parse(bad, path: "/nowhere/report.yaml")
        } catch {
            #expect(
                error.diagnostics.map(\.summary) == [
                    "/nowhere/report.yaml:3:19: error: expected 'en' to be a list of two nouns [singular, plural], found a list of 3 items"
                ])
        }
    }
}
