import BriefingCore
import BriefingLayout
import BriefingRender
import Foundation
import Testing

@testable import Briefing

/// The stress brief's justified English notes: hyphenated at the dictionary's points, no word gap
/// wider than `PangoTypesetter.maxWordGap`, no line past the column, and text extraction without
/// soft hyphens inside lines.
@Suite(.serialized) struct StressHyphenationTests {
    /// The justified English paragraphs of the stress brief, each once.
    static func justifiedParagraphs() throws -> [TypesetParagraph] {
        var seen = Set<TypesetParagraph>()
        return try StressBriefTests.laidOut().0.document.pages.flatMap { page in
            page.leaves().compactMap { leaf -> TypesetParagraph? in
                guard case .text(let text) = leaf.item.item, text.paragraph.spec.alignment == .justify,
                    text.paragraph.spec.style.language.hasPrefix("en"), seen.insert(text.paragraph).inserted
                else { return nil }
                return text.paragraph
            }
        }
    }

    @Test func noWordGapWiderThanTheMaximumAndNoLinePastTheColumn() throws {
        let paragraphs = try Self.justifiedParagraphs()
        let typesetter = try PangoTypesetter(monospaceFamily: "Noto Sans Mono")
        var hyphenated = 0
        var justified = 0
        for paragraph in paragraphs {
            let bytes = Array(paragraph.spec.text.plainText.utf8)
            let width = try #require(paragraph.spec.width)
            let size = paragraph.spec.style.size
            for (index, line) in paragraph.lines.enumerated() {
                #expect(
                    line.x + line.width <= width + 0.01, "\(String(decoding: bytes[line.byteRange], as: UTF8.self))")
                for offset in line.byteRange where bytes[offset] == 0x20 && offset + 1 < line.byteRange.upperBound {
                    let gap =
                        typesetter.xRanges(of: offset..<(offset + 1), line: index, in: paragraph)
                        .map { $0.upperBound - $0.lowerBound }.max() ?? 0
                    #expect(gap <= PangoTypesetter.maxWordGap * size + 0.01, "gap \(gap / size) em")
                }
                let end = line.byteRange.upperBound
                if end < bytes.count, end > 0, Self.isLetter(bytes[end - 1]), Self.isLetter(bytes[end]) {
                    hyphenated += 1
                }
            }
            let full = paragraph.lines.dropLast().allSatisfy { $0.x + $0.width > width - 0.5 }
            if paragraph.lines.count > 2, full { justified += 1 }
        }
        let long = paragraphs.filter { $0.lines.count > 2 }.count
        #expect(hyphenated > 20)
        // Hyphenation keeps most paragraphs justified; the rest fall back to ragged-right.
        #expect(Double(justified) >= 0.8 * Double(long), "\(justified) of \(long) justified")
    }

    /// Soft hyphens reach the extracted text only where a line broke at one (PDF marks a hyphen
    /// added by line breaking as U+00AD); joined there, the words are the notes' own words. The
    /// example's notes have words with f-ligatures (difficult, affirmed) and no line broken in a word.
    @Test(arguments: [(StressBriefTests.path, 20), (Support.example, 0)])
    func extractionHasNoSoftHyphenInsideALine(folder: String, brokenWords: Int) throws {
        let pdf = try Support.temporaryFolder() + "/hyphenated.pdf"
        _ = try Support.briefing(["build", folder, "-o", pdf])
        let text = try Support.run("pdftotext", [pdf, "-"]).stdout
        let notes = try String(contentsOfFile: folder + "/notes.md", encoding: .utf8)
        let words = Set(notes.split(whereSeparator: { !$0.isLetter }))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var breaks = 0
        for (number, line) in lines.enumerated() {
            guard let index = line.firstIndex(of: "\u{AD}") else { continue }
            #expect(line.index(after: index) == line.endIndex, "\(line)")
            // The word broken at the line's end, joined again with the next line that goes on in
            // lower case (past the running footer and header where the break ends a page).
            let head = line[..<index].reversed().prefix(while: \.isLetter).reversed()
            let next = lines[(number + 1)...].first { $0.first?.isLowercase == true } ?? ""
            let word = String(head) + next.prefix(while: \.isLetter)
            #expect(words.contains(Substring(word)), "\(word)")
            breaks += 1
        }
        #expect(breaks >= brokenWords)
    }

    static func isLetter(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }
}
