import BriefingCore
import Foundation
import Testing

@testable import BriefingInput

/// Inputs that must not crash: empty, deep, odd.
@Suite("Notes: robustness")
struct NotesRobustnessTests {
    @Test func emptyInputs() throws {
        for text in ["", "\n", "   ", "\u{FEFF}", "---", "---\n"] {
            _ = try? NotesParser.parse(text, path: "x.md")
        }
        #expect(try NotesSupport.blocks("").isEmpty)
        #expect(NotesSupport.errors("---").count == 1)
    }

    @Test func deepQuotesAreFlattened() throws {
        let (document, warnings) = try NotesSupport.parse(String(repeating: ">", count: 5_000) + " deep")
        #expect(document.plainText.contains("deep"))
        #expect(
            warnings.map(\.summary) == [
                "notes.md:1:9: warning: block quotes nested more than 8 levels deep are drawn 8 levels deep",
                "notes.md:1:49: warning: content nested more than 48 levels deep is kept as plain text",
            ])
    }

    @Test func quotesDeeperThanEightLevelsJoinTheEighth() throws {
        let (document, warnings) = try NotesSupport.parse(String(repeating: ">", count: 40) + " forty deep")
        #expect(
            warnings.map(\.summary) == [
                "notes.md:1:9: warning: block quotes nested more than 8 levels deep are drawn 8 levels deep"
            ])
        var block = document.blocks.first
        var depth = 0
        while case .quote(let inner)? = block {
            depth += 1
            block = inner.first
        }
        #expect(depth == 8)
        #expect(block == .paragraph(RichText("forty deep")))
    }

    @Test func bidiControlsAreRemovedWithAWarning() throws {
        // Columns: U+202E is the 7th scalar of the line, U+2066 the 22nd (after "`a").
        let (document, warnings) = try NotesSupport.parse("Total \u{202E}0001\u{202C} yuan, `a\u{2066}b`")
        #expect(document.plainText == "Total 0001 yuan, ab")
        #expect(
            warnings.map(\.summary) == [
                "notes.md:1:7: warning: the bidirectional control U+202E RIGHT-TO-LEFT OVERRIDE is removed: it would reorder the text on the page (and 1 more in this text)",
                "notes.md:1:22: warning: the bidirectional control U+2066 LEFT-TO-RIGHT ISOLATE is removed: it would reorder the text on the page",
            ])
    }

    @Test func combiningMarksBeyondFourAreDropped() throws {
        let (document, warnings) = try NotesSupport.parse("word a" + String(repeating: "\u{301}", count: 100_000) + " end")
        #expect(document.plainText == "word a" + "\u{301}\u{301}\u{301}\u{301} end")
        #expect(
            warnings.map(\.summary) == [
                "notes.md:1:6: warning: a character is followed by 100000 combining marks; only the first 4 are kept"
            ])
    }

    @Test func overlongLinksAreKeptAsText() throws {
        let url = "https://example.com/" + String(repeating: "a", count: 3000)
        let (document, warnings) = try NotesSupport.parse("See [the page](\(url)).")
        #expect(document.plainText == "See the page.")
        #expect(
            warnings.map(\.summary) == [
                "notes.md:1:5: warning: link destination is 3020 bytes long, more than the 2048 allowed; the link text is kept as plain text"
            ])
    }

    @Test func deepListsAndEmphasis() throws {
        var nested = ""
        for level in 0..<300 { nested += String(repeating: "  ", count: level) + "- item \(level)\n" }
        let (lists, _) = try NotesSupport.parse(nested)
        #expect(lists.plainText.contains("item 299"))

        let emphasis = String(repeating: "*", count: 3_000) + "x" + String(repeating: "*", count: 3_000)
        let (document, _) = try NotesSupport.parse(emphasis)
        #expect(document.plainText.contains("x"))

        let brackets =
            String(repeating: "[", count: 5_000) + "a" + String(repeating: "](http://x.example)", count: 5_000)
        _ = try NotesSupport.parse(brackets)
    }

    @Test func oddCharacters() throws {
        let (document, _) = try NotesSupport.parse("a\u{0}b\r\rc\u{1F600}\u{301}\n| x |\n|-|\n| \u{0} |")
        #expect(!document.blocks.isEmpty)
    }

    @Test func invalidUTF8File() throws {
        let path = try NotesSupport.temporaryFile([0x61, 0x0A, 0x62, 0xFF, 0x63])
        do {
            _ = try NotesParser.parse(fileAt: path)
            Issue.record("expected an error")
        } catch {
            #expect(
                error.diagnostics.map(\.summary) == [
                    "\(path):2:2: error: expected the notes file to be UTF-8 text, found bytes that are not UTF-8"
                ])
        }
    }

    @Test func missingFile() {
        #expect(throws: DiagnosticError.self) { try NotesParser.parse(fileAt: "/nonexistent/notes.md") }
    }

    @Test func randomMarkdownDoesNotCrash() {
        let pieces = [
            "*", "**", "_", "~~", "`", "```", "[", "]", "(", ")", "<", ">", "!", "#", "-", "+", "1.", "|", ":",
            "---", "\n", "\n\n", "  ", "\t", "\\", "[^x]", "[^x]: ", "http://a.b", "www.c.d", "e@f.gh", "中文",
            "、", "<b>", "&amp;", "a", "word", "\r\n", "> ", "    ",
        ]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33)
        }
        for _ in 0..<400 {
            var text = ""
            for _ in 0..<(next() % 60) { text += pieces[next() % pieces.count] }
            _ = try? NotesParser.parse(text, path: "fuzz.md")
        }
    }

    @Test func parallelParsesAgree() async throws {
        let text = try String(contentsOfFile: NotesSupport.briefingPath("parks-2014/notes.zh.md"), encoding: .utf8)
        let expected = try NotesParser.parse(text, path: "zh.md").document
        let results = await withTaskGroup(of: NoteDocument?.self) { group in
            for _ in 0..<32 { group.addTask { try? NotesParser.parse(text, path: "zh.md").document } }
            var all: [NoteDocument?] = []
            for await result in group { all.append(result) }
            return all
        }
        #expect(results.count == 32)
        #expect(results.allSatisfy { $0 == expected })
    }
}
