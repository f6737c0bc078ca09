import BriefingCore
import Foundation
import Testing

@testable import BriefingRender

/// Pango honours `KeepTogether` and keeps the leading under superscripts, at every width.
@Suite struct PangoKeepTogetherTests {
    let english = TextStyle(family: "Noto Sans, Noto Sans CJK SC", size: 10, lineHeight: 1.38, language: "en")
    let chinese = TextStyle(family: "Noto Sans CJK SC, Noto Sans", size: 10, lineHeight: 1.6, language: "zh-CN")

    /// The byte offsets at which lines start, over a sweep of widths.
    func lineStarts(_ text: RichText, style: TextStyle, widths: StrideThrough<Double>) throws -> [(Double, Int)] {
        let typesetter = try PangoTypesetterTests().typesetter()
        return widths.flatMap { width in
            typesetter.typeset(ParagraphSpec(text, style: style, width: width, alignment: .justify)).lines
                .map { (width, $0.byteRange.lowerBound) }
        }
    }

    @Test func aFootnoteNumberNeverStartsALine() throws {
        let chineseText = RichText([
            Span("市发改委提升了重点项目审批，落实座谈会要求。"), Span("12", footnote: 12), Span("全市提升了用地和能源保障。"),
        ])
        let reference = "市发改委提升了重点项目审批，落实座谈会要求。".utf8.count
        let starts = try lineStarts(chineseText, style: chinese, widths: stride(from: 40, through: 240, by: 2))
        #expect(!starts.contains { $0.1 == reference })
        // Without the glue, Pango would break there at some of these widths (UAX #14 allows a
        // break between 。 and a digit), so the sweep can fail.
        let plain = RichText([Span("市发改委提升了重点项目审批，落实座谈会要求。12全市提升了用地和能源保障。")])
        #expect(
            try lineStarts(plain, style: chinese, widths: stride(from: 40, through: 240, by: 2)).contains {
                $0.1 == reference
            })

        let englishText = RichText([Span("as agreed at the symposium."), Span("3", footnote: 3), Span(" The city")])
        let englishStarts = try lineStarts(englishText, style: english, widths: stride(from: 30, through: 200, by: 1))
        #expect(!englishStarts.contains { $0.1 == "as agreed at the symposium.".utf8.count })
    }

    @Test func numbersStayWithTheirUnitsAndDatesTogether() throws {
        let text = "Output reached 241.10 bn yuan by 12 March 2014 and 2411.0亿元 by 2014年3月12日 in all parks"
        let inside: [Int] = [
            text.utf8.distance(from: text.startIndex, to: text.range(of: "bn yuan")!.lowerBound),
            text.utf8.distance(from: text.startIndex, to: text.range(of: "yuan by")!.lowerBound),
            text.utf8.distance(from: text.startIndex, to: text.range(of: "March 2014")!.lowerBound),
            text.utf8.distance(from: text.startIndex, to: text.range(of: "2014 and")!.lowerBound),
            text.utf8.distance(from: text.startIndex, to: text.range(of: "亿元")!.lowerBound),
            text.utf8.distance(from: text.startIndex, to: text.range(of: "3月12日")!.lowerBound),
            text.utf8.distance(from: text.startIndex, to: text.range(of: "12日")!.lowerBound),
        ]
        let starts = try lineStarts(RichText(text), style: english, widths: stride(from: 60, through: 260, by: 1))
        for start in inside { #expect(!starts.contains { $0.1 == start }, "a line starts at byte \(start)") }
    }

    /// Pango 1.50 breaks after a dash whatever the allow-breaks attribute says: the word joiners
    /// put around a range's dash keep it whole at every width, while a dash between words still
    /// breaks (so the sweep can fail). A line narrower than a range breaks it somewhere, so the
    /// sweep starts at the widest range's width.
    @Test func aRangeWithADashNeverBreaksAtTheDash() throws {
        let typesetter = try PangoTypesetterTests().typesetter()
        let widest = typesetter.typeset(ParagraphSpec("2012年1月\u{2014}2013年12月", style: english)).lines[0].width
        let text =
            "Trade volume, 2012\u{2013}2013, in Q1\u{2013}Q3 and 1\u{2013}3 March, a well\u{2013}known 2012年1月\u{2014}2013年12月 rise"
        let afterDashes = ["2013,", "Q3 and", "3 March", "2013年12月"].map {
            text.utf8.distance(from: text.startIndex, to: text.range(of: $0)!.lowerBound)
        }
        let starts = try lineStarts(
            RichText(text), style: english, widths: stride(from: widest.rounded(.up), through: 300, by: 1))
        for start in afterDashes { #expect(!starts.contains { $0.1 == start }, "a line starts at byte \(start)") }
        let known = text.utf8.distance(from: text.startIndex, to: text.range(of: "known")!.lowerBound)
        #expect(starts.contains { $0.1 == known })
    }

    @Test func aCaptionTooNarrowForItsRangeWrapsBeforeIt() throws {
        let typesetter = try PangoTypesetterTests().typesetter()
        let text = "Figure 5. Contributions to trade volume, 2012\u{2013}2013"
        let wide = typesetter.typeset(ParagraphSpec(RichText(text), style: english, width: 1000)).lines[0].width
        let dash = text.utf8.distance(from: text.startIndex, to: text.range(of: "\u{2013}")!.upperBound)
        let whole = text.utf8.distance(from: text.startIndex, to: text.range(of: "2012")!.lowerBound)
        // A width that ends the first line just after the dash, as the parks waterfall caption did.
        let paragraph = typesetter.typeset(ParagraphSpec(RichText(text), style: english, width: wide - 5))
        #expect(paragraph.lines.map(\.byteRange.lowerBound) == [0, whole], "not \(dash)")
    }

    @Test func aSuperscriptKeepsTheLeading() throws {
        let typesetter = try PangoTypesetterTests().typesetter()
        let words = (1...40).map { "word\($0)" }
        let spans = words.enumerated().flatMap { index, word in
            index % 7 == 3 ? [Span(word), Span("\(index)", footnote: index), Span(" ")] : [Span(word + " ")]
        }
        let paragraph = typesetter.typeset(ParagraphSpec(RichText(spans), style: english, width: 150))
        #expect(paragraph.lines.count > 4)
        // 10 pt type at 1.38: 13.8 pt from baseline to baseline and line box to line box.
        for (a, b) in zip(paragraph.lines, paragraph.lines.dropFirst()) {
            #expect(abs(b.baseline - a.baseline - 13.8) < 0.01)
            #expect(abs(b.top - a.top - 13.8) < 0.01)
        }
        for line in paragraph.lines { #expect(abs(line.height - 13.8) < 0.01) }
    }
}
