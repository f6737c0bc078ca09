import BriefingCore
import Testing

@testable import BriefingInput

/// Link destinations in notes: kept normalised when they are http, https or mailto addresses,
/// plain text with a positioned warning otherwise.
@Suite("Notes: link destinations")
struct NotesLinkTests {
    @Test func keptLinksAreNormalised() throws {
        let (document, warnings) = try NotesSupport.parse(
            "[a](<https://example.com/a b>) [b](https://例子.cn/x\\)y) [c](#Targets)\n\n# Targets\n")
        #expect(warnings.isEmpty)
        guard case .paragraph(let text) = document.blocks.first else {
            Issue.record("expected a paragraph")
            return
        }
        #expect(
            text.spans.compactMap(\.link) == [
                "https://example.com/a%20b", "https://%E4%BE%8B%E5%AD%90.cn/x%29y", "#Targets",
            ])
    }

    /// A link to a heading the notes do not have would silently lose its link: it is warned at
    /// the link, whether the heading it names comes before or after it.
    @Test func linksToMissingHeadingsAreWarnedAtTheLink() throws {
        let (_, warnings) = try NotesSupport.parse(
            """
            # Intro

            See [the intro](#intro), [the end](#the-end) and [nothing](#nowhere).

            ## The end
            """)
        #expect(
            warnings.map(\.summary) == [
                "notes.md:3:50: warning: link destination '#nowhere' names no heading of the notes; the link text is kept as plain text"
            ])
    }

    @Test func malformedAddressesAreWarnedAtTheLink() throws {
        let (document, warnings) = try NotesSupport.parse(
            """
            Port [p](https://example.com:70000/) and [q](<https://example.com/%zz>) and [r](#).
            """)
        #expect(
            warnings.map(\.summary) == [
                "notes.md:1:6: warning: link destination 'https://example.com:70000/' is not a valid address: expected a port number from 0 to 65535 after ':', found '70000'; the link text is kept as plain text",
                "notes.md:1:42: warning: link destination 'https://example.com/%zz' is not a valid address: '%zz' is not a percent-encoded byte (% and two hexadecimal digits); the link text is kept as plain text",
                "notes.md:1:77: warning: link destination '#' is not an http, https or mailto address or a #heading of the notes; the link text is kept as plain text",
            ])
        guard case .paragraph(let text) = document.blocks.first else {
            Issue.record("expected a paragraph")
            return
        }
        #expect(text.spans == [Span("Port p and q and r.")])
    }
}
