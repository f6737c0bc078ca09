import BriefingTestSupport
import Testing

@testable import BriefingCore

@Suite struct DiagnosticTests {
    @Test func printsPathLineColumnThenTheLineAndACaret() {
        let diagnostic = Diagnostic.error(
            at: SourceLocation(path: "brief/monthly.csv", line: 3, column: 27),
            "expected a number in column 'value', found 'x'",
            sourceLine: "hitech,tit_volume,2012-02,x")
        #expect(
            diagnostic.description == """
                brief/monthly.csv:3:27: error: expected a number in column 'value', found 'x'
                    hitech,tit_volume,2012-02,x
                                              ^
                """)
    }

    @Test func bagThrowsOnlyWhenAnErrorWasCollected() {
        var bag = DiagnosticBag()
        bag.warning(.file("a"), "careful")
        #expect(throws: Never.self) { try bag.throwIfErrors() }
        bag.error(.file("b"), "broken")
        #expect(throws: DiagnosticError.self) { try bag.throwIfErrors() }
        #expect(bag.diagnostics.count == 2)
    }
}

@Suite struct GeometryTests {
    @Test func containmentAndOverlapHonourTheTolerance() {
        let page = Rect(x: 10, y: 10, width: 100, height: 100)
        #expect(page.contains(Rect(x: 10, y: 10, width: 100, height: 100)))
        #expect(!page.contains(Rect(x: 9, y: 10, width: 10, height: 10)))
        #expect(Rect(x: 0, y: 0, width: 10, height: 10).overlaps(Rect(x: 5, y: 5, width: 10, height: 10)))
        // Touching edges do not overlap.
        #expect(!Rect(x: 0, y: 0, width: 10, height: 10).overlaps(Rect(x: 10, y: 0, width: 10, height: 10)))
    }

    @Test(arguments: [("#1f4e79", 31, 78, 121, 255), ("ff000080", 255, 0, 0, 128)])
    func hexColours(hex: String, r: Int, g: Int, b: Int, a: Int) throws {
        let color = try #require(Color(hex: hex))
        #expect([color.red, color.green, color.blue, color.alpha].map { Int(($0 * 255).rounded()) } == [r, g, b, a])
    }

    @Test(arguments: ["", "#12345", "#gggggg", "red"]) func badHexIsNil(hex: String) {
        #expect(Color(hex: hex) == nil)
    }

    @Test func pathBoundsIncludeEveryPoint() {
        let bounds = Path.circle(center: Point(x: 10, y: 20), radius: 5).bounds
        #expect(bounds == Rect(x: 5, y: 15, width: 10, height: 10))
    }
}

@Suite struct FixedMetricsTypesetterTests {
    let style = TextStyle(family: "Test", size: 10, lineHeight: 1.2)

    func lines(_ text: String, width: Double?) -> [String] {
        let paragraph = FixedMetricsTypesetter().typeset(ParagraphSpec(RichText(text), style: style, width: width))
        let bytes = Array(text.utf8)
        return paragraph.lines.map { String(decoding: bytes[$0.byteRange], as: UTF8.self) }
    }

    @Test func breaksAtSpacesWithinTheWidth() {
        // Five-letter words are 25 pt: two and a space make 55 pt, a third would need 85.
        #expect(lines("aaaaa bbbbb ccccc ddddd", width: 60) == ["aaaaa bbbbb ", "ccccc ddddd"])
    }

    @Test func breaksBetweenIdeographs() {
        #expect(lines("园区发展座谈会", width: 30) == ["园区发", "展座谈", "会"])
    }

    @Test func aLineBrokenAtASpaceBeforeAnIdeographLeavesTheSpaceOutOfItsWidth() {
        // "ab" is 10 pt; with the space 15 pt, and 园 (10 pt) does not fit in 20 pt: the line
        // breaks after the space and is as wide as "ab", within the 20 pt asked for.
        let paragraph = FixedMetricsTypesetter().typeset(ParagraphSpec("ab 园", style: style, width: 20))
        #expect(paragraph.lines.map(\.width) == [10, 10])
        #expect(lines("ab 园", width: 20) == ["ab ", "园"])
    }

    @Test func measuresLinesAsDocumented() {
        let paragraph = FixedMetricsTypesetter().typeset(ParagraphSpec("ab 园", style: style))
        #expect(paragraph.lines.count == 1)
        #expect(paragraph.lines[0].width == 25)  // a, b, space at 5 pt; 园 at 10 pt
        #expect(paragraph.lines[0].height == 12)
        #expect(paragraph.lines[0].baseline == 8)
    }

    @Test func leavesTheSpacesALineEndsWithOutOfItsWidth() {
        // "aaaa" is 20 pt; the three spaces after it (15 pt) run past the 30 pt width; a line
        // ended by a newline or the text's end leaves its spaces out too.
        let wrapped = FixedMetricsTypesetter().typeset(ParagraphSpec("aaaa   b", style: style, width: 30))
        #expect(wrapped.lines.map(\.width) == [20, 5])
        #expect(lines("aaaa   b", width: 30) == ["aaaa   ", "b"])
        let ended = FixedMetricsTypesetter().typeset(ParagraphSpec("aa  \nb  ", style: style))
        #expect(ended.lines.map(\.width) == [10, 5])
    }
}
