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
        try ("---\ntitle: Hello\n---\n\n" + notes).write(
            toFile: folder + "/notes.md", atomically: true, encoding: .utf8)
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
            expected.append(
                "brief/notes.md:5:49: warning: content nested more than 48 levels deep is kept as plain text")
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

    /// Names and units come from tables: the same rules hold there, each warning at its cell, in
    /// `check` as in `build`.
    @Test(arguments: ["check", "build"]) func namesFromTablesAreMadePrintableAtTheirCells(command: String) throws {
        let folder = try Support.temporaryFolder() + "/brief"
        try FileManager.default.copyItem(
            atPath: Support.packageRoot.appendingPathComponent("Briefings/trivial").path, toPath: folder)
        try "park,name,name_zh\nhitech,Hi-tech \u{202E}enoZ,\u{1F600}郴州高新区\n".write(
            toFile: folder + "/parks.csv", atomically: true, encoding: .utf8)
        try "indicator,name,name_zh,unit,unit_zh,decimals,kind\nvalue_added,Value added,增加值,\u{627}yuan,亿元,2,flow\n"
            .write(toFile: folder + "/indicators.csv", atomically: true, encoding: .utf8)
        let arguments = command == "build" ? ["build", "brief", "-o", folder + "/out.pdf"] : ["check", "brief"]
        let result = try Support.briefing(arguments, in: (folder as NSString).deletingLastPathComponent)
        #expect(result.status == 0, "\(result.stderr)")
        // `check` reports on standard output, `build` on standard error.
        let warnings = (result.stdout + result.stderr).split(separator: "\n").map(String.init)
            .filter { $0.contains(": warning: ") }
        #expect(
            warnings == [
                "brief/indicators.csv:2:29: warning: U+0627 ARABIC LETTER ALEF has no glyph in the document's fonts; it prints as a box",
                "brief/parks.csv:2:8: warning: the bidirectional control U+202E RIGHT-TO-LEFT OVERRIDE is removed: it would reorder the text on the page",
                "brief/parks.csv:2:22: warning: U+1F600 GRINNING FACE has no glyph in the document's fonts; it prints as a box",
            ])
    }

    /// A NUL in the title would end the PDF's /Title early (cairo takes C strings): control
    /// characters are removed where they are written, with a warning.
    @Test func controlCharactersInTheManifestAreRemovedAndNamed() throws {
        let folder = try Support.temporaryFolder() + "/brief"
        try FileManager.default.copyItem(
            atPath: Support.packageRoot.appendingPathComponent("Briefings/trivial").path, toPath: folder)
        let manifest = try String(contentsOfFile: folder + "/brief.yaml", encoding: .utf8)
            .replacingOccurrences(of: "title: Hello, parks", with: "title: \"Hello\\0, \\x07parks\"")
        try manifest.write(toFile: folder + "/brief.yaml", atomically: true, encoding: .utf8)
        let output = folder + "/out.pdf"
        let result = try Support.briefing(
            ["build", "brief", "-o", output], in: (folder as NSString).deletingLastPathComponent)
        #expect(result.status == 0, "\(result.stderr)")
        let warnings = result.stderr.split(separator: "\n").map(String.init).filter { $0.contains(": warning: ") }
        #expect(
            warnings == [
                "brief/brief.yaml:2:8: warning: 'title': the control character U+0000 is removed: it cannot be printed (and 1 more in this text)"
            ])
        #expect(try Support.info(of: output)["Title"] == "Hello, parks")
    }
}
