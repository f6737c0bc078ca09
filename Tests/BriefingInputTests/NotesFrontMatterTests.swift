import BriefingCore
import Testing

@testable import BriefingInput

/// Front matter: what is read, and every diagnostic's exact text and position.
@Suite("Notes: front matter")
struct NotesFrontMatterTests {
    @Test func noFrontMatter() throws {
        let (document, warnings) = try NotesSupport.parse("# Only a heading")
        #expect(document.frontMatter.isEmpty)
        #expect(document.blocks == [.heading(level: 1, text: "Only a heading")])
        #expect(warnings.isEmpty)
    }

    @Test func onlyFrontMatter() throws {
        let (document, _) = try NotesSupport.parse("---\ntitle: Only\n---\n")
        #expect(document.frontMatter["title"] == "Only")
        #expect(document.blocks.isEmpty)
        let (empty, _) = try NotesSupport.parse("---\n---")
        #expect(empty.frontMatter.isEmpty && empty.blocks.isEmpty)
    }

    @Test func valuesAsText() throws {
        let (document, _) = try NotesSupport.parse(
            """
            ---
            title: "Quoted: title"
            date: 2014-03-12
            count: 12
            chair:
            attendees:
              - Park heads
              - 市发改委
            ...
            Body
            """)
        #expect(
            document.frontMatter.entries.map { [$0.key, $0.value] } == [
                ["title", "Quoted: title"], ["date", "2014-03-12"], ["count", "12"], ["chair", ""],
                ["attendees", "Park heads; 市发改委"],
            ])
        #expect(document.frontMatter.entry("attendees")?.location.line == 7)
        #expect(document.blocks == [.paragraph("Body")])
    }

    @Test func unterminated() {
        let errors = NotesSupport.errors("---\ntitle: x\n\n# Heading\n")
        #expect(
            errors.map(\.summary) == [
                "notes.md:1:1: error: unterminated front matter: expected a closing '---' line after line 1, found the end of the file"
            ])
        #expect(errors.first?.sourceLine == "---")
    }

    @Test func invalidYAMLAtItsLineInTheFile() {
        let errors = NotesSupport.errors(
            """
            ---
            title: ok
            date: [2014-03-12
            chair: x
            ---
            Body
            """)
        #expect(errors.count == 1)
        let error = errors.first
        #expect(error?.location.line == 4)
        #expect(
            error?.summary
                == "notes.md:4:6: error: invalid front matter: did not find expected ',' or ']' (while parsing a flow sequence on line 3)"
        )
        #expect(error?.sourceLine == "chair: x")
    }

    @Test func mappingValueNotAllowed() {
        let errors = NotesSupport.errors("---\ntitle: a: b\n---\n")
        #expect(
            errors.map(\.summary) == [
                "notes.md:2:9: error: invalid front matter: mapping values are not allowed in this context"
            ])
        #expect(
            errors.first.map(\.description) == """
                notes.md:2:9: error: invalid front matter: mapping values are not allowed in this context
                    title: a: b
                            ^
                """)
    }

    @Test func tabIndentation() {
        let errors = NotesSupport.errors("---\ntitle: x\n\tchair: y\n---\n")
        #expect(errors.count == 1)
        #expect(errors.first?.location.line == 3)
        #expect(errors.first?.message.hasPrefix("invalid front matter: ") == true)
    }

    @Test func notAMapping() {
        #expect(
            NotesSupport.errors("---\n- a\n- b\n---\n").map(\.summary) == [
                "notes.md:2:1: error: expected the front matter to be a mapping of keys to values, found a list"
            ])
        #expect(
            NotesSupport.errors("---\njust text\n---\n").map(\.summary) == [
                "notes.md:2:1: error: expected the front matter to be a mapping of keys to values, found text"
            ])
    }

    @Test func nestedValuesAreErrorsAllReported() {
        let errors = NotesSupport.errors(
            """
            ---
            title: ok
            chair:
              name: x
            attendees:
              - a
              - [b, c]
            ---
            """)
        #expect(
            errors.map(\.summary) == [
                "notes.md:4:3: error: expected the value of front matter key 'chair' to be text or a list of text, found a mapping",
                "notes.md:7:5: error: expected the items of front matter key 'attendees' to be text, found a list",
            ])
    }

    @Test func duplicateKeys() {
        #expect(
            NotesSupport.errors("---\ntitle: a\ndate: b\ntitle: c\n---\n").map(\.summary) == [
                "notes.md:2:1: error: duplicate front matter key 'title': expected each key once"
            ])
    }

    @Test func errorsComeWithBodyWarnings() {
        let diagnostics = NotesSupport.errors("---\nchair: {a: 1}\n---\n<br>\n")
        #expect(diagnostics.map(\.severity) == [.error, .warning])
    }

    @Test func chineseFrontMatterColumnsCountCharacters() {
        let errors = NotesSupport.errors("---\n标题: 全市: 会\n---\n")
        #expect(errors.map(\.location.column) == [7])
    }
}
