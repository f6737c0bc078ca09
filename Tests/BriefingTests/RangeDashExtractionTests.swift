import Foundation
import Testing

/// A range's dash stays on one line with its numbers in the built example (the waterfall caption
/// once ended "…volume, 2012– / 2013"), and the word joiners that keep it there are neither drawn
/// nor extracted: the text reads "2012–2013".
@Suite struct RangeDashExtractionTests {
    @Test func theWaterfallCaptionKeepsItsRangeWholeAndExtractsAsWritten() throws {
        let text = try Support.run("pdftotext", [ExampleBriefTests.built.en, "-"]).stdout
        let lines = text.components(separatedBy: "\n")
        #expect(!text.contains("\u{2060}"))
        #expect(!lines.contains { $0.hasSuffix("\u{2013}") || $0.hasSuffix("\u{2014}") }, "a line ends with a dash")
        let caption = try #require(lines.firstIndex { $0.hasPrefix("Figure 5. ") })
        #expect(lines[caption + 1] == "2012\u{2013}2013")
    }
}
