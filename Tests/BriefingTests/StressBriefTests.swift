import BriefingCore
import BriefingLayout
import BriefingRender
import BriefingTestSupport
import Foundation
import Testing

@testable import Briefing

/// Briefings/stress: 200 parks, a 200-row table, twelve charts, twenty pages of mixed English and
/// Chinese notes with footnotes. Everything a long pack does to a layout engine, checked on the
/// layout model and on the PDF.
@Suite(.serialized) struct StressBriefTests {
    static let path = Support.packageRoot.appendingPathComponent("Briefings/stress").path
    static let pdf: String = {
        let output = ((try? Support.temporaryFolder()) ?? NSTemporaryDirectory()) + "/stress.pdf"
        _ = try? Support.briefing(["build", path, "-o", output])
        return output
    }()

    static func laidOut() throws -> (LaidOutDocument, LayoutTheme) {
        try FontConfiguration.use(configFile: Assets.fontConfiguration)
        let brief = try Brief.load(path)
        let typesetter = try PangoTypesetter(monospaceFamily: brief.theme.fonts(for: .en).mono)
        let theme = brief.theme.layoutTheme(language: brief.manifest.language, pageSize: brief.manifest.pageSize.size)
        return (try BriefBuilder.layout(brief, typesetter: typesetter, sourceDateEpoch: nil), theme)
    }

    @Test func nothingOutsideTheMarginsAndNothingOverlapping() throws {
        let (laidOut, theme) = try Self.laidOut()
        #expect(laidOut.document.pages.count >= 25)
        for (index, page) in laidOut.document.pages.enumerated() {
            #expect(page.items(outside: theme.contentRect(for: page.size)).isEmpty, "page \(index + 1)")
            #expect(page.overlappingText().isEmpty, "page \(index + 1)")
        }
    }

    @Test func everyFootnoteIsOnThePageThatCitesIt() throws {
        let pages = try Self.laidOut().0.document.pages
        var cited: [Int: Int] = [:]
        var set: [Int: Int] = [:]
        for (index, page) in pages.enumerated() {
            for leaf in page.leaves() {
                guard case .text(let text) = leaf.item.item else { continue }
                let spans = text.paragraph.spec.text.spans
                // A reference on this item's lines.
                var offset = 0
                for span in spans {
                    if let number = span.footnote,
                        text.lines.contains(where: { text.paragraph.lines[$0].byteRange.contains(offset) }),
                        cited[number] == nil
                    {
                        cited[number] = index
                    }
                    offset += span.text.utf8.count
                }
                if leaf.item.structure.first?.role == .note,
                    let number = Int(spans.first?.text.trimmingCharacters(in: .whitespaces) ?? "")
                {
                    set[number] = index
                }
            }
        }
        #expect(cited.count >= 5)
        #expect(cited == set)
    }

    @Test func pdfIsTaggedCheckedAndOutlined() throws {
        let info = try Support.info(of: Self.pdf)
        #expect(info["Tagged"] == "yes")
        #expect((Int(info["Pages"] ?? "") ?? 0) >= 25)
        #expect(try Support.run("qpdf", ["--check", Self.pdf]).status == 0)
        let outline = try Support.outline(of: Self.pdf)
        #expect(outline.map(\.depth).max() == 4)
        let notes = try String(contentsOfFile: Self.path + "/notes.md", encoding: .utf8)
        let headings = notes.split(separator: "\n").filter { $0.hasPrefix("#") }
            .map { $0.drop(while: { $0 == "#" }).trimmingCharacters(in: .whitespaces) }
        #expect(headings.count >= 40)
        let titles = Set(outline.map(\.title))
        for heading in headings { #expect(titles.contains(heading), "outline lacks \(heading)") }
    }

    @Test func tableHeaderOnEveryPageOfTheIndicatorTable() throws {
        let pages = Int(try Support.info(of: Self.pdf)["Pages"] ?? "") ?? 0
        var tablePages = 0
        for page in 1...pages {
            let text = try Support.run("pdftotext", ["-layout", "-f", "\(page)", "-l", "\(page)", Self.pdf, "-"]).stdout
            // The running header names the section: every page of the table has it.
            guard text.contains("Indicators by park, 2013"), text.contains("Industrial Park 1") else { continue }
            tablePages += 1
            #expect(
                text.contains("Park") && text.contains("Tax") && text.contains("payment"),
                "page \(page) lacks the header row")
        }
        #expect(tablePages >= 4)
    }
}

extension StressBriefTests {
    @Test func linksToHeadingsAndTheWebAreClickable() throws {
        let pages = try Self.laidOut().0.document.pages
        let targets = pages.flatMap { $0.items }.compactMap { item -> Link.Target? in
            if case .link(let link) = item.item { return link.target }
            return nil
        }
        let anchors = Set(
            pages.flatMap { $0.items }.compactMap { item -> String? in
                if case .anchor(let name) = item.item { return name }
                return nil
            })
        #expect(targets.contains(.uri("https://example.org/plan")))
        let destinations = targets.compactMap { target -> String? in
            if case .destination(let name) = target { return name }
            return nil
        }
        #expect(destinations.contains { $0.hasPrefix("notes-chapter-3") })
        for name in destinations { #expect(anchors.contains(name), "link to a missing destination \(name)") }
    }
}

extension StressBriefTests {
    @Test func rebuildGivesTheSameBytes() throws {
        let again = try Support.temporaryFolder() + "/again.pdf"
        #expect(try Support.briefing(["build", Self.path, "-o", again]).status == 0)
        let first = FileManager.default.contents(atPath: Self.pdf)
        #expect(first != nil && first == FileManager.default.contents(atPath: again))
    }
}
