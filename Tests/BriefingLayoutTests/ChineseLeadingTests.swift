import BriefingCore
import BriefingTestSupport
import Testing

@testable import BriefingLayout

/// A paragraph written in Chinese in an English brief takes the Chinese leading (1.6), font and
/// language; English paragraphs and Chinese words quoted in English keep the body's.
@Suite struct ChineseLeadingTests {
    let typesetter = FixedMetricsTypesetter()
    let chinese = TextStyle(family: "Test CJK", size: 10, lineHeight: 1.6, language: "zh-CN")

    /// The text items of a one-page document of `paragraphs`, by their text.
    func items(_ paragraphs: [String], chineseBody: TextStyle?) -> [String: TextItem] {
        let theme = TestTheme.make().with { $0.chineseBody = chineseBody }
        let document = DocumentLayout.layout(
            TestTheme.spec(paragraphs.map { .paragraph(RichText($0)) }), theme: theme, typesetter: typesetter
        ).document
        var found: [String: TextItem] = [:]
        for page in document.pages {
            for leaf in page.leaves() {
                guard case .text(let text) = leaf.item.item else { continue }
                found[text.paragraph.spec.text.plainText] = text
            }
        }
        return found
    }

    static let chineseParagraph = "会议认为，2013年园区规模工业增加值增长较快，税收增长超过预期，但固定资产投资放缓，需要在下一年加大招商引资力度。"
    static let englishParagraph = "The meeting noted that the 统计公报 puts growth at 7.7 per cent for the year."

    @Test func chineseParagraphTakesTheChineseLeading() throws {
        let found = items([Self.englishParagraph, Self.chineseParagraph], chineseBody: chinese)
        let zh = try #require(found[Self.chineseParagraph])
        #expect(zh.paragraph.lines.count > 1)
        // 10 pt × 1.6 = 16 pt from line to line, in the Chinese font and language.
        #expect(zh.paragraph.lines.map(\.height).allSatisfy { abs($0 - 16) < 0.001 })
        #expect(zh.paragraph.spec.style.family == "Test CJK" && zh.paragraph.spec.style.language == "zh-CN")
        let en = try #require(found[Self.englishParagraph])
        // The theme's 1.2: 12 pt lines, in the body's font.
        #expect(en.paragraph.lines.map(\.height).allSatisfy { abs($0 - 12) < 0.001 })
        #expect(en.paragraph.spec.style.family == "Test" && en.paragraph.spec.style.language == "en")
    }

    @Test func withoutAChineseStyleEveryParagraphIsBody() throws {
        let found = items([Self.chineseParagraph], chineseBody: nil)
        let zh = try #require(found[Self.chineseParagraph])
        #expect(zh.paragraph.lines.map(\.height).allSatisfy { abs($0 - 12) < 0.001 })
    }

    @Test(arguments: [
        ("GDP增长7.7%", true),
        ("2013年全市园区税收", true),
        ("The 统计公报 says so.", false),
        ("Growth of 7.7% in 2013", false),
        ("", false),
    ])
    func tellsChineseText(_ text: String, _ isChinese: Bool) {
        #expect(ChineseText.isWrittenInChinese(text) == isChinese)
    }
}
