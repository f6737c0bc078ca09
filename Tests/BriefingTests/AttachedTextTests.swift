import BriefingCore
import BriefingLayout
import BriefingRender
import Foundation
import Testing

@testable import Briefing

/// The real briefs, set by Pango: no footnote number starts a line, a line with a superscript
/// keeps the body leading, no line starts inside a number–unit or date group, and the cover
/// title's lines are of near-equal length.
@Suite(.serialized) struct AttachedTextTests {
    static func pages(_ folder: String) throws -> [Frame] {
        try FontConfiguration.use(configFile: Assets.fontConfiguration)
        let brief = try Brief.load(Support.packageRoot.appendingPathComponent("Briefings/\(folder)").path)
        let typesetter = try PangoTypesetter(monospaceFamily: brief.theme.fonts(for: .en).mono)
        return try BriefBuilder.layout(brief, typesetter: typesetter, sourceDateEpoch: nil).document.pages
    }

    /// Every text item with the paragraph lines it shows.
    static func texts(_ pages: [Frame]) -> [TextItem] {
        pages.flatMap { $0.leaves() }.compactMap {
            if case .text(let text) = $0.item.item { return text } else { return nil }
        }
    }

    @Test func stressBriefFootnotesAreAttachedAndKeepTheLeading() throws {
        var references = 0
        var superscriptLines = 0
        for text in Self.texts(try Self.pages("stress")) {
            let paragraph = text.paragraph
            var offset = 0
            var starts: [Range<Int>] = []
            for span in paragraph.spec.text.spans {
                if span.footnote != nil { starts.append(offset..<(offset + span.text.utf8.count)) }
                offset += span.text.utf8.count
            }
            guard !starts.isEmpty else { continue }
            references += starts.count
            let pitch = paragraph.spec.style.size * paragraph.spec.style.lineHeight
            for (index, line) in paragraph.lines.enumerated() {
                #expect(
                    !starts.contains { $0.lowerBound == line.byteRange.lowerBound },
                    "a line starts with a footnote number")
                guard starts.contains(where: { line.byteRange.overlaps($0) }) else { continue }
                superscriptLines += 1
                #expect(abs(line.height - pitch) < 0.01, "line height \(line.height), body leading \(pitch)")
                if index > 0 { #expect(abs(line.baseline - paragraph.lines[index - 1].baseline - pitch) < 0.01) }
                if index + 1 < paragraph.lines.count {
                    #expect(abs(paragraph.lines[index + 1].baseline - line.baseline - pitch) < 0.01)
                }
            }
        }
        #expect(references >= 13)
        #expect(superscriptLines >= 13)
    }

    @Test(arguments: ["parks-2014", "stress"]) func noLineBreaksInsideANumberAndItsUnitOrADate(folder: String) throws {
        var groups = 0
        for text in Self.texts(try Self.pages(folder)) {
            let paragraph = text.paragraph
            let glued = KeepTogether.ranges(in: paragraph.spec.text)
            groups += glued.count
            for line in paragraph.lines.dropFirst() {
                let start = line.byteRange.lowerBound
                #expect(
                    !glued.contains { $0.lowerBound < start && start < $0.upperBound },
                    "\(paragraph.spec.text.plainText.prefix(60))")
            }
        }
        #expect(groups > 10)
    }

    @Test func coverTitleLinesAreOfNearEqualLength() throws {
        for folder in ["parks-2014", "stress"] {
            let cover = try Self.pages(folder)[0]
            let title = Self.texts([cover]).first { $0.paragraph.spec.style.size >= 20 }
            let widths = title?.paragraph.lines.map(\.width) ?? []
            if widths.count > 1, let shortest = widths.min(), let longest = widths.max() {
                #expect(shortest >= 0.75 * longest, "\(folder): \(widths)")
            }
        }
    }
}
