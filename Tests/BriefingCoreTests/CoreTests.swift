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

@Suite struct FrameDumpTests {
    /// Every kind of item, with the detail a renderer draws: a dashed curve inside a scaled figure,
    /// a tagged link, an anchor.
    @Test func recordsEverythingAFrameDraws() {
        var chart = Frame(size: Size(width: 100, height: 50))
        var path = Path()
        path.move(to: Point(x: 0, y: 10))
        path.curve(Point(x: 10, y: 0), Point(x: 20.04, y: 0), Point(x: 30, y: 10.26))
        path.close()
        chart.append(
            .shape(
                Shape(
                    path: path, fill: Color(red: 1, green: 0, blue: 0, alpha: 0.5),
                    stroke: Stroke(color: Color(red: 0, green: 0, blue: 1), width: 0.75, dash: [2, 1.5]))),
            at: Point(x: 5, y: 5))
        var page = Frame(size: Size(width: 200, height: 300))
        page.append(
            .group(Group(frame: chart, role: .figure(alternativeText: "A red curve."), scale: 0.5)),
            at: Point(x: 10, y: 20))
        page.append(
            .link(Link(size: Size(width: 40, height: 12), target: .uri("https://example.org"))),
            at: Point(x: 1, y: 2),
            structure: [StructureTag(.paragraph, id: 3), StructureTag(.link(.uri("https://example.org")), id: 4)])
        page.append(.anchor("sec-1"), at: Point(x: 0, y: 100), structure: [StructureTag(.heading(level: 2), id: 5)])
        #expect(
            page.dump() == """
                frame 200x300
                  group @10,20 scale 0.5 figure "A red curve."
                    frame 100x50
                      shape @5,5 [0,0 30x10.3] fill #ff000080 stroke #0000ff w0.75 dash 2,1.5
                        path M0,10 C10,0 20,0 30,10.3 Z
                  tagged P#3 > Link#4(uri("https://example.org"))
                  link @1,2 40x12 uri("https://example.org")
                  tagged H2#5
                  anchor @0,100 sec-1

                """)
    }
}
