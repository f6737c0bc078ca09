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
        #expect(warnings.map(\.message) == ["content nested more than 48 levels deep is kept as plain text"])
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
