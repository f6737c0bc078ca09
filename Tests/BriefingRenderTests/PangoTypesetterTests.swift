import BriefingCore
import Foundation
import Testing

@testable import BriefingRender

/// The real typesetter: lines that fill the width and respect it, Chinese line-breaking rules,
/// the same lines every time.
@Suite struct PangoTypesetterTests {
    static let fonts = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Assets/fonts.conf").path

    func typesetter() throws -> PangoTypesetter {
        try FontConfiguration.use(configFile: Self.fonts)
        return try PangoTypesetter(monospaceFamily: "Noto Sans Mono")
    }

    let english = TextStyle(family: "Noto Sans, Noto Sans CJK SC", size: 10, lineHeight: 1.4, language: "en")
    let chinese = TextStyle(family: "Noto Sans CJK SC, Noto Sans", size: 10, lineHeight: 1.6, language: "zh-CN")

    func text(of paragraph: TypesetParagraph, line: Int) -> String {
        let bytes = Array(paragraph.spec.text.plainText.utf8)
        return String(decoding: bytes[paragraph.lines[line].byteRange], as: UTF8.self)
    }

    @Test func linesStayWithinTheWidthAndCoverTheText() throws {
        let words = (1...80).map { "word\($0)" }.joined(separator: " ")
        let paragraph = try typesetter().typeset(ParagraphSpec(RichText(words), style: english, width: 200))
        #expect(paragraph.lines.count > 5)
        for line in paragraph.lines { #expect(line.x + line.width <= 200.01) }
        // Consecutive byte ranges from 0 to the end: nothing dropped, nothing repeated.
        #expect(paragraph.lines.first?.byteRange.lowerBound == 0)
        #expect(paragraph.lines.last?.byteRange.upperBound == words.utf8.count)
        for (a, b) in zip(paragraph.lines, paragraph.lines.dropFirst()) {
            #expect(a.byteRange.upperBound == b.byteRange.lowerBound)
        }
        // Lines are 14 pt apart: 10 pt type with 1.4 line height.
        for (a, b) in zip(paragraph.lines, paragraph.lines.dropFirst()) {
            #expect(abs(b.baseline - a.baseline - 14) < 0.01)
        }
    }

    @Test func chinesePunctuationNeverStartsALine() throws {
        let sentence = "座谈会回顾了各园区2013年的发展成绩，并明确了2014年的目标任务。在外部经济形势复杂、经济下行压力较大的情况下，全市工业园区保持平稳较快增长；"
        let typesetter = try typesetter()
        // Many widths, so that some lines would end just before a comma without the rules.
        for width in stride(from: 120.0, through: 260, by: 7) {
            let paragraph = typesetter.typeset(ParagraphSpec(RichText(sentence), style: chinese, width: width))
            for index in paragraph.lines.indices.dropFirst() {
                let first = text(of: paragraph, line: index).first
                #expect(
                    !["，", "。", "、", "；", "）"].contains(first),
                    "line \(index) at width \(width) starts with \(String(describing: first))")
            }
        }
    }

    @Test func chineseFillsTheLineWithoutSpaces() throws {
        let paragraph = try typesetter().typeset(
            ParagraphSpec(RichText(String(repeating: "园区发展", count: 30)), style: chinese, width: 200))
        // Ideographs are 1 em: twenty 10 pt characters fill a 200 pt line.
        #expect(text(of: paragraph, line: 0).count == 20)
        #expect(abs(paragraph.lines[0].width - 200) < 0.5)
    }

    @Test func boldIsWiderAndAlignmentPlacesTheLine() throws {
        let typesetter = try typesetter()
        let regular = typesetter.line("Total volume", style: english)
        let bold = typesetter.line(RichText([Span("Total volume", bold: true)]), style: english)
        #expect(bold.naturalWidth > regular.naturalWidth)
        let right = typesetter.typeset(ParagraphSpec("241.10", style: english, width: 100, alignment: .right))
        #expect(abs(right.lines[0].x + right.lines[0].width - 100) < 0.01)
    }

