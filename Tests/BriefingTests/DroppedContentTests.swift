import Foundation
import Testing

/// Notes that used to lose text on the page without a word: quotes nested deeper than the page is
/// wide, footnotes cited only from footnotes, one word longer than many lines, bidirectional
/// controls. Built with the CLI and read back with pdftotext.
@Suite struct DroppedContentTests {
    /// Builds the trivial brief with `notes` as its notes; returns the PDF's text and the warnings.
    func build(notes: String) throws -> (text: String, warnings: [String]) {
        let folder = try Support.temporaryFolder() + "/brief"
        try FileManager.default.copyItem(
            atPath: Support.packageRoot.appendingPathComponent("Briefings/trivial").path, toPath: folder)
        try ("---\ntitle: Hello\n---\n\n" + notes).write(toFile: folder + "/notes.md", atomically: true, encoding: .utf8)
        let output = folder + "/out.pdf"
        let result = try Support.briefing(
            ["build", "brief", "-o", output], in: (folder as NSString).deletingLastPathComponent)
        #expect(result.status == 0, "\(result.stderr)")
        let warnings = result.stderr.split(separator: "\n").map(String.init).filter { $0.contains(": warning: ") }
        return (try Support.text(of: output), warnings)
    }

    /// The words of `text` (letters and digits), in order.
    func words(_ text: String) -> [String] {
        text.split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }

    @Test(arguments: [40, 60]) func everyWordOfADeepQuoteIsPrinted(depth: Int) throws {
        let sentence = "the quoted text at the bottom of a deep quote is printed in full"
        let built = try build(notes: String(repeating: ">", count: depth) + " " + sentence + "\n")
        let printed = words(built.text)
        for word in words(sentence) { #expect(printed.contains(word), "'\(word)' missing at depth \(depth)") }
        #expect(built.text.contains(sentence))
        var expected = [
            "brief/notes.md:5:9: warning: block quotes nested more than 8 levels deep are drawn 8 levels deep"
        ]
        if depth > 48 {
            expected.append("brief/notes.md:5:49: warning: content nested more than 48 levels deep is kept as plain text")
        }
        #expect(built.warnings == expected)
    }

    @Test func aFootnoteCitedOnlyFromAFootnoteIsPrinted() throws {
        let built = try build(
            notes: """
                Body text cites one note.[^a]

                [^a]: The first note cites another.[^b]
                [^b]: Second note, cited only from the first.
                """)
        #expect(built.text.contains("The first note cites another."))
        #expect(built.text.contains("Second note, cited only from the first."))
        #expect(built.warnings.isEmpty)
    }

    @Test func bidiControlsAreRemovedAndNamed() throws {
        let built = try build(notes: "Total: \u{202E}0001 yuan\n")
        #expect(built.text.contains("Total: 0001 yuan"))
        #expect(
            built.warnings == [
                "brief/notes.md:5:8: warning: the bidirectional control U+202E RIGHT-TO-LEFT OVERRIDE is removed: it would reorder the text on the page"
            ])
    }

    @Test func charactersNoFontDrawsAreNamedWhereTheyAreWritten() throws {
        let built = try build(notes: "Park \u{627}\u{644} and \u{1F600} here\n")
        #expect(
            built.warnings == [
                "brief/notes.md:5:6: warning: U+0627 ARABIC LETTER ALEF has no glyph in the document's fonts; it prints as a box (and 2 more in this text)"
            ])
    }
}
