import BriefingCore
import Testing

@testable import BriefingInput

/// Small Markdown cases: inline formatting, breaks, links, HTML, lists, footnotes.
@Suite("Notes: inline and block cases")
struct NotesInlineTests {
    func paragraph(_ markdown: String) throws -> RichText {
        let blocks = try NotesSupport.blocks(markdown)
        guard blocks.count == 1, case .paragraph(let text) = blocks[0] else {
            Issue.record("expected one paragraph, found \(blocks)")
            return RichText([])
        }
        return text
    }

    @Test func formattingAndMerging() throws {
        let text = try paragraph("a *b* **c** `d` ~~e~~ ***f*** g")
        #expect(
            text.spans == [
                Span("a "), Span("b", italic: true), Span(" "), Span("c", bold: true), Span(" "),
                Span("d", code: true), Span(" "), Span("e", strikethrough: true), Span(" "),
                Span("f", bold: true, italic: true), Span(" g"),
            ])
        // Neighbours with the same formatting are one span, whatever the Markdown nesting.
        #expect(try paragraph("**a** **b**").spans == [Span("a", bold: true), Span(" "), Span("b", bold: true)])
        #expect(try paragraph("*a*_b_").spans == [Span("ab", italic: true)])
        #expect(try paragraph("plain \\*text\\* &amp; more").spans == [Span("plain *text* & more")])
    }

    /// cmark-gfm keeps the characters that open an extension's inline (`~`) in a global table that
    /// each finished document clears: parsed at once on several threads, strikethrough used to be
    /// lost now and then (a flaky `formattingAndMerging`). Many documents at once, every one struck.
    @Test func strikethroughSurvivesParsingOnManyThreadsAtOnce() async throws {
        let markdown = (1...40).map { "Line \($0) with ~~struck~~ text and *more*." }.joined(separator: "\n\n")
        let struck = try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<64 {
                group.addTask {
                    try NotesSupport.blocks(markdown).reduce(0) { count, block in
                        guard case .paragraph(let text) = block else { return count }
                        return count + text.spans.filter(\.strikethrough).count
                    }
                }
            }
            return try await group.reduce(into: [Int]()) { $0.append($1) }
        }
        #expect(struck == Array(repeating: 40, count: 64))
    }

    @Test func softAndHardBreaks() throws {
        #expect(try paragraph("one\ntwo").spans == [Span("one two")])
        #expect(try paragraph("中文\n断行").spans == [Span("中文断行")])
        #expect(try paragraph("复杂、\n**经济**").spans == [Span("复杂、"), Span("经济", bold: true)])
        // A space stays between CJK and Latin text, and between Korean words.
        #expect(try paragraph("增长\n37.6%").plainText == "增长 37.6%")
        #expect(try paragraph("한국어\n문장").plainText == "한국어 문장")
        #expect(try paragraph("日本語\nテキスト").plainText == "日本語テキスト")
        // The space keeps the formatting the break was in.
        #expect(try paragraph("**a\nb**").spans == [Span("a b", bold: true)])
        #expect(try paragraph("line one  \nline two").spans == [Span("line one\nline two")])
        #expect(try paragraph("line one\\\nline two").plainText == "line one\nline two")
        #expect(try paragraph("第一行\\\n第二行").plainText == "第一行\n第二行")
    }

    @Test func linksKeptOrRefused() throws {
        let (document, warnings) = try NotesSupport.parse(
            """
            See [the report](https://example.org/r?a=1) or [mail](mailto:x@example.org).
            Not [this](docs/local.html) nor [that](javascript:alert(1)).
            """)
        guard case .paragraph(let text) = document.blocks.first else {
            Issue.record("expected a paragraph")
            return
        }
        #expect(
            text.spans == [
                Span("See "), Span("the report", link: "https://example.org/r?a=1"), Span(" or "),
                Span("mail", link: "mailto:x@example.org"), Span(". Not this nor that."),
            ])
        #expect(
            warnings.map(\.summary) == [
                "notes.md:2:5: warning: link destination 'docs/local.html' is not an http, https or mailto address or a #heading of the notes; the link text is kept as plain text",
                "notes.md:2:33: warning: link destination 'javascript:alert(1)' is not an http, https or mailto address or a #heading of the notes; the link text is kept as plain text",
            ])
        #expect(warnings.first?.sourceLine == "Not [this](docs/local.html) nor [that](javascript:alert(1)).")
    }

    @Test func autolinks() throws {
        let text = try paragraph("Visit www.example.com, <https://a.example/b> or write to info@example.org")
        #expect(
            text.spans == [
                Span("Visit "), Span("www.example.com", link: "http://www.example.com"), Span(", "),
                Span("https://a.example/b", link: "https://a.example/b"), Span(" or write to "),
                Span("info@example.org", link: "mailto:info@example.org"),
            ])
    }

    @Test func linkFormattingInside() throws {
        let text = try paragraph("[**bold** link](http://x.example)")
        #expect(
            text.spans == [Span("bold", bold: true, link: "http://x.example"), Span(" link", link: "http://x.example")])
    }

    @Test func htmlIsKeptAsTextWithAWarning() throws {
        let (document, warnings) = try NotesSupport.parse(
            """
            Some <b>bold</b> text.

            <div class="x">
            <script>alert(1)</script>
            </div>
            """)
        #expect(
            document.blocks == [
                .paragraph("Some <b>bold</b> text."),
                .html("<div class=\"x\">\n<script>alert(1)</script>\n</div>"),
            ])
        #expect(
            warnings.map(\.summary) == [
                "notes.md:1:6: warning: raw html '<b>' is not interpreted; it is kept as literal text",
                "notes.md:1:13: warning: raw html '</b>' is not interpreted; it is kept as literal text",
                "notes.md:3:1: warning: raw html is not interpreted; it is kept as literal text",
            ])
    }

    @Test func nestedListsTwoLevels() throws {
        let blocks = try NotesSupport.blocks(
            """
            - first
              1. one
              2. *two*
            - second

              still second
            """)
        #expect(
            blocks == [
                .list(
                    ordered: false, start: 1, tight: false,
                    items: [
                        [
                            .paragraph("first"),
                            .list(
                                ordered: true, start: 1, tight: true,
                                items: [[.paragraph("one")], [.paragraph(RichText([Span("two", italic: true)]))]]),
                        ],
                        [.paragraph("second"), .paragraph("still second")],
                    ])
            ])
    }

    @Test func orderedListStart() throws {
        #expect(
            try NotesSupport.blocks("3. c\n4. d")
                == [.list(ordered: true, start: 3, tight: true, items: [[.paragraph("c")], [.paragraph("d")]])])
    }

    @Test func codeRuleAndHeadings() throws {
        let blocks = try NotesSupport.blocks(
            """
            Title
            =====

            ### Third *level*

            ```swift extra
            let x = 1
            ```

                indented

            ***
            """)
        #expect(
            blocks == [
                .heading(level: 1, text: "Title"),
                .heading(level: 3, text: RichText([Span("Third "), Span("level", italic: true)])),
                .code(text: "let x = 1", language: "swift"),
                .code(text: "indented", language: nil),
                .rule,
            ])
    }

    @Test func tableAlignmentsAndShortRows() throws {
        let blocks = try NotesSupport.blocks(
            """
            | a | b | c | d |
            |:--|:-:|--:|---|
            | 1 | **2** |
            """)
        #expect(
            blocks == [
                .table(
                    alignments: [.left, .center, .right, .none], header: ["a", "b", "c", "d"],
                    rows: [["1", RichText([Span("2", bold: true)]), RichText([]), RichText([])]])
            ])
    }

    @Test func footnotes() throws {
        let (document, warnings) = try NotesSupport.parse(
            """
            Second[^b] and first[^a], again[^b].

            [^a]: Note *A*.
            [^b]: Note B.
            [^unused]: Never referenced.
            """)
        #expect(warnings.isEmpty)
        #expect(
            document.blocks == [
                .paragraph(
                    RichText([
                        Span("Second"), Span("1", footnote: 1), Span(" and first"), Span("2", footnote: 2),
                        Span(", again"),
                        Span("1", footnote: 1), Span("."),
                    ])),
                .footnotes([
                    NoteFootnote(number: 1, blocks: [.paragraph("Note B.")]),
                    NoteFootnote(
                        number: 2, blocks: [.paragraph(RichText([Span("Note "), Span("A", italic: true), Span(".")]))]),
                ]),
            ])
    }

    @Test func imagesBecomeTheirDescription() throws {
        let (document, warnings) = try NotesSupport.parse("A ![chart of *growth*](chart.png).")
        #expect(
            document.blocks == [.paragraph(RichText([Span("A chart of "), Span("growth", italic: true), Span(".")]))])
        #expect(
            warnings.map(\.summary) == [
                "notes.md:1:3: warning: images are not supported in notes; the image 'chart.png' is replaced by its description"
            ])
    }

    @Test func bodyLinesAreTheFilesLines() throws {
        let (_, warnings) = try NotesSupport.parse(
            """
            ---
            title: x
            ---

            # 标题

            中文 <i>x</i>
            """)
        #expect(
            warnings.map(\.summary).first
                == "notes.md:7:4: warning: raw html '<i>' is not interpreted; it is kept as literal text")
        #expect(warnings.first?.sourceLine == "中文 <i>x</i>")
    }

    @Test func crlfLineEndings() throws {
        let (document, _) = try NotesSupport.parse("---\r\ntitle: T\r\n---\r\n# H\r\n\r\none\r\ntwo\r\n")
        #expect(document.frontMatter["title"] == "T")
        #expect(document.blocks == [.heading(level: 1, text: "H"), .paragraph("one two")])
    }
}
