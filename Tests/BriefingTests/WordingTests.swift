import BriefingCore
import BriefingInput
import Testing

@testable import Briefing

/// The word table: counts with correct plurals in both languages, the entity noun and the scope
/// in captions and titles, and neutral words when a manifest gives none.
struct WordingTests {
    static let sectors = OfficeWords(
        entityNouns: [.en: .init("sector", language: .en), .zh: .init("部门", language: .zh)],
        scopes: [.en: "the country", .zh: "全国"])
    static let countries = OfficeWords(entityNouns: [.en: .init("country", language: .en)])

    @Test(arguments: [
        (1, "1 sector", "1个部门", "Rank 1 of 1 sector", "居1个部门第1位"),
        (2, "2 sectors", "2个部门", "Rank 1 of 2 sectors", "居2个部门第1位"),
        (12, "12 sectors", "12个部门", "Rank 1 of 12 sectors", "居12个部门第1位"),
    ])
    func countsTakeTheRightForm(_ count: Int, _ en: String, _ zh: String, _ rankEN: String, _ rankZH: String) {
        let english = Wording(language: .en, office: Self.sectors)
        let chinese = Wording(language: .zh, office: Self.sectors)
        #expect(english.entities(count) == en && chinese.entities(count) == zh)
        #expect(english.rank(1, of: count) == rankEN && chinese.rank(1, of: count) == rankZH)
    }

    @Test func regularPluralsOfOneWord() {
        let english = Wording(language: .en, office: Self.countries)
        #expect(english.rank(1, of: 1) == "Rank 1 of 1 country")
        #expect(english.rank(3, of: 12) == "Rank 3 of 12 countries")
        #expect(english.otherEntities == "Other countries" && english.entityHeading == "Country")
        // Chinese was not given: the neutral noun, never the English one.
        #expect(Wording(language: .zh, office: Self.countries).rank(3, of: 12) == "居12个单位第3位")
    }

    @Test func theTileCaptionNamesTheEntitiesAndTheScope() {
        let english = Wording(language: .en, office: Self.sectors)
        let chinese = Wording(language: .zh, office: Self.sectors)
        #expect(
            english.totalsCaption("2013", base: "2012", entities: 12) == "Totals for 2013 across the 12 sectors, with growth on 2012.")
        #expect(
            english.totalsCaption("2013", base: "2012", entities: 2) == "Totals for 2013 across the 2 sectors, with growth on 2012.")
        #expect(english.totalsCaption("2013", base: "2012", entities: 1) == "Figures for 2013 for the country, with growth on 2012.")
        #expect(chinese.totalsCaption("2013年", base: "上年", entities: 12) == "2013年全国12个部门合计，及比上年增长。")
        #expect(chinese.totalsCaption("2013年", base: "上年", entities: 1) == "2013年全国主要指标，及比上年增长。")
    }

    @Test func withoutOfficeWordsTheWordsAreNeutral() {
        let english = Wording(language: .en)
        let chinese = Wording(language: .zh)
        #expect(
            english.totalsCaption("2013", base: "2012", entities: 12) == "Totals for 2013 across the 12 entities, with growth on 2012.")
        #expect(english.totalsCaption("2013", base: "2012", entities: 1) == "Figures for 2013, with growth on 2012.")
        #expect(chinese.totalsCaption("2013年", base: "上年", entities: 12) == "2013年12个单位合计，及比上年增长。")
        #expect(chinese.totalsCaption("2013年", base: "上年", entities: 1) == "2013年主要指标，及比上年增长。")
        #expect(english.entityHeading == "Entity" && chinese.entityHeading == "单位")
        #expect(
            english.seriesTitle("Tax", .monthly, from: "Jan 2012", to: "Dec 2013", entities: 3)
                == "Tax, all entities, monthly, Jan 2012–Dec 2013")
        #expect(
            chinese.seriesTitle("税收", .monthly, from: "2012年1月", to: "2013年12月", entities: 3) == "全部单位税收月度走势（2012年1月—2013年12月）")
        #expect(
            english.seriesTitle("Tax", .monthly, from: "Jan 2012", to: "Dec 2013", entities: 1)
                == "Tax, monthly, Jan 2012–Dec 2013")
    }

    @Test func chartTitlesUseTheNoun() {
        let english = Wording(language: .en, office: Self.sectors)
        let chinese = Wording(language: .zh, office: Self.sectors)
        #expect(english.rankingTitle("Output", window: "2013") == "Output by sector, 2013")
        #expect(chinese.rankingTitle("产出", window: "2013年") == "2013年各部门产出")
        #expect(
            english.seriesTitle("Output", .monthly, from: "Jan 2012", to: "Dec 2013", entities: 1)
                == "Output, the country, monthly, Jan 2012–Dec 2013")
        #expect(
            chinese.seriesTitle("产出", .monthly, from: "2012年1月", to: "2013年12月", entities: 3) == "全国部门产出月度走势（2012年1月—2013年12月）")
        #expect(
            english.contributionsTitle("Output", span: "2012–2013")
                == "Contributions of the sectors to the change in Output, 2012–2013")
        #expect(english.largest(12, of: 30, withThisOne: false) == " (the 12 largest of 30 sectors)")
        #expect(chinese.largest(11, of: 30, withThisOne: true) == "（30个部门中最大的11个及本部门）")
        #expect(english.rankClause("first", rank: 1, of: 1) == ", first of 1 sector")
    }
}
