import BriefingCore
import Testing

@testable import BriefingInput

/// English notes and catalogue text get typographic quotes, apostrophes and dashes; code, Chinese
/// briefs' notes and the catalogue's Chinese columns keep what was written.
@Suite struct SmartPunctuationTests {
    static let notes = """
        ---
        title: The city's "parks"
        ---

        The parks' results -- "better than expected" -- beat the city's plan... `don't "touch"`

        """

    @Test func englishNotesGetCurlyQuotesApostrophesAndDashes() throws {
        let parsed = try NotesParser.parse(Self.notes, path: "notes.md", smartPunctuation: true).document
        guard case .paragraph(let text)? = parsed.blocks.first else {
            Issue.record("expected a paragraph, found \(parsed.blocks)")
            return
        }
        #expect(
            text.plainText
                == "The parks\u{2019} results \u{2013} \u{201C}better than expected\u{201D} \u{2013} beat the city\u{2019}s plan\u{2026} don't \"touch\""
        )
        #expect(parsed.frontMatter["title"] == "The city\u{2019}s \u{201C}parks\u{201D}")
    }

    @Test func withoutTheOptionNotesKeepStraightQuotes() throws {
        let parsed = try NotesParser.parse(Self.notes, path: "notes.md").document
        guard case .paragraph(let text)? = parsed.blocks.first else {
            Issue.record("expected a paragraph, found \(parsed.blocks)")
            return
        }
        #expect(text.plainText.hasPrefix("The parks' results -- \"better than expected\""))
        #expect(parsed.frontMatter["title"] == "The city's \"parks\"")
    }

    @Test(arguments: [
        ("Smith's Park", "Smith\u{2019}s Park"),
        ("\"Tech\" Park", "\u{201C}Tech\u{201D} Park"),
        ("the parks' share", "the parks\u{2019} share"),
        ("'000 people", "\u{2019}000 people"),
        ("a 'quoted' word", "a \u{2018}quoted\u{2019} word"),
        ("(\"inner\")", "(\u{201C}inner\u{201D})"),
        ("2012--2013", "2012\u{2013}2013"),
        ("yes---no", "yes\u{2014}no"),
        ("a ---- rule", "a ---- rule"),
        ("Hi-tech", "Hi-tech"),
        ("and so on...", "and so on\u{2026}"),
    ])
    func catalogueTextIsSetTypographically(_ written: String, _ set: String) {
        #expect(SmartPunctuation.apply(written) == set)
    }

    @Test func theCatalogueSetsEnglishNamesAndNotesButNotChinese() throws {
        var scenario = TablesScenario()
        scenario.files["parks.csv"] = #"""
            park,name,name_zh,county
            hitech,"Smith's ""Hi-tech"" Zone","郴州""高新区""",Beihu
            ecodev,Chenzhou Economic Development Zone,郴州经济开发区,Suxian

            """#
        let dataset = try scenario.load().get()
        let park = try #require(dataset.entities.first { $0.id == "hitech" })
        #expect(park.names.en == "Smith\u{2019}s \u{201C}Hi-tech\u{201D} Zone")
        #expect(park.names.zh == "郴州\"高新区\"")
        #expect(dataset.targets.map(\.note.en).contains("parks\u{2019} share"))
    }
}