    @Test func xRangesAreMeasuredFromTheParagraphsLeftEdge() throws {
        let typesetter = try typesetter()
        let text = "241.10 bn yuan"
        let right = typesetter.typeset(ParagraphSpec(RichText(text), style: english, width: 200, alignment: .right))
        let whole = typesetter.xRanges(of: 0..<text.utf8.count, line: 0, in: right)
        #expect(whole.count == 1)
        #expect(abs((whole.first?.lowerBound ?? 0) - right.lines[0].x) < 0.01)
        #expect(abs((whole.first?.upperBound ?? 0) - 200) < 0.01)
        // "bn" starts after "241.10 ".
        let unit = typesetter.xRanges(of: 7..<9, line: 0, in: right)
        let number = typesetter.line("241.10 ", style: english).naturalWidth
        #expect(abs((unit.first?.lowerBound ?? 0) - (right.lines[0].x + number)) < 0.01)
    }

    @Test func sameSpecGivesTheSameLinesInAFreshTypesetter() throws {
        let spec = ParagraphSpec(
            RichText("Growth of the parks' added value of scaled industry: 16%."), style: english, width: 120)
        #expect(try typesetter().typeset(spec) == (try typesetter().typeset(spec)))
    }

    @Test func aWordWiderThanTheColumnIsBrokenBetweenGraphemesWithinTheWidth() throws {
        // Letters with an accent as a combining mark: a break between the two would split a cluster.
        let word = String(repeating: "e\u{301}", count: 20_000)
        let paragraph = try typesetter().typeset(ParagraphSpec(RichText("Before " + word), style: english, width: 200))
        #expect(paragraph.lines.count > 100)
        for line in paragraph.lines { #expect(line.x + line.width <= 200.01) }
        #expect(paragraph.lines.first?.byteRange.lowerBound == 0)
        #expect(paragraph.lines.last?.byteRange.upperBound == 7 + word.utf8.count)
        for (a, b) in zip(paragraph.lines, paragraph.lines.dropFirst()) {
            #expect(a.byteRange.upperBound == b.byteRange.lowerBound)
        }
        for index in paragraph.lines.indices.dropFirst() {
            let line = text(of: paragraph, line: index)
            #expect(line.unicodeScalars.first == "e", "line \(index) starts inside a cluster")
        }
    }

    /// Justified, the few words before a word too wide for the column would be stretched across
    /// it: such a paragraph is set ragged-right, while other justified paragraphs still fill lines.
    @Test func aParagraphBrokenInsideAWordIsNotJustified() throws {
        let typesetter = try typesetter()
        let broken = typesetter.typeset(
            ParagraphSpec(
                RichText("A long word follows: " + String(repeating: "x", count: 300)), style: english, width: 200,
                alignment: .justify))
        #expect(text(of: broken, line: 0) == "A long word follows: ")
        // Its natural width, about 95 pt at 10 pt, not the column's 200.
        #expect(broken.lines[0].width < 120)
        // Prose, hyphenated, so that its spaces stay within `PangoTypesetter.maxWordGap`.
        let words = String(repeating: "The finance platform coordinated roads and power in the parks. ", count: 6)
        let justified = typesetter.typeset(
            ParagraphSpec(RichText(words), style: english, width: 300, alignment: .justify))
        #expect(abs(justified.lines[0].width - 300) < 0.5)
    }

    @Test func itemsAreCutAfterSpacesOrBetweenClusters() {
        let words = String(repeating: "word ", count: 1000)
        let chunks = PangoTypesetter.itemChunks(words)
        #expect(chunks.first?.lowerBound == 0)
        #expect(chunks.last?.upperBound == UInt32(words.utf8.count))
        for chunk in chunks.dropLast() { #expect(chunk.upperBound % 5 == 0 && chunk.count <= 1024 + 5) }
        // One letter with 2,000 marks is one cluster, never cut.
        let cluster = "a" + String(repeating: "\u{301}", count: 2000)
        #expect(PangoTypesetter.itemChunks(cluster + "b") == [0..<4001, 4001..<4002])
        #expect(PangoTypesetter.itemChunks("short").isEmpty)
    }

    @Test func cuttingItemsChangesNoWidth() throws {
        let typesetter = try typesetter()
        let one = typesetter.line("x", style: english).naturalWidth
        let long = typesetter.line(RichText(String(repeating: "x", count: 5000)), style: english).naturalWidth
        #expect(abs(long - 5000 * one) < 0.01)
    }

    @Test func coverageIsThatOfThePinnedFonts() throws {
        _ = try typesetter()
        let coverage = try FontCoverage()
        // Noto Sans and Noto Sans CJK SC are pinned; no Arabic font and no colour emoji are.
        for scalar: Unicode.Scalar in ["A", "é", "€", "园", "，"] { #expect(coverage.covers(scalar), "\(scalar)") }
        for scalar: Unicode.Scalar in ["\u{627}", "\u{1F600}", "\u{10FFFF}"] {
            #expect(!coverage.covers(scalar), "\(scalar)")
        }
    }

    @Test func unconfiguredFontsAreAnError() {
        // Configuring twice with another file is refused rather than silently ignored.
        #expect(throws: RenderError.self) {
            try FontConfiguration.use(configFile: Self.fonts)
            try FontConfiguration.use(configFile: "/nonexistent/fonts.conf")
        }
    }

    /// A justified Chinese paragraph has no spaces: its lines are stretched to the column by
    /// spacing the characters evenly, the remainder of the division (under one Pango unit per
    /// gap) left over, and the last line is set at its natural width.
    @Test func justifiedChineseSpacesItsCharactersEvenly() throws {
        let text = String(repeating: "园区规模以上工业增加值同比增长，完成年度目标的百分之四十四。", count: 4) + "以上。"
        let typesetter = try self.typesetter()
        let paragraph = typesetter.typeset(
            ParagraphSpec(RichText(text), style: chinese, width: 203, alignment: .justify))
        #expect(paragraph.lines.count > 3)
        let unit = 1.0 / 1024
        for (index, line) in paragraph.lines.enumerated() {
            let glyphs = line.runs.flatMap { run in run.glyphs.map { run.x + $0.x } }
            let gaps = zip(glyphs, glyphs.dropFirst()).map { $1 - $0 }
            let characters = line.runs.map(\.glyphs.count).reduce(0, +)
            if index == paragraph.lines.count - 1 {
                #expect(line.x + line.width < 203 - 5)
            } else {
                #expect(line.x + line.width <= 203 + unit, "line \(index)")
                #expect(line.x + line.width > 203 - Double(characters) * unit, "line \(index): \(line.width)")
                // Full-width characters and punctuation alike advance by 1 em plus the same share.
                #expect((gaps.max() ?? 0) - (gaps.min() ?? 0) <= 2 * unit, "line \(index): \(gaps)")
            }
        }
    }

    /// A series of documents keeps what the last two set: a paragraph set by every document stays
    /// shaped, one set once goes two documents later.
    @Test func forgetUnusedKeepsWhatTheLastTwoDocumentsSet() throws {
        let typesetter = try self.typesetter()
        let shared = ParagraphSpec(RichText("Tax payment"), style: english)
        let once = ParagraphSpec(RichText("0.19 bn yuan"), style: english)
        _ = typesetter.typeset(shared)
        _ = typesetter.typeset(once)
        typesetter.forgetUnused()  // the second document
        #expect(typesetter.cachedParagraphs == 2)
        _ = typesetter.typeset(shared)
        typesetter.forgetUnused()  // the third: the first document's own paragraph is still kept
        #expect(typesetter.cachedParagraphs == 2)
        _ = typesetter.typeset(shared)
        typesetter.forgetUnused()  // the fourth: set by neither the second nor the third
        #expect(typesetter.cachedParagraphs == 1)
        let fresh = try self.typesetter()
        #expect(typesetter.typeset(shared).lines == fresh.typeset(shared).lines)
        typesetter.forgetUnused()
        typesetter.forgetUnused()
        #expect(typesetter.cachedParagraphs == 1, "set in the fourth document")
        typesetter.forgetUnused()
        #expect(typesetter.cachedParagraphs == 0)
    }
}
