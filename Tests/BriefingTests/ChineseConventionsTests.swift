import BriefingCore
import BriefingData
import Foundation
import Testing

@testable import Briefing

/// The Chinese conventions of the word table: full-width colons and enumeration commas, the
/// 一字线 in ranges, no space between Chinese and digits or Latin letters; English keeps its own.
@Suite struct ChineseConventionsTests {
    let chinese = Wording(language: .zh)
    let english = Wording(language: .en)

    @Test func footerHasNoSpaceBetweenChineseAndDigits() {
        #expect(chinese.footer == "第{page}页，共{pages}页")
        #expect(english.footer == "Page {page} of {pages}")
    }

    @Test func labelsTakeTheFullWidthColon() {
        #expect(chinese.labelled(chinese.date) == "日期：" && chinese.labelled(chinese.chair) == "主持：")
        #expect(english.labelled(english.date) == "Date: " && english.labelled(english.attendees) == "Attendees: ")
    }

    @Test func sourceLineListsFilesWithTheEnumerationComma() {
        let files = ["monthly.csv", "targets.csv"]
        #expect(
            chinese.source(files.joined(separator: Language.zh.listSeparator))
                == "资料来源：monthly.csv、targets.csv；合计、增速和排名由briefing计算。")
        #expect(
            english.source(files.joined(separator: Language.en.listSeparator))
                == "Source: monthly.csv, targets.csv; totals, growth and ranks computed by briefing.")
    }

    @Test func rangesTakeTheChineseDash() {
        let zh = ValueFormatter(language: .zh)
        let en = ValueFormatter(language: .en)
        #expect(zh.yearToDate(through: Period(year: 2013, month: 5)) == "2013年1\u{2014}5月")
        #expect(en.yearToDate(through: Period(year: 2013, month: 5)) == "January\u{2013}May 2013")
        #expect(en.yearToDate(through: Period(year: 2013, quarter: 3)) == "Q1\u{2013}Q3 2013")
        #expect(
            chinese.lineTitle("税收", .monthly, from: "2012年1月", to: "2013年12月")
                == "税收月度走势（2012年1月\u{2014}2013年12月）")
        #expect(
            english.lineTitle("Tax", .monthly, from: "Jan 2012", to: "Dec 2013")
                == "Tax, monthly, Jan 2012\u{2013}Dec 2013")
    }

    /// The example's Chinese brief as printed (pdftotext keeps the characters; lines may wrap).
    @Test func theChineseExampleFollowsTheConventions() throws {
        let text = try Support.text(of: ExampleBriefTests.built.zh)
        let pages = Int(try Support.info(of: ExampleBriefTests.built.zh)["Pages"] ?? "") ?? 0
        #expect(text.contains("第2页，共\(pages)页"))
        #expect(text.contains("日期：2014年3月12日") && text.contains("主持：市委副书记"))
        #expect(text.contains("资料来源：monthly.csv、targets.csv；合计、增速和排名由briefing计算。"))
        #expect(text.contains("2012年1月\u{2014}2013年12月"))
        #expect(text.contains("2012\u{2014}2013年"))
        for old in ["第 ", "日期:", "主持:", "由 briefing", "monthly.csv, ", "月\u{2013}", "2012\u{2013}"] {
            #expect(!text.contains(old), "still \(old)")
        }
    }
}
