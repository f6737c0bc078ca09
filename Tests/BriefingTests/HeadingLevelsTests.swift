import BriefingCore
import BriefingData
import BriefingInput
import BriefingLayout
import Foundation
import Testing

@testable import Briefing

/// Heading levels: the brief's sections and the notes' title are level 1, the notes' `#`, `##`,
/// `###` levels 2, 3, 4 (deeper as 4); each level has its own look, its own tag and its place in
/// the outline, nested under the heading above it.
@Suite struct HeadingLevelsTests {
    static let theme = try? ThemeReader.read(
        Theme.self, defaultFile: Assets.defaultTheme, override: nil, in: BriefWorld(folder: "."),
        rules: Theme.rules(page: Manifest.PageSize.a4.size))

    /// The levels the notes' headings take, in order.
    static func levels(ofNotes markdown: String) throws -> [Int] {
        let document = try NotesParser.parse("---\ntitle: Notes\n---\n" + markdown, path: "notes.md").document
        var anchors = AnchorAllocator()
        let blocks = NotesComposer(strings: Wording(language: .en), formatter: ValueFormatter(language: .en))
            .blocks(for: document, anchors: &anchors)
        return blocks.compactMap { block in
            if case .heading(let heading) = block { return heading.level }
            return nil
        }
    }

    @Test func notesHeadingsNestBelowTheNotesTitleWithoutSkippingALevel() throws {
        #expect(try Self.levels(ofNotes: "# A\n\n## B\n\n### C\n\n#### D\n\n## E\n\n# F\n") == [1, 2, 3, 4, 5, 3, 2])
        // Notes that start at `##`, or jump from `#` to `###`, take the next level down.
        #expect(try Self.levels(ofNotes: "## A\n\n### B\n\n## C\n") == [1, 2, 3, 2])
        #expect(try Self.levels(ofNotes: "# A\n\n### B\n\n## C\n\n### D\n") == [1, 2, 3, 3, 4])
    }

    @Test func everyLevelHasItsOwnLookAndDeeperOnesTakeTheFourth() throws {
        let theme = try #require(Self.theme).layoutTheme(language: .en, pageSize: Manifest.PageSize.a4.size)
        let styles = (1...4).map { theme.heading($0) }
        // Sizes 16, 13, 11.5, 10 points as Assets/theme.yaml states them; all bold.
        #expect(styles.map(\.size) == [16, 13, 11.5, 10])
        #expect(styles.allSatisfy { $0.weight == .bold })
        #expect(Set(styles).count == 4)
        #expect(!styles.contains(theme.body))
        #expect(styles[3].color != styles[2].color)  // the fourth, at body size, is muted
        #expect(theme.heading(5) == styles[3] && theme.heading(9) == styles[3])
        #expect(theme.styledLevel(ofHeading: 6) == 4)
    }
}

/// The stress brief's notes go three levels deep: `#` chapters, `##` sections, `###` topics.
extension StressBriefTests {
    /// The notes' headings, by the number of `#` they are written with.
    static func noteHeadings() throws -> [(hashes: Int, text: String)] {
        let notes = try String(contentsOfFile: path + "/notes.md", encoding: .utf8)
        return notes.split(separator: "\n").filter { $0.hasPrefix("#") }.map { line in
            let hashes = line.prefix { $0 == "#" }.count
            return (hashes, line.dropFirst(hashes).trimmingCharacters(in: .whitespaces))
        }
    }

    @Test func notesHeadingsAreTaggedH2ToH4() throws {
        let headings = try Self.noteHeadings()
        let count = { (hashes: Int) in headings.filter { $0.hashes == hashes }.count }
        #expect(count(1) >= 5 && count(2) >= 15 && count(3) >= 30)
        let types = try Support.structure(of: Self.pdf).types
        // Plus the charts section's one sub-heading, "Other targets for 2014" (targets outside the catalogue).
        #expect(types["H2"] == count(1) + 1)
        #expect(types["H3"] == count(2))
        #expect(types["H4"] == count(3))
        #expect(types["H5"] == nil)
    }

    @Test func outlineNestsEachNoteHeadingUnderTheOneAbove() throws {
        let outline = try Support.outline(of: Self.pdf)
        let depths = Dictionary(outline.map { ($0.title, $0.depth) }, uniquingKeysWith: { first, _ in first })
        let headings = try Self.noteHeadings()
        // The notes' title is a top-level entry; `#` is one below it, `##` two, `###` three.
        for heading in headings { #expect(depths[heading.text] == heading.hashes + 1, "\(heading.text)") }
        // Each entry directly follows its parent or an earlier sibling's subtree, in the notes' order.
        let notesOutline = outline.drop { $0.title != headings.first?.text }.prefix(headings.count)
        #expect(notesOutline.map(\.title) == headings.map(\.text))
    }

    @Test func contentsListsTwoLevels() throws {
        let contents = try Support.run("pdftotext", ["-f", "2", "-l", "2", Self.pdf, "-"]).stdout
        #expect(contents.contains("Contents"))
        #expect(contents.contains("Chapter 1: progress of the parks"))
        #expect(!contents.contains("Section 1.1"))
        #expect(!contents.contains("Topic 1.1.1"))
    }
}
