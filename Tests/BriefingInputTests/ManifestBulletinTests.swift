import BriefingCore
import Testing

@testable import BriefingInput

/// `bulletin`, `issue`, `distribution`, `printed-by` and `print-run`: what each shape reads as, and
/// every error at its place.
struct ManifestBulletinTests {
    /// A manifest whose bulletin keys start on line 3.
    static func brief(_ keys: String) -> String {
        """
        title: T
        date: 2014-03-12
        \(keys)
        data:
          observations: monthly.csv
          indicators: indicators.csv
          entities: parks.csv
        sections: [cover]
        """
    }

    func read(_ keys: String) -> (Bulletin?, [String]) {
        var bag = DiagnosticBag()
        let manifest = ManifestReader.parse(Self.brief(keys), path: "brief.yaml", into: &bag)
        return (manifest?.bulletin, bag.diagnostics.map(\.summary))
    }

    @Test func withoutTheKeysThereIsNoClosingBlock() throws {
        let (bulletin, diagnostics) = read("")
        #expect(diagnostics.isEmpty)
        let read = try #require(bulletin)
        #expect(read == Bulletin() && !read.hasClosingBlock)
    }

    @Test func everyKeyRead() throws {
        let (bulletin, diagnostics) = read(
            """
            bulletin: 工业园区工作简报
            issue: 3
            distribution:
              报: [市委办公室, 市政府办公室]
              送: 市直有关单位
              send: [各园区管委会]
            printed-by: 发改委办公室
            print-run: 50
            """)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let read = try #require(bulletin)
        #expect(read.name == "工业园区工作简报" && read.issue == .number(3))
        #expect(read.distribution == [.report: ["市委办公室", "市政府办公室"], .copy: ["市直有关单位"], .send: ["各园区管委会"]])
        #expect(read.printedBy == "发改委办公室" && read.printRun == 50 && read.hasClosingBlock)
    }

    @Test(arguments: [
        ("issue: 2014年第3期", Bulletin.Issue.text("2014年第3期")),
        ("issue: 第十二期", .text("第十二期")),
        ("issue: '12'", .text("12")),
        ("issue: 9999", .number(9999)),
    ])
    func issueShapes(_ key: String, _ issue: Bulletin.Issue) throws {
        let (bulletin, diagnostics) = read(key)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(bulletin?.issue == issue)
    }

    static let issueExpected =
        "expected 'issue' to be a whole number from 1 to 9999 (set as 第3期) or text holding the number such as '2014年第3期'"

    @Test(arguments: [
        ("issue: 0", "found '0'"), ("issue: -2", "found '-2'"), ("issue: 10000", "found '10000'"),
        ("issue: 第期", "found '第期'"), ("issue: [3]", "found a list"),
    ])
    func badIssue(_ key: String, _ found: String) {
        let (_, diagnostics) = read(key)
        #expect(diagnostics == ["brief.yaml:3:8: error: \(Self.issueExpected), \(found)"])
    }

    @Test func blankIssue() {
        let (_, diagnostics) = read("issue:")
        #expect(diagnostics == ["brief.yaml:3:7: error: \(Self.issueExpected), found nothing"])
    }

    @Test func unknownDistributionKeyNamesTheThree() {
        let (_, diagnostics) = read(
            """
            distribution:
              报: [市委办公室]
              抄送: [各园区]
            """)
        #expect(
            diagnostics == [
                "brief.yaml:5:3: error: unknown key '抄送' in 'distribution'; did you mean '送'? (expected one of '报', 'report', '送', 'copy', '发', 'send')"
            ])
    }

    @Test func badDistributionValues() {
        let (_, diagnostics) = read(
            """
            distribution:
              报: []
              copy: {a: b}
              发: [各园区, '  ']
            """)
        #expect(
            diagnostics == [
                "brief.yaml:4:6: error: expected '报' to be a name or a list of names, found an empty list",
                "brief.yaml:5:9: error: expected 'copy' to be a name or a list of names, found a mapping",
                "brief.yaml:6:12: error: expected '发' to be a name or a list of names, found blank text",
            ])
        let (_, same) = read("distribution: {报: a, report: b}")
        #expect(
            same == [
                "brief.yaml:3:30: error: 'report' and '报' are the same line of the distribution: give one of them"
            ])
        let (_, list) = read("distribution: [a]")
        #expect(
            list == ["brief.yaml:3:15: error: expected 'distribution' to be a mapping of keys to values, found a list"])
    }

    @Test(arguments: [("print-run: 0", "'0'"), ("print-run: fifty", "'fifty'"), ("print-run: 2.5", "'2.5'")])
    func badPrintRun(_ key: String, _ found: String) {
        let (_, diagnostics) = read(key)
        #expect(
            diagnostics == [
                "brief.yaml:3:12: error: expected 'print-run' to be a whole number from 1 to 1000000, found \(found)"
            ])
    }
}
