import BriefingCore
import BriefingTestSupport
import Testing

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
