import BriefingCore
import BriefingLayout
import BriefingRender
import Foundation
import Testing

@testable import Briefing

/// Display text — the cover title and subtitle, headings, captions, tile labels — never breaks a
/// Chinese word across lines ("全市工业园区2013年发 / 展情况…" split 发展); body text still breaks
/// between any two characters, as Chinese typesetting does.
@Suite struct DisplayWordBreakTests {
    static let title = "全市工业园区2013年发展情况及2014年目标"
    /// The words of the title as a reader would list them: a break may only fall between two of these.
    static let words = ["全市", "工业", "园区", "2013", "年", "发展", "情况", "及", "2014", "年", "目标"]

    func breaks(_ text: String, style: TextStyle, width: Double) throws -> [Int] {
        try FontConfiguration.use(configFile: Assets.fontConfiguration)
        let typesetter = try PangoTypesetter(monospaceFamily: "Noto Sans Mono")
        let paragraph = typesetter.typeset(ParagraphSpec(RichText(text), style: style, width: width))
        return paragraph.lines.dropLast().map(\.byteRange.upperBound)
    }

    static var allowedBreaks: Set<Int> {
        var offsets = Set<Int>()
        var offset = 0
        for word in words {
            offset += word.utf8.count
            offsets.insert(offset)
        }
        return offsets
    }

    static func style(keepsWords: Bool) -> TextStyle {
        TextStyle(family: "Noto Sans CJK SC, Noto Sans", size: 26, weight: .bold, lineHeight: 1.2, language: "zh-CN")
            .with { $0.keepsWords = keepsWords }
    }

    @Test func aDisplayTitleBreaksOnlyBetweenWordsAtEveryWidth() throws {
        #expect(Self.words.joined() == Self.title)
        var widths = 0
        for width in stride(from: 120.0, through: 420, by: 7) {
            let breaks = try breaks(Self.title, style: Self.style(keepsWords: true), width: width)
            widths += breaks.isEmpty ? 0 : 1
            for offset in breaks {
                #expect(Self.allowedBreaks.contains(offset), "width \(width): a break at byte \(offset)")
            }
        }
        #expect(widths > 20)
    }

    /// The control: body text breaks inside words at some of the same widths.
    @Test func bodyTextStillBreaksBetweenAnyTwoCharacters() throws {
        var inside = 0
        for width in stride(from: 120.0, through: 420, by: 7) {
            let breaks = try breaks(Self.title, style: Self.style(keepsWords: false), width: width)
            inside += breaks.filter { !Self.allowedBreaks.contains($0) }.count
        }
        #expect(inside > 0)
    }

    @Test func theChineseExampleCoverKeepsItsWordsWhole() throws {
        let brief = try Brief.load(Support.example + "/brief.zh.yaml")
        let theme = brief.theme.layoutTheme(language: .zh, pageSize: brief.manifest.pageSize.size)
        for style in [theme.coverTitle, theme.coverSubtitle, theme.caption, theme.tileLabel] + theme.headings {
            #expect(style.keepsWords)
        }
        #expect(!theme.body.keepsWords)
        let width = theme.contentRect.width
        let lines = try breaks(Self.title, style: theme.coverTitle, width: width)
        #expect(lines.allSatisfy(Self.allowedBreaks.contains), "\(lines)")
    }
}
